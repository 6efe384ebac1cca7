/** `<stats-figure>`'s styles: the headline, the drawing's bar, band, track and ticks, and a comparison's groups. */
import { css } from 'lit';
import { hostStyles, muted, primary, spacing } from '../styles/host.js';

const barColor = css`var(--hip-stats-figure-bar-color, ${primary})`;

export const styles = [
  hostStyles,
  css`
    figure {
      margin: 0;
      display: grid;
      gap: var(--hip-stats-figure-gap, calc(${spacing} / 2));
    }
    .value {
      margin: 0;
      font-size: var(--hip-stats-figure-value-size, 2.25rem);
      font-weight: 700;
      line-height: 1.1;
      font-variant-numeric: tabular-nums;
    }
    .scale {
      font-size: 1rem;
      font-weight: 400;
    }
    svg {
      display: block;
      inline-size: 100%;
      overflow: visible;
    }
    .track {
      fill: var(--hip-stats-figure-track-color, ${muted});
    }
    .bar {
      fill: ${barColor};
    }
    .band {
      fill: var(--hip-stats-figure-band-color, color-mix(in srgb, ${barColor} 35%, transparent));
      /* The outline keeps the band visible where its fill is close to the track's. */
      stroke: ${barColor};
      stroke-width: 1px;
    }
    .tick {
      stroke: currentColor;
      stroke-width: 1px;
    }
    .tick-label {
      fill: currentColor;
      font-size: 0.75rem;
    }
    .groups {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: calc(var(--hip-stats-figure-gap, calc(${spacing} / 2)) * 1.5);
    }
    .group {
      display: grid;
      grid-template-columns: auto 1fr;
      align-items: baseline;
      column-gap: 0.5em;
    }
    .group .value {
      font-size: calc(var(--hip-stats-figure-value-size, 2.25rem) * 0.6);
    }
    .group svg {
      grid-column: 1 / -1;
    }
    figcaption {
      margin: 0;
    }
    /*
     * Forced colours (Windows high contrast) leave SVG fills as authored: the
     * track would vanish into the visitor's background and the bar take a
     * colour they did not choose. Their system colours instead: an outlined
     * empty track, a solid bar, and a band that differs from both in fill.
     */
    @media (forced-colors: active) {
      rect {
        forced-color-adjust: none;
      }
      .track {
        fill: Canvas;
        stroke: CanvasText;
        stroke-width: 1px;
      }
      .bar {
        fill: Highlight;
      }
      .band {
        fill: GrayText;
        stroke: Highlight;
        stroke-width: 2px;
      }
    }
  `,
];
