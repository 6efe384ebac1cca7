/**
 * Styles every element shares. Fonts and colours inherit from the host page
 * (the theme's typography should carry into the widgets), and every knob reads
 * `var(--hip-<element>-<prop>, var(--hip-<token>, fallback))`, so a practice sets
 * its brand once on `:root`.
 *
 * Design tokens (set on `:root` or any ancestor):
 * - `--hip-color-primary`   accent: links, buttons, drawn bars (default: a blue, lighter on dark pages)
 * - `--hip-color-on-primary` text on the accent (default: white)
 * - `--hip-color-surface`   card background (default: transparent, the page shows through)
 * - `--hip-color-border`    hairlines (default: currentColor at 25 %)
 * - `--hip-color-muted`     secondary fills, e.g. the range part of a bar
 * - `--hip-font-family`     (default: inherit)
 * - `--hip-radius`          corner radius (default: 0.5rem)
 * - `--hip-spacing`         base spacing unit (default: 1rem)
 * - `--hip-line-height`     line height of the text (default: 1.5)
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--hip-font-family, inherit);
    color: inherit;
    /* The page may be dark or light; inherit the host page's scheme. */
    color-scheme: inherit;
    /*
     * The page's typography (font, size, colour, letter and word spacing) carries
     * into the widgets on purpose; these inherited properties would break their
     * layout instead: a theme's line-height: 3, white-space: nowrap (text runs
     * out of the widget), a first-line text-indent on every paragraph, label and
     * link, uppercase or justified body text. A theme's rule on \`*\` matches the
     * host itself and beats a plain :host rule; an !important :host rule wins
     * over every page rule. ::part() rules and --hip-line-height still apply.
     */
    line-height: var(--hip-line-height, 1.5) !important;
    white-space: normal !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-align: start !important;
    /* A very long word (a pasted URL, a name without spaces, a huge number) wraps instead of pushing the page sideways. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * Paper is white, whatever the page's screen theme: black text and the light
   * scheme's colours (a dark theme's light text and light accent would print
   * pale on white). A page's own rules on the element or its ::part()s still win.
   */
  @media print {
    :host {
      color: #000;
      color-scheme: light;
    }
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;

/**
 * The accent colour when the practice sets none: a blue with at least 4.5:1
 * contrast on white, and a lighter blue when the host page declares a dark
 * `color-scheme` (the dark blue is under 3:1 on a dark page).
 */
export const primary = css`var(--hip-color-primary, light-dark(#1d5fa8, #8ab8ff))`;
/** Text on the accent: white on the dark blue, near-black on the light blue of dark pages. */
export const onPrimary = css`var(--hip-color-on-primary, light-dark(#fff, #0b1b2e))`;
export const border = css`var(--hip-color-border, color-mix(in srgb, currentColor 25%, transparent))`;
export const muted = css`var(--hip-color-muted, color-mix(in srgb, currentColor 12%, transparent))`;
export const radius = css`var(--hip-radius, 0.5rem)`;
export const spacing = css`var(--hip-spacing, 1rem)`;
