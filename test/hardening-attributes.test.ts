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
import { isConditionId } from '../src/content/conditions.js';
import { isStatId } from '../src/content/statistics.js';
import { CONDITION_IDS } from '../src/content/types.js';
import '../src/index.js';
import { parseBookingUrl, parseEmail, parsePhone } from '../src/phone.js';
import { captureConsole } from './helpers/console.js';
import { ABSURD_VALUES, escaped, ODD_PROPERTY_VALUES, pwned, settleWidgets, shownInMessage, unsafeNodes, watchForEscapes, XSS_PAYLOADS } from './helpers/payloads.js';
import { shadowRoots } from './helpers/shadow.js';

type Widget = HTMLElement & { updateComplete?: Promise<unknown> };

/** When the element must say something about `value` in the console. */
type Rejects = (value: string) => boolean;

const blank = (value: string) => value.trim() === '';
const headingLevel: Rejects = (value) => !blank(value) && !(Number.isInteger(Number(value)) && Number(value) >= 2 && Number(value) <= 6);
const contact =
  (parse: (text: string) => { ok: boolean }): Rejects =>
  (value) =>
    !blank(value) && !parse(value).ok;
/** The page has no config in these tests, so any location id is unknown. */
const locationId: Rejects = (value) => !blank(value);

interface AttributeCase {
  /** The element the attribute is on. */
  tag: string;
  attribute: string;
  /** The property the attribute sets. */
  property: string;
  rejects: Rejects;
  /** The element whose name the console message carries (a section passes contact details to its call to action). */
  reportedBy?: string;
  /** Other attributes, so the element has something to show besides the one under test. */
  base?: Record<string, string>;
}

const SECTION_BASE = { phone: '020 123 4567' };

const ATTRIBUTES: AttributeCase[] = [
  { tag: 'hip-condition-card', attribute: 'condition', property: 'condition', rejects: (value) => !isConditionId(value) },
  { tag: 'hip-condition-card', attribute: 'heading-level', property: 'headingLevel', rejects: headingLevel, base: { condition: 'fai' } },
  { tag: 'hip-condition-card', attribute: 'open', property: 'open', rejects: () => false, base: { condition: 'fai' } },
  { tag: 'appointment-cta', attribute: 'booking-url', property: 'bookingUrl', rejects: contact(parseBookingUrl), base: { phone: '020 123 4567' } },
  { tag: 'appointment-cta', attribute: 'phone', property: 'phone', rejects: contact(parsePhone), base: { email: 'info@example.nl' } },
  { tag: 'appointment-cta', attribute: 'email', property: 'email', rejects: contact(parseEmail), base: { phone: '020 123 4567' } },
  { tag: 'appointment-cta', attribute: 'practice-name', property: 'practiceName', rejects: () => false, base: { phone: '020 123 4567' } },
  { tag: 'appointment-cta', attribute: 'location', property: 'location', rejects: locationId, base: { phone: '020 123 4567' } },
  { tag: 'stats-figure', attribute: 'stat', property: 'stat', rejects: (value) => !isStatId(value.trim()) },
  { tag: 'stats-figure', attribute: 'value', property: 'value', rejects: (value) => blank(value) || !Number.isFinite(Number(value)) || Number(value) < 0, base: { label: 'Een getal' } },
  { tag: 'stats-figure', attribute: 'max', property: 'max', rejects: (value) => blank(value) || !(Number(value) > 0) || !Number.isFinite(Number(value)) || Number(value) < 7, base: { value: '7', label: 'Zeven' } },
  { tag: 'stats-figure', attribute: 'unit', property: 'unit', rejects: () => false, base: { value: '7', label: 'Zeven' } },
  { tag: 'stats-figure', attribute: 'label', property: 'label', rejects: blank, base: { value: '7' } },
  { tag: 'hip-complaints-section', attribute: 'conditions', property: 'conditions', rejects: (value) => value.split(/[\s,]+/).some((id) => id !== '' && !isConditionId(id)) },
  { tag: 'hip-complaints-section', attribute: 'heading-level', property: 'headingLevel', rejects: headingLevel, base: SECTION_BASE },
  { tag: 'hip-complaints-section', attribute: 'location', property: 'location', rejects: locationId, base: SECTION_BASE },
  { tag: 'hip-complaints-section', attribute: 'booking-url', property: 'bookingUrl', rejects: contact(parseBookingUrl), reportedBy: 'appointment-cta', base: SECTION_BASE },
  { tag: 'hip-complaints-section', attribute: 'phone', property: 'phone', rejects: contact(parsePhone), reportedBy: 'appointment-cta', base: { email: 'info@example.nl' } },
  { tag: 'hip-complaints-section', attribute: 'email', property: 'email', rejects: contact(parseEmail), reportedBy: 'appointment-cta', base: SECTION_BASE },
  { tag: 'hip-complaints-section', attribute: 'practice-name', property: 'practiceName', rejects: () => false, base: SECTION_BASE },
];


let container: HTMLElement;


/** Create the element the way a page does, add it, and let it render. */
async function mount(tag: string, setUp: (element: Widget) => void): Promise<Widget> {
  const element = document.createElement(tag) as Widget;
  setUp(element);
  container.append(element);
  await settleWidgets(element);
  return element;
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
      if (testCase?.attribute === 'heading-level' && testCase.rejects(String(value))) has('h3', 'title at the default level 3');
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
    const { tag, attribute, rejects, base = {} } = testCase;
    const reportedBy = testCase.reportedBy ?? tag;

    it(`<${tag} ${attribute}>: script injection and absurd values stay inert, are reported and fall back`, async () => {
      const problems: string[] = [];
      for (const value of [...XSS_PAYLOADS, ...ABSURD_VALUES]) {
        // One page per value for the once-per-page reports.
        resetPageConfigForTests();
        const consoleCapture = captureConsole();
        let element: Widget;
        try {
          element = await mount(tag, (created) => {
            for (const [name, baseValue] of Object.entries(base)) created.setAttribute(name, baseValue);
            created.setAttribute(attribute, value);
          });
        } finally {
          consoleCapture.restore();
        }
        const label = `${attribute}=${JSON.stringify(value.slice(0, 30))}${value.length > 30 ? '…' : ''}`;
        problems.push(...unsafeNodes(element).map((problem) => `${label}: ${problem}`));
        problems.push(...fallbackProblems(element, testCase, value).map((problem) => `${label}: ${problem}`));
        const messages = [...consoleCapture.messages.error, ...consoleCapture.messages.warn, ...consoleCapture.messages.info];
        if (rejects(value)) {
          const named = messages.some((message) => message.includes(`<${reportedBy}>`) && message.includes(shownInMessage(value)));
          if (!named) problems.push(`${label}: no console message naming <${reportedBy}> and the value (got ${JSON.stringify(messages)})`);
        }
        if (messages.some((message) => message.length > 2000)) problems.push(`${label}: a console message of ${Math.max(...messages.map((m) => m.length))} characters`);
        // Text attributes show the value as text, never as markup.
        if (['practice-name', 'label', 'unit'].includes(attribute) && value.trim() && value.length < 200) {
          const shown = shadowRoots(element).map((root) => root.textContent ?? '').join(' ');
          if (!shown.includes(value.trim())) problems.push(`${label}: the text is not shown as written`);
        }
        element.remove();
      }
      expect(pwned, 'payloads that ran').to.deep.equal([]);
      expect(escaped, 'exceptions that escaped').to.deep.equal([]);
      expect(problems).to.deep.equal([]);
    });

    it(`<${tag}>.${testCase.property}: any kind of value assigned from script neither throws nor renders anything unsafe`, async () => {
      const problems: string[] = [];
      for (const [name, make] of ODD_PROPERTY_VALUES) {
        resetPageConfigForTests();
        const consoleCapture = captureConsole();
        let element: Widget;
        try {
          element = await mount(tag, (created) => {
            for (const [baseName, baseValue] of Object.entries(base)) created.setAttribute(baseName, baseValue);
            (created as unknown as Record<string, unknown>)[testCase.property] = make();
          });
          // And once more after the first render, the way a page's script changes it later.
          (element as unknown as Record<string, unknown>)[testCase.property] = make();
          await settleWidgets(element);
        } finally {
          consoleCapture.restore();
        }
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
    expect(pwned).to.deep.equal([]);
    expect(escaped).to.deep.equal([]);
  });
});
