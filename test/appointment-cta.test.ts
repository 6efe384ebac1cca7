import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure, resetPageConfigForTests } from '../src/config.js';
import '../src/elements/appointment-cta.js';
import type { AppointmentCta } from '../src/elements/appointment-cta.js';
import { HipAppointmentClickEvent } from '../src/events.js';
import { captureConsole, type ConsoleCapture } from './helpers/console.js';
import { CENTRUM, CENTRUM_LINKS, finishParsing, NOORD, simulateParsing, stopSimulatingParsing } from './helpers/page-config.js';
import './helpers/axe.js';

const INVITATION = 'Bel of mail gerust voor informatie en/of voor het maken van een afspraak.';
const BOOKING_URL = 'https://example.nl/#afspraak';
const NO_USABLE = '<appointment-cta>: has no usable booking-url, phone or email; only the invitation text is shown.';

function part(el: AppointmentCta, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function link(el: AppointmentCta, name: string): HTMLAnchorElement {
  const found = part(el, name);
  expect(found, `link part="${name}"`).to.be.instanceOf(HTMLAnchorElement);
  return found as HTMLAnchorElement;
}

/** What a sighted visitor reads: the text with whitespace collapsed. */
function visibleText(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function links(el: AppointmentCta): HTMLAnchorElement[] {
  return [...el.shadowRoot!.querySelectorAll('a')];
}

describe('<appointment-cta>', () => {
  let console: ConsoleCapture;

  beforeEach(() => {
    console = captureConsole();
  });

  afterEach(() => {
    console.restore();
  });

  describe('with every channel', () => {
    let el: AppointmentCta;

    beforeEach(async () => {
      el = await fixture<AppointmentCta>(html`
        <appointment-cta
          booking-url=${BOOKING_URL}
          phone="020 123 4567"
          email="info@example.nl"
          practice-name="Fysiotherapie Centrum"
        ></appointment-cta>
      `);
    });

    it('shows the invitation, the practice name and three links in order', () => {
      expect(visibleText(part(el, 'lead'))).to.equal(INVITATION);
      expect(visibleText(part(el, 'practice-name'))).to.equal('Fysiotherapie Centrum');
      expect(links(el).map((a) => a.getAttribute('part'))).to.deep.equal(['booking', 'phone', 'email']);
      expect(part(el, 'actions')!.contains(link(el, 'booking'))).to.equal(true);
      console.claim('warn', []);
    });

    it('links "Maak een afspraak" to the booking page in the same tab', () => {
      const booking = link(el, 'booking');
      expect(visibleText(booking)).to.equal('Maak een afspraak');
      expect(booking.getAttribute('href')).to.equal(BOOKING_URL);
      expect(booking.hasAttribute('target')).to.equal(false);
    });

    it('shows the phone number as written and dials it in international form', () => {
      const phone = link(el, 'phone');
      expect(visibleText(phone)).to.equal('Of bel meteen 020 123 4567');
      expect(phone.getAttribute('href')).to.equal('tel:+31201234567');
    });

    it('links the e-mail address', () => {
      const email = link(el, 'email');
      expect(visibleText(email)).to.equal('Of mail naar info@example.nl');
      expect(email.getAttribute('href')).to.equal('mailto:info@example.nl');
    });

    it('names the practice in the accessible names, after the visible text', () => {
      expect(link(el, 'booking').getAttribute('aria-label')).to.equal('Maak een afspraak bij Fysiotherapie Centrum');
      expect(link(el, 'phone').getAttribute('aria-label')).to.equal('Of bel meteen 020 123 4567 van Fysiotherapie Centrum');
      expect(link(el, 'email').getAttribute('aria-label')).to.equal('Of mail naar info@example.nl van Fysiotherapie Centrum');
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });

    it('gives every link a touch target of at least 44 by 44 pixels', () => {
      for (const a of links(el)) {
        const box = a.getBoundingClientRect();
        expect(box.height, `${a.getAttribute('part')} height`).to.be.at.least(44);
        expect(box.width, `${a.getAttribute('part')} width`).to.be.at.least(44);
      }
    });

    it('wraps the links onto more lines in a narrow column instead of overflowing', async () => {
      el.style.inlineSize = '200px';
      await el.updateComplete;
      const [booking, phone] = links(el);
      expect(phone.getBoundingClientRect().top).to.be.greaterThan(booking.getBoundingClientRect().top);
      for (const a of links(el)) expect(a.getBoundingClientRect().right, a.getAttribute('part')!).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    });
  });

  describe('hip-appointment-click', () => {
    let el: AppointmentCta;
    // Whether the element left the click's default action alone, seen after every
    // listener ran; then the test cancels it so the runner page stays put.
    let clickPrevented: boolean[];
    const keepPage = (event: Event) => {
      clickPrevented.push(event.defaultPrevented);
      event.preventDefault();
    };

    beforeEach(async () => {
      clickPrevented = [];
      window.addEventListener('click', keepPage);
      window.addEventListener('auxclick', keepPage);
      el = await fixture<AppointmentCta>(
        html`<appointment-cta booking-url=${BOOKING_URL} phone="06-12345678" email="info@example.nl"></appointment-cta>`,
      );
    });

    afterEach(() => {
      window.removeEventListener('click', keepPage);
      window.removeEventListener('auxclick', keepPage);
    });

    const cases = [
      ['booking', BOOKING_URL],
      ['phone', 'tel:+31612345678'],
      ['email', 'mailto:info@example.nl'],
    ] as const;
    for (const [channel, href] of cases) {
      it(`fires with channel "${channel}" when the ${channel} link is clicked, and lets the link work`, async () => {
        // Listening on document: the page's analytics code does, across the shadow root.
        const fired = oneEvent<HipAppointmentClickEvent>(document, 'hip-appointment-click');
        link(el, channel).click();
        const event = await fired;
        expect(event).to.be.instanceOf(HipAppointmentClickEvent);
        expect(event.channel).to.equal(channel);
        expect(event.href).to.equal(href);
        expect(clickPrevented).to.deep.equal([false]);
      });
    }

    it('fires for a middle click (open in a new tab) but not for a right click', async () => {
      const channels: string[] = [];
      el.addEventListener('hip-appointment-click', (event) => channels.push(event.channel));
      const phone = link(el, 'phone');
      phone.dispatchEvent(new MouseEvent('auxclick', { button: 2, bubbles: true, composed: true, cancelable: true }));
      phone.dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true, cancelable: true }));
      expect(channels).to.deep.equal(['phone']);
    });
  });

  describe('with only a phone number', () => {
    let el: AppointmentCta;

    beforeEach(async () => {
      el = await fixture<AppointmentCta>(html`<appointment-cta phone="+31 20 765 4321"></appointment-cta>`);
    });

    it('shows the invitation and the phone link only, named by its visible text', () => {
      expect(visibleText(part(el, 'lead'))).to.equal(INVITATION);
      expect(links(el).map((a) => a.getAttribute('part'))).to.deep.equal(['phone']);
      const phone = link(el, 'phone');
      expect(visibleText(phone)).to.equal('Of bel meteen +31 20 765 4321');
      expect(phone.getAttribute('href')).to.equal('tel:+31207654321');
      expect(phone.hasAttribute('aria-label')).to.equal(false);
      expect(part(el, 'practice-name')).to.equal(null);
      console.claim('warn', []);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('with bad values', () => {
    const badBookingUrls = ['javascript:alert(1)', 'ftp://example.nl/afspraak', '/afspraak'];
    for (const bookingUrl of badBookingUrls) {
      it(`drops booking-url ${JSON.stringify(bookingUrl)} with a warning naming it`, async () => {
        const el = await fixture<AppointmentCta>(html`<appointment-cta booking-url=${bookingUrl} phone="020 123 4567"></appointment-cta>`);
        expect(part(el, 'booking')).to.equal(null);
        expect(links(el).some((a) => a.getAttribute('href')!.includes(bookingUrl))).to.equal(false);
        expect(link(el, 'phone').getAttribute('href')).to.equal('tel:+31201234567');
        console.claim('warn', [['<appointment-cta>: booking-url', JSON.stringify(bookingUrl)]]);
      });
    }

    for (const phone of ['abc', '12']) {
      it(`drops phone ${JSON.stringify(phone)} with a warning naming it`, async () => {
        const el = await fixture<AppointmentCta>(html`<appointment-cta booking-url=${BOOKING_URL} phone=${phone}></appointment-cta>`);
        expect(part(el, 'phone')).to.equal(null);
        expect(links(el).some((a) => a.getAttribute('href')!.startsWith('tel:'))).to.equal(false);
        expect(link(el, 'booking').getAttribute('href')).to.equal(BOOKING_URL);
        console.claim('warn', [['<appointment-cta>: phone', JSON.stringify(phone)]]);
      });
    }

    it('drops an e-mail that is not an address with a warning naming it', async () => {
      const el = await fixture<AppointmentCta>(html`<appointment-cta phone="020 123 4567" email="not-an-email"></appointment-cta>`);
      expect(part(el, 'email')).to.equal(null);
      expect(links(el).some((a) => a.getAttribute('href')!.startsWith('mailto:'))).to.equal(false);
      console.claim('warn', [['<appointment-cta>: email', '"not-an-email"']]);
    });

    it('treats blank attributes as absent, not as bad values', async () => {
      // A CMS template fills an attribute with an empty field: that is "no phone", not a bad phone.
      const el = await fixture<AppointmentCta>(html`<appointment-cta booking-url="" phone="  " email=""></appointment-cta>`);
      expect(links(el)).to.have.length(0);
      console.claim('warn', [NO_USABLE]);
    });

    it('never throws for values set from script that are not strings', async () => {
      const el = await fixture<AppointmentCta>(html`<appointment-cta></appointment-cta>`);
      (el as unknown as { phone: unknown }).phone = 201234567;
      (el as unknown as { email: unknown }).email = { address: 'info@example.nl' };
      await el.updateComplete;
      expect(links(el)).to.have.length(0);
      console.claim('warn', [NO_USABLE, ['phone "201234567"'], ['email "[object Object]"']]);
    });
  });

  it('never throws for an object without a prototype set from script, and names it', async () => {
    const el = await fixture<AppointmentCta>(html`<appointment-cta phone="020 123 4567"></appointment-cta>`);
    (el as unknown as { email: unknown }).email = Object.create(null);
    (el as unknown as { location: unknown }).location = Object.create(null);
    await el.updateComplete;
    expect(links(el).map((a) => a.getAttribute('part'))).to.deep.equal(['phone']);
    console.claim('warn', [['email "[object Object]"']]);
    console.claim('error', [['location "[object Object]"']]);
  });

  describe('with no usable channel', () => {
    let el: AppointmentCta;

    beforeEach(async () => {
      el = await fixture<AppointmentCta>(
        html`<appointment-cta booking-url="javascript:alert(1)" phone="abc" email="not-an-email" practice-name="Fysiotherapie Centrum"></appointment-cta>`,
      );
      console.claim('warn', [
        ['<appointment-cta>: booking-url "javascript:alert(1)"'],
        ['<appointment-cta>: phone "abc"'],
        ['<appointment-cta>: email "not-an-email"'],
        NO_USABLE,
      ]);
    });

    it('says so on the console and still shows the invitation', () => {
      expect(visibleText(part(el, 'lead'))).to.equal(INVITATION);
      expect(visibleText(part(el, 'practice-name'))).to.equal('Fysiotherapie Centrum');
      expect(links(el)).to.have.length(0);
      expect(part(el, 'actions')).to.equal(null);
      // The four warnings are claimed in beforeEach.
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });

    it('warns with nothing set at all', async () => {
      const empty = await fixture<AppointmentCta>(html`<appointment-cta></appointment-cta>`);
      expect(visibleText(part(empty, 'lead'))).to.equal(INVITATION);
      console.claim('warn', [NO_USABLE]);
    });
  });

  describe('when attributes change', () => {
    it('re-renders the links', async () => {
      const el = await fixture<AppointmentCta>(html`<appointment-cta phone="020 123 4567"></appointment-cta>`);
      el.setAttribute('phone', '06-12345678');
      el.setAttribute('booking-url', BOOKING_URL);
      el.setAttribute('practice-name', 'Praktijk Oost');
      await el.updateComplete;
      expect(link(el, 'phone').getAttribute('href')).to.equal('tel:+31612345678');
      expect(visibleText(link(el, 'phone'))).to.contain('06-12345678');
      expect(link(el, 'booking').getAttribute('href')).to.equal(BOOKING_URL);
      expect(visibleText(part(el, 'practice-name'))).to.equal('Praktijk Oost');

      el.removeAttribute('booking-url');
      await el.updateComplete;
      expect(part(el, 'booking')).to.equal(null);
      console.claim('warn', []);
    });

    it('reports a bad value once per change, not on every render', async () => {
      const el = await fixture<AppointmentCta>(html`<appointment-cta booking-url=${BOOKING_URL} phone="abc"></appointment-cta>`);
      console.claim('warn', [['<appointment-cta>: phone "abc"']]);

      el.setAttribute('practice-name', 'Praktijk Oost');
      el.setAttribute('email', 'info@example.nl');
      await el.updateComplete;
      console.claim('warn', []);

      el.setAttribute('phone', 'xyz');
      await el.updateComplete;
      console.claim('warn', [['<appointment-cta>: phone "xyz"']]);

      el.setAttribute('phone', '020 123 4567');
      await el.updateComplete;
      console.claim('warn', []);
      expect(link(el, 'phone').getAttribute('href')).to.equal('tel:+31201234567');
    });
  });
});

describe('<appointment-cta> with the page config', () => {

  let console: ConsoleCapture;
  const messages = () => [...console.messages.error, ...console.messages.warn, ...console.messages.info];
  const hrefs = (el: AppointmentCta) => links(el).map((a) => a.getAttribute('href'));
  const picker = (el: AppointmentCta) => el.shadowRoot!.querySelector('select');
  const addedScripts: Element[] = [];

  /** Pick a location the way a keyboard user does: focus the list, arrow to the option. */
  async function pick(el: AppointmentCta, name: string): Promise<void> {
    const select = picker(el)!;
    select.focus();
    const names = [...select.options].map((option) => option.text.trim());
    const target = names.indexOf(name);
    expect(target, `option "${name}" in ${JSON.stringify(names)}`).to.be.above(0);
    const key = target > select.selectedIndex ? 'ArrowDown' : 'ArrowUp';
    for (let step = 0; step < names.length && select.selectedIndex !== target; step++) await sendKeys({ press: key });
    await el.updateComplete;
  }

  beforeEach(() => {
    console = captureConsole();
  });

  afterEach(() => {
    // The elements first, so none re-renders (and reports) for the reset below.
    fixtureCleanup();
    for (const node of addedScripts.splice(0)) node.remove();
    resetPageConfigForTests();
    console.restore();
  });

  it('uses the only location, without a picker', async () => {
    configure({ locations: [CENTRUM] });
    const el = await fixture<AppointmentCta>(html`<appointment-cta></appointment-cta>`);
    expect(hrefs(el)).to.deep.equal(CENTRUM_LINKS);
    expect(visibleText(part(el, 'practice-name'))).to.equal('Fysiotherapie Centrum');
    expect(link(el, 'phone').getAttribute('aria-label')).to.equal('Of bel meteen 020 123 4567 van Fysiotherapie Centrum');
    expect(picker(el)).to.equal(null);
    expect(messages()).to.deep.equal([]);
  });

  it('shows the location its location attribute names', async () => {
    configure({ locations: [CENTRUM, NOORD] });
    const el = await fixture<AppointmentCta>(html`<appointment-cta location="noord"></appointment-cta>`);
    expect(hrefs(el)).to.deep.equal(['tel:+31207654321']);
    expect(visibleText(link(el, 'phone'))).to.equal('Of bel meteen +31 20 765 4321');
    expect(visibleText(part(el, 'practice-name'))).to.equal('Fysiotherapie Noord');
    expect(picker(el)).to.equal(null);

    el.setAttribute('location', 'centrum');
    await el.updateComplete;
    expect(hrefs(el)).to.deep.equal(CENTRUM_LINKS);
    expect(messages()).to.deep.equal([]);
  });

  it('shows the defaultLocation when it names none, and the named one when it does', async () => {
    configure({ defaultLocation: 'noord', locations: [CENTRUM, NOORD] });
    const plain = await fixture<AppointmentCta>(html`<appointment-cta></appointment-cta>`);
    expect(hrefs(plain)).to.deep.equal(['tel:+31207654321']);
    expect(picker(plain)).to.equal(null);
    const named = await fixture<AppointmentCta>(html`<appointment-cta location="centrum"></appointment-cta>`);
    expect(hrefs(named)).to.deep.equal(CENTRUM_LINKS);
  });

  it('lets its attributes override the location, field by field', async () => {
    configure({ locations: [CENTRUM, NOORD] });
    const el = await fixture<AppointmentCta>(html`<appointment-cta location="centrum" phone="06-12345678" practice-name="Praktijk Oost"></appointment-cta>`);
    expect(hrefs(el)).to.deep.equal(['https://example.nl/afspraak?loc=centrum', 'tel:+31612345678', 'mailto:centrum@example.nl']);
    expect(visibleText(part(el, 'practice-name'))).to.equal('Praktijk Oost');
    expect(link(el, 'booking').getAttribute('aria-label')).to.equal('Maak een afspraak bij Praktijk Oost');
    expect(messages()).to.deep.equal([]);
  });

  it("falls back to the location's value for a bad attribute, and says so", async () => {
    configure({ locations: [CENTRUM] });
    const el = await fixture<AppointmentCta>(html`<appointment-cta phone="abc"></appointment-cta>`);
    expect(hrefs(el)).to.deep.equal(CENTRUM_LINKS);
    console.claim('warn', [
      '<appointment-cta>: phone "abc" is not a phone number: it contains letters; the phone number of location "centrum" from the page config is used instead.',
    ]);
  });

  describe('with several locations and none chosen', () => {
    let el: AppointmentCta;

    beforeEach(async () => {
      configure({ locations: [CENTRUM, NOORD] });
      el = await fixture<AppointmentCta>(html`<appointment-cta></appointment-cta>`);
    });

    it('asks the visitor to pick one in a labelled list, and shows no links yet', () => {
      const select = picker(el)!;
      expect(select).to.be.instanceOf(HTMLSelectElement);
      expect([...select.labels].map((label) => visibleText(label))).to.deep.equal(['Kies een locatie']);
      expect([...select.options].map((option) => option.text.trim())).to.deep.equal(['Geen locatie gekozen', 'Fysiotherapie Centrum', 'Fysiotherapie Noord']);
      expect(select.value).to.equal('');
      expect(links(el)).to.deep.equal([]);
      expect(visibleText(part(el, 'lead'))).to.equal(INVITATION);
      expect(part(el, 'practice-name')).to.equal(null);
      expect(messages(), 'waiting for the visitor is not a problem').to.deep.equal([]);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });

    it("shows the picked location's links, keeps focus on the list, and stores nothing", async () => {
      const before = { cookie: document.cookie, local: localStorage.length, session: sessionStorage.length };
      await pick(el, 'Fysiotherapie Noord');
      expect(hrefs(el)).to.deep.equal(['tel:+31207654321']);
      expect(link(el, 'phone').getAttribute('aria-label')).to.equal('Of bel meteen +31 20 765 4321 van Fysiotherapie Noord');
      expect(el.shadowRoot!.activeElement).to.equal(picker(el));
      expect(picker(el)!.value).to.equal('noord');

      await pick(el, 'Fysiotherapie Centrum');
      expect(hrefs(el)).to.deep.equal(CENTRUM_LINKS);
      expect({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }).to.deep.equal(before);
      expect(messages()).to.deep.equal([]);
    });

    it('is accessible with a location picked', async () => {
      await pick(el, 'Fysiotherapie Noord');
      await expect(el).to.be.accessible();
    });

    it('fires hip-appointment-click for a link of the picked location', async () => {
      await pick(el, 'Fysiotherapie Noord');
      const keepPage = (event: Event) => event.preventDefault();
      window.addEventListener('click', keepPage);
      try {
        const fired = oneEvent<HipAppointmentClickEvent>(el, 'hip-appointment-click');
        link(el, 'phone').click();
        expect((await fired).href).to.equal('tel:+31207654321');
      } finally {
        window.removeEventListener('click', keepPage);
      }
    });

    it('forgets a pick whose location the config no longer has', async () => {
      await pick(el, 'Fysiotherapie Noord');
      configure({ locations: [CENTRUM, { ...NOORD, id: 'noord-2' }] });
      await el.updateComplete;
      expect(picker(el)!.value).to.equal('');
      expect(links(el)).to.deep.equal([]);
    });

    it('reports a location attribute naming no location once per page, and still lets the visitor pick', async () => {
      // Two of them: fixture() of a plain <div> would wait for an animation frame, which a background tab may never get.
      for (let count = 0; count < 2; count++) {
        const cta = await fixture<AppointmentCta>(html`<appointment-cta location="zuid"></appointment-cta>`);
        expect(picker(cta)).to.be.instanceOf(HTMLSelectElement);
      }
      console.claim('error', ['<appointment-cta>: location "zuid" is not in the page config (its locations: "centrum", "noord"); the visitor picks a location instead.']);
    });
  });

  describe('given after it rendered', () => {
    it('shows the links of a later configure()', async () => {
      const el = await fixture<AppointmentCta>(html`<appointment-cta></appointment-cta>`);
      expect(links(el)).to.deep.equal([]);
      console.claim('warn', [NO_USABLE]);
      configure({ locations: [CENTRUM] });
      await el.updateComplete;
      expect(hrefs(el)).to.deep.equal(CENTRUM_LINKS);
      configure({ locations: [NOORD] });
      await el.updateComplete;
      expect(hrefs(el)).to.deep.equal(['tel:+31207654321']);
    });

    it('shows the links of a config script added later', async () => {
      const el = await fixture<AppointmentCta>(html`<appointment-cta></appointment-cta>`);
      console.claim('warn', [NO_USABLE]);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.setAttribute('data-hip-widgets-config', '');
      script.textContent = JSON.stringify({ locations: [CENTRUM, NOORD], defaultLocation: 'noord' });
      document.body.append(script);
      addedScripts.push(script);
      await aTimeout(0);
      await el.updateComplete;
      expect(hrefs(el)).to.deep.equal(['tel:+31207654321']);
    });

    it('stops listening when removed from the page, and catches up when put back', async () => {
      configure({ locations: [CENTRUM] });
      const el = await fixture<AppointmentCta>(html`<appointment-cta></appointment-cta>`);
      const parent = el.parentElement!;
      el.remove();
      configure({ locations: [NOORD] });
      await aTimeout(0);
      expect(hrefs(el), 'not updated while off the page').to.deep.equal(CENTRUM_LINKS);
      parent.append(el);
      await el.updateComplete;
      expect(hrefs(el)).to.deep.equal(['tel:+31207654321']);
    });
  });

  describe('while the page is still parsed', () => {
    // A classic script in <head> upgrades the element before a config script in the body is parsed.
    beforeEach(simulateParsing);
    afterEach(stopSimulatingParsing);

    it('says nothing is missing yet, and takes the config script when the parser reaches it', async () => {
      const el = await fixture<AppointmentCta>(html`<appointment-cta location="noord"></appointment-cta>`);
      expect(messages()).to.deep.equal([]);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.setAttribute('data-hip-widgets-config', '');
      script.textContent = JSON.stringify({ locations: [CENTRUM, NOORD] });
      document.body.append(script);
      addedScripts.push(script);
      await aTimeout(0);
      await el.updateComplete;
      expect(hrefs(el)).to.deep.equal(['tel:+31207654321']);
      finishParsing();
      await el.updateComplete;
      expect(messages()).to.deep.equal([]);
    });

    it('reports what is still missing at DOMContentLoaded, once', async () => {
      const el = await fixture<AppointmentCta>(html`<appointment-cta location="noord"></appointment-cta>`);
      expect(messages()).to.deep.equal([]);
      finishParsing();
      await el.updateComplete;
      console.claim('error', [
        `<appointment-cta>: location "noord" is set, but the page config has no locations (add a <script type="application/json" data-hip-widgets-config> or call configure()); only the element's own attributes are used.`,
      ]);
      console.claim('warn', [NO_USABLE]);
    });
  });
});
