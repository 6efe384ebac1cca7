/**
 * Privacy: what a visitor ticks is health data. With the BUILT bundles (run
 * `npm run build` first) on a plain page, a visitor ticks and unticks
 * symptoms, opens every condition card, picks a location and follows "Lees
 * verder". Measured in the page itself:
 *
 * - no network request of any kind (resource timing entries and a
 *   PerformanceObserver, plus spies on fetch, XMLHttpRequest, sendBeacon,
 *   WebSocket, EventSource and postMessage to the parent);
 * - nothing written: cookies, localStorage, sessionStorage (spied on, and
 *   compared before and after), IndexedDB databases, Cache Storage, the URL and
 *   the history;
 * - no link on the page changed to carry the ticks (the booking link stays as
 *   configured);
 * - the `hip-checklist-change` event carries only the ticked ids, no text.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { SYMPTOM_IDS } from '../src/content/types.js';
import { openPage, type PageWindow } from './helpers/page.js';
import { deepQueryAll } from './helpers/shadow.js';

const PAGE_CONFIG = JSON.stringify({
  locations: [
    { id: 'centrum', name: 'Fysiotherapie Centrum', phone: '020 123 4567', bookingUrl: 'https://example.nl/afspraak?loc=centrum' },
    { id: 'noord', name: 'Fysiotherapie Noord', phone: '+31 20 765 4321', email: 'noord@example.nl' },
  ],
});

/** Everything the page could have stored, as one comparable value. */
async function storedState(win: Window): Promise<Record<string, unknown>> {
  const storage = (area: Storage) => Object.fromEntries(Array.from({ length: area.length }, (_, index) => [area.key(index), area.getItem(area.key(index)!)]));
  return {
    cookie: win.document.cookie,
    localStorage: storage(win.localStorage),
    sessionStorage: storage(win.sessionStorage),
    indexedDB: (await win.indexedDB.databases()).map((database) => database.name).sort(),
    caches: 'caches' in win ? (await win.caches.keys()).sort() : 'unavailable',
    url: win.location.href,
    history: win.history.length,
  };
}

/** Wrap the page's ways of sending and storing, recording every call. */
function spyOn(win: Window & typeof globalThis, calls: string[]): void {
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      calls.push(`${name}(${args.map((arg) => String(arg).slice(0, 60)).join(', ')})`);
  const wrap = <T extends object>(owner: T, key: keyof T & string, name: string) => {
    const original = owner[key] as unknown as (...args: unknown[]) => unknown;
    (owner as Record<string, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
      record(name)(...args);
      return original.apply(this, args);
    };
  };
  wrap(win, 'fetch', 'fetch');
  wrap(win.XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open');
  wrap(win.navigator, 'sendBeacon', 'sendBeacon');
  wrap(win.Storage.prototype, 'setItem', 'Storage.setItem');
  wrap(win.Storage.prototype, 'removeItem', 'Storage.removeItem');
  wrap(win.Storage.prototype, 'clear', 'Storage.clear');
  wrap(win.IDBFactory.prototype, 'open', 'indexedDB.open');
  wrap(win.History.prototype, 'pushState', 'history.pushState');
  wrap(win.History.prototype, 'replaceState', 'history.replaceState');
  const cookie = Object.getOwnPropertyDescriptor(win.Document.prototype, 'cookie')!;
  Object.defineProperty(win.document, 'cookie', {
    configurable: true,
    get: () => cookie.get!.call(win.document),
    set: (value: string) => {
      record('document.cookie=')(value);
      cookie.set!.call(win.document, value);
    },
  });
  for (const name of ['WebSocket', 'EventSource', 'BroadcastChannel', 'Worker', 'SharedWorker'] as const) {
    const Original = win[name] as unknown as new (...args: unknown[]) => unknown;
    if (!Original) continue;
    (win as unknown as Record<string, unknown>)[name] = function (...args: unknown[]) {
      record(`new ${name}`)(...args);
      return new Original(...args);
    };
  }
}

describe('hardening: privacy of the symptom checklist (dist/)', function () {
  this.timeout(20000);

  for (const [name, script] of [
    ['module', '<script type="module" src="/dist/hip-widgets.js"></script>'],
    ['classic', '<script src="/dist/hip-widgets.iife.js"></script>'],
  ] as const) {
    it(`ticking, opening and picking sends nothing and stores nothing (${name} bundle)`, async () => {
      const { win, doc } = await openPage({
        head: script,
        body: `<hip-complaints-section></hip-complaints-section><script type="application/json" data-hip-widgets-config>${PAGE_CONFIG}</script>`,
      });
      const page = win as PageWindow & typeof globalThis;
      const section = doc.querySelector('hip-complaints-section')!;
      const checklist = () => section.shadowRoot?.querySelector('symptom-checklist');
      await waitUntil(() => checklist()?.shadowRoot?.querySelectorAll('input[type="checkbox"]').length === 4, 'the checklist has rendered', { timeout: 8000 });
      await waitUntil(() => deepQueryAll(section, 'select').length === 1, 'the location picker has rendered');

      // Settle, then take the "before" picture and start listening.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const before = await storedState(win);
      const resourcesBefore = page.performance.getEntriesByType('resource').length;
      const observed: string[] = [];
      const observer = new page.PerformanceObserver((list) => observed.push(...list.getEntries().map((entry) => entry.name)));
      observer.observe({ type: 'resource' });
      const calls: string[] = [];
      spyOn(page, calls);
      const messages: unknown[] = [];
      const onMessage = (event: MessageEvent) => {
        if (event.source === win) messages.push(event.data);
      };
      window.addEventListener('message', onMessage);
      const events: Event[] = [];
      doc.addEventListener('hip-checklist-change', (event) => events.push(event));

      try {
        // The visitor: ticks all four, unticks the second, opens every card, picks a location, reads on.
        const boxes = [...checklist()!.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
        for (const box of boxes) box.click();
        boxes[1].click();
        for (const summary of deepQueryAll(section, 'summary')) summary.click();
        const select = deepQueryAll<HTMLSelectElement>(section, 'select')[0];
        select.value = 'centrum';
        select.dispatchEvent(new page.Event('change', { bubbles: true }));
        const readMore = section.shadowRoot!.querySelector<HTMLAnchorElement>('[part="read-more"]')!;
        readMore.click();
        await waitUntil(() => deepQueryAll(section, 'a[href^="tel:"]').length === 1, 'the picked location\'s links');
        await waitUntil(() => deepQueryAll(section, 'details[open]').length === 6, 'every card open');
        // Anything sent later (a beacon on a timer) would show up here.
        await new Promise((resolve) => setTimeout(resolve, 500));

        expect(page.performance.getEntriesByType('resource').length, 'resource entries after the visitor acted').to.equal(resourcesBefore);
        expect(observed, 'requests seen by a PerformanceObserver').to.deep.equal([]);
        expect(calls, 'calls that send or store').to.deep.equal([]);
        expect(messages, 'messages posted to the parent page').to.deep.equal([]);
        expect(await storedState(win), 'cookies, storage, databases, caches, URL and history').to.deep.equal(before);

        // The page's links do not carry the ticks.
        const hrefs = deepQueryAll<HTMLAnchorElement>(section, 'a[href]').map((link) => link.getAttribute('href'));
        expect(hrefs.sort()).to.deep.equal(['#hip-conditions', 'https://example.nl/afspraak?loc=centrum', 'tel:+31201234567'].sort());
        for (const href of hrefs) for (const id of SYMPTOM_IDS) expect(href).not.to.contain(id);

        // The event: only the ticked ids, in list order, no text; the same as `selected`.
        expect(events, 'one event per tick or untick').to.have.length(5);
        const last = events[events.length - 1] as Event & { symptoms: string[]; detail?: unknown };
        expect(Object.keys(last).filter((key) => key !== 'isTrusted'), 'the event\'s own fields').to.deep.equal(['symptoms']);
        expect(last.detail, 'no CustomEvent detail').to.be.undefined;
        expect([...last.symptoms]).to.deep.equal([SYMPTOM_IDS[0], SYMPTOM_IDS[2], SYMPTOM_IDS[3]]);
        expect((checklist() as unknown as { selected: string[] }).selected).to.deep.equal([...last.symptoms]);
        for (const event of events) {
          for (const id of (event as Event & { symptoms: string[] }).symptoms) expect(SYMPTOM_IDS as readonly string[]).to.include(id);
        }
        expect(page.hipErrors).to.deep.equal([]);
      } finally {
        observer.disconnect();
        window.removeEventListener('message', onMessage);
      }
    });
  }
});
