/**
 * The one-script-tag entry. Importing it registers every element (guarded, so
 * a second copy of the script on the page does nothing). The classic bundle
 * exposes the same exports as the global `HipWidgets`.
 */
// First, before Lit loads: lets an element whose markup was pre-rendered with
// declarative shadow DOM (`npm run prerender`) hydrate that markup instead of
// rendering it again (docs/prerender.md).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export { HipConditionCard } from './elements/hip-condition-card.js';
export { SymptomChecklist } from './elements/symptom-checklist.js';
export { AppointmentCta } from './elements/appointment-cta.js';
export { StatsFigure } from './elements/stats-figure.js';
export { HipComplaintsSection } from './elements/hip-complaints-section.js';
export { HipChecklistChangeEvent, HipAppointmentClickEvent, type AppointmentChannel } from './events.js';
export { CONDITION_IDS, SYMPTOM_IDS, type ConditionId, type SymptomId } from './content/types.js';
export { STAT_IDS, type StatId } from './content/statistics.js';
export { allLocales, type Locale } from './localization.js';
export { type HipWidgetsConfig, type LocationConfig, type ReviewConfig, type ConfigProblem } from './config.js';

import { configure as configureHere, watchPageConfig, type ConfigProblem, type HipWidgetsConfig } from './config.js';
import { followDocumentLanguage, getLocale as getLocaleHere, setLocale as setLocaleHere } from './localization.js';
import { own } from './internal/own.js';

/**
 * The page's API, published by the first copy of the script on the page.
 *
 * A second copy (the script pasted twice, a theme and a plugin each loading
 * one, the module and the classic script) defines no element: the first copy's
 * elements are the ones on the page, and they read the first copy's locale and
 * config. But the second copy's exports are what the page may call: the classic
 * script overwrites `window.HipWidgets`. So each copy calls the first copy's
 * functions, found under a registry symbol, and only the first copy follows
 * `<html lang>` and reads the config scripts (no second download of a locale,
 * no second report of the same config mistake).
 */
interface PageApi {
  readonly setLocale: (locale: string | null | undefined) => Promise<void>;
  readonly getLocale: () => string;
  readonly configure: (config: HipWidgetsConfig | null | undefined) => ConfigProblem[];
}

const PAGE_API = Symbol.for('hip-widgets');

/** Own properties only, here and below: a polluted prototype must not pass for another copy's API. */
function isPageApi(value: unknown): value is PageApi {
  if (typeof value !== 'object' || value === null) return false;
  return typeof own(value, 'setLocale') === 'function' && typeof own(value, 'getLocale') === 'function' && typeof own(value, 'configure') === 'function';
}

function pageApi(): { api: PageApi; first: boolean } {
  const mine: PageApi = Object.freeze({ setLocale: setLocaleHere, getLocale: getLocaleHere, configure: configureHere });
  const registry = globalThis as { [PAGE_API]?: unknown };
  const existing = own(registry, PAGE_API);
  if (isPageApi(existing)) return { api: existing, first: false };
  try {
    Object.defineProperty(registry, PAGE_API, { value: mine, configurable: false, enumerable: false, writable: false });
  } catch {
    // A global that cannot take the property (frozen, or a copy raced us): this copy keeps to itself.
  }
  return { api: mine, first: true };
}

const { api, first } = pageApi();

/**
 * Show the widgets in `locale` (`'en'`, `'de-DE'`, …) whatever the page's
 * `lang` says; `setLocale(null)` follows the page again. Resolves when the
 * text has switched.
 */
export function setLocale(locale: string | null | undefined): Promise<void> {
  return api.setLocale(locale);
}

/** The locale the widgets show now. */
export function getLocale(): string {
  return api.getLocale();
}

/**
 * Set the page config from script (see config.ts): it replaces any
 * `<script data-hip-widgets-config>`; `configure(null)` hands the page back to
 * them. Never throws; returns the problems found in the config now in force.
 */
export function configure(config: HipWidgetsConfig | null | undefined): ConfigProblem[] {
  return api.configure(config);
}

if (first) {
  // The widgets speak the page's language from the start and follow it when it changes.
  followDocumentLanguage();
  // The practice's locations (and locale) from <script data-hip-widgets-config>: read now, at
  // DOMContentLoaded, and whenever a plugin adds one later.
  watchPageConfig();
}
