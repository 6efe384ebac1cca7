/**
 * The one-script-tag entry. Importing it registers every element (guarded, so
 * a second copy of the script on the page does nothing). The classic bundle
 * exposes the same exports as the global `HipWidgets`.
 */
export { HipConditionCard } from './elements/hip-condition-card.js';
export { SymptomChecklist } from './elements/symptom-checklist.js';
export { AppointmentCta } from './elements/appointment-cta.js';
export { StatsFigure } from './elements/stats-figure.js';
export { HipComplaintsSection } from './elements/hip-complaints-section.js';
export { HipChecklistChangeEvent, HipAppointmentClickEvent, type AppointmentChannel } from './events.js';
export { CONDITION_IDS, SYMPTOM_IDS, type ConditionId, type SymptomId } from './content/types.js';
export { STAT_IDS, type StatId } from './content/statistics.js';
export { setLocale, getLocale, allLocales, type Locale } from './localization.js';

import { followDocumentLanguage } from './localization.js';

// The widgets speak the page's language from the start and follow it when it changes.
followDocumentLanguage();

export { configure, type HipWidgetsConfig, type LocationConfig, type ConfigProblem } from './config.js';

import { watchPageConfig } from './config.js';

// The practice's locations (and locale) from <script data-hip-widgets-config>: read now, at
// DOMContentLoaded, and whenever a plugin adds one later.
watchPageConfig();
