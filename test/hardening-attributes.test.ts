/**
 * Bad input is inert: every attribute of every element, fed with script
 * injection and absurd values, and every property assigned something that is
 * not a string. For each case:
 *
 * - no script runs (the payloads call a canary) and no element that could run
 *   or load something, no event-handler attribute and no unsafe link appears in
 *   any shadow root;
 * - no exception escapes (uncaught errors, unhandled rejections, a rejected
 *   `updateComplete`);
 * - a value the element cannot use is reported in the console, naming the
 *   element and the value;
 * - the element falls back to something sensible, and a very long value stays
 *   inside the element's box.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { resetPageConfigForTests } from '../src/config.js';
import { CONDITION_IDS } from '../src/content/types.js';
import '../src/index.js';
import { captureConsole, type ConsoleCapture } from './helpers/console.js';
import { ABSURD_VALUES, escaped, expectInert, ODD_PROPERTY_VALUES, settleWidgets, shownInMessage, unsafeNodes, watchForEscapes, XSS_PAYLOADS } from './helpers/payloads.js';
import { shadowRoots } from './helpers/shadow.js';

type Widget = HTMLElement & { updateComplete?: Promise<unknown> };

/**
 * The values of XSS_PAYLOADS and ABSURD_VALUES (test/helpers/payloads.ts) an attribute takes without
 * a word, written out; it must report every other value in the console. 'every value' for free text.
 */
type Accepts = readonly string[] | 'every value';

/** A blank attribute is an absent one (a CMS fills it with an empty field): no message. */
const BLANKS = ['', '   '];
/** The one payload that is a valid https: URL: its quotes and brackets are only characters of the path. */
const HTTPS_PAYLOAD = `https://example.nl/"><img src=x onerror="hipPwned('in-url')">`;
/** Heading levels 2 to 6: none of the payloads is one. */
const HEADING_LEVEL: Accepts = BLANKS;
/** The page has no config in these tests, so any location id is unknown. */
const LOCATION_ID: Accepts = BLANKS;

interface AttributeCase {
  /** The element the attribute is on. */
  tag: string;
  attribute: string;
  /** The property the attribute sets. */
  property: string;
  accepts: Accepts;
  /** The element whose name the console message carries (a section passes contact details to its call to action). */
  reportedBy?: string;
  /** Other attributes, so the element has something to show besides the one under test. */
  base?: Record<string, string>;
}

const SECTION_BASE = { phone: '020 123 4567' };

const ATTRIBUTES: AttributeCase[] = [
  // No payload is a condition id; an empty one is a missing condition.
  { tag: 'hip-condition-card', attribute: 'condition', property: 'condition', accepts: [] },
  { tag: 'hip-condition-card', attribute: 'heading-level', property: 'headingLevel', accepts: HEADING_LEVEL, base: { condition: 'fai' } },
  { tag: 'hip-condition-card', attribute: 'open', property: 'open', accepts: 'every value', base: { condition: 'fai' } },
  { tag: 'appointment-cta', attribute: 'booking-url', property: 'bookingUrl', accepts: [...BLANKS, HTTPS_PAYLOAD], base: { phone: '020 123 4567' } },
  { tag: 'appointment-cta', attribute: 'phone', property: 'phone', accepts: BLANKS, base: { email: 'info@example.nl' } },
  { tag: 'appointment-cta', attribute: 'email', property: 'email', accepts: BLANKS, base: { phone: '020 123 4567' } },
  { tag: 'appointment-cta', attribute: 'practice-name', property: 'practiceName', accepts: 'every value', base: { phone: '020 123 4567' } },
  { tag: 'appointment-cta', attribute: 'location', property: 'location', accepts: LOCATION_ID, base: { phone: '020 123 4567' } },
  // No payload is a statistic's id; an empty one is a missing statistic.
  { tag: 'stats-figure', attribute: 'stat', property: 'stat', accepts: [] },
  // A finite number of 0 or more, as JavaScript reads one (0x10 is 16); a blank one is a missing value.
  { tag: 'stats-figure', attribute: 'value', property: 'value', accepts: ['0', '1e308', '1e-320', '0x10'], base: { label: 'Een getal' } },
  // A finite number no smaller than the value 7.
  { tag: 'stats-figure', attribute: 'max', property: 'max', accepts: ['1e308', '0x10'], base: { value: '7', label: 'Zeven' } },
  { tag: 'stats-figure', attribute: 'unit', property: 'unit', accepts: 'every value', base: { value: '7', label: 'Zeven' } },
  // Any text but a blank one, shown as text.
  { tag: 'stats-figure', attribute: 'label', property: 'label', accepts: [...XSS_PAYLOADS, ...ABSURD_VALUES].filter((value) => !BLANKS.includes(value)), base: { value: '7' } },
  // A list of condition ids: empty (all six), or fai 2,500 times.
  { tag: 'hip-complaints-section', attribute: 'conditions', property: 'conditions', accepts: [...BLANKS, 'fai,'.repeat(2_500)], base: SECTION_BASE },
  { tag: 'hip-complaints-section', attribute: 'heading-level', property: 'headingLevel', accepts: HEADING_LEVEL, base: SECTION_BASE },
  { tag: 'hip-complaints-section', attribute: 'location', property: 'location', accepts: LOCATION_ID, base: SECTION_BASE },
  { tag: 'hip-complaints-section', attribute: 'booking-url', property: 'bookingUrl', accepts: [...BLANKS, HTTPS_PAYLOAD], reportedBy: 'appointment-cta', base: SECTION_BASE },
  { tag: 'hip-complaints-section', attribute: 'phone', property: 'phone', accepts: BLANKS, reportedBy: 'appointment-cta', base: { email: 'info@example.nl' } },
  { tag: 'hip-complaints-section', attribute: 'email', property: 'email', accepts: BLANKS, reportedBy: 'appointment-cta', base: SECTION_BASE },
  { tag: 'hip-complaints-section', attribute: 'practice-name', property: 'practiceName', accepts: 'every value', base: SECTION_BASE },
];

const rejects = (testCase: AttributeCase, value: string) => testCase.accepts !== 'every value' && !testCase.accepts.includes(value);

/**
 * Claims the errors and warnings of one value: each must come from `<reportedBy>` and name the
 * attribute (nothing else may speak up: not Lit, not a caught exception); returns them.
 */
function claimReports(consoleCapture: ConsoleCapture, reportedBy: string, attribute: string): string[] {
  const from = [`<${reportedBy}>`, attribute];
  return [...consoleCapture.claimEach('error', from), ...consoleCapture.claimEach('warn', from)];
}


let container: HTMLElement;


/** Create the element the way a page does, add it, and let it render. */
async function mount(tag: string, setUp: (element: Widget) => void): Promise<Widget> {
  const element = document.createElement(tag) as Widget;
  setUp(element);
  container.append(element);
  await settleWidgets(element);
  return element;
}

/**
 * `mount()` on a fresh page config (so the once-per-page reports come again) with the console
 * captured, through `then` (a later change, still captured); the capture is returned to be claimed.
 */
async function mountCapturing(tag: string, setUp: (element: Widget) => void, then?: (element: Widget) => Promise<void>): Promise<{ element: Widget; consoleCapture: ConsoleCapture }> {
  resetPageConfigForTests();
  const consoleCapture = captureConsole();
  try {
    const element = await mount(tag, setUp);
    await then?.(element);
    return { element, consoleCapture };
  } finally {
    consoleCapture.restore();
  }
}

/** What the element shows, whatever the input: the sensible fallback of each. */
function fallbackProblems(element: Widget, testCase: AttributeCase | undefined, value: unknown): string[] {
  const root = element.shadowRoot!;
  const problems: string[] = [];
  const has = (selector: string, what: string) => {
    if (!root.querySelector(selector)) problems.push(`<${element.localName}> shows no ${what}`);
  };
  switch (element.localName) {
    case 'hip-complaints-section': {
      has('h2, h3, h4, h5, h6', 'heading');
      has('symptom-checklist', 'checklist');
      const cards = root.querySelectorAll('hip-condition-card').length;
      if (cards < 1 || cards > CONDITION_IDS.length) problems.push(`<hip-complaints-section> shows ${cards} cards`);
      break;
    }
    case 'hip-condition-card':
      if (testCase?.attribute !== 'condition') has('h2, h3, h4, h5, h6', 'title');
      if (testCase?.attribute === 'heading-level' && rejects(testCase, String(value))) has('h3', 'title at the default level 3');
      break;
    case 'appointment-cta':
      has('[part="lead"]', 'invitation');
      break;
    case 'stats-figure':
      if (testCase && ['max', 'unit', 'label'].includes(testCase.attribute)) has('svg rect.bar', 'bar');
      break;
  }
  // A long value wraps or is cut; it never pushes the page sideways.
  for (const host of [element, ...shadowRoots(element).map((shadow) => shadow.host)]) {
    if (host.scrollWidth > host.clientWidth + 1) problems.push(`<${host.localName}> overflows sideways: ${host.scrollWidth}px of content in ${host.clientWidth}px`);
  }
  return problems;
}

describe('hardening: hostile and absurd attribute values', function () {
  this.timeout(30000);

  watchForEscapes();

  beforeEach(() => {
    resetPageConfigForTests();
    container = document.createElement('div');
    container.style.inlineSize = '400px';
    document.body.append(container);
  });

  afterEach(() => {
    container.remove();
    fixtureCleanup();
  });

  for (const testCase of ATTRIBUTES) {
    const { tag, attribute, base = {} } = testCase;
    const reportedBy = testCase.reportedBy ?? tag;

    it(`<${tag} ${attribute}>: script injection and absurd values stay inert, are reported and fall back`, async () => {
      const problems: string[] = [];
      for (const value of [...XSS_PAYLOADS, ...ABSURD_VALUES]) {
        // One page per value for the once-per-page reports.
        const { element, consoleCapture } = await mountCapturing(tag, (created) => {
          for (const [name, baseValue] of Object.entries(base)) created.setAttribute(name, baseValue);
          created.setAttribute(attribute, value);
        });
        const label = `${attribute}=${JSON.stringify(value.slice(0, 30))}${value.length > 30 ? '…' : ''}`;
        problems.push(...unsafeNodes(element).map((problem) => `${label}: ${problem}`));
        problems.push(...fallbackProblems(element, testCase, value).map((problem) => `${label}: ${problem}`));
        const messages = [...consoleCapture.messages.error, ...consoleCapture.messages.warn, ...consoleCapture.messages.info];
        const reports = claimReports(consoleCapture, reportedBy, attribute);
        if (rejects(testCase, value)) {
          if (!reports.some((message) => message.includes(shownInMessage(value)))) problems.push(`${label}: no console error or warning naming the value (got ${JSON.stringify(messages)})`);
        } else if (reports.length > 0) {
          problems.push(`${label}: a value it takes, reported anyway: ${JSON.stringify(reports)}`);
        }
        if (messages.some((message) => message.length > 2000)) problems.push(`${label}: a console message of ${Math.max(...messages.map((m) => m.length))} characters`);
        // Text attributes show the value as text, never as markup.
        if (['practice-name', 'label', 'unit'].includes(attribute) && value.trim() && value.length < 200) {
          const shown = shadowRoots(element).map((root) => root.textContent ?? '').join(' ');
          if (!shown.includes(value.trim())) problems.push(`${label}: the text is not shown as written`);
        }
        element.remove();
      }
      expectInert(problems);
    });

    it(`<${tag}>.${testCase.property}: any kind of value assigned from script neither throws nor renders anything unsafe`, async () => {
      const problems: string[] = [];
      for (const [name, make] of ODD_PROPERTY_VALUES) {
        const { element, consoleCapture } = await mountCapturing(
          tag,
          (created) => {
            for (const [baseName, baseValue] of Object.entries(base)) created.setAttribute(baseName, baseValue);
            (created as unknown as Record<string, unknown>)[testCase.property] = make();
          },
          // And once more after the first render, the way a page's script changes it later.
          async (rendered) => {
            (rendered as unknown as Record<string, unknown>)[testCase.property] = make();
            await settleWidgets(rendered);
          },
        );
        // Whatever it makes of the value, only the element speaks up about it, naming the attribute.
        claimReports(consoleCapture, reportedBy, attribute);
        problems.push(...unsafeNodes(element).map((problem) => `${name}: ${problem}`));
        problems.push(...fallbackProblems(element, testCase, undefined).map((problem) => `${name}: ${problem}`));
        element.remove();
      }
      expect(escaped, 'exceptions that escaped').to.deep.equal([]);
      expect(problems).to.deep.equal([]);
    });
  }

  it('<symptom-checklist> ignores attributes it does not have and keeps its four checkboxes', async () => {
    const consoleCapture = captureConsole();
    let element: Widget;
    try {
      element = await mount('symptom-checklist', (created) => {
        for (const [index, value] of XSS_PAYLOADS.entries()) created.setAttribute(`data-x${index}`, value);
        created.setAttribute('selected', XSS_PAYLOADS[0]);
        created.setAttribute('lang', XSS_PAYLOADS[1]);
      });
    } finally {
      consoleCapture.restore();
    }
    expect(element.shadowRoot!.querySelectorAll('input[type="checkbox"]')).to.have.length(4);
    expect(unsafeNodes(element)).to.deep.equal([]);
    expectInert();
  });
});
