import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { configure, resetPageConfigForTests } from '../src/config.js';
import type { AppointmentCta } from '../src/elements/appointment-cta.js';
import '../src/elements/hip-complaints-section.js';
import type { HipComplaintsSection } from '../src/elements/hip-complaints-section.js';
import { CENTRUM, CENTRUM_LINKS, finishParsing, NOORD, simulateParsing, stopSimulatingParsing } from './helpers/page-config.js';
import { captureConsole, type ConsoleCapture } from './helpers/console.js';
import { CONDITION_TITLES_NL } from './helpers/content.js';
import { visibleText } from './helpers/text.js';

const cards = (el: HipComplaintsSection) => [...el.shadowRoot!.querySelectorAll('hip-condition-card')];
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
      expect(el.shadowRoot!.querySelector('appointment-cta')).to.equal(null);
      // Once, at the end: no second copy stands in for the call to action.
      const invitations = [...el.shadowRoot!.querySelectorAll('section > *')].filter((node) => visibleText(node) === INVITATION);
      expect(invitations).to.have.length(1);
      expect(invitations[0].getAttribute('part')).to.equal('contact-invitation');
      expect(invitations[0].previousElementSibling!.localName).to.equal('ul');
      console.claim('warn', [NO_CONTACT]);
      el.setAttribute('phone', '020 123 4567');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('appointment-cta')).to.exist;
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

  /** The call to action inside, rendered. */
  async function cta(el: HipComplaintsSection): Promise<AppointmentCta | null> {
    const inner = el.shadowRoot!.querySelector('appointment-cta');
    await inner?.updateComplete;
    return inner;
  }
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
