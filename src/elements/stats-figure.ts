import { html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { statCaption } from '../content/statistics.js';
import type { Amount, ComparisonUnit, Group, Measure } from '../content/types.js';
import { formatNumber, formatPercent, formatRate, formatYears, isRange, upperBound } from '../format.js';
import { customElement } from '../internal/define.js';
import { HipElement } from '../internal/hip-element.js';
import { own } from '../internal/own.js';
import { reportError, reportWarning } from '../internal/report.js';
import { resolveFigure, type Figure, type Problem } from './stats-figure.parse.js';
import { formatAge, formatComparisonValue, formatWithUnit, fraction, groupName, niceScale, percent, percentTicks, steppedTicks, type Tick } from './stats-figure.scale.js';
import { styles } from './stats-figure.styles.js';

/** The tag, for console messages; the decorator below repeats it as a literal so the manifest analyzer can read it. */
const TAG = 'stats-figure';

/** Ages are drawn on a human lifespan, so "4–8 jaar" and "ouder dan 55 jaar" read at a glance. */
const AGE_AXIS_END = 100;
const AGE_TICK_STEP = 25;

/**
 * Bars are drawn in percent lengths of the SVG's own width rather than in a
 * scaled `viewBox`: the tick labels then keep the page's real font size at any
 * width instead of growing and shrinking with the drawing. Every geometry is an
 * attribute, never a `style` attribute, so a strict `style-src 'self'` CSP holds.
 */
const BAR_HEIGHT = 20;
const TICK_TOP = BAR_HEIGHT + 4;
const TICK_BOTTOM = BAR_HEIGHT + 8;
const TICK_LABEL_BASELINE = BAR_HEIGHT + 22;
const AXIS_HEIGHT = BAR_HEIGHT + 26;
const GROUP_BAR_HEIGHT = 14;

/**
 * One statistic of the practice's hip page, drawn: its number large, a bar or
 * band that shows it against its scale, and the full sentence as the caption.
 * The drawing is hidden from screen readers; the headline and caption say
 * everything it shows.
 *
 * A built-in statistic's caption is a sentence that stands on its own, also
 * where the practice's page words it as a follow-on to the sentence before
 * ("Dat is …"): that wording is kept for the condition cards, where the
 * sentence before stands above it.
 *
 * Use a built-in statistic with `stat`, or draw your own with `value`, `max`,
 * `unit` and `label`:
 *
 * ```html
 * <stats-figure stat="physio-hip-share"></stats-figure>
 * <stats-figure value="42" unit="%" label="42 % van onze patiënten komt via de huisarts."></stats-figure>
 * ```
 *
 * @summary A statistic shown as a large number, a drawn bar against its scale, and its sentence.
 *
 * @csspart figure - The `figure` that holds everything.
 * @csspart value - The headline number; for a comparison, each group's number.
 * @csspart scale - For a custom figure with `max`, the "van 50" after the number.
 * @csspart chart - The drawing: an SVG bar on its axis, or for a comparison the list of groups with their bars.
 * @csspart group - One group of a comparison: its name, number and bar.
 * @csspart group-label - A comparison group's name ("Mannen", "Vrouwen", …).
 * @csspart caption - The `figcaption` with the statistic's full sentence (or the custom `label`).
 *
 * @cssproperty [--hip-stats-figure-bar-color=var(--hip-color-primary, #1d5fa8)] - The drawn value.
 * @cssproperty [--hip-stats-figure-band-color=color-mix(in srgb, var(--hip-stats-figure-bar-color) 35%, transparent)] - The uncertain part of a range ("22–30 %"), and age bands; outlined in the bar colour.
 * @cssproperty [--hip-stats-figure-track-color=var(--hip-color-muted, color-mix(in srgb, currentColor 12%, transparent))] - The empty rest of the scale.
 * @cssproperty [--hip-stats-figure-value-size=2.25rem] - Font size of the headline number.
 * @cssproperty [--hip-stats-figure-gap=calc(var(--hip-spacing, 1rem) / 2)] - Space between number, drawing and caption.
 */
@customElement('stats-figure')
@localized()
export class StatsFigure extends HipElement {
  static override styles = styles;

  /** Id of a built-in statistic, e.g. `physio-hip-share`; see `STAT_IDS`. Takes precedence over `value`. */
  @property() stat?: string;

  /** A custom figure's number, written with a dot for decimals (`3.1`). */
  @property() value?: string | number;

  /** What a full bar stands for in a custom figure. Defaults to 100 when `unit` is `%`, otherwise the bar is drawn full. */
  @property() max?: string | number;

  /** A custom figure's unit: `%` formats as a percentage; any other text follows the number ("12 patiënten"). */
  @property() unit?: string;

  /** A custom figure's caption: the sentence that says what the number means. */
  @property() label?: string;

  /**
   * Whether a built-in statistic's caption follows the text before the figure,
   * so it may lean on it as the practice's page does ("toch ongeveer 3,1 %");
   * otherwise it says everything itself. Set by the section.
   * @internal
   */
  @property({ attribute: false }) inText = false;

  private figure?: Figure;
  /** The problems reported for the current input, so a re-render does not repeat them. */
  private reported = new Set<string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['stat', 'value', 'max', 'unit', 'label'] as const;
    // Resolve only when the input changes (and on the first update, when nothing may be set at all).
    if (this.hasUpdated && !inputs.some((name) => changed.has(name))) return;
    const { figure, problems } = resolveFigure(this);
    this.figure = figure;
    this.reported = reportNew(problems, this.reported);
  }

  protected override render() {
    const figure = this.figure;
    if (!figure) return nothing;
    if (figure.source === 'custom') return this.renderCustom(figure);
    const { measure } = figure;
    const body = measure.kind === 'comparison' ? this.renderComparison(measure.unit, measure.groups, own(measure, 'per')) : this.renderSingle(measure);
    return html`
      <figure part="figure">
        ${body}
        <figcaption part="caption">${statCaption(figure.id, this.inText)}</figcaption>
      </figure>
    `;
  }

  /** Percent, rate, count and age: one headline and one drawing. */
  private renderSingle(measure: Exclude<Measure, { kind: 'comparison' }>) {
    switch (measure.kind) {
      case 'percent':
        return html`${this.renderValue(formatPercent(measure.value))}${this.renderQuantity(measure.value, 100, percentTicks())}`;
      case 'rate': {
        const { end, step } = niceScale(upperBound(measure.value));
        return html`${this.renderValue(formatRate(measure.value, measure.per))}${this.renderQuantity(measure.value, end, steppedTicks(end, step, formatNumber))}`;
      }
      case 'count':
        // A count has no scale on the page: the bar only marks it as a quantity.
        return html`${this.renderValue(formatNumber(measure.value))}${this.renderQuantity(measure.value, measure.value, [])}`;
      case 'age':
        return html`${this.renderValue(formatAge(measure.value, own(measure, 'above')))}${this.renderAge(measure.value, own(measure, 'above'))}`;
    }
  }

  private renderCustom(figure: Extract<Figure, { source: 'custom' }>) {
    const format = (value: number) => formatWithUnit(value, figure.unit);
    const ticks = figure.scaleShown
      ? [
          { at: 0, label: format(0) },
          { at: 1, label: format(figure.scale) },
        ]
      : [];
    // "42 %" says its own scale; "12 patiënten" drawn against 48 must say "van 48" in text too.
    const impliedScale = figure.unit.trim() === '%' && figure.scale === 100;
    const scale =
      figure.scaleShown && !impliedScale
        ? html` <span part="scale" class="scale">${msg(str`van ${format(figure.scale)}`, { id: 'stats-figure.of-max', desc: 'After a custom figure\'s number: "12 patiënten van 48 patiënten".' })}</span>`
        : nothing;
    return html`
      <figure part="figure">
        <p part="value" class="value">${format(figure.value)}${scale}</p>
        ${this.renderQuantity(figure.value, figure.scale, ticks)}
        ${figure.label ? html`<figcaption part="caption">${figure.label}</figcaption>` : nothing}
      </figure>
    `;
  }

  private renderValue(text: string) {
    return html`<p part="value" class="value">${text}</p>`;
  }

  /**
   * A quantity against its scale: solid up to the value (or a range's lower end,
   * the part that is certain) and a lighter band on to a range's upper end.
   */
  private renderQuantity(amount: Amount, scale: number, ticks: Tick[]) {
    const solidEnd = isRange(amount) ? amount.min : amount;
    const solid = fraction(solidEnd, scale);
    const upper = fraction(upperBound(amount), scale);
    return html`
      <svg part="chart" aria-hidden="true" width="100%" height=${ticks.length ? AXIS_HEIGHT : BAR_HEIGHT}>
        <rect class="track" x="0" y="0" width="100%" height=${BAR_HEIGHT}></rect>
        <rect class="bar" x="0" y="0" width=${percent(solid)} height=${BAR_HEIGHT}></rect>
        ${isRange(amount) ? svg`<rect class="band" x=${percent(solid)} y="0" width=${percent(upper - solid)} height=${BAR_HEIGHT}></rect>` : nothing}
        ${this.renderTicks(ticks)}
      </svg>
    `;
  }

  /** An age is a position on a lifespan, not a quantity: a band over the ages it covers, or a marker at one age. */
  private renderAge(amount: Amount, above = false) {
    const end = Math.max(AGE_AXIS_END, Math.ceil(upperBound(amount) / AGE_TICK_STEP) * AGE_TICK_STEP);
    const from = fraction(isRange(amount) ? amount.min : amount, end);
    const to = above ? 1 : fraction(upperBound(amount), end);
    // A single age, or a one-year range, would be a hairline: give it a visible width.
    const width = Math.max(to - from, 0.01);
    const ticks = steppedTicks(end, AGE_TICK_STEP, (age) => (age === end ? formatYears(age) : formatNumber(age)));
    return html`
      <svg part="chart" aria-hidden="true" width="100%" height=${AXIS_HEIGHT}>
        <rect class="track" x="0" y="0" width="100%" height=${BAR_HEIGHT}></rect>
        <rect class="band" x=${percent(Math.min(from, 1 - width))} y="0" width=${percent(width)} height=${BAR_HEIGHT}></rect>
        ${this.renderTicks(ticks)}
      </svg>
    `;
  }

  /** One labelled bar per group: the names and numbers are real text, so they are the comparison's legend for every reader. */
  private renderComparison(unit: ComparisonUnit, groups: { group: Group; value: number }[], per?: number) {
    // A percentage is a share of a whole, so it keeps the 0–100 scale of the other percent figures.
    const scale = unit === 'percent' ? 100 : Math.max(...groups.map((entry) => entry.value));
    return html`
      <ul part="chart" class="groups">
        ${groups.map(
          (entry) => html`
            <li part="group" class="group" data-group=${entry.group}>
              <span part="group-label">${groupName(entry.group)}</span>
              <span part="value" class="value">${formatComparisonValue(entry.value, unit, per)}</span>
              <svg aria-hidden="true" width="100%" height=${GROUP_BAR_HEIGHT}>
                <rect class="track" x="0" y="0" width="100%" height=${GROUP_BAR_HEIGHT}></rect>
                <rect class="bar" x="0" y="0" width=${percent(fraction(entry.value, scale))} height=${GROUP_BAR_HEIGHT}></rect>
              </svg>
            </li>
          `,
        )}
      </ul>
    `;
  }

  private renderTicks(ticks: Tick[]): SVGTemplateResult | typeof nothing {
    if (!ticks.length) return nothing;
    return svg`${ticks.map((tick, index) => {
      // Anchor the outer labels inwards so they stay inside the drawing.
      const anchor = index === 0 ? 'start' : index === ticks.length - 1 ? 'end' : 'middle';
      return svg`
        <line class="tick" x1=${percent(tick.at)} x2=${percent(tick.at)} y1=${TICK_TOP} y2=${TICK_BOTTOM}></line>
        <text class="tick-label" x=${percent(tick.at)} y=${TICK_LABEL_BASELINE} text-anchor=${anchor}>${tick.label}</text>
      `;
    })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stats-figure': StatsFigure;
  }
}

/** Report the problems not already reported for the previous input; returns what is now reported. */
function reportNew(problems: Problem[], previous: Set<string>): Set<string> {
  for (const problem of problems) {
    if (previous.has(problem.message)) continue;
    if (problem.level === 'error') reportError(TAG, problem.message);
    else reportWarning(TAG, problem.message);
  }
  return new Set(problems.map((problem) => problem.message));
}

