/**
 * Styles every element shares. Fonts and colours inherit from the host page
 * (the theme's typography should carry into the widgets), and every knob reads
 * `var(--hip-<element>-<prop>, var(--hip-<token>, fallback))`, so a practice sets
 * its brand once on `:root`.
 *
 * Design tokens (set on `:root` or any ancestor):
 * - `--hip-color-primary`   accent: links, buttons, drawn bars (default: `currentColor`-based blue)
 * - `--hip-color-on-primary` text on the accent (default: white)
 * - `--hip-color-surface`   card background (default: transparent, the page shows through)
 * - `--hip-color-border`    hairlines (default: currentColor at 25 %)
 * - `--hip-color-muted`     secondary fills, e.g. the range part of a bar
 * - `--hip-font-family`     (default: inherit)
 * - `--hip-radius`          corner radius (default: 0.5rem)
 * - `--hip-spacing`         base spacing unit (default: 1rem)
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--hip-font-family, inherit);
    line-height: 1.5;
    color: inherit;
    /* The page may be dark or light; inherit the host page's scheme. */
    color-scheme: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;

/** The accent colour. A blue that reads on white and dark grounds when nothing is set. */
export const primary = css`var(--hip-color-primary, #1d5fa8)`;
export const onPrimary = css`var(--hip-color-on-primary, #fff)`;
export const border = css`var(--hip-color-border, color-mix(in srgb, currentColor 25%, transparent))`;
export const muted = css`var(--hip-color-muted, color-mix(in srgb, currentColor 12%, transparent))`;
export const radius = css`var(--hip-radius, 0.5rem)`;
export const spacing = css`var(--hip-spacing, 1rem)`;

/** A visually hidden text for screen readers only. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
