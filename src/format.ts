/**
 * Number (and date) formatting for the four languages the widgets speak, written out
 * rather than asked of `Intl.NumberFormat`: the first `Intl.NumberFormat` a page
 * builds loads the browser's ICU data, which on a throttled phone took longer
 * (~300 ms at 4x CPU, docs/performance.md) than rendering the whole section.
 * The output reads the same as `Intl.NumberFormat`'s (grouping, decimal mark,
 * rounding, unit word and its plural) for every number; test/format.test.ts
 * checks it against `Intl` in each test browser. Only which no-break space
 * French uses differs between browsers' CLDR versions; this takes the newest.
 *
 * Ranges are joined with an en dash and the unit written once ("22–30 %"), the
 * way the practice's page writes them, rather than ICU's per-locale range
 * patterns ("22% - 30%" in Dutch), which read poorly in running text.
 */
import { msg, str } from '@lit/localize';
import type { Amount } from './content/types.js';
import { getLocale } from './localization.js';

const NO_BREAK_SPACE = '\u00a0';
const NARROW_NO_BREAK_SPACE = '\u202f';
const RANGE_DASH = '–';

interface NumberStyle {
  readonly decimal: string;
  readonly group: string;
  /** The unit "year" as CLDR writes it in long form: [one, other]. */
  readonly years: readonly [string, string];
  /** Between a number and its unit word: French keeps them on one line, as its typography (and newer CLDR) does. */
  readonly unitSpace: string;
  /** CLDR's plural rule for the "one" form (the operand is the shown number, without its sign). */
  readonly isOne: (shown: number) => boolean;
  /**
   * Whether the house style puts a space before the percent sign. CLDR writes
   * Dutch as "3,1%"; the practice's page (and its brief) writes "3,1 %", so
   * Dutch follows the page. German and French have the space in CLDR too.
   */
  readonly spacedPercent: boolean;
  /** CLDR's long date: D day, M month name, Y year. */
  readonly dateOrder: string;
}

const EXACTLY_ONE = (shown: number) => shown === 1;

/** CLDR's symbols for nl, en, de and fr. Any other tag gets the source language's (Dutch). */
const STYLES: Record<string, NumberStyle> = {
  nl: { decimal: ',', group: '.', years: ['jaar', 'jaar'], unitSpace: ' ', isOne: EXACTLY_ONE, spacedPercent: true, dateOrder: 'D M Y' },
  en: { decimal: '.', group: ',', years: ['year', 'years'], unitSpace: ' ', isOne: EXACTLY_ONE, spacedPercent: false, dateOrder: 'M D, Y' },
  de: { decimal: ',', group: '.', years: ['Jahr', 'Jahre'], unitSpace: ' ', isOne: EXACTLY_ONE, spacedPercent: true, dateOrder: 'D. M Y' },
  // French "one" is 0 ≤ n < 2 ("1,5 an").
  fr: { decimal: ',', group: NARROW_NO_BREAK_SPACE, years: ['an', 'ans'], unitSpace: NO_BREAK_SPACE, isOne: (shown) => shown < 2, spacedPercent: true, dateOrder: 'D M Y' },
};

function styleOf(locale: string): NumberStyle {
  return STYLES[locale.toLowerCase().split('-')[0]] ?? STYLES.nl;
}

/**
 * The digits of a non-negative number rounded to at most one decimal, half
 * away from zero on its shortest decimal form, as ICU rounds ("0,15" → "0,2"):
 * [integer digits, decimal digit or ''].
 */
function roundedDigits(magnitude: number): [string, string] {
  // Above 2^53 a double has no fraction left, and String() may switch to exponent notation.
  if (magnitude >= 2 ** 53) return [plainInteger(magnitude), ''];
  const tenths = Math.round(magnitude * 10);
  const integer = Math.floor(tenths / 10);
  const decimal = tenths % 10;
  return [String(integer), decimal === 0 ? '' : String(decimal)];
}

/** "1e+21" → "1000000000000000000000": the shortest decimal form, written out as ICU does. */
function plainInteger(magnitude: number): string {
  const [mantissa, exponent = '0'] = String(magnitude).split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  return `${whole}${fraction}`.padEnd(whole.length + Number(exponent), '0');
}

function grouped(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+$)/g, separator);
}

function formatIn(style: NumberStyle, value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (!Number.isFinite(value)) return `${sign}∞`;
  const [integer, decimal] = roundedDigits(Math.abs(value));
  return `${sign}${grouped(integer, style.group)}${decimal ? `${style.decimal}${decimal}` : ''}`;
}

export function isRange(amount: Amount): amount is { min: number; max: number } {
  return typeof amount === 'object';
}

/** The larger end of an amount: what a drawing must have room for. */
export function upperBound(amount: Amount): number {
  return isRange(amount) ? amount.max : amount;
}

/** "17.900" in Dutch, "17,900" in English; at most one decimal. */
export function formatNumber(value: number, locale = getLocale()): string {
  return formatIn(styleOf(locale), value);
}

/** "22–30" or "3,1": the bare number(s) of an amount. */
function formatAmount(amount: Amount, locale = getLocale()): string {
  return isRange(amount)
    ? `${formatNumber(amount.min, locale)}${RANGE_DASH}${formatNumber(amount.max, locale)}`
    : formatNumber(amount, locale);
}

/** "3,1 %", "22–30 %" (nl), "3.1%" (en). */
export function formatPercent(amount: Amount, locale = getLocale()): string {
  const space = styleOf(locale).spacedPercent ? NO_BREAK_SPACE : '';
  return `${formatAmount(amount, locale)}${space}%`;
}

/** "20–50 jaar", "1 year", "2 ans": the unit word agrees with the (upper) number, as in CLDR. */
export function formatYears(amount: Amount, locale = getLocale()): string {
  const style = styleOf(locale);
  const upper = isRange(amount) ? amount.max : amount;
  // The plural agrees with the number as shown, rounded like roundedDigits() rounds it.
  const shown = Math.round(Math.abs(upper) * 10) / 10;
  return `${formatAmount(amount, locale)}${style.unitSpace}${style.isOne(shown) ? style.years[0] : style.years[1]}`;
}

/**
 * Whether a count takes the locale's "one" form (CLDR's rule, as for the years
 * above; French counts 0 as one too). @lit/localize has no plural messages: a
 * sentence whose words change with a count is two messages, picked with this.
 */
export function isOne(count: number, locale = getLocale()): boolean {
  return styleOf(locale).isOne(Math.abs(count));
}

/** "0,6 per 1.000", "2–10 per 100.000". */
export function formatRate(amount: Amount, per: number, locale = getLocale()): string {
  const value = formatAmount(amount, locale);
  const base = formatNumber(per, locale);
  return msg(str`${value} per ${base}`, { id: 'format.rate', desc: 'A rate: cases per 1,000 or per 100,000 people.' });
}

/** "5×": a relative frequency. */
export function formatTimes(value: number, locale = getLocale()): string {
  return `${formatNumber(value, locale)}×`;
}

/**
 * A month's name in the widgets' language, 1 = January, from the translations
 * (one message of twelve words, so a language brings its own without `Intl`).
 *
 * @public Not in the package's API: scripts/ssr.mjs's server entry re-exports it for the WordPress build (knip cannot see that generated entry).
 */
export function monthName(month: number): string {
  return msg('januari februari maart april mei juni juli augustus september oktober november december', {
    id: 'format.months',
    desc: 'The twelve month names, in lower case unless the language capitalises them, separated by single spaces, as Intl.DateTimeFormat writes them in a long date.',
  }).split(' ')[month - 1];
}

/**
 * "12 maart 2026", "March 12, 2026", "12. März 2026", "12 mars 2026": a checked `YYYY-MM-DD`
 * date as `Intl.DateTimeFormat` writes a long date, in CLDR's order (`dateOrder`) with the
 * translations' month name.
 */
export function formatDate(iso: string, locale = getLocale()): string {
  const [year, month, day] = iso.split('-').map(Number);
  const parts: Record<string, string | number> = { D: day, M: monthName(month), Y: year };
  return styleOf(locale).dateOrder.replace(/[DMY]/g, (part) => String(parts[part]));
}
