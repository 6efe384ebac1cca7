/**
 * Printing: every condition card prints in full (closed ones included) without
 * its toggle; the call to action prints as lines of text in the text colour,
 * the booking link with its URL; the location list prints the pick or nothing;
 * "Lees verder" is left out; the text is black on the paper's white whatever
 * the page's screen theme.
 *
 * Print media: emulated in Chromium; in Firefox and WebKit, which cannot
 * emulate it here, the widgets' `@media print` rules are widened to the screen
 * (test/helpers/print.ts). The `beforeprint`/`afterprint` path, which opens the
 * cards in engines without `::details-content`, is tested in every engine by
 * dispatching the two events, on screen, where only that path can open a card.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { configure, resetPageConfigForTests } from '../src/config.js';
import '../src/index.js';
import type { AppointmentCta } from '../src/elements/appointment-cta.js';
import type { HipComplaintsSection } from '../src/elements/hip-complaints-section.js';
import type { HipConditionCard } from '../src/elements/hip-condition-card.js';
import { contrastRatio, toRgba, WHITE } from './helpers/contrast.js';
import { CENTRUM, NOORD } from './helpers/page-config.js';
import { drawn, printMedia, type PrintOff } from './helpers/print.js';
import { describeElement } from './helpers/shadow.js';

const BOOKING_URL = 'https://example.nl/afspraak';

const inShadow = <T extends Element = HTMLElement>(host: Element, selector: string) => host.shadowRoot!.querySelector<T>(selector)!;
const cardsOf = (section: HipComplaintsSection) => [...section.shadowRoot!.querySelectorAll<HipConditionCard>('hip-condition-card')];
const detailsOf = (card: HipConditionCard) => inShadow<HTMLDetailsElement>(card, 'details');

/** The text as the engine renders it (`innerText` follows the CSS), whitespace collapsed. */
const renderedText = (element: HTMLElement) => element.innerText.replace(/\s+/g, ' ').trim();

async function section(wrapperStyle = ''): Promise<HipComplaintsSection> {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div style=${wrapperStyle}>
      <hip-complaints-section booking-url=${BOOKING_URL} phone="020 123 4567" email="info@example.nl" practice-name="Fysiotherapie Centrum"></hip-complaints-section>
    </div>
  `);
  const el = wrapper.querySelector('hip-complaints-section')!;
  await el.updateComplete;
  return el;
}

describe('print', () => {
  let off: PrintOff | undefined;
  const cleanups: (() => void)[] = [];

  afterEach(async () => {
    await off?.();
    off = undefined;
    for (const cleanup of cleanups.splice(0)) cleanup();
    fixtureCleanup();
    resetPageConfigForTests();
  });

  it('prints every condition card in full, closed ones too, without the toggle, and leaves open as it was', async () => {
    const el = await section();
    const cards = cardsOf(el);
    expect(cards).to.have.length(6);
    cards[1].open = true;
    await cards[1].updateComplete;
    expect(cards.map((card) => drawn(inShadow(card, '[part="body"]'))), 'on screen only the open card shows its body').to.deep.equal([false, true, false, false, false, false]);

    off = await printMedia();
    for (const card of cards) {
      expect(drawn(inShadow(card, '[part="body"]')), `the body of ${card.condition}`).to.equal(true);
      expect(drawn(inShadow(card, 'summary')), `the toggle of ${card.condition}`).to.equal(false);
    }
    expect(cards.map((card) => card.open)).to.deep.equal([false, true, false, false, false, false]);
    expect(cards.map((card) => detailsOf(card).open)).to.deep.equal([false, true, false, false, false, false]);
  });

  it('prints the call to action as lines of text in the text colour, the booking link with its URL', async () => {
    const cta = inShadow<AppointmentCta>(await section(), 'appointment-cta');
    const [booking, phone, email] = ['booking', 'phone', 'email'].map((name) => inShadow(cta, `[part="${name}"]`));
    const bookingText = document.createRange();
    bookingText.selectNodeContents(booking);

    off = await printMedia();
    for (const link of [booking, phone, email]) {
      const style = getComputedStyle(link);
      const what = describeElement(link);
      expect(drawn(link), what).to.equal(true);
      expect([style.backgroundColor, style.backgroundImage, style.boxShadow], `${what}: no fill, no shadow`).to.deep.equal(['rgba(0, 0, 0, 0)', 'none', 'none']);
      expect([style.borderTopWidth, style.borderRightWidth, style.borderBottomWidth, style.borderLeftWidth], `${what}: no outline`).to.deep.equal(['0px', '0px', '0px', '0px']);
      expect([style.paddingTop, style.paddingLeft], `${what}: no button padding`).to.deep.equal(['0px', '0px']);
      expect(contrastRatio(toRgba(style.color), WHITE), `${what}: its text (${style.color}) on white paper`).to.be.at.least(4.5);
    }
    expect(renderedText(phone)).to.equal('Of bel meteen 020 123 4567');
    expect(renderedText(email)).to.equal('Of mail naar info@example.nl');
    expect(renderedText(booking)).to.equal('Maak een afspraak');
    // The URL is generated content: Chromium and WebKit give it resolved, Firefox as attr(href).
    const after = (getComputedStyle(booking, '::after').content.match(/"[^"]*"|attr\([^)]*\)/g) ?? []).map((token) => token.replace(/^"|"$/g, '')).join('');
    expect([` ${BOOKING_URL}`, ' attr(href)'], 'content of the booking link\'s ::after').to.include(after);
    // ...and it is drawn: the link is wider than its own words by about the URL's width.
    const urlWidth = booking.getBoundingClientRect().width - bookingText.getBoundingClientRect().width;
    expect(urlWidth, 'width of the printed URL').to.be.greaterThan(150);
    // One line below the other.
    const [a, b, c] = [booking, phone, email].map((link) => link.getBoundingClientRect());
    expect(b.top).to.be.at.least(a.bottom);
    expect(c.top).to.be.at.least(b.bottom);
  });

  it('prints the picked location as text without the list, and no list while none is picked', async () => {
    configure({ locations: [CENTRUM, NOORD] });
    const wrapper = await fixture<HTMLDivElement>(html`<div><appointment-cta></appointment-cta><appointment-cta></appointment-cta></div>`);
    const [unpicked, picked] = [...wrapper.querySelectorAll<AppointmentCta>('appointment-cta')];
    await Promise.all([unpicked.updateComplete, picked.updateComplete]);
    const select = inShadow<HTMLSelectElement>(picked, 'select');
    select.value = 'noord';
    select.dispatchEvent(new Event('change'));
    await picked.updateComplete;
    expect(drawn(inShadow(unpicked, '[part="location-picker"]')), 'on screen').to.equal(true);

    off = await printMedia();
    expect(drawn(inShadow(unpicked, '[part="location-picker"]')), '"Geen locatie gekozen" is not printed').to.equal(false);
    expect(drawn(inShadow(picked, '[part="location-label"]')), 'the label "Kies een locatie"').to.equal(false);
    expect(drawn(select), 'the picked location').to.equal(true);
    expect(select.selectedOptions[0].text.trim()).to.equal('Fysiotherapie Noord');
    const style = getComputedStyle(select);
    expect([style.appearance, style.borderTopWidth, style.borderLeftWidth], 'no list chrome').to.deep.equal(['none', '0px', '0px']);
    expect(renderedText(inShadow(picked, '[part="phone"]'))).to.equal('Of bel meteen +31 20 765 4321');
  });

  it('leaves "Lees verder" out and prints the cards one below the other', async () => {
    const el = await section('width: 1000px');
    const readMore = inShadow(el, '[part="read-more"]');
    expect(drawn(readMore), 'on screen').to.equal(true);
    const [first, second] = cardsOf(el).map((card) => card.getBoundingClientRect());
    expect(second.top, 'on a wide screen, side by side').to.equal(first.top);

    off = await printMedia();
    expect(drawn(readMore), 'printed').to.equal(false);
    const [firstPrinted, secondPrinted] = cardsOf(el).map((card) => card.getBoundingClientRect());
    expect(secondPrinted.top).to.be.at.least(firstPrinted.bottom);
  });

  it("prints black text on the paper's white under a dark theme, with no card fill", async () => {
    // The demo's "Nacht" theme: light text and a light accent for a dark page.
    const el = await section(
      'color-scheme: dark; background: #10151c; color: #e6edf3; --hip-color-primary: #f2a65a; --hip-color-on-primary: #10151c; --hip-color-surface: #18202a; --hip-color-border: #2f3b49',
    );
    const cta = inShadow(el, 'appointment-cta');
    const card = cardsOf(el)[0];
    const figure = inShadow(el, 'stats-figure');
    const checklist = inShadow(el, 'symptom-checklist');
    const texts = {
      heading: inShadow(el, '[part="heading"]'),
      'card title': inShadow(card, '[part="title"]'),
      'card body': inShadow(card, '[part="body"] p'),
      'checklist question': inShadow(checklist, 'legend'),
      'figure caption': inShadow(figure, 'figcaption'),
      booking: inShadow(cta, '[part="booking"]'),
      phone: inShadow(cta, '[part="phone"]'),
    };
    expect(getComputedStyle(texts.booking).color, 'on screen, the booking link is dark on the accent').to.equal('rgb(16, 21, 28)');

    off = await printMedia();
    for (const [name, element] of Object.entries(texts)) expect(getComputedStyle(element).color, name).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(card).backgroundColor, 'card fill').to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(texts.booking).backgroundColor, 'booking fill').to.equal('rgba(0, 0, 0, 0)');
  });

  describe('beforeprint and afterprint (on screen, where only they open a card)', () => {
    /**
     * The page's view of the cards: events reaching the window or a card's
     * host, and changes to the hosts' attributes.
     */
    function watchPage(hosts: Element[]): { heard: string[]; changed: () => string[] } {
      const heard: string[] = [];
      const hear = (event: Event) => heard.push(`${event.type} on ${(event.target as Element).localName ?? 'window'}`);
      const types = ['toggle', 'beforetoggle', 'change', 'hip-checklist-change', 'hip-appointment-click'];
      for (const type of types) {
        window.addEventListener(type, hear, true);
        for (const host of hosts) host.addEventListener(type, hear);
      }
      const records: MutationRecord[] = [];
      const observer = new MutationObserver((delivered) => records.push(...delivered));
      for (const host of hosts) observer.observe(host, { attributes: true });
      const changed = () => [...records, ...observer.takeRecords()].map((record) => `${(record.target as Element).localName}[${record.attributeName}]`);
      cleanups.push(() => {
        observer.disconnect();
        for (const type of types) window.removeEventListener(type, hear, true);
      });
      return { heard, changed };
    }

    /** Counts the toggle events of each card's inner `details`, which stay inside its shadow root. */
    function countToggles(cards: HipConditionCard[]): Map<HTMLDetailsElement, number> {
      const counts = new Map(cards.map((card) => [detailsOf(card), 0]));
      for (const details of counts.keys()) details.addEventListener('toggle', () => counts.set(details, counts.get(details)! + 1));
      return counts;
    }

    /** A standalone card on the page, and a section with its six; the visitor opens the section's second card. */
    async function cardsWithOneOpened(): Promise<{ cards: HipConditionCard[]; visitor: boolean[] }> {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <hip-condition-card condition="perthes"></hip-condition-card>
          <hip-complaints-section phone="020 123 4567"></hip-complaints-section>
        </div>
      `);
      const el = wrapper.querySelector('hip-complaints-section')!;
      const standalone = wrapper.querySelector('hip-condition-card')!;
      await Promise.all([el.updateComplete, standalone.updateComplete]);
      const cards = [standalone, ...cardsOf(el)];
      inShadow(cards[2], 'summary').click();
      await waitUntil(() => cards[2].open, 'the visitor opened a card');
      return { cards, visitor: [false, false, true, false, false, false, false] };
    }

    it('opens every card for printing and leaves each as the visitor had it after, telling the page nothing', async () => {
      const { cards, visitor } = await cardsWithOneOpened();
      const page = watchPage(cards);
      const toggles = countToggles(cards);
      const closed = cards.filter((card) => !card.open).map(detailsOf);

      window.dispatchEvent(new Event('beforeprint'));
      for (const card of cards) expect(drawn(inShadow(card, '[part="body"]')), `the body of ${card.condition} while printing`).to.equal(true);
      // The toggles that opening queued arrive while printing: not the visitor's, so open stays theirs.
      await waitUntil(() => closed.every((details) => toggles.get(details) === 1), 'the opened details fire toggle');
      expect(cards.map((card) => card.open), 'open while printing').to.deep.equal(visitor);

      window.dispatchEvent(new Event('afterprint'));
      expect(cards.map((card) => detailsOf(card).open), 'the details after printing').to.deep.equal(visitor);
      await waitUntil(() => closed.every((details) => toggles.get(details) === 2), 'the closed details fire toggle');
      expect(cards.map((card) => card.open), 'open after printing').to.deep.equal(visitor);
      expect(cards.map((card) => drawn(inShadow(card, '[part="body"]'))), 'bodies shown after printing').to.deep.equal(visitor);
      expect([...toggles.values()], 'the card the visitor opened is not touched').to.deep.equal(visitor.map((open) => (open ? 0 : 2)));
      expect(page.heard, 'events the page heard').to.deep.equal([]);
      expect(page.changed(), "changes to the cards' attributes").to.deep.equal([]);
    });

    it('keeps the state when printing is over before its toggles arrive, and the visitor toggles after', async () => {
      const { cards, visitor } = await cardsWithOneOpened();
      const page = watchPage(cards);
      window.dispatchEvent(new Event('beforeprint'));
      window.dispatchEvent(new Event('afterprint'));
      // Whatever toggles printing queued, the engine delivers them before this later one of the visitor's.
      const details = detailsOf(cards[4]);
      inShadow(cards[4], 'summary').click();
      await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
      await cards[4].updateComplete;
      expect(cards.map((card) => card.open)).to.deep.equal(visitor.map((open, index) => open || index === 4));
      expect(cards.map((card) => detailsOf(card).open)).to.deep.equal(visitor.map((open, index) => open || index === 4));
      expect(page.heard).to.deep.equal([]);
      expect(page.changed(), 'only the card the visitor opened').to.deep.equal(['hip-condition-card[open]']);
    });

    it('leaves a card removed while printing as the visitor had it', async () => {
      const { cards } = await cardsWithOneOpened();
      window.dispatchEvent(new Event('beforeprint'));
      const [standalone] = cards;
      standalone.remove();
      window.dispatchEvent(new Event('afterprint'));
      expect([standalone.open, detailsOf(standalone).open]).to.deep.equal([false, false]);
    });
  });
});
