/**
 * Conversions without health data: with the page config's `dataLayer: true`, a
 * click on the call to action's booking, phone or e-mail link also pushes
 * `{event: 'hip_appointment_click', channel, location}` to `window.dataLayer`
 * (Google Tag Manager), creating the array when the page has none; never the
 * link's target, never what the visitor ticked. Off by default and for any
 * value but `true`; a page's data layer that cannot take the push is reported
 * and the link still works.
 */
import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { configure, resetPageConfigForTests } from '../src/config.js';
import { SYMPTOM_IDS } from '../src/content/types.js';
import '../src/elements/appointment-cta.js';
import '../src/elements/hip-complaints-section.js';
import type { AppointmentCta } from '../src/elements/appointment-cta.js';
import type { HipAppointmentClickEvent } from '../src/events.js';
import { captureConsole, type ConsoleCapture } from './helpers/console.js';
import { CENTRUM, NOORD } from './helpers/page-config.js';
import { deepQueryAll } from './helpers/shadow.js';

type PageWindow = Window & { dataLayer?: unknown };
const page = window as PageWindow;

const CHANNELS = ['booking', 'phone', 'email'] as const;

function link(el: Element, channel: string): HTMLAnchorElement {
  const found = el.shadowRoot!.querySelector<HTMLAnchorElement>(`a[part~="${channel}"]`);
  expect(found, `link part="${channel}"`).to.be.instanceOf(HTMLAnchorElement);
  return found!;
}

/** Clicks a link and waits for its DOM event (which is sent first, whatever the data layer does). */
async function follow(el: Element, channel: string): Promise<HipAppointmentClickEvent> {
  const fired = oneEvent<HipAppointmentClickEvent>(document, 'hip-appointment-click');
  link(el, channel).click();
  return fired;
}

describe('window.dataLayer (page config "dataLayer")', () => {
  let console: ConsoleCapture;
  // The links are followed as usual; the test page stays put.
  const keepPage = (event: Event) => event.preventDefault();

  beforeEach(() => {
    console = captureConsole();
    delete page.dataLayer;
    window.addEventListener('click', keepPage);
  });

  afterEach(() => {
    window.removeEventListener('click', keepPage);
    fixtureCleanup();
    resetPageConfigForTests();
    delete page.dataLayer;
    console.restore();
  });

  it('is off by default: a click sends the DOM event and creates no data layer', async () => {
    configure({ locations: [CENTRUM] });
    const el = await fixture<AppointmentCta>(html`<appointment-cta></appointment-cta>`);
    for (const channel of CHANNELS) expect((await follow(el, channel)).channel).to.equal(channel);
    expect('dataLayer' in page, 'window.dataLayer').to.equal(false);
  });

  it('is off with dataLayer: false', async () => {
    configure({ locations: [CENTRUM], dataLayer: false });
    const el = await fixture<AppointmentCta>(html`<appointment-cta></appointment-cta>`);
    await follow(el, 'booking');
    expect('dataLayer' in page).to.equal(false);
  });

  it('pushes {event, channel, location} for each link, creating the array as Google Tag Manager does', async () => {
    configure({ locations: [CENTRUM], dataLayer: true });
    const el = await fixture<AppointmentCta>(html`<appointment-cta></appointment-cta>`);
    const events = [];
    for (const channel of CHANNELS) events.push(await follow(el, channel));
    expect(events.map((event) => event.channel), 'the DOM events as before').to.deep.equal([...CHANNELS]);
    expect(Array.isArray(page.dataLayer)).to.equal(true);
    expect(page.dataLayer).to.deep.equal(CHANNELS.map((channel) => ({ event: 'hip_appointment_click', channel, location: 'centrum' })));
    expect(console.messages.error.concat(console.messages.warn)).to.deep.equal([]);
  });

  it("adds to the page's own data layer through its push (Google Tag Manager replaces push on the array)", async () => {
    const seen: unknown[] = [];
    const layer: unknown[] = [{ 'gtm.start': 1 }];
    layer.push = (...items: unknown[]) => {
      seen.push(...items);
      return Array.prototype.push.apply(layer, items);
    };
    page.dataLayer = layer;
    configure({ locations: [CENTRUM, NOORD], defaultLocation: 'centrum', dataLayer: true });
    const el = await fixture<AppointmentCta>(html`<appointment-cta location="noord"></appointment-cta>`);
    await follow(el, 'phone');
    expect(page.dataLayer).to.equal(layer);
    expect(seen).to.deep.equal([{ event: 'hip_appointment_click', channel: 'phone', location: 'noord' }]);
    expect(layer).to.have.length(2);
  });

  it('pushes the location the visitor picked from the list', async () => {
    configure({ locations: [CENTRUM, NOORD], dataLayer: true });
    const el = await fixture<AppointmentCta>(html`<appointment-cta></appointment-cta>`);
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'noord';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await follow(el, 'phone');
    expect(page.dataLayer).to.deep.equal([{ event: 'hip_appointment_click', channel: 'phone', location: 'noord' }]);
  });

  it('pushes location null for a call to action without a location (its own attributes only)', async () => {
    configure({ dataLayer: true });
    const el = await fixture<AppointmentCta>(html`<appointment-cta phone="020 123 4567"></appointment-cta>`);
    await follow(el, 'phone');
    expect(page.dataLayer).to.deep.equal([{ event: 'hip_appointment_click', channel: 'phone', location: null }]);
  });

  it('never pushes what the visitor ticked: a section with every symptom ticked pushes the three keys only', async () => {
    configure({ locations: [CENTRUM], dataLayer: true });
    const section = await fixture(html`<hip-complaints-section></hip-complaints-section>`);
    await waitUntil(() => deepQueryAll(section, 'input[type="checkbox"]').length === SYMPTOM_IDS.length, 'the checklist renders');
    for (const box of deepQueryAll<HTMLInputElement>(section, 'input[type="checkbox"]')) box.click();
    await waitUntil(() => deepQueryAll(section, 'appointment-cta a[part~="booking"]').length + deepQueryAll(section, 'a[part~="booking"]').length > 0, 'the call to action renders');
    const [cta] = deepQueryAll(section, 'appointment-cta');
    await follow(cta, 'booking');
    expect(page.dataLayer).to.deep.equal([{ event: 'hip_appointment_click', channel: 'booking', location: 'centrum' }]);
    const written = JSON.stringify(page.dataLayer);
    for (const id of SYMPTOM_IDS) expect(written).not.to.contain(id);
  });

  it('is read from a config script, and a later script turns it off again', async () => {
    const script = (config: object) => {
      const element = document.createElement('script');
      element.type = 'application/json';
      element.setAttribute('data-hip-widgets-config', '');
      element.textContent = JSON.stringify(config);
      return element;
    };
    configure(null);
    const on = script({ locations: [CENTRUM], dataLayer: true });
    document.body.append(on);
    try {
      const el = await fixture<AppointmentCta>(html`<appointment-cta></appointment-cta>`);
      await follow(el, 'booking');
      expect(page.dataLayer).to.have.length(1);

      const off = script({ dataLayer: false });
      document.body.append(off);
      try {
        // The page's MutationObserver reads the new script in a microtask: past it, the config has changed.
        await aTimeout(0);
        await follow(el, 'booking');
        expect(page.dataLayer, 'no second push').to.have.length(1);
      } finally {
        off.remove();
      }
    } finally {
      // The element first: without the scripts it would have no links, and say so.
      fixtureCleanup();
      on.remove();
    }
  });

  const broken: Array<[string, () => void]> = [
    ['a number', () => (page.dataLayer = 5)],
    ['a frozen array', () => (page.dataLayer = Object.freeze([]))],
    [
      'a getter that throws',
      () =>
        Object.defineProperty(window, 'dataLayer', {
          configurable: true,
          get() {
            throw new Error('no data layer here');
          },
        }),
    ],
  ];
  for (const [title, make] of broken) {
    it(`reports a page data layer that is ${title}, and the link still works`, async () => {
      make();
      configure({ locations: [CENTRUM], dataLayer: true });
      const el = await fixture<AppointmentCta>(html`<appointment-cta></appointment-cta>`);
      const clicks: boolean[] = [];
      const seeDefault = (event: Event) => clicks.push(event.defaultPrevented);
      // Registered after keepPage: it sees the click after the element's handler ran.
      document.addEventListener('click', seeDefault);
      try {
        expect((await follow(el, 'email')).channel).to.equal('email');
      } finally {
        document.removeEventListener('click', seeDefault);
      }
      expect(clicks, 'the element did not cancel the click').to.deep.equal([false]);
      expect(console.messages.warn).to.have.length(1);
      expect(console.messages.warn[0]).to.match(/^<appointment-cta>: could not push to window\.dataLayer \(.+\)\.$/);
      console.claim('warn', console.messages.warn.slice());
    });
  }
});
