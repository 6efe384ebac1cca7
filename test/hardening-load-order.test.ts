/**
 * The BUILT bundles (run `npm run build` first) however a CMS page loads them:
 * before or after the markup, in `head` or at the end of `body`, `defer` or
 * `async`, twice, from two URLs, module and classic mixed, and with elements
 * that page scripts create later (`innerHTML`, `createElement`, attributes and
 * properties set before and after connecting, before the script has loaded).
 * Everything renders and nothing throws.
 *
 * A second copy of the classic script overwrites `window.HipWidgets`; its
 * `setLocale()` and `configure()` must still steer the elements on the page,
 * which belong to the first copy (src/index.ts hands the API to it).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage, type PageWindow } from './helpers/page.js';
import { PAGE_WORDS } from './helpers/content.js';

const ES_BUNDLE = '/dist/hip-widgets.js';
const IIFE_BUNDLE = '/dist/hip-widgets.iife.js';

/** One of each element, with what each needs to show something. */
const MARKUP = `
  <hip-complaints-section phone="020 123 4567"></hip-complaints-section>
  <hip-condition-card condition="perthes"></hip-condition-card>
  <symptom-checklist></symptom-checklist>
  <appointment-cta phone="020 123 4567" booking-url="https://example.nl/afspraak"></appointment-cta>
  <stats-figure stat="physio-hip-share"></stats-figure>`;

interface ApiWindow extends PageWindow {
  HipWidgets?: {
    setLocale(locale: string | null): Promise<void>;
    getLocale(): string;
    configure(config: unknown): unknown[];
    HipComplaintsSection: CustomElementConstructor;
  };
  hipModule?: ApiWindow['HipWidgets'];
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What an element shows once it has rendered, or '' while it has not. */
function rendered(element: Element): string {
  const root = element.shadowRoot;
  if (!root) return '';
  switch (element.localName) {
    case 'hip-complaints-section':
      return root.querySelectorAll('hip-condition-card').length === 6 && root.querySelector('h2') ? text(root.querySelector('h2')) : '';
    case 'hip-condition-card':
      return text(root.querySelector('h2, h3, h4, h5, h6'));
    case 'symptom-checklist':
      return root.querySelectorAll('input[type="checkbox"]').length === 4 ? text(root.querySelector('legend')) : '';
    case 'appointment-cta':
      return [...root.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')).join(' ');
    case 'stats-figure':
      return root.querySelector('svg rect.bar') ? text(root.querySelector('figcaption')) : '';
    default:
      return '';
  }
}

const WIDGETS = 'hip-complaints-section, hip-condition-card, symptom-checklist, appointment-cta, stats-figure';

/** Waits until every widget in the light DOM of `doc` has rendered, then names any that has not. */
async function expectAllRendered(doc: Document, count = 5): Promise<void> {
  const widgets = () => [...doc.querySelectorAll(WIDGETS)];
  try {
    await waitUntil(() => widgets().length >= count && widgets().every((element) => rendered(element) !== ''), '', { timeout: 8000, interval: 50 });
  } catch {
    // The assertions below say which element is missing.
  }
  expect(widgets().length, 'widgets on the page').to.be.at.least(count);
  for (const element of widgets()) expect(rendered(element), `<${element.localName}> has rendered`).not.to.equal('');
}

function expectNoErrors(win: PageWindow): void {
  expect(win.hipErrors, 'uncaught errors, rejections and failed loads').to.deep.equal([]);
  expect(win.hipConsoleErrors, 'console errors').to.deep.equal([]);
}

describe('hardening: load order, duplicates and late elements (dist/)', function () {
  // A fresh page with the bundle per case.
  this.timeout(20000);

  const placements: [string, { head?: string; bodyEnd?: string }][] = [
    ['a module script in head, before the markup', { head: `<script type="module" src="${ES_BUNDLE}"></script>` }],
    ['a module script at the end of body', { bodyEnd: `<script type="module" src="${ES_BUNDLE}"></script>` }],
    ['an async module script in head', { head: `<script type="module" async src="${ES_BUNDLE}"></script>` }],
    ['a classic script in head, before the markup', { head: `<script src="${IIFE_BUNDLE}"></script>` }],
    ['a classic script at the end of body', { bodyEnd: `<script src="${IIFE_BUNDLE}"></script>` }],
    ['a deferred classic script in head', { head: `<script defer src="${IIFE_BUNDLE}"></script>` }],
    ['an async classic script in head', { head: `<script async src="${IIFE_BUNDLE}"></script>` }],
  ];

  for (const [where, { head = '', bodyEnd = '' }] of placements) {
    it(`renders every element from ${where}`, async () => {
      const { win, doc } = await openPage({ head, body: `${MARKUP}${bodyEnd}` });
      await expectAllRendered(doc);
      expectNoErrors(win);
    });
  }

  it('renders once and says so when loaded four times: twice from one URL, from another URL, module and classic mixed', async () => {
    const { win, doc } = await openPage({
      head: `<script src="${IIFE_BUNDLE}"></script><script type="module" src="${ES_BUNDLE}"></script><script type="module" src="${ES_BUNDLE}?copy=2"></script>`,
      body: `${MARKUP}<script src="${IIFE_BUNDLE}"></script><script async src="${IIFE_BUNDLE}?copy=3"></script>`,
    });
    await expectAllRendered(doc);
    expectNoErrors(win);
    // Each element has one shadow root with one copy of its content.
    expect(doc.querySelector('hip-complaints-section')!.shadowRoot!.querySelectorAll('hip-condition-card')).to.have.length(6);
  });

  it('renders elements created later by innerHTML and createElement, with attributes and properties set before or after connecting', async () => {
    const { win, doc } = await openPage({
      // A page script that creates an element and sets a property before the widgets' script has loaded.
      body: `<div id="early"></div>
        <script>
          const early = document.createElement('appointment-cta');
          early.phone = '020 765 4321';
          document.getElementById('early').append(early);
        </script>
        <script src="${IIFE_BUNDLE}"></script>`,
    });
    const main = doc.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', MARKUP);

    const before = doc.createElement('hip-condition-card');
    before.setAttribute('condition', 'hip-fracture');
    before.setAttribute('heading-level', '4');
    main.append(before);

    const after = doc.createElement('hip-condition-card');
    main.append(after);
    after.setAttribute('condition', 'fai');

    const byProperty = doc.createElement('stats-figure') as HTMLElement & { value?: number; label?: string };
    byProperty.value = 12;
    byProperty.label = 'Twaalf patiënten';
    main.append(byProperty);

    // Moved after rendering: disconnected and connected again.
    const section = main.querySelector('hip-complaints-section')!;
    await expectAllRendered(doc, 9);
    doc.querySelector('#early')!.append(section);
    await expectAllRendered(doc, 9);

    expect(rendered(doc.querySelector('#early appointment-cta')!), 'the early element with a property set before the script loaded').to.equal('tel:+31207654321');
    expect(before.shadowRoot!.querySelector('h4'), 'attributes set before connecting').to.exist;
    expect(rendered(after), 'an attribute set after connecting').to.contain('impingement');
    expect(rendered(byProperty), 'properties set before connecting').to.equal('Twaalf patiënten');
    expectNoErrors(win);
  });

  describe('a second copy of the script', () => {
    const sectionHeading = (doc: Document) => text(doc.querySelector('hip-complaints-section')!.shadowRoot!.querySelector('h2'));

    const NOTHING_TO_SHOW = '<appointment-cta>: has no usable booking-url, phone or email; only the invitation text is shown.';

    it("steers the first copy's elements through the window.HipWidgets it overwrote", async () => {
      const { win, doc, console } = await openPage({
        head: `<script src="${IIFE_BUNDLE}"></script>`,
        body: `${MARKUP}<script src="${IIFE_BUNDLE}?copy=2"></script>`,
      });
      const page = win as ApiWindow;
      await expectAllRendered(doc);
      // A call to action that has nothing to show until the page is configured.
      doc.querySelector('main')!.insertAdjacentHTML('beforeend', '<appointment-cta id="configured"></appointment-cta>');
      expect(page.HipWidgets!.HipComplaintsSection, 'window.HipWidgets is the second copy').not.to.equal(win.customElements.get('hip-complaints-section'));

      await page.HipWidgets!.setLocale('en');
      await waitUntil(() => sectionHeading(doc) === PAGE_WORDS.en.title, `the section switched to English (shows "${sectionHeading(doc)}")`, { timeout: 8000 });
      expect(page.HipWidgets!.getLocale()).to.equal('en');

      const configured = doc.querySelector('#configured')!;
      // Rendered before the page is configured (each element renders in a task of its own): nothing to show, and it says so.
      await waitUntil(() => configured.shadowRoot?.querySelector('[part="lead"]'), 'the unconfigured call to action rendered');
      console!.claim('warn', [NOTHING_TO_SHOW]);
      const problems = page.HipWidgets!.configure({ locations: [{ id: 'centrum', name: 'Fysiotherapie Centrum', phone: '020 111 2222' }] });
      expect(problems).to.deep.equal([]);
      await waitUntil(() => rendered(configured) === 'tel:+31201112222', `the configured location's phone (shows "${rendered(configured)}")`);
      page.HipWidgets!.configure(null);
      await waitUntil(() => rendered(configured) === '', 'the configuration handed back');
      console!.claim('warn', [NOTHING_TO_SHOW]);
      await page.HipWidgets!.setLocale(null);
      await waitUntil(() => sectionHeading(doc) === 'Heupklachten', 'the section back in Dutch');
      expectNoErrors(win);
      // The second copy loaded no locale module of its own.
      const locales = win.performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/locales/'));
      expect(locales.map((entry) => new URL(entry.name).pathname)).to.deep.equal(['/dist/locales/en.js']);
    });

    it('steers the elements of a module copy from a later classic copy, and of a classic copy from a later module', async () => {
      const moduleFirst = await openPage({
        head: `<script type="module" src="${ES_BUNDLE}"></script>`,
        body: `${MARKUP}`,
      });
      const classic = moduleFirst.doc.createElement('script');
      classic.src = IIFE_BUNDLE;
      await new Promise((resolve) => {
        classic.addEventListener('load', resolve, { once: true });
        moduleFirst.doc.head.append(classic);
      });
      await expectAllRendered(moduleFirst.doc);
      await (moduleFirst.win as ApiWindow).HipWidgets!.setLocale('de');
      await waitUntil(() => sectionHeading(moduleFirst.doc) === PAGE_WORDS.de.title, `the module's elements in German (shows "${sectionHeading(moduleFirst.doc)}")`, { timeout: 8000 });
      expectNoErrors(moduleFirst.win);

      const classicFirst = await openPage({
        head: `<script src="${IIFE_BUNDLE}"></script><script type="module">import * as widgets from '${ES_BUNDLE}'; window.hipModule = widgets;</script>`,
        body: `${MARKUP}`,
      });
      await expectAllRendered(classicFirst.doc);
      await (classicFirst.win as ApiWindow).hipModule!.setLocale('fr');
      await waitUntil(() => sectionHeading(classicFirst.doc) === PAGE_WORDS.fr.title, `the classic script's elements in French (shows "${sectionHeading(classicFirst.doc)}")`, { timeout: 8000 });
      expectNoErrors(classicFirst.win);
    });
  });
});
