/**
 * Headings whose level the page chooses: a card dropped under an `h2` must use
 * `h3`, one under an `h3` must use `h4`, or the page's outline (what screen
 * reader users navigate by) breaks.
 */
import { html, type TemplateResult } from 'lit';
import { quote, reportWarning } from './report.js';
import { textOf } from './text.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Read a `heading-level` attribute; anything but 2–6 falls back with a warning. */
export function parseHeadingLevel(tag: string, value: unknown, fallback: HeadingLevel): HeadingLevel {
  // Blank is absent, as for the other attributes (a CMS fills an attribute with an empty field).
  if (textOf(value).trim() === '') return fallback;
  const level = Number(textOf(value));
  if (Number.isInteger(level) && level >= 2 && level <= 6) return level as HeadingLevel;
  reportWarning(tag, `heading-level ${quote(value)} is not a whole number from 2 to 6; using ${fallback}.`);
  return fallback;
}

/** One level deeper, stopping at 6 (HTML has no h7). */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

export function renderHeading(level: HeadingLevel, content: unknown, part: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part}>${content}</h6>`;
  }
}
