/**
 * Bad input is inert, part two: every field of the page config, through
 * `configure()` and through a `<script data-hip-widgets-config>`, fed with
 * script injection, absurd values and values of the wrong kind, plus hostile
 * keys and configs no one writes. No script runs, nothing unsafe appears in a
 * shadow root, no exception escapes, every unusable value is reported naming
 * where it was and what it was, and the elements fall back (the location
 * without that field, the review record without it; the call to action's
 * invitation and the section always).
 */
import { aTimeout, expect } from '@open-wc/testing';
import { configure, setLocale } from '../src/index.js';
import { resetPageConfigForTests, type HipWidgetsConfig } from '../src/config.js';
import { captureConsole, type ConsoleCapture } from './helpers/console.js';
import { ABSURD_VALUES, escaped, expectInert, ODD_PROPERTY_VALUES, settleWidgets, shownInMessage, unsafeNodes, watchForEscapes, XSS_PAYLOADS } from './helpers/payloads.js';
import { shadowRoots } from './helpers/shadow.js';


let page: HTMLElement;

/** A page with a call to action for a named location, one that lets the visitor pick, and the whole section. */
function addWidgets(): void {
  page = document.createElement('div');
  page.style.inlineSize = '400px';
  page.innerHTML = `
    <appointment-cta location="centrum"></appointment-cta>
    <appointment-cta></appointment-cta>
    <hip-complaints-section location="centrum"></hip-complaints-section>`;
  document.body.append(page);
}

async function settle(): Promise<void> {
  // The config script's MutationObserver, then the elements' updates, nested ones included.
  await aTimeout(0);
  await settleWidgets(page);
}

/** The shadow-root text of every widget on the test page. */
const shownText = () => shadowRoots(page).map((root) => root.textContent ?? '').join(' ');

/** Every string value the configure() route tries (the script route tries SCRIPT_VALUES, a sample of them). */
const STRINGS: readonly string[] = [...XSS_PAYLOADS, ...ABSURD_VALUES];
/** A blank text field is "not set": no message. */
const BLANKS = ['', '   '];
/** The one payload that is a valid https: URL: its quotes and brackets are only characters of the path. */
const HTTPS_PAYLOAD = `https://example.nl/"><img src=x onerror="hipPwned('in-url')">`;

interface FieldCase {
  /** Where the field is, as the config's messages name it. */
  path: string;
  /** A valid config with `value` in that field. */
  build: (value: unknown) => unknown;
  /** The string values the config takes without a word; it must report every other one, naming the path and the value. */
  accepts: readonly string[];
  /** Accepted text is shown as written (a location's name). */
  shown?: boolean;
}

const centrum = (extra: Record<string, unknown> = {}) => ({ id: 'centrum', name: 'Fysiotherapie Centrum', phone: '020 123 4567', ...extra });
const noord = { id: 'noord', name: 'Fysiotherapie Noord', phone: '+31 20 765 4321' };

const FIELDS: FieldCase[] = [
  // The config passes any language tag of up to 35 characters on (BCP 47's practical limit); localization.ts
  // reports one it does not have (checked below with setLocale).
  { path: 'locale', build: (value) => ({ locale: value, locations: [centrum(), noord] }), accepts: STRINGS.filter((value) => value.trim().length <= 35) },
  // No payload is "centrum" or "noord".
  { path: 'defaultLocation', build: (value) => ({ defaultLocation: value, locations: [centrum(), noord] }), accepts: BLANKS },
  // Any text but a blank one names a location.
  { path: 'locations[0].id', build: (value) => ({ locations: [centrum({ id: value }), noord] }), accepts: STRINGS.filter((value) => !BLANKS.includes(value)) },
  { path: 'locations[0].name', build: (value) => ({ locations: [centrum({ name: value }), noord] }), accepts: STRINGS.filter((value) => !BLANKS.includes(value)), shown: true },
  // No payload is a phone number, an e-mail address, or an http(s) URL but one.
  { path: 'locations[0].phone', build: (value) => ({ locations: [centrum({ phone: value }), noord] }), accepts: BLANKS },
  { path: 'locations[0].email', build: (value) => ({ locations: [centrum({ email: value }), noord] }), accepts: BLANKS },
  { path: 'locations[0].bookingUrl', build: (value) => ({ locations: [centrum({ bookingUrl: value }), noord] }), accepts: [...BLANKS, HTTPS_PAYLOAD] },
  // A string is never a location, nor a list of them.
  { path: 'locations[0]', build: (value) => ({ locations: [value, noord] }), accepts: [] },
  { path: 'locations', build: (value) => ({ locations: value }), accepts: [] },
  // The review record: no payload is a YYYY-MM-DD date; any text is a reviewer (a blank one none), any but a blank one a source's title, shown as written.
  { path: 'review.reviewed', build: (value) => ({ locations: [centrum()], review: { reviewed: value } }), accepts: BLANKS },
  { path: 'review.nextReview', build: (value) => ({ locations: [centrum()], review: { nextReview: value, reviewedBy: 'Redactie' } }), accepts: BLANKS },
  { path: 'review.reviewedBy', build: (value) => ({ locations: [centrum()], review: { reviewedBy: value } }), accepts: STRINGS, shown: true },
  { path: 'review.sources[0].title', build: (value) => ({ locations: [centrum()], review: { sources: [{ title: value, url: 'https://example.nl/bron' }] } }), accepts: STRINGS.filter((value) => !BLANKS.includes(value)), shown: true },
  { path: 'review.sources[0].url', build: (value) => ({ locations: [centrum()], review: { sources: [{ title: 'Bron', url: value }] } }), accepts: [...BLANKS, HTTPS_PAYLOAD] },
  { path: 'review.sources', build: (value) => ({ locations: [centrum()], review: { sources: value } }), accepts: [] },
  { path: 'review', build: (value) => ({ locations: [centrum()], review: value }), accepts: [] },
];

/** Who may speak up about a config: the config itself, and the elements (a location gone, no contact details). */
const REPORTER = /^(hip-widgets config \((configure\(\)|<script data-hip-widgets-config> #1)\)|<(appointment-cta|hip-complaints-section)>): /;

/** Claims the errors and warnings not claimed yet, each of which must come from REPORTER. */
function claimReports(consoleCapture: ConsoleCapture): void {
  consoleCapture.claimEach('error', REPORTER);
  consoleCapture.claimEach('warn', REPORTER);
}

/** The config script of the last `apply()`, removed by the next one. */
let configScript: HTMLScriptElement | undefined;

/** Start from a fresh page config: no configure(), no config script, nothing reported yet. */
function resetConfig(): void {
  configScript?.remove();
  configScript = undefined;
  resetPageConfigForTests();
}

/**
 * Apply a config, on a fresh page config, through configure() or a config
 * script, and collect what the console said (everything the change set off,
 * so nothing leaks into the test runner's log).
 */
async function apply(how: 'configure()' | 'script', config: unknown, json = how === 'script' ? JSON.stringify(config) : ''): Promise<{ messages: string[]; returned?: unknown }> {
  const consoleCapture = captureConsole();
  let returned: unknown;
  try {
    resetConfig();
    if (how === 'configure()') {
      returned = configure(config as HipWidgetsConfig);
    } else {
      configScript = document.createElement('script');
      configScript.type = 'application/json';
      configScript.setAttribute('data-hip-widgets-config', '');
      configScript.textContent = json;
      document.body.append(configScript);
    }
    await settle();
  } finally {
    consoleCapture.restore();
  }
  claimReports(consoleCapture);
  return { messages: [...consoleCapture.messages.error, ...consoleCapture.messages.warn, ...consoleCapture.messages.info], returned };
}

/** The script route reads the JSON and then checks it with the same code as configure(): a sample of the values suffices. */
const SCRIPT_VALUES = [...XSS_PAYLOADS, '', '   ', '-1', 'NaN', '__proto__', 'x'.repeat(10_000), '\u0000\u202e\ufeff'];

describe('hardening: hostile and absurd page config', function () {
  this.timeout(30000);

  watchForEscapes();

  beforeEach(async () => {
    const consoleCapture = captureConsole();
    try {
      addWidgets();
      await settle();
    } finally {
      consoleCapture.restore();
    }
    // No config yet: the widgets say so.
    consoleCapture.claim('error', [
      `<appointment-cta>: location "centrum" is set, but the page config has no locations (add a <script type="application/json" data-hip-widgets-config> or call configure()); only the element's own attributes are used.`,
    ]);
    consoleCapture.claim('warn', [
      '<appointment-cta>: has no usable booking-url, phone or email; only the invitation text is shown.',
      '<appointment-cta>: has no usable booking-url, phone or email; only the invitation text is shown.',
      '<hip-complaints-section>: no booking-url, phone or email is set and the page config has no location with one, so the call to action shows no links; set at least one of them, or add a location to the page config.',
    ]);
  });

  afterEach(async () => {
    page.remove();
    const consoleCapture = captureConsole();
    try {
      resetConfig();
      await setLocale(null);
      await settle();
    } finally {
      consoleCapture.restore();
    }
    claimReports(consoleCapture);
  });

  for (const how of ['configure()', 'script'] as const) {
    for (const field of FIELDS) {
      it(`${how === 'script' ? 'a config script' : 'configure()'} with ${field.path}: injection and absurd values stay inert, are reported and fall back`, async () => {
        const problems: string[] = [];
        // A config script holds JSON, so only configure() gets values JSON has no form for.
        const odd = how === 'configure()' ? ODD_PROPERTY_VALUES.map(([name, make]) => [name, make()] as const) : [];
        const strings = how === 'configure()' ? [...XSS_PAYLOADS, ...ABSURD_VALUES] : SCRIPT_VALUES;
        const values: (readonly [string, unknown])[] = [...strings.map((value) => [JSON.stringify(value.slice(0, 30)), value] as const), ...odd];
        for (const [label, value] of values) {
          const { messages, returned } = await apply(how, field.build(value));
          const where = `${field.path}=${label}`;
          if (how === 'configure()' && !Array.isArray(returned)) problems.push(`${where}: configure() returned ${String(returned)}`);
          problems.push(...unsafeNodes(page).map((problem) => `${where}: ${problem}`));
          const aboutField = messages.filter((message) => message.startsWith('hip-widgets config') && message.includes(`: ${field.path} `));
          if (typeof value === 'string' && !field.accepts.includes(value)) {
            const named = aboutField.some((message) => message.includes(shownInMessage(value)));
            if (!named) problems.push(`${where}: no console message naming ${field.path} and the value (got ${JSON.stringify(messages).slice(0, 300)})`);
          } else if (typeof value === 'string' && aboutField.length > 0) {
            problems.push(`${where}: a value it takes, reported anyway: ${JSON.stringify(aboutField).slice(0, 300)}`);
          }
          if (typeof value === 'string' && field.shown && field.accepts.includes(value) && value.length < 200 && !shownText().includes(value.trim())) problems.push(`${where}: not shown as written`);
          if (messages.some((message) => message.length > 2000)) problems.push(`${where}: a console message of ${Math.max(...messages.map((m) => m.length))} characters`);
          // The section always shows the page; the call to action always its invitation.
          const section = page.querySelector('hip-complaints-section')!;
          if (section.shadowRoot!.querySelectorAll('hip-condition-card').length !== 6) problems.push(`${where}: the section lost its cards`);
          for (const cta of page.querySelectorAll('appointment-cta')) if (!cta.shadowRoot!.querySelector('[part="lead"]')) problems.push(`${where}: a call to action lost its invitation`);
        }
        expectInert(problems);
      });
    }
  }

  it('reports unknown keys, even hostile ones, without using them or polluting any prototype', async () => {
    const keys = [...XSS_PAYLOADS, '__proto__', 'constructor', 'prototype', 'x'.repeat(10_000)];
    const json = `{"locations":[${JSON.stringify(centrum())}],${keys.map((key, index) => `${JSON.stringify(key)}:{"polluted":${index}}`).join(',')},"__proto__":{"polluted":true}}`;
    const consoleCapture = captureConsole();
    configScript = document.createElement('script');
    configScript.type = 'application/json';
    configScript.setAttribute('data-hip-widgets-config', '');
    configScript.textContent = json;
    document.body.append(configScript);
    try {
      await settle();
    } finally {
      consoleCapture.restore();
    }
    consoleCapture.claim('warn', [['hip-widgets config (<script data-hip-widgets-config> #1): the config has unknown keys', `and ${keys.length - 5} more`]]);
    expect(consoleCapture.messages.warn[0].length, 'one short warning, however many keys').to.be.below(1500);
    claimReports(consoleCapture);
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype').to.be.undefined;
    expect(shownText()).to.contain('Fysiotherapie Centrum');
    expect(unsafeNodes(page)).to.deep.equal([]);
    expect(escaped).to.deep.equal([]);
  });

  it('survives configs no one writes: deeply nested, huge, thousands of locations, getters that throw', async () => {
    let nested: unknown = centrum();
    for (let depth = 0; depth < 5_000; depth++) nested = [nested];
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    // [what, config, whether it has a problem to report]
    const configs: [string, unknown, boolean][] = [
      ['nested 5,000 deep', { locations: [nested] }, true],
      // Accepted: a name is text, however long; it wraps inside the call to action.
      ['a 1 MB name', { locations: [centrum({ name: 'x'.repeat(1_000_000) })] }, false],
      ['5,000 locations', { locations: Array.from({ length: 5_000 }, (_, index) => centrum({ id: `l${index}` })) }, true],
      ['a Proxy whose traps throw', throwing, true],
      ['locations that is a Proxy whose traps throw', { locations: throwing }, true],
      ['a string', '<img src=x onerror="hipPwned(\'config\')">', true],
      ['a number', 42, true],
      ['an array', [centrum()], true],
    ];
    for (const [name, config, bad] of configs) {
      const { returned, messages } = await apply('configure()', config);
      expect(returned, `${name}: configure() returns its problems`).to.be.an('array').with.length(bad ? (returned as unknown[]).length || 1 : 0);
      expect(messages.length > 0, `${name}: reported in the console`).to.equal(bad);
      expect(messages.every((message) => message.length < 2000), `${name}: short console messages`).to.be.true;
      expect(unsafeNodes(page), name).to.deep.equal([]);
    }
    // In a script the deep nesting is written out: some engines' JSON.stringify gives up first.
    const deepJson = `{"locations":[${'['.repeat(5_000)}${JSON.stringify(centrum())}${']'.repeat(5_000)}]}`;
    for (const [name, config, bad] of configs.slice(0, 3)) {
      const { messages } = await apply('script', config, name.startsWith('nested') ? deepJson : undefined);
      expect(messages.length > 0, `${name} in a config script: reported`).to.equal(bad);
      expect(unsafeNodes(page), name).to.deep.equal([]);
    }
    for (const host of shadowRoots(page).map((root) => root.host)) {
      expect(host.scrollWidth, `<${host.localName}> stays inside its box`).to.be.at.most(host.clientWidth + 1);
    }
    expectInert();
  });

});
