/**
 * The shared table of custom figures (test/vectors/figures.json): what
 * <stats-figure value max unit label> shows, per language. The WordPress
 * plugin's test reads the same table for its PHP (includes/render.php), which
 * pre-renders these numbers; here the element itself must show them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/stats-figure.js';
import type { StatsFigure } from '../src/elements/stats-figure.js';
import { setLocale } from '../src/localization.js';
import { captureConsole, type ConsoleCapture } from './helpers/console.js';

interface FigureVector {
  locale: string;
  value: string;
  max?: string;
  unit?: string;
  shown: string;
  scale: string | null;
  ticks: string[];
  barWidth: string;
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();

let logged: ConsoleCapture;
beforeEach(() => {
  logged = captureConsole();
});
afterEach(async () => {
  logged.restore();
  await setLocale(null);
});

describe('shared custom-figure vectors (test/vectors/figures.json)', () => {
  it('each figure shows the number, scale, ticks and bar the table says, in its language', async () => {
    const response = await fetch('/test/vectors/figures.json');
    expect(response.ok, 'test/vectors/figures.json').to.be.true;
    const { figures } = (await response.json()) as { figures: FigureVector[] };
    expect(figures.length).to.be.above(10);
    expect(new Set(figures.map((figure) => figure.locale))).to.have.property('size', 4);
    for (const vector of figures) {
      await setLocale(vector.locale);
      const element = await fixture<StatsFigure>(html`<stats-figure value=${vector.value} max=${vector.max ?? ''} unit=${vector.unit ?? ''} label="x"></stats-figure>`);
      if (vector.max === undefined) element.removeAttribute('max');
      if (vector.unit === undefined) element.removeAttribute('unit');
      await element.updateComplete;
      const root = element.shadowRoot!;
      const value = root.querySelector('[part~="value"]')!;
      const scale = root.querySelector('[part~="scale"]');
      const shown = text(value).slice(0, text(value).length - (scale ? text(scale).length : 0)).trim();
      const what = JSON.stringify(vector);
      expect(shown, what).to.equal(vector.shown);
      expect(scale ? text(scale) : null, what).to.equal(vector.scale);
      expect([...root.querySelectorAll('.tick-label')].map(text), what).to.deep.equal(vector.ticks);
      expect(root.querySelector('.bar')!.getAttribute('width'), what).to.equal(vector.barWidth);
    }
    // The table's bad inputs (a negative value, one above max, max 0) are reported, as they should be.
    logged.claimEach('warn', ['<stats-figure>']);
  });
});
