/**
 * Forced colours (Windows high contrast): the page's colours give way to the
 * visitor's few system colours. The statistics' bar, band and track must stay
 * apart from each other and from the background, and the call to action's
 * buttons keep an edge (their fill is gone) and a focus ring.
 *
 * Only Chromium can emulate forced colours here, through its DevTools protocol
 * (scripts/wtr-forced-colors-plugin.mjs); Firefox over WebDriver BiDi and
 * WebKit over WebDriver have no way to, so these tests skip themselves there.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { AppointmentCta } from '../src/elements/appointment-cta.js';
import type { StatsFigure } from '../src/elements/stats-figure.js';
import { backgroundAround, contrastRatio, focusRing, over, toRgba, type Rgba } from './helpers/contrast.js';
import { deepActiveElement } from './helpers/focus.js';

/** Turns forced colours on or off; false where the engine cannot emulate them. */
function emulateForcedColors(active: boolean): Promise<boolean> {
  return executeServerCommand<boolean, { active: boolean }>('emulate-forced-colors', { active });
}

/** The page's canvas in forced colours: the system colour `Canvas`. */
function canvasColor(): Rgba {
  const probe = document.createElement('div');
  probe.style.cssText = 'forced-color-adjust: none; background-color: Canvas';
  document.body.append(probe);
  const color = toRgba(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return color;
}

/** How a drawn shape looks: its fill and, if it has one, its outline, each as it shows on `around`. */
function paint(shape: Element, around: Rgba): { fill: string; stroke: string; seen: boolean } {
  const style = getComputedStyle(shape);
  const shown = (color: string) => over(toRgba(color), around);
  const fill = style.fill === 'none' ? around : shown(style.fill);
  const hasStroke = style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0;
  const stroke = hasStroke ? shown(style.stroke) : fill;
  // Seen: its fill or its outline stands out from the background by 3:1 or more.
  const seen = contrastRatio(fill, around) >= 3 || contrastRatio(stroke, around) >= 3;
  return { fill: `rgb(${fill.slice(0, 3).join(', ')})`, stroke: `rgb(${stroke.slice(0, 3).join(', ')})`, seen };
}

async function figure(stat: string): Promise<StatsFigure> {
  const el = await fixture<StatsFigure>(html`<stats-figure stat=${stat}></stats-figure>`);
  await el.updateComplete;
  return el;
}

describe('forced colours', () => {
  let emulated = false;

  beforeEach(async function () {
    emulated = await emulateForcedColors(true);
    if (!emulated) this.skip();
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.equal(true);
  });

  afterEach(async () => {
    fixtureCleanup();
    if (emulated) await emulateForcedColors(false);
  });

  it("keeps a range's bar, band and track apart from each other and from the background", async () => {
    const el = await figure('fai-prevalence-hip-pain');
    const around = backgroundAround(el, canvasColor());
    const [track, bar, band] = ['.track', '.bar', '.band'].map((selector) => paint(el.shadowRoot!.querySelector(selector)!, around));
    for (const [name, shape] of Object.entries({ track, bar, band })) expect(shape.seen, `${name} ${JSON.stringify(shape)} on the background`).to.equal(true);
    const looks = [track, bar, band].map(({ fill, stroke }) => `${fill} / ${stroke}`);
    expect(new Set(looks).size, `track, bar and band look like ${looks.join('; ')}`).to.equal(3);
    expect(new Set([track.fill, bar.fill, band.fill]).size, 'three different fills').to.equal(3);
  });

  it("keeps an age's band apart from its track, and each group's bar from its track", async () => {
    for (const [stat, shapes] of [
      ['fai-athlete-age', ['.track', '.band']],
      ['perthes-boys-girls', ['.group .track', '.group .bar']],
    ] as const) {
      const el = await figure(stat);
      const around = backgroundAround(el, canvasColor());
      const [track, drawn] = shapes.map((selector) => paint(el.shadowRoot!.querySelector(selector)!, around));
      expect(track.seen && drawn.seen, `${stat}: ${JSON.stringify({ track, drawn })}`).to.equal(true);
      expect(drawn.fill, `${stat}: fills`).not.to.equal(track.fill);
    }
  });

  it("keeps an edge on each of the call to action's buttons, and a focus ring", async () => {
    const wrapper = await fixture(html`<div>
      <button id="before">Voor</button>
      <appointment-cta booking-url="https://example.nl/afspraak" phone="020 123 4567" email="info@example.nl"></appointment-cta>
    </div>`);
    const cta = wrapper.querySelector<AppointmentCta>('appointment-cta')!;
    await cta.updateComplete;
    const around = backgroundAround(cta, canvasColor());
    (wrapper.querySelector('#before') as HTMLButtonElement).focus();
    for (const part of ['booking', 'phone', 'email']) {
      const link = cta.shadowRoot!.querySelector(`[part="${part}"]`)!;
      const style = getComputedStyle(link);
      expect(style.borderTopStyle, `${part} border`).to.equal('solid');
      expect(parseFloat(style.borderTopWidth), `${part} border width`).to.be.at.least(1);
      expect(contrastRatio(over(toRgba(style.borderTopColor), around), around), `${part} border ${style.borderTopColor} on the background`).to.be.at.least(3);

      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(link);
      const ring = focusRing(link);
      expect(ring.kind, `${part} focus ring`).to.equal('outline');
      expect(ring.width).to.be.at.least(2);
      expect(contrastRatio(over(ring.color, around), around), `${part} focus ring on the background`).to.be.at.least(3);
    }
  });
});
