/**
 * The page config in stories: example locations, and a `beforeEach` that sets
 * the config for one story and hands the page back afterwards.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { configure, type HipWidgetsConfig, type LocationConfig, type ReviewConfig } from '../src/index.js';

/**
 * Example locations. In a real page they come from
 * `<script type="application/json" data-hip-widgets-config>` or
 * `HipWidgets.configure({…})`.
 */
export const EXAMPLE_LOCATIONS: LocationConfig[] = [
  { id: 'centrum', name: 'Fysiotherapie Centrum', phone: '020 123 4567', email: 'centrum@example.nl', bookingUrl: 'https://example.nl/afspraak/centrum' },
  { id: 'noord', name: 'Fysiotherapie Noord', phone: '020 765 4321', bookingUrl: 'https://example.nl/afspraak/noord' },
  { id: 'zuid', name: 'Fysiotherapie Zuid', phone: '+31 20 555 0101', email: 'zuid@example.nl' },
];

/**
 * An example review record of the page's medical content, as the page config's
 * `review` (docs/review-record.md): shown at the end of the section.
 */
export const EXAMPLE_REVIEW: ReviewConfig = {
  reviewed: '2026-03-12',
  nextReview: '2027-03-12',
  reviewedBy: 'M. de Vries, fysiotherapeut',
  sources: [
    { title: 'Richtlijn heupklachten (voorbeeld)', url: 'https://example.nl/bronnen/richtlijn-heupklachten' },
    { title: 'Folder heupartrose voor patiënten (voorbeeld)', url: 'https://example.nl/bronnen/folder-heupartrose' },
    { title: 'Leerboek fysiotherapie bij heupklachten (voorbeeld, zonder link)' },
  ],
};

/** The location ids, with '' for "none chosen", for a `location` select control. */
export const LOCATION_OPTIONS = ['', ...EXAMPLE_LOCATIONS.map((location) => location.id)];

/**
 * The page config is one per page, like the language: a story that needs one
 * sets it before it renders and hands the page back when it is left. Such
 * stories are kept off the docs pages (`tags: ['!autodocs']`), where all
 * stories share one page and so would share one config.
 */
export function withPageConfig(config: HipWidgetsConfig): NonNullable<StoryObj['beforeEach']> {
  return ({ canvasElement }) => {
    configure(config);
    return () => {
      // Storybook runs this before it removes the story: take the elements away first, so
      // they don't react to the config's removal (with a "no contact details" warning).
      canvasElement.replaceChildren();
      configure(null);
    };
  };
}
