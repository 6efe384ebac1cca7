/**
 * Languages: the widgets follow <html lang> live, the JS API overrides it, an
 * unsupported language falls back to Dutch with one note, and every element
 * renders in all four locales with numbers formatted for the locale.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { allLocales, getLocale, matchLocale, setLocale, syncLocale, type Locale } from '../src/localization.js';
import { templates as de } from '../src/locales/de.js';
import { templates as en } from '../src/locales/en.js';
import { templates as fr } from '../src/locales/fr.js';
import type { HipComplaintsSection } from '../src/elements/hip-complaints-section.js';
import { captureConsole } from './helpers/console.js';
import { PAGE_WORDS } from './helpers/content.js';
import { visibleText } from './helpers/text.js';

type Templates = Record<string, unknown>;
const TRANSLATIONS: Record<Exclude<Locale, 'nl'>, Templates> = { en, de, fr };


/** All text a reader can reach, through nested shadow roots. */
function deepText(root: ShadowRoot | Element): string {
  const parts = [visibleText(root)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) parts.push(deepText(element.shadowRoot));
  return parts.join(' ');
}

async function settle(el: Element) {
  await syncLocale();
  await (el as HipComplaintsSection).updateComplete;
  // Children re-render on the locale event after their parent.
  for (const child of (el.shadowRoot ?? el).querySelectorAll('*')) await (child as HipComplaintsSection).updateComplete;
}

async function resetLanguage() {
  document.documentElement.removeAttribute('lang');
  await setLocale(null);
  expect(getLocale()).to.equal('nl');
}

describe('localization', () => {
  afterEach(resetLanguage);

  it('maps language tags and region variants to the four locales', () => {
    expect(matchLocale('nl-BE')).to.equal('nl');
    expect(matchLocale('fr-BE')).to.equal('fr');
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('de_AT')).to.equal('de');
    expect(matchLocale('EN')).to.equal('en');
    expect(matchLocale('es')).to.equal(undefined);
    expect(matchLocale('')).to.equal(undefined);
    expect(matchLocale(undefined)).to.equal(undefined);
  });

  it('follows <html lang> after load, without a reload', async () => {
    const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section phone="020 123 4567"></hip-complaints-section>`);
    expect(visibleText(el.shadowRoot!.querySelector('h2'))).to.equal('Heupklachten');
    document.documentElement.lang = 'en-GB';
    // A locale switch loads the locale's module from the test server: more than waitUntil's default 1 s
    // on a busy machine running three engines (the test's own timeout is 5 s).
    await waitUntil(() => getLocale() === 'en', 'locale did not switch to en', { timeout: 4000 });
    await settle(el);
    expect(visibleText(el.shadowRoot!.querySelector('h2'))).to.equal(PAGE_WORDS.en.title);
    document.documentElement.lang = 'fr-BE';
    await waitUntil(() => getLocale() === 'fr', 'locale did not switch to fr', { timeout: 4000 });
    await settle(el);
    expect(visibleText(el.shadowRoot!.querySelector('h2'))).to.equal(PAGE_WORDS.fr.title);
  });

  it('lets setLocale() override the page language, and setLocale(null) follow it again', async () => {
    document.documentElement.lang = 'en';
    await waitUntil(() => getLocale() === 'en', 'locale did not switch to en', { timeout: 4000 });
    await setLocale('de');
    expect(getLocale()).to.equal('de');
    document.documentElement.lang = 'fr';
    await syncLocale();
    expect(getLocale(), 'the API call wins over <html lang>').to.equal('de');
    await setLocale(null);
    expect(getLocale()).to.equal('fr');
  });

  it('falls back to Dutch for an unsupported language, with one console note', async () => {
    await setLocale('en');
    const console = captureConsole();
    try {
      await setLocale('es-ES');
      await syncLocale();
      await syncLocale();
      expect(getLocale()).to.equal('nl');
      const notes = console.messages.info.filter((line) => line.includes('"es-ES"'));
      expect(notes).to.have.length(1);
      expect(notes[0]).to.contain('showing Dutch');
    } finally {
      console.restore();
    }
  });

  for (const locale of allLocales) {
    it(`renders every element in ${locale}`, async () => {
      await setLocale(locale);
      const section = await fixture<HipComplaintsSection>(
        html`<hip-complaints-section phone="020 123 4567" booking-url="https://example.nl/afspraak" email="info@example.nl"></hip-complaints-section>`,
      );
      const root = section.shadowRoot!;
      for (const card of root.querySelectorAll('hip-condition-card')) card.setAttribute('open', '');
      await settle(section);

      expect(visibleText(root.querySelector('h2'))).to.equal(PAGE_WORDS[locale].title);
      const checklist = root.querySelector('symptom-checklist')!.shadowRoot!;
      expect(visibleText(checklist.querySelector('legend'))).to.equal(PAGE_WORDS[locale].symptomsQuestion);
      const cta = root.querySelector('appointment-cta')!.shadowRoot!;
      expect(visibleText(cta.querySelector('[part="booking"]'))).to.contain(PAGE_WORDS[locale].booking);
      const firstCard = root.querySelector('hip-condition-card')!.shadowRoot!;
      expect(visibleText(firstCard.querySelector('[part="title"]'))).to.equal(PAGE_WORDS[locale].conditionTitles[0]);
      const percent = { nl: '3,1\u00a0%', en: '3.1%', de: '3,1\u00a0%', fr: '3,1\u00a0%' }[locale];
      expect(visibleText(root.querySelector('stats-figure')!.shadowRoot!.querySelector('[part="value"]'))).to.equal(percent);

      // No Dutch left: no plain message whose translation differs shows its Dutch source.
      if (locale !== 'nl') {
        const text = deepText(root);
        const dutchSources = await dutchPlainMessages();
        const leftovers = Object.entries(TRANSLATIONS[locale])
          .filter(([id, target]) => typeof target === 'string' && dutchSources[id] && dutchSources[id] !== target && dutchSources[id].length > 12)
          .filter(([id]) => text.includes(dutchSources[id]))
          .map(([id]) => id);
        expect(leftovers, `Dutch text still shown in ${locale}`).to.deep.equal([]);
      }
    });
  }
});

/** The Dutch source of every plain message, read from the XLIFF the translators work on. */
let dutchCache: Record<string, string> | undefined;
async function dutchPlainMessages(): Promise<Record<string, string>> {
  if (dutchCache) return dutchCache;
  const xml = await (await fetch('/xliff/en.xlf')).text();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  dutchCache = {};
  for (const unit of doc.querySelectorAll('trans-unit')) {
    const source = unit.querySelector('source')!;
    if (source.children.length === 0) dutchCache[unit.id] = source.textContent ?? '';
  }
  return dutchCache;
}
