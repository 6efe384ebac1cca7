/**
 * Bad input is inert, part three: what the page itself says. `setLocale()`
 * from a page's script and `<html lang>` (a multilingual plugin writes it) fed
 * with script injection, absurd values and values of the wrong kind: never an
 * exception, a console note naming the value, Dutch text, no fetch built from
 * the value. And a config script written into the page's HTML, where an
 * unescaped `</script>` inside the JSON ends the script early.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { setLocale } from '../src/index.js';
import { getLocale, syncLocale } from '../src/localization.js';
import { captureConsole } from './helpers/console.js';
import { openPage } from './helpers/page.js';
import { ABSURD_VALUES, expectInert, ODD_PROPERTY_VALUES, pwned, settleWidgets, shownInMessage, unsafeNodes, watchForEscapes, XSS_PAYLOADS } from './helpers/payloads.js';


let page: HTMLElement;

async function settle(): Promise<void> {
  await aTimeout(0);
  await settleWidgets(page);
}

describe('hardening: hostile and absurd setLocale(), <html lang> and config HTML', function () {
  this.timeout(30000);

  watchForEscapes();

  beforeEach(async () => {
    page = document.createElement('div');
    page.innerHTML = '<hip-complaints-section phone="020 123 4567"></hip-complaints-section>';
    document.body.append(page);
    await settle();
  });

  afterEach(async () => {
    page.remove();
    await setLocale(null);
  });

  it('setLocale() with injection, absurd and odd values: never throws, says which value, keeps Dutch', async () => {
    const problems: string[] = [];
    const values: [string, unknown][] = [
      ...[...XSS_PAYLOADS, ...ABSURD_VALUES].map((value) => [JSON.stringify(value.slice(0, 30)), value] as [string, unknown]),
      ...ODD_PROPERTY_VALUES.map(([name, make]) => [name, make()] as [string, unknown]),
      ['a path', 'en/../../../etc/passwd'],
      ['a URL', 'https://evil.example/locales/en.js'],
    ];
    for (const [name, value] of values) {
      const consoleCapture = captureConsole();
      try {
        const result = setLocale(value as string);
        if (!(result instanceof Promise)) problems.push(`${name}: setLocale() returned ${String(result)}`);
        await result;
        await settle();
      } catch (error) {
        problems.push(`${name}: setLocale() threw ${(error as Error).message}`);
      } finally {
        consoleCapture.restore();
      }
      if (getLocale() !== 'nl') problems.push(`${name}: the locale is ${getLocale()}`);
      const text = typeof value === 'string' ? value : '';
      if (text.trim() && !consoleCapture.messages.info.some((message) => message.includes('setLocale()') && message.includes(shownInMessage(text)))) {
        problems.push(`${name}: no console note naming setLocale() and the value (got ${JSON.stringify(consoleCapture.messages.info).slice(0, 200)})`);
      }
      if (consoleCapture.messages.info.some((message) => message.length > 500)) problems.push(`${name}: a console note of more than 500 characters`);
    }
    await setLocale(null);
    const fetched = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(fetched.filter((path) => /evil|passwd/.test(path)), 'fetched from a value').to.deep.equal([]);
    expectInert(problems);
  });

  it('<html lang> with injection and absurd values: says which value, keeps Dutch', async () => {
    const problems: string[] = [];
    const original = document.documentElement.lang;
    try {
      for (const value of [...XSS_PAYLOADS, ...ABSURD_VALUES]) {
        const consoleCapture = captureConsole();
        try {
          document.documentElement.lang = value;
          await settle();
          await syncLocale();
        } finally {
          consoleCapture.restore();
        }
        const name = JSON.stringify(value.slice(0, 30));
        if (getLocale() !== 'nl') problems.push(`${name}: the locale is ${getLocale()}`);
        if (value.trim() && !consoleCapture.messages.info.some((message) => message.includes('<html lang>') && message.includes(shownInMessage(value)))) {
          problems.push(`${name}: no console note naming <html lang> and the value`);
        }
      }
    } finally {
      document.documentElement.lang = original;
      await syncLocale();
    }
    expect(unsafeNodes(page)).to.deep.equal([]);
    expectInert(problems);
  });

  it('a config script in the page HTML: an unescaped </script> is reported as bad JSON; escaped forms are shown as text', async function () {
    this.timeout(20000);
    const name = `</script><img src=x onerror="hipPwned('page')">`;
    const location = (escapedName: string) => `{"locations":[{"id":"centrum","name":"${escapedName}","phone":"020 123 4567"}]}`;
    const head = `<script>window.hipPwned = (what) => parent.hipPwned('in page: ' + what);</script><script type="module" src="/src/index.ts"></script>`;

    // As PHP's json_encode (and WordPress's wp_json_encode) write it: "/" escaped.
    // As json_encode with JSON_HEX_TAG writes it: "<" and ">" escaped.
    for (const escapedName of [name.replace(/\//g, '\\/').replace(/"/g, '\\"'), name.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/"/g, '\\"')]) {
      const { win, doc, console } = await openPage({ head, body: `<script type="application/json" data-hip-widgets-config>${location(escapedName)}</script><appointment-cta></appointment-cta>` });
      const cta = doc.querySelector('appointment-cta')!;
      await waitUntil(() => (cta.shadowRoot?.textContent ?? '').includes(name), `the name shown as text (${escapedName.slice(0, 20)})`, { timeout: 8000 });
      expect(unsafeNodes(cta)).to.deep.equal([]);
      expect(win.hipErrors).to.deep.equal([]);
      console!.claim('error', []);
    }

    // Written into the HTML as is, "</script>" ends the config script: the rest of the JSON
    // becomes page text (the page's own markup, which no script can take back). The widgets
    // say the config is not valid JSON, and carry on without it.
    const spilled = '</script><b id=spilled>';
    const { win, doc, console } = await openPage({ head, body: `<script type="application/json" data-hip-widgets-config>${location(spilled)}</script><appointment-cta></appointment-cta>` });
    await waitUntil(() => win.hipConsoleErrors.some((message) => message.includes('is not valid JSON')), 'a console error about the JSON', { timeout: 8000 });
    // In the middle, the engine's own words for the JSON error.
    console!.claim('error', [['hip-widgets config (<script data-hip-widgets-config> #1): the config "{\\"locations\\":[{\\"id\\":\\"centrum\\",\\"name\\":\\"" is not valid JSON (', '); nothing from this script is used.']]);
    expect(doc.querySelector('#spilled'), 'the page HTML after the early </script>').to.exist;
    await waitUntil(() => doc.querySelector('appointment-cta')!.shadowRoot?.querySelector('[part="lead"]'), 'the call to action still shows its invitation');
    console!.claim('warn', ['<appointment-cta>: has no usable booking-url, phone or email; only the invitation text is shown.']);
    expect(win.hipErrors).to.deep.equal([]);
    expect(pwned).to.deep.equal([]);
  });
});
