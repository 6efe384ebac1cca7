/**
 * Bad input is inert, part three: a page whose `Object.prototype` carries
 * extra keys, as a prototype-pollution bug in another script leaves it (an old
 * deep `$.extend`, a query-string parser). The widgets must render the same
 * links and text as on a clean page, with the page config from a config script
 * or from `configure()`, and no link may run script, even when clicked. And
 * the last line of defence, the URL check where a template writes `href=`
 * (src/internal/safe-url.ts), catches a value that got past every parser; the
 * scanner these suites use flags a template that skips it.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type PropertyValues } from 'lit';
import { AppointmentCta, configure, setLocale, type HipWidgetsConfig } from '../src/index.js';
import { resetPageConfigForTests } from '../src/config.js';
import { isSafeUrl, safeUrl, type UrlKind } from '../src/internal/safe-url.js';
import type { EmailAddress, PhoneNumber } from '../src/contact.js';
import { captureConsole, type ConsoleCapture } from './helpers/console.js';
import { CENTRUM, EXAMPLE, NOORD } from './helpers/page-config.js';
import { escaped, pwned, settleWidgets, unsafeNodes, watchForEscapes } from './helpers/payloads.js';
import { deepQueryAll, describeElement, shadowRoots } from './helpers/shadow.js';

const script = (what: string) => `javascript:hipPwned('polluted ${what}')`;

/**
 * What a polluted `Object.prototype` carries: every key of the page config and
 * its locations, the options and fields the code reads, the content's optional
 * fields, and generic URL names.
 * Values that would pass a check are chosen where one exists (a location id
 * that is in the config, a language the widgets speak), so leaking one shows
 * as a different page and not only as a refused value.
 */
const POLLUTION: Readonly<Record<string, unknown>> = {
  // The page config (src/config.ts ROOT_KEYS) and what it resolves to.
  locale: 'en',
  defaultLocation: 'noord',
  locations: [{ id: 'evil', name: 'Evil', bookingUrl: script('locations') }],
  // The review record (REVIEW_KEYS, SOURCE_KEYS): a page without one, or a source without a link, must not gain one.
  review: { reviewed: '2026-01-01', reviewedBy: 'Evil reviewer', sources: [{ title: 'Evil source', url: 'https://evil.example/' }] },
  reviewed: '2026-01-01',
  nextReview: '2026-01-02',
  reviewedBy: 'Evil reviewer',
  sources: [{ title: 'Evil source', url: 'https://evil.example/' }],
  title: 'Evil title',
  // Each location (LOCATION_KEYS), and what the elements read of one.
  id: 'noord',
  name: 'Evil practice',
  phone: script('phone'),
  email: script('email'),
  bookingUrl: script('bookingUrl'),
  'booking-url': script('booking-url'),
  practiceName: 'Evil practice',
  display: 'Evil display',
  e164: '+31666666666',
  countryCode: '44',
  // What chooseLocation() and the locale requests return or keep.
  unknown: 'evil',
  api: 'de',
  config: 'fr',
  // The optional fields of the content the cards and figures show.
  heading: 'Evil heading',
  lead: 'Evil lead',
  term: 'Evil term',
  above: true,
  per: 7,
  condition: 'perthes',
  label: 'Evil label',
  // Generic URL names.
  href: script('href'),
  url: script('url'),
  src: script('src'),
  action: script('action'),
  formaction: script('formaction'),
  'xlink:href': script('xlink:href'),
  link: script('link'),
  target: '_blank',
};

/** Put POLLUTION on Object.prototype the way a bad deep merge does: plain assignment, enumerable. */
function pollute(): void {
  for (const [key, value] of Object.entries(POLLUTION)) (Object.prototype as Record<string, unknown>)[key] = value;
}

/** Take it off again; safe to call twice (afterEach calls it whatever the test did). */
function cleanUp(): void {
  for (const key of Object.keys(POLLUTION)) delete (Object.prototype as Record<string, unknown>)[key];
}

/** Two locations and a default; the same locations without one, so a call to action without `location` lets the visitor pick; a sparse review record. */
const CONFIGS: readonly [string, HipWidgetsConfig][] = [
  ['a default location', EXAMPLE],
  ['no default location', { locations: [CENTRUM, NOORD] }],
  // A review record that leaves every optional field out: a source without a link.
  ['a review record of one source', { ...EXAMPLE, review: { sources: [{ title: 'Boek' }] } }],
];

/** Every element, with and without a location, with and without own attributes. */
const WIDGETS = `
  <hip-complaints-section></hip-complaints-section>
  <appointment-cta></appointment-cta>
  <appointment-cta location="noord"></appointment-cta>
  <appointment-cta booking-url="https://example.nl/boek" phone="020 765 4321" email="info@example.nl" practice-name="Praktijk"></appointment-cta>
  <hip-condition-card condition="fai"></hip-condition-card>
  <stats-figure stat="physio-hip-share"></stats-figure>
  <stats-figure stat="fai-athlete-age"></stats-figure>
  <stats-figure stat="epiphysiolysis-diagnosis-age"></stats-figure>
  <symptom-checklist></symptom-checklist>`;

let page: HTMLElement | undefined;
let configScript: HTMLScriptElement | undefined;

/** What a visitor sees and can follow, per shadow root: its links (target, accessible name, text) and its text. */
interface Seen {
  links: string[];
  texts: string[];
}

/** Links the clicks below would have followed. */
const followed: string[] = [];

/**
 * Records every link followed, and stops the ones that would leave the test
 * page (http, tel:, mailto:, an in-page #). Anything else, a `javascript:` URL
 * above all, is let through, so that it runs and the canary says so.
 */
function recordFollowed(event: MouseEvent): void {
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  const href = link?.getAttribute('href');
  if (!link || href === null || href === undefined) return;
  followed.push(href);
  if (/^(https?:|tel:|mailto:|#)/i.test(href)) event.preventDefault();
}

async function settle(root: HTMLElement): Promise<void> {
  // The config script's MutationObserver, then the elements' updates, nested ones included.
  await aTimeout(0);
  await settleWidgets(root);
}

/** The page config from `how`, then the widgets; the visitor picks "centrum" wherever there is a list; every link is clicked. */
async function renderPage(how: 'configure()' | 'script', config: HipWidgetsConfig): Promise<Seen> {
  resetPageConfigForTests();
  if (how === 'configure()') {
    configure(config);
  } else {
    configScript = document.createElement('script');
    configScript.type = 'application/json';
    configScript.setAttribute('data-hip-widgets-config', '');
    configScript.textContent = JSON.stringify(config);
    document.body.append(configScript);
  }
  page = document.createElement('div');
  page.innerHTML = WIDGETS;
  document.body.append(page);
  await settle(page);
  for (const select of deepQueryAll<HTMLSelectElement>(page, 'select')) {
    select.value = 'centrum';
    select.dispatchEvent(new Event('change'));
  }
  await settle(page);
  const seen: Seen = { links: [], texts: [] };
  for (const root of shadowRoots(page)) {
    seen.texts.push(`<${root.host.localName}> ${(root.textContent ?? '').replace(/\s+/g, ' ').trim()}`);
    for (const link of root.querySelectorAll('a')) {
      seen.links.push(`${describeElement(link)} → ${link.getAttribute('href')} (${link.getAttribute('aria-label') ?? 'no label'})`);
    }
  }
  for (const link of deepQueryAll<HTMLAnchorElement>(page, 'a')) link.click();
  // A javascript: URL runs in a task after the click.
  await aTimeout(50);
  return seen;
}

/** Undo renderPage(): widgets, config script, page config and locale. */
async function removePage(): Promise<void> {
  page?.remove();
  page = undefined;
  configScript?.remove();
  configScript = undefined;
  resetPageConfigForTests();
  await setLocale(null);
}

/** The console's messages of one capture, every level. */
const messagesOf = (capture: ConsoleCapture) => [...capture.messages.error, ...capture.messages.warn, ...capture.messages.info];

describe('hardening: a polluted Object.prototype', function () {
  this.timeout(30000);

  watchForEscapes();

  before(() => window.addEventListener('click', recordFollowed));
  after(() => window.removeEventListener('click', recordFollowed));

  beforeEach(() => {
    followed.length = 0;
  });

  afterEach(async () => {
    // Also when the test failed half-way: no later test may run on a polluted page.
    cleanUp();
    await removePage();
  });

  for (const how of ['script', 'configure()'] as const) {
    for (const [configName, config] of CONFIGS) {
      it(`renders the same links and text as a clean page, page config from ${how === 'script' ? 'a config script' : 'configure()'} with ${configName}, and no link runs script`, async () => {
        const capture = captureConsole();
        let clean: Seen;
        let polluted: Seen;
        let cleanFollowed: string[];
        try {
          clean = await renderPage(how, config);
          cleanFollowed = followed.splice(0);
          await removePage();
          pollute();
          try {
            polluted = await renderPage(how, config);
          } finally {
            cleanUp();
          }
        } finally {
          capture.restore();
        }
        expect(pwned, 'script that ran').to.deep.equal([]);
        expect(escaped, 'exceptions that escaped').to.deep.equal([]);
        capture.claim('error', []);
        capture.claim('warn', []);
        expect(messagesOf(capture), 'console messages').to.deep.equal([]);
        expect(clean.links, 'the clean page has links to compare').to.include.members([
          `<a part="booking"> in <appointment-cta> ("Maak een afspraak") → https://example.nl/afspraak?loc=centrum (Maak een afspraak bij Fysiotherapie Centrum)`,
        ]);
        expect(polluted.links).to.deep.equal(clean.links);
        expect(polluted.texts).to.deep.equal(clean.texts);
        expect(followed, 'links followed on the polluted page').to.deep.equal(cleanFollowed);
        expect(unsafeNodes(page!)).to.deep.equal([]);
      });
    }
  }

  it('reads nothing from the prototype in configure() or a config script: each problem is the same as on a clean page', async () => {
    // A config that leaves every optional field out, so that a read of an inherited one would show.
    const sparse = { locations: [{ id: 'centrum', name: 'Centrum', phone: '020 123 4567' }] };
    const capture = captureConsole();
    let clean: unknown;
    let polluted: unknown;
    try {
      resetPageConfigForTests();
      clean = configure(sparse);
      pollute();
      try {
        resetPageConfigForTests();
        polluted = configure(sparse);
      } finally {
        cleanUp();
      }
    } finally {
      capture.restore();
    }
    expect(polluted).to.deep.equal(clean);
    expect(clean).to.deep.equal([]);
    capture.claim('error', []);
    capture.claim('warn', []);
    expect(messagesOf(capture)).to.deep.equal([]);
  });
});

describe('hardening: every link passes the allow-list where the template writes it', function () {
  watchForEscapes();

  it('allows http(s) booking pages, international tel: numbers, mailto: addresses and in-page #ids, each only where its kind is asked for', () => {
    const cases: [unknown, UrlKind, boolean][] = [
      ['https://example.nl/afspraak?loc=centrum', 'http(s)', true],
      ['http://example.nl/', 'http(s)', true],
      ['HTTPS://EXAMPLE.NL/', 'http(s)', true],
      ['tel:+31201234567', 'tel:', true],
      ['mailto:centrum@example.nl', 'mailto:', true],
      ['#hip-conditions', '#id', true],
      // Each kind only where it is asked for.
      ['tel:+31201234567', 'http(s)', false],
      ['https://example.nl/', 'tel:', false],
      ['mailto:centrum@example.nl', '#id', false],
      ['#hip-conditions', 'http(s)', false],
      // What no link may be.
      ["javascript:hipPwned('x')", 'http(s)', false],
      ["https:javascript:hipPwned('x')", 'http(s)', false],
      ["java\tscript:hipPwned('x')", 'http(s)', false],
      [" https://example.nl/", 'http(s)', false],
      ['data:text/html,<script>hipPwned()</script>', 'http(s)', false],
      ['//example.nl/', 'http(s)', false],
      ['/afspraak', 'http(s)', false],
      ['https://example.nl/ "onmouseover=hipPwned()', 'http(s)', false],
      ['tel:020 123 4567', 'tel:', false],
      ["tel:+31201234567');hipPwned('x", 'tel:', false],
      ['mailto:a@example.nl?body=hello', 'mailto:', false],
      ['mailto:a@example.nl,b@example.nl', 'mailto:', false],
      ['#x"><img src=x>', '#id', false],
      ['#', '#id', false],
      [undefined, 'http(s)', false],
      [null, 'tel:', false],
      [{ toString: () => 'https://example.nl/' }, 'http(s)', false],
      [['https://example.nl/'], 'http(s)', false],
    ];
    const wrong = cases.filter(([value, kind, allowed]) => isSafeUrl(value, kind) !== allowed).map(([value, kind]) => `${String(value)} as ${kind}`);
    expect(wrong).to.deep.equal([]);
  });

  it('leaves a refused URL out and says which element, link and value', () => {
    const capture = captureConsole();
    let results: unknown[];
    try {
      results = [safeUrl('appointment-cta', 'booking', 'https://example.nl/', 'http(s)'), safeUrl('appointment-cta', 'booking', "javascript:hipPwned('x')", 'http(s)'), safeUrl('appointment-cta', 'phone', undefined, 'tel:')];
    } finally {
      capture.restore();
    }
    expect(results[0]).to.equal('https://example.nl/');
    expect(results.slice(1).every((result) => typeof result === 'symbol'), 'nothing: the attribute is left out').to.be.true;
    capture.claim('error', [
      `<appointment-cta>: the booking link's URL "javascript:hipPwned('x')" is not a http(s) URL; the link is shown without it.`,
      `<appointment-cta>: the phone link's URL "undefined" is not a tel: URL; the link is shown without it.`,
    ]);
    expect(messagesOf(capture).length).to.equal(2);
  });

  it('catches, in the call to action, values that got past every parser: the links are shown without them', async () => {
    const booking = "javascript:hipPwned('bypass booking')";
    const call: PhoneNumber = { display: '020 123 4567', e164: '+31201234567', href: "javascript:hipPwned('bypass phone')" };
    const mail: EmailAddress = { display: 'info@example.nl', href: "javascript:hipPwned('bypass email')" };
    // As if a bug between the parsers and the template let them through.
    class BypassingCta extends AppointmentCta {
      override willUpdate(changed: PropertyValues<this>): void {
        super.willUpdate(changed);
        Object.assign(this, { booking, call, mail });
      }
    }
    customElements.define('test-bypassing-cta', BypassingCta);
    const capture = captureConsole();
    let element: BypassingCta;
    try {
      element = await fixture<BypassingCta>(html`<test-bypassing-cta booking-url="https://example.nl/" phone="020 123 4567" email="info@example.nl"></test-bypassing-cta>`);
      await element.updateComplete;
      for (const link of element.shadowRoot!.querySelectorAll('a')) link.click();
      await aTimeout(50);
    } finally {
      capture.restore();
    }
    capture.claim('error', [
      `<appointment-cta>: the booking link's URL "javascript:hipPwned('bypass booking')" is not a http(s) URL; the link is shown without it.`,
      `<appointment-cta>: the phone link's URL "javascript:hipPwned('bypass phone')" is not a tel: URL; the link is shown without it.`,
      `<appointment-cta>: the email link's URL "javascript:hipPwned('bypass email')" is not a mailto: URL; the link is shown without it.`,
    ]);
    expect(messagesOf(capture).length).to.equal(3);
    const links = [...element!.shadowRoot!.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('part'))).to.deep.equal(['booking', 'phone', 'email']);
    expect(links.map((link) => link.hasAttribute('href'))).to.deep.equal([false, false, false]);
    expect(unsafeNodes(element!)).to.deep.equal([]);
    expect(pwned).to.deep.equal([]);
  });

  it("the suites' scanner flags a template that writes a URL without the check, and a click on it runs the script", async () => {
    // A deliberately broken element: href= bound straight to the value (the lint rule hip/safe-url forbids this in src/).
    class UncheckedLink extends LitElement {
      override render() {
        return html`<a part="unchecked" href=${"javascript:hipPwned('unchecked')"}>Klik</a>`;
      }
    }
    customElements.define('test-unchecked-link', UncheckedLink);
    const element = await fixture<UncheckedLink>(html`<test-unchecked-link></test-unchecked-link>`);
    expect(unsafeNodes(element)).to.deep.equal([`<a part="unchecked"> in <test-unchecked-link> ("Klik") links to javascript:hipPwned('unchecked')`]);
    element.shadowRoot!.querySelector('a')!.click();
    // A javascript: URL runs in a task after the click, later on a busy machine: wait for it, not for a time.
    await waitUntil(() => pwned.length > 0, 'the unchecked link ran its script', { timeout: 10000 });
    // So the click test above would have seen a link that ran script.
    expect(pwned).to.deep.equal(['unchecked']);
  });
});
