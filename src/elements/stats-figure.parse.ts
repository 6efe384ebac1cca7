/**
 * `<stats-figure>`'s attributes read into what it draws, and the problems with
 * them: pure, so the element only reports the problems and renders the figure.
 */
import { MEASURES, STAT_IDS, isStatId, type StatId } from '../content/statistics.js';
import type { Measure } from '../content/types.js';
import { quote } from '../internal/report.js';
import { textOf } from '../internal/text.js';
import type { StatsFigure } from './stats-figure.js';

/** What the element will draw, resolved from its attributes. Holds numbers only: text is made at render time, in the active locale. */
export type Figure =
  | { source: 'stat'; id: StatId; measure: Measure }
  | {
      source: 'custom';
      value: number;
      /** What a full bar stands for. */
      scale: number;
      /** Whether the scale was given (or implied by %), and so is worth labelling. */
      scaleShown: boolean;
      unit: string;
      label: string;
    };

export interface Problem {
  level: 'error' | 'warning';
  message: string;
}

interface Resolved {
  figure?: Figure;
  problems: Problem[];
}

/** Read the element's attributes into a figure and the problems with them. */
export function resolveFigure(input: Pick<StatsFigure, 'stat' | 'value' | 'max' | 'unit' | 'label'>): Resolved {
  const problems: Problem[] = [];
  // A removed attribute leaves null, an unset property undefined: both mean "not given".
  const hasStat = input.stat != null;
  const hasValue = input.value != null;

  if (hasStat) {
    const id = textOf(input.stat).trim();
    if (!isStatId(id)) {
      problems.push({ level: 'error', message: `stat ${quote(input.stat)} is not a known statistic; nothing is shown. Use one of: ${STAT_IDS.join(', ')}.` });
      return { problems };
    }
    const ignored = (['value', 'max', 'unit', 'label'] as const).filter((name) => input[name] != null);
    if (ignored.length) {
      problems.push({ level: 'warning', message: `stat ${quote(id)} is set, so ${ignored.join(', ')} ${ignored.length === 1 ? 'is' : 'are'} ignored; remove stat to draw a custom figure.` });
    }
    return { figure: { source: 'stat', id, measure: MEASURES[id] }, problems };
  }

  if (!hasValue) {
    problems.push({
      level: 'error',
      message: `neither stat nor value is set; nothing is shown. Use stat="…" with one of ${STAT_IDS.join(', ')}, or value="…" (with optional max, unit and label) for a custom figure.`,
    });
    return { problems };
  }

  const value = parseNumber(input.value);
  if (value === undefined) {
    problems.push({ level: 'error', message: `value ${quote(input.value)} is not a number; nothing is shown.${decimalHint(input.value)}` });
    return { problems };
  }

  const unit = textOf(input.unit);
  const isPercent = unit.trim() === '%';
  let scale: number | undefined;
  if (input.max != null) {
    const max = parseNumber(input.max);
    if (max !== undefined && max > 0) {
      scale = max;
    } else {
      const fallback = isPercent ? 'using 100' : 'the bar is drawn full';
      problems.push({ level: 'warning', message: `max ${quote(input.max)} is not a number above 0; ${fallback}.${decimalHint(input.max)}` });
    }
  }
  const scaleShown = scale !== undefined || isPercent;
  scale ??= isPercent ? 100 : Math.max(value, 0);

  if (value < 0) {
    problems.push({ level: 'warning', message: `value ${quote(input.value)} is negative; the number is shown, the bar is drawn empty.` });
  } else if (value > scale) {
    const limit = input.max != null && scale === parseNumber(input.max) ? `max ${quote(input.max)}` : `${scale}, the scale of a percentage`;
    problems.push({ level: 'warning', message: `value ${quote(input.value)} is larger than ${limit}; the number is shown, the bar is drawn full.` });
  }
  const label = textOf(input.label).trim();
  if (!label) {
    problems.push({ level: 'warning', message: `value ${quote(input.value)} has no label; add label="…" with a sentence that says what the number means.` });
  }
  return { figure: { source: 'custom', value, scale, scaleShown, unit: unit.trim(), label }, problems };
}

/** A finite number from an attribute, or undefined. `Number('')` is 0, so blank text is refused first. */
function parseNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const number = Number(raw.trim());
  return Number.isFinite(number) ? number : undefined;
}

/** Dutch authors write "3,1": say how to write it instead of only that it is wrong. */
function decimalHint(raw: unknown): string {
  return typeof raw === 'string' && /^\s*-?\d+,\d+\s*$/.test(raw) ? ` Write decimals with a dot: "${raw.trim().replace(',', '.')}".` : '';
}
