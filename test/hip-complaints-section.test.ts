import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { configure, resetPageConfigForTests } from '../src/config.js';
import { setLocale } from '../src/localization.js';
import type { AppointmentCta } from '../src/elements/appointment-cta.js';
import '../src/elements/hip-complaints-section.js';
import type { HipComplaintsSection } from '../src/elements/hip-complaints-section.js';
import { CENTRUM, CENTRUM_LINKS, finishParsing, NOORD, simulateParsing, stopSimulatingParsing } from './helpers/page-config.js';
import { captureConsole, type ConsoleCapture } from './helpers/console.js';
import { CONDITION_TITLES_NL } from './helpers/content.js';
import { visibleText } from './helpers/text.js';

const cards = (el: HipComplaintsSection) => [...el.shadowRoot!.querySelectorAll('hip-condition-card')];
/** The call to action inside, rendered; null when it shows nothing (then it takes no room). */
async function cta(el: HipComplaintsSection): Promise<AppointmentCta | null> {
  const inner = el.shadowRoot!.querySelector('appointment-cta');
  await inner?.updateComplete;
  return inner?.getClientRects().length ? inner : null;
}
const cardTitles = (el: HipComplaintsSection) => cards(el).map((card) => visibleText(card.shadowRoot!.querySelector('[part="title"]')));

const PAGE_ORDER = CONDITION_TITLES_NL;
const VALID_IDS = 'fai, perthes, epiphysiolysis, hip-fracture, hip-osteoarthritis, hip-prosthesis';
/** The practice's page ends with it; the section closes with it too. */
const INVITATION = 'Bel of mail gerust voor informatie en/of voor het maken van een afspraak.';
/** The warning of a section with no contact details at all, its own or from the page config. */
const NO_CONTACT =
  '<hip-complaints-section>: no booking-url, phone or email is set and the page config has no location with one, so the call to action shows no links; set at least one of them, or add a location to the page config.';

describe('hip-complaints-section', () => {
  it('renders the whole page in order: heading, checklist, intro, call to action, statistic, conditions, closing invitation', async () => {
    const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section phone="020 123 4567"></hip-complaints-section>`);
    const root = el.shadowRoot!;
    expect(visibleText(root.querySelector('h2'))).to.equal('Heupklachten');
    const blocks = [...root.querySelectorAll('section > *')];
    const order = blocks.map((node) => node.localName);
    expect(order.indexOf('symptom-checklist')).to.be.lessThan(order.indexOf('appointment-cta'));
    expect(order.indexOf('appointment-cta')).to.be.lessThan(order.indexOf('stats-figure'));
    expect(order.indexOf('stats-figure')).to.be.lessThan(order.indexOf('ul'));
    // As on the practice's page: the lead-in before the "Heupaandoeningen" heading, the invitation after the cards.
    const lead = blocks.findIndex((node) => visibleText(node) === 'Hieronder hebben we een aantal verschillende heupaandoeningen uitgediept.');
    expect(lead, 'the lead-in to the conditions').to.equal(blocks.indexOf(root.querySelector('#hip-conditions')!) - 1);
    expect(blocks.at(-2)!.localName).to.equal('ul');
    expect(blocks.at(-1)!.getAttribute('part')).to.equal('contact-invitation');
    expect(visibleText(blocks.at(-1))).to.equal(INVITATION);
    const text = visibleText(root);
    expect(text).to.contain('kraakbeenletsel, artrose, impingementklachten, slijmbeursontsteking (bursitis)');
    expect(text).to.contain('Heupklachten komen minder voor in de huisartsenpraktijk dan nek-, rug- en knieklachten.');
    expect(text).to.contain('Lees verder voor meer informatie');
    expect(visibleText(root.querySelector('stats-figure')!.shadowRoot!)).to.contain('3,1\u00a0%');
    // The figure follows its sentence, so its caption says "toch" as the page does.
    expect(visibleText(root.querySelector('stats-figure')!.shadowRoot!.querySelector('figcaption'))).to.equal(
      'In de fysiotherapiepraktijk komt toch ongeveer 3,1\u00a0% van de patiënten voor heupklachten.',
    );
    expect(cardTitles(el)).to.deep.equal(PAGE_ORDER);
  });

  it('nests the outline: h2 section, h3 parts, h4 cards; heading-level shifts it all', async () => {
    const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section phone="020 123 4567"></hip-complaints-section>`);
    expect([...el.shadowRoot!.querySelectorAll('h3')].map(visibleText)).to.deep.equal(['Heupklachten in de praktijk', 'Heupaandoeningen']);
    expect(cards(el)[0].shadowRoot!.querySelector('h4')).to.exist;
    const deeper = await fixture<HipComplaintsSection>(html`<hip-complaints-section heading-level="3" phone="020 123 4567"></hip-complaints-section>`);
    expect(visibleText(deeper.shadowRoot!.querySelector('h3'))).to.equal('Heupklachten');
    expect(cards(deeper)[0].shadowRoot!.querySelector('h5')).to.exist;
  });

  it('picks and orders the cards with conditions', async () => {
    const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section conditions="hip-fracture, fai" phone="020 123 4567"></hip-complaints-section>`);
    expect(cardTitles(el)).to.deep.equal(['Fracturen', 'Femoroacetabulair impingement (FAI)']);
  });

  it('skips unknown conditions with an error naming them, and shows all six when none is known', async () => {
    const console = captureConsole();
    try {
      const some = await fixture<HipComplaintsSection>(html`<hip-complaints-section conditions="perthes,knee" phone="020 123 4567"></hip-complaints-section>`);
      expect(cardTitles(some)).to.deep.equal(['Perthes']);
      console.claim('error', [`<hip-complaints-section>: unknown condition "knee" in conditions; valid ids are ${VALID_IDS}.`]);
      const none = await fixture<HipComplaintsSection>(html`<hip-complaints-section conditions="elbow" phone="020 123 4567"></hip-complaints-section>`);
      expect(cardTitles(none)).to.deep.equal(PAGE_ORDER);
      console.claim('error', [`<hip-complaints-section>: unknown condition "elbow" in conditions; valid ids are ${VALID_IDS}.`]);
      console.claim('warn', ['<hip-complaints-section>: conditions "elbow" names no known condition; showing all six.']);
    } finally {
      console.restore();
    }
  });

  it('passes the practice details to its call to action', async () => {
    const el = await fixture<HipComplaintsSection>(
      html`<hip-complaints-section booking-url="https://example.nl/afspraak" phone="020 123 4567" practice-name="Fysiotherapie Centrum"></hip-complaints-section>`,
    );
    const cta = el.shadowRoot!.querySelector('appointment-cta')!;
    await cta.updateComplete;
    const links = [...cta.shadowRoot!.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).to.include('https://example.nl/afspraak');
    expect(links).to.include('tel:+31201234567');
  });

  it('without contact details, warns once under its own name, leaves the call to action out and keeps the closing invitation', async () => {
    const console = captureConsole();
    try {
      const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section></hip-complaints-section>`);
      expect(await cta(el)).to.equal(null);
      // Once, at the end: no second copy stands in for the call to action.
      const invitations = [...el.shadowRoot!.querySelectorAll('section > *')].filter((node) => visibleText(node) === INVITATION);
      expect(invitations).to.have.length(1);
      expect(invitations[0].getAttribute('part')).to.equal('contact-invitation');
      expect(invitations[0].previousElementSibling!.localName).to.equal('ul');
      console.claim('warn', [NO_CONTACT]);
      el.setAttribute('phone', '020 123 4567');
      await el.updateComplete;
      expect(await cta(el)).to.exist;
    } finally {
      console.restore();
    }
  });

  it('with contact attributes that are all unusable, leaves the call to action out too, and says why', async () => {
    const console = captureConsole();
    try {
      const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section phone="bel ons"></hip-complaints-section>`);
      expect(await cta(el)).to.equal(null);
      console.claim('warn', [
        ['<appointment-cta>: phone "bel ons"', 'the "Of bel meteen" link is left out.'],
        NO_CONTACT,
      ]);
    } finally {
      console.restore();
    }
  });

  it('"Lees verder" moves focus to the conditions', async () => {
    const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section phone="020 123 4567"></hip-complaints-section>`);
    el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="read-more"]')!.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('hip-conditions');
    expect(location.hash).to.equal('');
  });

  it('is accessible', async function () {
    // axe walks six cards' shadow trees: about 1 s alone, several on a loaded 2-core CI machine.
    this.timeout(20000);
    const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section phone="020 123 4567"></hip-complaints-section>`);
    await expect(el).to.be.accessible();
  });
});

describe('hip-complaints-section with the page config', () => {

  let console: ConsoleCapture;
  const messages = () => [...console.messages.error, ...console.messages.warn, ...console.messages.info];

  const hrefs = (inner: AppointmentCta | null) => [...(inner?.shadowRoot!.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));

  beforeEach(() => {
    console = captureConsole();
  });

  afterEach(() => {
    // The elements first, so none re-renders (and reports) for the reset below.
    fixtureCleanup();
    resetPageConfigForTests();
    console.restore();
  });

  it('forwards location to its call to action, without a warning', async () => {
    configure({ locations: [CENTRUM, NOORD] });
    const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section location="noord"></hip-complaints-section>`);
    const inner = await cta(el);
    expect(inner!.getAttribute('location')).to.equal('noord');
    expect(hrefs(inner)).to.deep.equal(['tel:+31207654321']);
    expect(messages()).to.deep.equal([]);
  });

  it('forwards its own attributes too, which override the location', async () => {
    configure({ locations: [CENTRUM, NOORD] });
    const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section location="centrum" phone="06-12345678"></hip-complaints-section>`);
    expect(hrefs(await cta(el))).to.deep.equal(['https://example.nl/afspraak?loc=centrum', 'tel:+31612345678', 'mailto:centrum@example.nl']);
  });

  it('needs no attributes when the config has a location with contact details', async () => {
    configure({ locations: [CENTRUM] });
    const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section></hip-complaints-section>`);
    expect(hrefs(await cta(el))).to.deep.equal(CENTRUM_LINKS);
    expect(messages()).to.deep.equal([]);
  });

  it('lets the visitor pick with several locations, without a warning', async () => {
    configure({ locations: [CENTRUM, NOORD] });
    const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section></hip-complaints-section>`);
    const inner = await cta(el);
    expect(inner!.shadowRoot!.querySelector('select')).to.be.instanceOf(HTMLSelectElement);
    expect(messages()).to.deep.equal([]);
  });

  it('still warns when the only location has no contact details', async () => {
    configure({ locations: [{ id: 'zuid', name: 'Fysiotherapie Zuid' }] });
    console.claim('warn', [['hip-widgets config', 'locations[0]', 'no usable phone, email or bookingUrl']]);
    const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section></hip-complaints-section>`);
    expect(await cta(el)).to.equal(null);
    console.claim('warn', [NO_CONTACT]);
  });

  it('reports an unknown location under its own name, once', async () => {
    configure({ defaultLocation: 'centrum', locations: [CENTRUM, NOORD] });
    const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section location="zuid"></hip-complaints-section>`);
    expect(hrefs(await cta(el)), 'the default location instead').to.deep.equal(CENTRUM_LINKS);
    console.claim('error', ['<hip-complaints-section>: location "zuid" is not in the page config (its locations: "centrum", "noord"); location "centrum" is shown instead.']);
  });

  it('shows the call to action once a later config supplies the details', async () => {
    const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section></hip-complaints-section>`);
    expect(await cta(el)).to.equal(null);
    console.claim('warn', [NO_CONTACT]);
    configure({ locations: [NOORD] });
    await el.updateComplete;
    expect(hrefs(await cta(el))).to.deep.equal(['tel:+31207654321']);
    console.claim('warn', []);
  });

  it('does not warn about missing details while the page is still parsed', async () => {
    simulateParsing();
    try {
      const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section></hip-complaints-section>`);
      expect(messages()).to.deep.equal([]);
      finishParsing();
      await el.updateComplete;
      console.claim('warn', [NO_CONTACT]);
    } finally {
      stopSimulatingParsing();
    }
  });

  it('is accessible with the location picker', async function () {
    this.timeout(20000);
    configure({ locations: [CENTRUM, NOORD] });
    const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section></hip-complaints-section>`);
    await cta(el);
    await expect(el).to.be.accessible();
  });
});

describe('hip-complaints-section with a review record', () => {
  const REVIEW = {
    reviewed: '2026-03-12',
    nextReview: '2027-03-12',
    reviewedBy: 'M. de Vries, fysiotherapeut',
    sources: [{ title: 'Richtlijn heupklachten', url: 'https://example.nl/richtlijn?a=1&b=2' }, { title: 'Boek over de heup' }],
  };
  /** What the footer says in each language, written out (not read from src/locales). */
  const SAID = {
    nl: ['Laatst beoordeeld op 12 maart 2026 door M. de Vries, fysiotherapeut.', 'Volgende beoordeling: 12 maart 2027', 'Bronnen'],
    en: ['Last reviewed on March 12, 2026 by M. de Vries, fysiotherapeut.', 'Next review due: March 12, 2027', 'Sources'],
    de: ['Zuletzt geprüft am 12. März 2026 von M. de Vries, fysiotherapeut.', 'Nächste Prüfung: 12. März 2027', 'Quellen'],
    fr: ['Dernière vérification le 12 mars 2026 par M. de Vries, fysiotherapeut.', 'Prochaine vérification\u00a0: 12 mars 2027', 'Sources'],
  } as const;

  const footer = (el: HipComplaintsSection) => el.shadowRoot!.querySelector('[part="review"]');
  /** The footer's lines: its paragraphs, then each source as a reader sees it. */
  const lines = (el: HipComplaintsSection) => [...(footer(el)?.querySelectorAll('p, li') ?? [])].map(visibleText);
  const links = (el: HipComplaintsSection) => [...(footer(el)?.querySelectorAll('a') ?? [])].map((a) => [visibleText(a), a.getAttribute('href')]);

  afterEach(async () => {
    fixtureCleanup();
    resetPageConfigForTests();
    await setLocale(null);
  });

  it('shows nothing at its end without one', async () => {
    configure({ locations: [CENTRUM] });
    const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section></hip-complaints-section>`);
    expect(footer(el)).to.equal(null);
    // The page's closing invitation is the section's last block, as on the practice's page.
    expect(el.shadowRoot!.querySelector('section')!.lastElementChild!.getAttribute('part')).to.equal('contact-invitation');
  });

  for (const locale of ['nl', 'en', 'de', 'fr'] as const) {
    it(`shows it at its end in ${locale}: when and by whom, the next review, the sources as links`, async () => {
      await setLocale(locale);
      configure({ locations: [CENTRUM], review: REVIEW });
      const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section></hip-complaints-section>`);
      const [reviewed, next, sources] = SAID[locale];
      expect(lines(el)).to.deep.equal([reviewed, next, sources, 'Richtlijn heupklachten', 'Boek over de heup']);
      expect(links(el), 'only the source with a URL is a link').to.deep.equal([['Richtlijn heupklachten', 'https://example.nl/richtlijn?a=1&b=2']]);
      // The last thing in the section, after the conditions.
      expect(el.shadowRoot!.querySelector('section')!.lastElementChild).to.equal(footer(el));
      expect(footer(el)!.localName).to.equal('footer');
      // The list is named by its label.
      const list = footer(el)!.querySelector('ul')!;
      expect(visibleText(el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!))).to.equal(sources);
    });
  }

  it('shows only what the record has', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ reviewed: '2026-03-01' }, ['Laatst beoordeeld op 1 maart 2026.']],
      [{ reviewedBy: 'Redactie Fysiotherapie Centrum' }, ['Beoordeeld door Redactie Fysiotherapie Centrum.']],
      [{ nextReview: '2027-12-31' }, ['Volgende beoordeling: 31 december 2027']],
      [{ sources: [{ title: 'Boek' }] }, ['Bronnen', 'Boek']],
    ];
    const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section phone="020 123 4567"></hip-complaints-section>`);
    for (const [review, expected] of cases) {
      configure({ review });
      await el.updateComplete;
      expect(lines(el), JSON.stringify(review)).to.deep.equal(expected);
    }
    configure(null);
    await el.updateComplete;
    expect(footer(el), 'gone with the record').to.equal(null);
  });

  it('writes markup in the reviewer and titles as text, and links only http(s)', async () => {
    const console = captureConsole();
    try {
      configure({
        review: {
          reviewedBy: '<img src=x onerror="window.hipPwned=1">, <b>fysio</b>',
          sources: [
            { title: '<script>window.hipPwned=1</script>', url: 'javascript:window.hipPwned=1' },
            { title: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
            { title: 'Quote', url: 'https://example.nl/"><img src=x>' },
          ],
        },
      });
      console.claim('error', [
        ['review.sources[0].url "javascript:window.hipPwned=1"', 'the source is shown without a link.'],
        ['review.sources[1].url "data:text/html,<script>alert(1)</script>"', 'the source is shown without a link.'],
      ]);
      const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section phone="020 123 4567"></hip-complaints-section>`);
      expect(lines(el)).to.deep.equal([
        'Beoordeeld door <img src=x onerror="window.hipPwned=1">, <b>fysio</b>.',
        'Bronnen',
        '<script>window.hipPwned=1</script>',
        'Data',
        'Quote',
      ]);
      expect(footer(el)!.querySelectorAll('img, script, b')).to.have.length(0);
      expect(links(el)).to.deep.equal([['Quote', 'https://example.nl/%22%3E%3Cimg%20src=x%3E']]);
      expect((window as { hipPwned?: unknown }).hipPwned).to.equal(undefined);
    } finally {
      console.restore();
    }
  });

  it('is accessible with its review record', async function () {
    this.timeout(20000);
    configure({ locations: [CENTRUM], review: REVIEW });
    const el = await fixture<HipComplaintsSection>(html`<hip-complaints-section></hip-complaints-section>`);
    await expect(el).to.be.accessible();
  });
});
