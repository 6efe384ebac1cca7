/**
 * Small helpers the stories share. Not a story file itself (the glob is
 * `*.stories.ts`).
 */
import { ifDefined } from 'lit/directives/if-defined.js';

/** An arg named after a CSS custom property (`--hip-…`): the docs table's "css custom properties" rows. */
export type CssPropertyArgs = { [name: `--${string}`]: string | undefined };

/**
 * The story's `style` attribute from the CSS custom property controls: only
 * the ones a designer filled in, so every other property keeps its default
 * (and the theme's tokens still apply).
 */
export function cssPropertiesStyle(args: object): ReturnType<typeof ifDefined> {
  const declarations = Object.entries(args)
    .filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value.trim() !== '')
    .map(([name, value]) => `${name}: ${(value as string).trim()}`);
  return ifDefined(declarations.length > 0 ? declarations.join('; ') : undefined);
}

/** The call to action's contact attributes, filled with example values (the links point to example.nl). */
export const EXAMPLE_CONTACT_ARGS = {
  'booking-url': 'https://example.nl/afspraak',
  phone: '020 123 4567',
  email: 'info@example.nl',
  'practice-name': 'Fysiotherapie Voorbeeld',
};

/** Text controls for `location` and the contact attributes, on the CTA and on the section that passes them on. */
export const CONTACT_ARG_TYPES = {
  location: { control: 'text' },
  'booking-url': { control: 'text' },
  phone: { control: 'text' },
  email: { control: 'text' },
  'practice-name': { control: 'text' },
} as const;

/** An attribute value from a text control: an empty field means "attribute not set". */
export function attr(value: string | number | undefined | null): ReturnType<typeof ifDefined> {
  return ifDefined(value === undefined || value === null || value === '' ? undefined : String(value));
}

/** The element a story rendered, after its first render: play functions work in its shadow root. */
export async function renderedElement<T extends HTMLElement & { updateComplete?: Promise<unknown> }>(canvasElement: HTMLElement, selector: string): Promise<T> {
  const element = canvasElement.querySelector<T>(selector);
  if (!element) throw new Error(`the story rendered no ${selector}`);
  await element.updateComplete;
  return element;
}

/**
 * What the smoke test (scripts/storybook-smoke.mjs) reads from a story's
 * parameters: console messages the story causes on purpose. Each entry is a
 * substring of one expected warning or error; the smoke test fails if one of
 * them does NOT appear too, so the list stays true.
 */
export interface SmokeParameters {
  smoke?: {
    expectConsole?: string[];
    /** false: the story shows no translated text (e.g. only the page's own label), so don't look for it. */
    localeProbe?: boolean;
    /** The story may show nothing at all. */
    allowEmpty?: boolean;
    /** Elements in the story that may render nothing (bad input they refuse). */
    allowEmptyElements?: string[];
  };
}
