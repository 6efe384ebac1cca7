/**
 * WCAG 2 contrast, measured on colours as the engine computes them: a focus
 * ring's colour against the background it is drawn on.
 */

/** sRGB channels 0–255 and alpha 0–1. */
export type Rgba = readonly [number, number, number, number];

export const WHITE: Rgba = [255, 255, 255, 1];

let context: CanvasRenderingContext2D | undefined;

/**
 * Any colour the engine can compute (`rgb()`, `color(srgb …)`, `oklch()`…) as
 * sRGB bytes: a canvas parses it as the engine's CSS does, and paints it.
 */
export function toRgba(color: string): Rgba {
  if (!context) {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    context = canvas.getContext('2d', { willReadFrequently: true })!;
  }
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = 'transparent';
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (index: number) => Math.round(top[index] * top[3] + bottom[index] * (1 - top[3]));
  return [mix(0), mix(1), mix(2), 1];
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function relativeLuminance([r, g, b]: Rgba): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio, 1 to 21, of two opaque colours. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The element around `node`, through shadow roots to their hosts. */
function parentOf(node: Element): Element | null {
  return node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
}

/**
 * What shows around `element` (a focus ring outside it is drawn on this): the
 * backgrounds of its ancestors, through shadow hosts, painted over one another
 * down to the first opaque one, on `page` (the canvas, white by default).
 */
export function backgroundAround(element: Element, page: Rgba = WHITE): Rgba {
  const layers: Rgba[] = [];
  for (let node = parentOf(element); node; node = parentOf(node)) {
    const color = toRgba(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] === 1) break;
  }
  return layers.reduceRight((below, layer) => over(layer, below), page);
}

export interface Ring {
  /** `outline` or `box-shadow`, or `none`. */
  kind: 'outline' | 'box-shadow' | 'none';
  style: string;
  width: number;
  color: Rgba;
}

/** The focus indicator drawn around `element` now: its outline, else a box-shadow ring (its spread). */
export function focusRing(element: Element): Ring {
  const style = getComputedStyle(element);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) {
    return { kind: 'outline', style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: toRgba(style.outlineColor) };
  }
  // Computed as "<colour> <x> <y> <blur> <spread>", the colour first in every engine.
  const shadow = /^((?:rgba?|color)\([^)]*\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+(-?[\d.]+)px/.exec(style.boxShadow);
  if (shadow) return { kind: 'box-shadow', style: 'solid', width: parseFloat(shadow[5]), color: toRgba(shadow[1]) };
  return { kind: 'none', style: 'none', width: 0, color: [0, 0, 0, 0] };
}
