/**
 * `<stats-figure>`'s drawing maths and the text of its numbers: where a value
 * falls on its axis, which ticks the axis has, and how a headline, a tick or a
 * group's number is written in the active locale. Pure functions.
 */
import { msg, str } from '@lit/localize';
import type { Amount, ComparisonUnit, Group } from '../content/types.js';
import { formatNumber, formatPercent, formatRate, formatTimes, formatYears } from '../format.js';

const NO_BREAK_SPACE = '\u00a0';

export interface Tick {
  at: number;
  label: string;
}

/** Where a number falls on a 0–scale axis, clamped to the drawing. */
export function fraction(value: number, scale: number): number {
  if (!(scale > 0)) return 0;
  return Math.min(Math.max(value / scale, 0), 1);
}

/** An SVG length in percent of the drawing's width, rounded so the markup stays readable. */
export function percent(share: number): string {
  return `${Math.round(share * 10_000) / 100}%`;
}

/**
 * An axis end a little above `upper`, on a round step (1, 2 or 5 times a power
 * of ten) so its ticks read as plain numbers: 10 gives 0, 5, 10, 15.
 */
export function niceScale(upper: number): { end: number; step: number } {
  if (!(upper > 0)) return { end: 1, step: 1 };
  const rough = upper / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const leading = rough / power;
  const step = (leading <= 1 ? 1 : leading <= 2 ? 2 : leading <= 5 ? 5 : 10) * power;
  // The tolerance keeps float noise (0.2 * 3 = 0.6000000000000001) from adding a step.
  let intervals = Math.ceil(upper / step - 1e-9);
  if (intervals * step <= upper + 1e-9) intervals += 1;
  return { end: roundFloat(intervals * step), step };
}

export function steppedTicks(end: number, step: number, format: (value: number) => string): Tick[] {
  const ticks: Tick[] = [];
  const count = Math.round(end / step);
  for (let index = 0; index <= count; index += 1) {
    const value = roundFloat(index * step);
    ticks.push({ at: value / end, label: format(value) });
  }
  return ticks;
}

export function percentTicks(): Tick[] {
  return [
    { at: 0, label: formatPercent(0) },
    { at: 0.5, label: formatPercent(50) },
    { at: 1, label: formatPercent(100) },
  ];
}

function roundFloat(value: number): number {
  return Number(value.toPrecision(12));
}

export function formatAge(amount: Amount, above = false): string {
  const years = formatYears(amount);
  return above ? msg(str`ouder dan ${years}`, { id: 'stats-figure.age-above', desc: 'Headline of an age statistic, e.g. "ouder dan 55 jaar".' }) : years;
}

/** "12 patiënten": the unit follows the number after a no-break space, so they never wrap apart. */
export function formatWithUnit(value: number, unit: string): string {
  if (unit === '%') return formatPercent(value);
  return unit ? `${formatNumber(value)}${NO_BREAK_SPACE}${unit}` : formatNumber(value);
}

export function formatComparisonValue(value: number, unit: ComparisonUnit, per?: number): string {
  switch (unit) {
    case 'percent':
      return formatPercent(value);
    case 'rate':
      return per ? formatRate(value, per) : formatNumber(value);
    case 'count':
      return formatNumber(value);
    case 'age':
      return formatYears(value);
    case 'times':
      return formatTimes(value);
  }
}

export function groupName(group: Group): string {
  switch (group) {
    case 'men':
      return msg('Mannen', { id: 'stats-figure.group.men' });
    case 'women':
      return msg('Vrouwen', { id: 'stats-figure.group.women' });
    case 'boys':
      return msg('Jongens', { id: 'stats-figure.group.boys' });
    case 'girls':
      return msg('Meisjes', { id: 'stats-figure.group.girls' });
  }
}
