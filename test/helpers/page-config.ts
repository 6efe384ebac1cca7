/** The example practice: two locations, one complete and one with a phone only. */
import type { HipWidgetsConfig, LocationConfig } from '../../src/config.js';

export const CENTRUM: LocationConfig = {
  id: 'centrum',
  name: 'Fysiotherapie Centrum',
  phone: '020 123 4567',
  email: 'centrum@example.nl',
  bookingUrl: 'https://example.nl/afspraak?loc=centrum',
};
export const NOORD: LocationConfig = { id: 'noord', name: 'Fysiotherapie Noord', phone: '+31 20 765 4321' };
/** CENTRUM's links as the call to action shows them: booking, phone, e-mail. */
export const CENTRUM_LINKS = ['https://example.nl/afspraak?loc=centrum', 'tel:+31201234567', 'mailto:centrum@example.nl'];
export const EXAMPLE: HipWidgetsConfig = { locale: 'nl', defaultLocation: 'centrum', locations: [CENTRUM, NOORD] };

/**
 * Make the document say it is still being parsed, as it is while a classic
 * script in <head> runs and the config script further down is not there yet.
 */
export function simulateParsing(): void {
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
}

/** Undo `simulateParsing()` (safe to call twice). */
export function stopSimulatingParsing(): void {
  delete (document as { readyState?: unknown }).readyState;
}

/** The parser reached the end: the document is interactive and DOMContentLoaded fires. */
export function finishParsing(): void {
  stopSimulatingParsing();
  document.dispatchEvent(new Event('DOMContentLoaded'));
}
