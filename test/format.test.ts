/**
 * src/format.ts writes numbers and dates out by hand so the page never pays for
 * loading ICU (docs/performance.md). What a visitor reads must still be
 * exactly what the browser's own `Intl.NumberFormat` and `Intl.DateTimeFormat`
 * would write, in each language the widgets speak: this checks the two against
 * each other in every test browser.
 */
import { expect } from '@open-wc/testing';
import { formatDate, formatNumber, formatPercent, formatYears } from '../src/format.js';
import { allLocales, setLocale } from '../src/localization.js';

/**
 * Browsers ship different CLDR versions, which differ in which kind of space
 * French puts in "1 234" and "1 an" (space, no-break or narrow no-break): the
 * same text to a reader. Everything else must match character for character.
 */
const sameSpaces = (text: string) => text.replace(/[\u0020\u00a0\u202f]/g, ' ');

/** The content's own numbers, their roundings, and what a page's attributes could give. */
const VALUES = [
  0, -0, 0.04, 0.05, 0.15, 0.25, 0.6, 0.95, 0.96, 1, 1.04, 1.05, 1.5, 1.95, 2, 3.1, 5, 8, 9.96, 10, 12.5, 17.9, 22, 30, 55, 99.95, 100, 999.96, 1000,
  1234.56, 17900, 100000, 1234567.89, 2 ** 53, 1e21, 1.5e300, -1, -0.05, -1234.56, Number.MAX_VALUE, Number.POSITIVE_INFINITY, Number.NaN,
];

for (const locale of allLocales) {
  describe(`format (${locale}): the same text as Intl.NumberFormat`, () => {
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const years = new Intl.NumberFormat(locale, { style: 'unit', unit: 'year', unitDisplay: 'long', maximumFractionDigits: 1 });

    it('writes every number with the language’s grouping, decimal mark and rounding', () => {
      for (const value of VALUES) expect(sameSpaces(formatNumber(value, locale)), String(value)).to.equal(sameSpaces(number.format(value)));
    });

    it('writes years with the unit word in the right plural', () => {
      for (const value of VALUES.filter((value) => Number.isFinite(value) && Math.abs(value) < 1e6)) {
        expect(sameSpaces(formatYears(value, locale)), String(value)).to.equal(sameSpaces(years.format(value)));
      }
    });

    it('joins a range with an en dash and gives the unit once, agreeing with the upper end', () => {
      const upper = years.format(8);
      expect(sameSpaces(formatYears({ min: 4, max: 8 }, locale))).to.equal(sameSpaces(upper.replace(number.format(8), `${number.format(4)}–${number.format(8)}`)));
      expect(formatPercent({ min: 22, max: 30 }, locale)).to.match(new RegExp(`^22–30\u00a0?%$`));
    });
  });
}

for (const locale of allLocales) {
  describe(`format (${locale}): dates, the same text as Intl.DateTimeFormat's long date`, () => {
    // The month names come from the translations: the widgets speak the locale.
    before(() => setLocale(locale));
    after(() => setLocale(null));

    it('writes a day of every month, and the first and last of a year, as Intl does', () => {
      const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
      const days = ['2026-01-01', '2026-12-31', '2024-02-29', '1999-10-09'];
      for (let month = 1; month <= 12; month++) days.push(`2026-${String(month).padStart(2, '0')}-${month === 2 ? 28 : 30}`);
      for (const iso of days) {
        const [year, month, day] = iso.split('-').map(Number);
        expect(formatDate(iso, locale), iso).to.equal(long.format(Date.UTC(year, month - 1, day)));
      }
    });
  });
}

describe('format: locale tags', () => {
  it('follows a region variant’s language and falls back to Dutch for a language it does not speak', () => {
    expect(formatNumber(1234.5, 'en-GB')).to.equal('1,234.5');
    expect(formatNumber(1234.5, 'fr-BE')).to.equal('1\u202f234,5');
    expect(formatNumber(1234.5, 'xx')).to.equal('1.234,5');
    expect(formatPercent(3.1, 'nl')).to.equal('3,1\u00a0%');
    expect(formatPercent(3.1, 'en')).to.equal('3.1%');
  });
});
