/**
 * Tests of the BUILT bundles in dist/ (run `npm run build` first; `npm test`
 * does). Each test opens a plain page in an iframe, the way an agency's CMS
 * page would load the script tag, and looks at what that page shows.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { CONDITION_TITLES_NL, PAGE_WORDS } from './helpers/content.js';
import { openPage } from './helpers/page.js';

const ES_BUNDLE = '/dist/hip-widgets.js';
/** A section without contact details says so (claimed where a page has one). */
const NO_CONTACT =
  '<hip-complaints-section>: no booking-url, phone or email is set and the page config has no location with one, so the call to action shows no links; set at least one of them, or add a location to the page config.';
const IIFE_BUNDLE = '/dist/hip-widgets.iife.js';

const TAGS = {
  HipConditionCard: 'hip-condition-card',
  SymptomChecklist: 'symptom-checklist',
  AppointmentCta: 'appointment-cta',
  StatsFigure: 'stats-figure',
  HipComplaintsSection: 'hip-complaints-section',
} as const;

/** The six condition cards of the section, by the title each must show. */
const CONDITION_TITLES = CONDITION_TITLES_NL;

/** The text a reader sees in a tree: text nodes outside style, script and template. */
function visibleText(root: Node): string {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('style, script, template')) parts.push(node.textContent ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function headings(root: ParentNode): string[] {
  return [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].map((h) => visibleText(h));
}

function conditionCards(section: Element): Element[] {
  return [...(section.shadowRoot?.querySelectorAll('hip-condition-card') ?? [])];
}

/** True once the section shows its heading and six cards that each show a title. */
function sectionRendered(section: Element | null): boolean {
  if (!section?.shadowRoot) return false;
  const cards = conditionCards(section);
  return (
    headings(section.shadowRoot).includes('Heupklachten') &&
    cards.length === CONDITION_TITLES.length &&
    CONDITION_TITLES.every((title) => cards.some((card) => card.shadowRoot && visibleText(card.shadowRoot).includes(title)))
  );
}

/** Waits for the section to render, then checks it the way a reader would. */
async function expectSectionRendered(doc: Document): Promise<void> {
  const section = doc.querySelector('hip-complaints-section');
  expect(section, '<hip-complaints-section> on the page').to.exist;
  try {
    await waitUntil(() => sectionRendered(section), '', { timeout: 8000, interval: 50 });
  } catch {
    // Fall through to the precise assertions below, which say what is missing.
  }
  expect(doc.defaultView!.customElements.get('hip-complaints-section'), 'hip-complaints-section is defined').to.exist;
  const root = section!.shadowRoot;
  expect(root, 'the section has a shadow root').to.exist;
  expect(headings(root!), 'headings in the section').to.include('Heupklachten');
  const cards = conditionCards(section!);
  expect(cards, 'condition cards in the section').to.have.length(CONDITION_TITLES.length);
  const cardTexts = cards.map((card) => (card.shadowRoot ? visibleText(card.shadowRoot) : ''));
  for (const title of CONDITION_TITLES) {
    expect(
      cardTexts.some((text) => text.includes(title)),
      `a card shows "${title}" (cards show: ${cardTexts.map((t) => JSON.stringify(t.slice(0, 60))).join(', ')})`,
    ).to.be.true;
  }
}

/** Paths of everything the page fetched. */
function fetchedPaths(win: Window): string[] {
  return win.performance.getEntriesByType('resource').map((entry) => {
    const url = new URL(entry.name);
    return url.pathname + url.search;
  });
}

describe('built bundle (dist/)', function () {
  // Loading a ~100 KB bundle into a fresh page several times takes longer than a unit test.
  this.timeout(20000);

  before(async () => {
    for (const bundle of [ES_BUNDLE, IIFE_BUNDLE]) {
      const response = await fetch(bundle, { method: 'HEAD' });
      expect(response.ok, `${bundle} is served (run \`npm run build\` first)`).to.be.true;
    }
  });

  it('renders the whole section from one module script tag, fetching nothing else', async () => {
    const { win, doc, console } = await openPage({
      head: `<script type="module" src="${ES_BUNDLE}"></script>`,
      body: '<hip-complaints-section></hip-complaints-section>',
    });

    await expectSectionRendered(doc);
    console!.claim('warn', [NO_CONTACT]);
    expect(win.hipErrors, 'errors on the page').to.deep.equal([]);
    // Self-contained: no chunk, locale file or import.meta-relative fetch.
    expect(fetchedPaths(win), 'what the page fetched').to.deep.equal([ES_BUNDLE]);
  });

  it('exports the element classes from the ES module, the same ones it registers', async () => {
    const { win } = await openPage({
      head: `<script type="module">import * as hipWidgets from '${ES_BUNDLE}'; window.hipModule = hipWidgets;</script>`,
    });

    expect(win.hipModule, 'the module namespace').to.exist;
    for (const [name, tag] of Object.entries(TAGS)) {
      expect(win.hipModule![name], `export ${name}`).to.be.a('function');
      expect(win.customElements.get(tag), `<${tag}> is registered by the bundle`).to.equal(win.hipModule![name]);
    }
    expect(win.hipErrors, 'errors on the page').to.deep.equal([]);
  });

  it('survives being loaded twice, from two URLs, and as the classic script too', async () => {
    const { win, doc } = await openPage({
      // The classic scripts run while the page parses, the modules after it;
      // one more classic copy is added below, once the modules have run.
      head: `
        <script type="module" src="${ES_BUNDLE}"></script>
        <script type="module" src="${ES_BUNDLE}"></script>
        <script type="module" src="${ES_BUNDLE}?copy=2"></script>
        <script src="${IIFE_BUNDLE}"></script>`,
      body: `
        <hip-complaints-section booking-url="https://example.nl/afspraak" phone="020 123 4567" email="info@example.nl"
          practice-name="Fysiotherapie Voorbeeld"></hip-complaints-section>
        <script src="${IIFE_BUNDLE}"></script>`,
    });
    const lateCopy = doc.createElement('script');
    lateCopy.src = `${IIFE_BUNDLE}?copy=3`;
    // On a load failure the page's own listener records it; don't hang here.
    const lateCopyLoaded = new Promise((resolve) => {
      lateCopy.addEventListener('load', resolve, { once: true });
      lateCopy.addEventListener('error', resolve, { once: true });
    });
    doc.head.append(lateCopy);
    await lateCopyLoaded;

    await expectSectionRendered(doc);
    expect(win.hipErrors, 'uncaught errors on the page').to.deep.equal([]);
    for (const tag of Object.values(TAGS)) {
      expect(win.customElements.get(tag), `<${tag}> is defined`).to.exist;
    }
  });

  it('exposes window.HipWidgets with the element classes from the classic script', async () => {
    const { win, doc, console } = await openPage({
      head: `<script src="${IIFE_BUNDLE}"></script>`,
      body: '<hip-complaints-section></hip-complaints-section>',
    });

    expect(win.HipWidgets, 'window.HipWidgets').to.be.an('object');
    for (const [name, tag] of Object.entries(TAGS)) {
      expect(win.HipWidgets![name], `HipWidgets.${name}`).to.be.a('function');
      expect(win.customElements.get(tag), `<${tag}> is registered by the classic script`).to.equal(win.HipWidgets![name]);
    }
    await expectSectionRendered(doc);
    console!.claim('warn', [NO_CONTACT]);
    expect(win.hipErrors, 'errors on the page').to.deep.equal([]);
    expect(fetchedPaths(win), 'what the page fetched').to.deep.equal([IIFE_BUNDLE]);
  });

  it('loads a language on demand from beside the script, for the module and the classic script', async () => {
    for (const script of [`<script type="module" src="${ES_BUNDLE}"></script>`, `<script src="${IIFE_BUNDLE}"></script>`]) {
      const { win, doc } = await openPage({ lang: 'en-GB', head: script, body: '<hip-complaints-section phone="020 123 4567"></hip-complaints-section>' });
      const section = doc.querySelector('hip-complaints-section')!;
      await waitUntil(() => headings(section.shadowRoot ?? doc).includes(PAGE_WORDS.en.title), `the section's heading in English (${script})`, { timeout: 8000 });
      expect(fetchedPaths(win), 'what the page fetched').to.include('/dist/locales/en.js');
      expect(win.hipErrors).to.deep.equal([]);
    }
  });

  it('keeps the Dutch text and says why when a language file cannot be loaded', async () => {
    const { win, doc, console } = await openPage({
      lang: 'de',
      head: '<script type="module" src="/no-locales/hip-widgets.js"></script>',
      body: '<hip-complaints-section phone="020 123 4567"></hip-complaints-section>',
    });
    await waitUntil(() => win.hipWarnings.some((line) => line.includes('could not load')), 'a console warning about the locale', { timeout: 8000 });
    // In the middle, the engine's own words for the failed import.
    console!.claim('warn', [['hip-widgets: could not load the "de" translations from http://', '/no-locales/locales/de.js (', '); the text stays in nl. Script moved? Set "localesUrl" in the page config.']]);
    await expectSectionRendered(doc);
    const heading = headings(doc.querySelector('hip-complaints-section')!.shadowRoot!);
    expect(heading).to.include('Heupklachten');
    expect(heading).not.to.include(PAGE_WORDS.de.title);
  });

  it('loads a language from the page config\'s localesUrl when the script was served from elsewhere (an optimizer\'s combined file)', async () => {
    // /no-locales/ has the bundle but no locales/ beside it, as an optimizer's cache folder.
    const { win, doc, console } = await openPage({
      lang: 'en-GB',
      head: '<script type="module" src="/no-locales/hip-widgets.js"></script>',
      body: `<hip-complaints-section phone="020 123 4567"></hip-complaints-section>
        <script type="application/json" data-hip-widgets-config>{ "localesUrl": "/dist/locales/?ver=7" }</script>`,
    });
    const section = doc.querySelector('hip-complaints-section')!;
    await waitUntil(() => headings(section.shadowRoot ?? doc).includes(PAGE_WORDS.en.title), "the section's heading in English", { timeout: 8000 });
    expect(fetchedPaths(win), 'what the page fetched').to.deep.equal(['/no-locales/hip-widgets.js', '/dist/locales/en.js?ver=7']);
    console!.claim('warn', []);
    expect(win.hipErrors).to.deep.equal([]);
  });

  it('reads a page config that comes after the script and the elements, as on a WordPress page', async () => {
    const config = JSON.stringify({ defaultLocation: 'centrum', locations: [{ id: 'centrum', name: 'Fysiotherapie Centrum', phone: '020 123 4567' }, { id: 'noord', name: 'Fysiotherapie Noord', phone: '+31 20 765 4321' }] });
    const { win, doc } = await openPage({
      head: `<script src="${IIFE_BUNDLE}"></script>`,
      body: `<appointment-cta location="noord"></appointment-cta>
        <hip-complaints-section></hip-complaints-section>
        <script type="application/json" data-hip-widgets-config>${config}</script>`,
    });
    const cta = doc.querySelector('appointment-cta')!;
    const telLinks = (root: ParentNode | null | undefined) => [...(root?.querySelectorAll('a[href^="tel:"]') ?? [])].map((a) => a.getAttribute('href'));
    await waitUntil(() => telLinks(cta.shadowRoot).length > 0, 'the call to action shows a phone link', { timeout: 8000 });
    expect(telLinks(cta.shadowRoot)).to.deep.equal(['tel:+31207654321']);
    await expectSectionRendered(doc);
    const sectionCta = doc.querySelector('hip-complaints-section')!.shadowRoot!.querySelector('appointment-cta');
    expect(telLinks(sectionCta?.shadowRoot), 'the section uses the default location').to.deep.equal(['tel:+31201234567']);
    expect(win.hipErrors).to.deep.equal([]);
    expect(win.hipWarnings, 'nothing reported as missing while the page was parsed').to.deep.equal([]);
  });
});
