/**
 * Theming from the page's CSS alone: design tokens on an ancestor reach every
 * element, an element's own property beats the token, fonts and colours are
 * inherited by default, ::part() works, a dark page gets the dark defaults,
 * the example themes apply, and reduced motion is honoured.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import './helpers/axe.js';

const style = (element: Element) => getComputedStyle(element);
const inShadow = <T extends Element>(host: Element, selector: string) => host.shadowRoot!.querySelector<T>(selector)!;

async function allElements(wrapperStyle: string) {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div style=${wrapperStyle}>
      <hip-condition-card condition="fai"></hip-condition-card>
      <symptom-checklist></symptom-checklist>
      <appointment-cta booking-url="https://example.nl/afspraak" phone="020 123 4567"></appointment-cta>
      <stats-figure stat="physio-hip-share"></stats-figure>
    </div>
  `);
  const [card, checklist, cta, figure] = ['hip-condition-card', 'symptom-checklist', 'appointment-cta', 'stats-figure'].map(
    (tag) => wrapper.querySelector(tag)!,
  );
  await Promise.all([card, checklist, cta, figure].map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  return { wrapper, card, checklist, cta, figure };
}

/**
 * Only Chromium (through its DevTools protocol) can emulate media features here:
 * Firefox over WebDriver BiDi ("CDP support is required for this feature") and
 * WebKit over WebDriver ("not supported for browser type webdriver") can't, so
 * the test that needs it is skipped there.
 */
const canEmulateMedia = navigator.userAgent.includes('Chrome/');

describe('theming', () => {
  afterEach(async () => {
    if (canEmulateMedia) await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  it('applies the design tokens set on an ancestor to every element', async () => {
    const { card, checklist, cta, figure } = await allElements(
      '--hip-color-primary: rgb(200, 0, 100); --hip-color-on-primary: rgb(255, 255, 0); --hip-radius: 3px; --hip-font-family: Georgia, serif; --hip-color-surface: rgb(240, 240, 230)',
    );
    const booking = inShadow(cta, '[part="booking"]');
    expect(style(booking).backgroundColor).to.equal('rgb(200, 0, 100)');
    expect(style(booking).color).to.equal('rgb(255, 255, 0)');
    expect(style(booking).borderTopLeftRadius).to.equal('3px');
    expect(style(card).borderTopLeftRadius).to.equal('3px');
    expect(style(card).backgroundColor).to.equal('rgb(240, 240, 230)');
    expect(style(inShadow(card, 'summary')).color).to.equal('rgb(200, 0, 100)');
    expect(style(inShadow(checklist, 'input')).accentColor).to.equal('rgb(200, 0, 100)');
    expect(style(inShadow(figure, 'rect.bar')).fill).to.equal('rgb(200, 0, 100)');
    expect(style(inShadow(card, '[part="title"]')).fontFamily).to.equal('Georgia, serif');
  });

  it("lets an element's own property override the shared token", async () => {
    const { cta, card } = await allElements(
      '--hip-color-primary: rgb(200, 0, 100); --hip-appointment-cta-booking-background: rgb(0, 0, 0); --hip-condition-card-radius: 12px; --hip-radius: 3px',
    );
    expect(style(inShadow(cta, '[part="booking"]')).backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(style(card).borderTopLeftRadius).to.equal('12px');
  });

  it("inherits the host page's font and text colour when nothing is set", async () => {
    const { card, checklist } = await allElements('font-family: "Courier New", monospace; color: rgb(10, 20, 30)');
    for (const text of [inShadow(card, '[part="facts"] li'), inShadow(checklist, 'legend')]) {
      expect(style(text).fontFamily).to.equal('"Courier New", monospace');
      expect(style(text).color).to.equal('rgb(10, 20, 30)');
    }
  });

  it('can be styled through ::part() from the page', async () => {
    const sheet = document.createElement('style');
    sheet.textContent = 'hip-condition-card::part(title) { text-transform: uppercase; } symptom-checklist::part(note) { font-style: italic; }';
    document.head.append(sheet);
    try {
      const { card, checklist } = await allElements('');
      expect(style(inShadow(card, '[part="title"]')).textTransform).to.equal('uppercase');
      expect(style(inShadow(checklist, '[part="note"]')).fontStyle).to.equal('italic');
    } finally {
      sheet.remove();
    }
  });

  it('picks readable dark defaults on a page that declares color-scheme: dark', async () => {
    const light = await allElements('');
    const lightBooking = style(inShadow(light.cta, '[part="booking"]')).backgroundColor;
    const dark = await allElements('color-scheme: dark; background: rgb(18, 18, 18); color: rgb(230, 230, 230); padding: 1rem');
    const darkBooking = inShadow(dark.cta, '[part="booking"]');
    expect(style(darkBooking).backgroundColor).not.to.equal(lightBooking);
    // axe checks text contrast inside the shadow roots against the dark page.
    await expect(dark.wrapper).to.be.accessible();
  });

  for (const theme of ['zeegroen', 'nacht']) {
    it(`applies the example theme "${theme}" from the demo`, async () => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = `/demo/themes/${theme}.css`;
      const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
      document.head.append(link);
      await loaded;
      document.documentElement.dataset.hipTheme = theme;
      try {
        const { cta, wrapper } = await allElements('');
        const primary = getComputedStyle(document.documentElement).getPropertyValue('--hip-color-primary').trim();
        expect(primary, 'the theme sets a primary colour').to.match(/^#[0-9a-f]{6}$/);
        const probe = document.createElement('span');
        probe.style.color = primary;
        document.body.append(probe);
        expect(style(inShadow(cta, '[part="booking"]')).backgroundColor).to.equal(style(probe).color);
        probe.remove();
        await expect(wrapper).to.be.accessible();
      } finally {
        delete document.documentElement.dataset.hipTheme;
        link.remove();
      }
    });
  }

  it('jumps to the conditions without smooth scrolling when the visitor prefers reduced motion', async function () {
    if (!canEmulateMedia) this.skip();
    const behaviours: (ScrollBehavior | undefined)[] = [];
    const original = HTMLElement.prototype.scrollIntoView;
    HTMLElement.prototype.scrollIntoView = function (this: HTMLElement, options?: boolean | ScrollIntoViewOptions) {
      behaviours.push(typeof options === 'object' ? options.behavior : undefined);
    };
    try {
      const section = await fixture(html`<hip-complaints-section phone="020 123 4567"></hip-complaints-section>`);
      const readMore = inShadow<HTMLAnchorElement>(section, '[part="read-more"]');
      readMore.click();
      await emulateMedia({ reducedMotion: 'reduce' });
      readMore.click();
      expect(behaviours).to.deep.equal(['smooth', 'auto']);
    } finally {
      HTMLElement.prototype.scrollIntoView = original;
    }
  });
});
