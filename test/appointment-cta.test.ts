import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/elements/appointment-cta.js';
import type { AppointmentCta } from '../src/elements/appointment-cta.js';
import { HipAppointmentClickEvent } from '../src/events.js';

const INVITATION = 'Bel of mail gerust voor informatie en/of voor het maken van een afspraak.';
const BOOKING_URL = 'https://example.nl/#afspraak';

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
  let warnings: string[];
  let originalWarn: typeof console.warn;

  beforeEach(() => {
    warnings = [];
    originalWarn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
  });

  afterEach(() => {
    console.warn = originalWarn;
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
      expect(warnings).to.deep.equal([]);
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
      expect(warnings).to.deep.equal([]);
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
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<appointment-cta>').and.contain('booking-url').and.contain(JSON.stringify(bookingUrl));
      });
    }

    for (const phone of ['abc', '12']) {
      it(`drops phone ${JSON.stringify(phone)} with a warning naming it`, async () => {
        const el = await fixture<AppointmentCta>(html`<appointment-cta booking-url=${BOOKING_URL} phone=${phone}></appointment-cta>`);
        expect(part(el, 'phone')).to.equal(null);
        expect(links(el).some((a) => a.getAttribute('href')!.startsWith('tel:'))).to.equal(false);
        expect(link(el, 'booking').getAttribute('href')).to.equal(BOOKING_URL);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('phone').and.contain(JSON.stringify(phone));
      });
    }

    it('drops an e-mail that is not an address with a warning naming it', async () => {
      const el = await fixture<AppointmentCta>(html`<appointment-cta phone="020 123 4567" email="not-an-email"></appointment-cta>`);
      expect(part(el, 'email')).to.equal(null);
      expect(links(el).some((a) => a.getAttribute('href')!.startsWith('mailto:'))).to.equal(false);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('email').and.contain('"not-an-email"');
    });

    it('treats blank attributes as absent, not as bad values', async () => {
      // A CMS template fills an attribute with an empty field: that is "no phone", not a bad phone.
      const el = await fixture<AppointmentCta>(html`<appointment-cta booking-url="" phone="  " email=""></appointment-cta>`);
      expect(links(el)).to.have.length(0);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('no usable');
    });

    it('never throws for values set from script that are not strings', async () => {
      const el = await fixture<AppointmentCta>(html`<appointment-cta></appointment-cta>`);
      (el as unknown as { phone: unknown }).phone = 201234567;
      (el as unknown as { email: unknown }).email = { address: 'info@example.nl' };
      await el.updateComplete;
      expect(links(el)).to.have.length(0);
      expect(warnings.some((w) => w.includes('"201234567"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('"[object Object]"'))).to.equal(true);
    });
  });

  describe('with no usable channel', () => {
    let el: AppointmentCta;

    beforeEach(async () => {
      el = await fixture<AppointmentCta>(
        html`<appointment-cta booking-url="javascript:alert(1)" phone="abc" email="not-an-email" practice-name="Fysiotherapie Centrum"></appointment-cta>`,
      );
    });

    it('says so on the console and still shows the invitation', () => {
      expect(visibleText(part(el, 'lead'))).to.equal(INVITATION);
      expect(visibleText(part(el, 'practice-name'))).to.equal('Fysiotherapie Centrum');
      expect(links(el)).to.have.length(0);
      expect(part(el, 'actions')).to.equal(null);
      expect(warnings).to.have.length(4);
      expect(warnings[3]).to.contain('<appointment-cta>').and.contain('no usable booking-url, phone or email');
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });

    it('warns with nothing set at all', async () => {
      warnings = [];
      const empty = await fixture<AppointmentCta>(html`<appointment-cta></appointment-cta>`);
      expect(visibleText(part(empty, 'lead'))).to.equal(INVITATION);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('no usable');
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
      expect(warnings).to.deep.equal([]);
    });

    it('reports a bad value once per change, not on every render', async () => {
      const el = await fixture<AppointmentCta>(html`<appointment-cta booking-url=${BOOKING_URL} phone="abc"></appointment-cta>`);
      expect(warnings).to.have.length(1);

      el.setAttribute('practice-name', 'Praktijk Oost');
      el.setAttribute('email', 'info@example.nl');
      await el.updateComplete;
      expect(warnings).to.have.length(1);

      el.setAttribute('phone', 'xyz');
      await el.updateComplete;
      expect(warnings).to.have.length(2);
      expect(warnings[1]).to.contain('"xyz"');

      el.setAttribute('phone', '020 123 4567');
      await el.updateComplete;
      expect(warnings).to.have.length(2);
      expect(link(el, 'phone').getAttribute('href')).to.equal('tel:+31201234567');
    });
  });
});
