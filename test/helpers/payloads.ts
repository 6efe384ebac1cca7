/**
 * Hostile and absurd input for the hardening tests, and the checks that it
 * stayed inert. Every script payload calls the global canary `hipPwned()`:
 * if any of them ever runs, `pwned` lists it.
 */
import { expect } from '@open-wc/testing';
import { deepQueryAll, describeElement, shadowRoots } from './shadow.js';

/** Calls of the canary, by payload name. Install once with `installCanary()`. */
export const pwned: string[] = [];

function installCanary(win: Window = window): void {
  (win as unknown as { hipPwned: (what?: unknown) => void }).hipPwned = (what = '?') => {
    pwned.push(String(what));
  };
}

/** Exceptions that escaped, from anywhere on the page: uncaught errors, unhandled rejections, failed updates. */
export const escaped: string[] = [];

const onError = (event: ErrorEvent) => escaped.push(`uncaught: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => {
  escaped.push(`unhandled rejection: ${String((event.reason as Error)?.message ?? event.reason)}`);
  // Recorded here and asserted by the test; not also a failure of whichever test runs next.
  event.preventDefault();
};

/**
 * Mocha hooks for a hardening suite (call inside its `describe`): the canary
 * installed, every uncaught error and unhandled rejection recorded in
 * `escaped`, and both lists emptied before each test.
 */
export function watchForEscapes(): void {
  before(() => {
    installCanary();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    escaped.length = 0;
    pwned.length = 0;
  });
}

/**
 * The end of a hardening test that fed payloads in: none of them called the canary, no
 * exception escaped (both recorded by `watchForEscapes()`), and the test's own `problems`
 * (what it collected value by value, so one run names every bad value) is empty.
 */
export function expectInert(problems: readonly string[] = []): void {
  expect(pwned, 'payloads that ran').to.deep.equal([]);
  expect(escaped, 'exceptions that escaped').to.deep.equal([]);
  expect(problems).to.deep.equal([]);
}

type Widget = Element & { updateComplete?: Promise<unknown> };

/**
 * Waits until `root` and every element in its shadow roots, nested ones
 * included, has finished updating (three rounds: an update may create more
 * elements); a rejected update is recorded in `escaped`.
 */
export async function settleWidgets(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const hosts = new Set<Widget>([root, ...shadowRoots(root).map((shadow) => shadow.host)]);
    await Promise.all([...hosts].map((host) => host.updateComplete?.catch((error: Error) => escaped.push(`<${host.localName}> update failed: ${error?.message ?? error}`))));
  }
}

/** Markup, script and URL injection, each calling the canary if it ever runs. */
export const XSS_PAYLOADS: readonly string[] = [
  `<img src=x onerror="hipPwned('img')">`,
  `"><script>hipPwned('script')</script>`,
  `'><svg onload="hipPwned('svg')"></svg>`,
  `</script><script>hipPwned('close-script')</script>`,
  `javascript:hipPwned('javascript-url')`,
  ` JaVaScRiPt:hipPwned('javascript-url-mixed-case')`,
  `java\tscript:hipPwned('javascript-url-tab')`,
  `data:text/html,<script>parent.hipPwned('data-url')</script>`,
  `data:image/svg+xml,<svg onload="parent.hipPwned('data-svg')"/>`,
  `vbscript:msgbox("x")`,
  `https://example.nl/"><img src=x onerror="hipPwned('in-url')">`,
  `mailto:x@example.nl?body=<script>hipPwned('mailto')</script>`,
  `tel:<img src=x onerror="hipPwned('tel')">`,
  `\${hipPwned('template-literal')}`,
  `{{constructor.constructor('hipPwned("template")')()}}`,
  `&lt;img src=x onerror=hipPwned('entity')&gt;`,
  `<a href="javascript:hipPwned('link')">klik</a>`,
];

/** Values no one means: empty, numbers out of range, not-a-number, very long, unknown ids, prototype names. */
export const ABSURD_VALUES: readonly string[] = [
  '',
  '   ',
  '0',
  '-1',
  '-99999999999',
  '1e308',
  '-1e308',
  '1e-320',
  'NaN',
  'Infinity',
  '-Infinity',
  '3,1',
  '0x10',
  'null',
  'undefined',
  '[object Object]',
  '__proto__',
  'constructor',
  'toString',
  'unknown-id',
  'x'.repeat(10_000),
  'word '.repeat(2_000),
  'fai,'.repeat(2_500),
  '\u0000\u202e\ufeff',
  '😀'.repeat(500),
];

/** What a page script may assign to a property instead of a string. */
export const ODD_PROPERTY_VALUES: readonly [string, () => unknown][] = [
  ['the number 42', () => 42],
  ['-1', () => -1],
  ['NaN', () => NaN],
  ['Infinity', () => Infinity],
  ['true', () => true],
  ['false', () => false],
  ['null', () => null],
  ['undefined', () => undefined],
  ['an object', () => ({ id: 'fai' })],
  ['an array', () => ['fai', 'perthes']],
  ['an empty array', () => []],
  ['a function', () => () => 'fai'],
  ['a Date', () => new Date(0)],
  ['an object without a prototype', () => Object.create(null)],
  ['an object whose toString throws', () => ({ toString: () => { throw new Error('no text'); } })],
];

/** The start of a value as a console message shows it (quoted, shortened, JSON-escaped). */
export function shownInMessage(value: string): string {
  return JSON.stringify(value.trim().slice(0, 12)).slice(1, -1);
}

/** Where links inside the widgets may go. */
const SAFE_URL = /^(https?:\/\/|tel:\+\d+$|mailto:|#hip-conditions$)/;

/**
 * Everything under `root` (its shadow roots, nested ones included) that could
 * run script or load something: elements that should never be there, event
 * handler attributes, and links or sources to anything but http(s), tel: and
 * mailto:.
 */
export function unsafeNodes(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of deepQueryAll<Element>(root, 'img, script, iframe, frame, object, embed, link, meta, base, form, foreignObject, use, image, animate, set')) {
    found.push(`${describeElement(element)} was created`);
  }
  for (const element of deepQueryAll<Element>(root, '*')) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${describeElement(element)} has ${name}="${attribute.value.slice(0, 40)}"`);
      if (['src', 'srcdoc', 'action', 'formaction', 'xlink:href', 'style'].includes(name)) found.push(`${describeElement(element)} has ${name}`);
      if (name === 'href' && !SAFE_URL.test(attribute.value)) found.push(`${describeElement(element)} links to ${attribute.value.slice(0, 60)}`);
    }
  }
  return found;
}
