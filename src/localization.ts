/**
 * The only caller of `configureLocalization`: @lit/localize allows one call per
 * page, so the locale is one global for every widget on the page.
 *
 * Which locale is active, strongest first:
 *   1. `setLocale('en')` from the page's own script (the JS API),
 *   2. `"locale"` in the page config (see config.ts),
 *   3. the page's `<html lang>`, followed live: a multilingual plugin that
 *      switches `lang` after load switches the widgets too.
 * Region variants map to their language (`nl-BE` → `nl`, `en-GB` → `en`); a
 * language the library has no translation for falls back to Dutch, the source
 * locale, with one console note per value.
 *
 * Only Dutch is in the bundle. The other locales are small modules next to the
 * script (`locales/en.js`), loaded on first use relative to the script's own
 * URL, so a Dutch page downloads nothing more; or from the page config's
 * `localesUrl` when it has one, because an optimizer that serves the script
 * from a combined or minified copy elsewhere leaves no `locales/` beside it
 * (the WordPress plugin sets it). If one fails to load, the Dutch text stays
 * and the console says why.
 */
import { configureLocalization } from '@lit/localize';
import { errorText, quote } from './internal/report.js';
import { textOf } from './internal/text.js';

/** Every locale the widgets speak; Dutch is the source. Kept in step with lit-localize.json by a test. */
export const allLocales = ['nl', 'en', 'de', 'fr'] as const;
export type Locale = (typeof allLocales)[number];
const sourceLocale: Locale = 'nl';
const targetLocales = allLocales.filter((locale) => locale !== sourceLocale);

/**
 * The script's own URL, read once while the script runs: in the ES bundle it is
 * `import.meta.url`; rollup turns that into `document.currentScript.src` for the
 * classic bundle, which is only set during that first run.
 */
const SCRIPT_URL = import.meta.url;

/** The page config's `localesUrl`, checked by config.ts (absolute, same origin, ending in `/`), or undefined. */
let localesUrl: string | undefined;

/** Where a target locale's module lives: in the page config's `localesUrl`, else beside the script that loaded the widgets. */
export function localeModuleUrl(locale: string): string {
  const base = localesUrl ?? SCRIPT_URL;
  const url = new URL(`${localesUrl ? '' : 'locales/'}${locale}.js`, base);
  // Carry the cache-buster (WordPress adds `?ver=…` to the script and to localesUrl) over to the
  // file, so an updated bundle never pairs with a cached locale of an older build.
  url.search = new URL(base).search;
  return url.href;
}

const { getLocale, setLocale: activateLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => import(/* @vite-ignore */ localeModuleUrl(locale)),
});

export { getLocale };

/** Map a BCP 47 tag (`nl-BE`, `EN_gb`, `fr`) to a locale the widgets speak, or undefined. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const language = (typeof tag === 'string' ? tag : '').trim().toLowerCase().split(/[-_]/)[0];
  return (allLocales as readonly string[]).includes(language) ? (language as Locale) : undefined;
}

/** What each source asks for; `undefined` means "no preference". No prototype: a polluted `Object.prototype.api` is no request. */
const requested: { api?: string; config?: string } = Object.create(null);
const notedUnsupported = new Set<string>();

/** The page's language as the document says it. */
function documentLanguage(): string | undefined {
  return typeof document === 'undefined' ? undefined : document.documentElement.lang || undefined;
}

/** The locale the page asks for now, by the precedence above. */
function preferredLocale(): Locale {
  const [origin, wanted] =
    requested.api !== undefined ? ['setLocale()', requested.api] : requested.config !== undefined ? ['the page config "locale"', requested.config] : ['<html lang>', documentLanguage()];
  if (!wanted) return sourceLocale;
  const locale = matchLocale(wanted);
  if (locale) return locale;
  const key = `${origin}|${wanted}`;
  if (!notedUnsupported.has(key)) {
    notedUnsupported.add(key);
    console.info(`hip-widgets: ${origin} asks for language ${quote(wanted)}, which the widgets do not have (${allLocales.join(', ')}); showing Dutch.`);
  }
  return sourceLocale;
}

let pending: Promise<void> = Promise.resolve();
/** The language file that failed to load last: not tried, nor reported, again while nothing else was asked for (the config and `<html lang>` both ask). */
let failed: string | undefined;

/** Bring the active locale in line with the preference. Resolves once it is shown (or has failed and Dutch stayed). */
export function syncLocale(): Promise<void> {
  const locale = preferredLocale();
  // Chain switches so a quick nl → en → de sequence ends on the last one asked for.
  pending = pending.then(async () => {
    const url = localeModuleUrl(locale);
    if ((getLocale() === locale && preferredLocale() === locale) || failed === url) return;
    try {
      await activateLocale(locale);
    } catch (error) {
      failed = url;
      // Beside the script is where they are unless something moved the script: say what to set then.
      const hint = localesUrl ? '' : ' Script moved? Set "localesUrl" in the page config.';
      console.warn(`hip-widgets: could not load the "${locale}" translations from ${url} (${errorText(error)}); the text stays in ${getLocale()}.${hint}`);
    }
  });
  return pending;
}

/**
 * Show the widgets in `locale` (`'en'`, `'de-DE'`, …) whatever the page's
 * `lang` says; `setLocale(null)` follows the page again. Resolves when the
 * text has switched.
 */
export function setLocale(locale: string | null | undefined): Promise<void> {
  // From a page's script it may be anything (a number, an object): as text it is judged, and reported, like any other tag.
  requested.api = locale === null || locale === undefined ? undefined : textOf(locale);
  return syncLocale();
}

/**
 * Called by the page config whenever it is read: its `locale` sits between the JS API and
 * `<html lang>`, and only a change of it does anything; its `localesUrl` says where language
 * files load from from now on. A load that already failed is not tried again: @lit/localize
 * answers the same locale with the same rejection, and the page config is on the page before the
 * module runs (the WordPress plugin prints it in the footer).
 */
export function setConfigLocale(locale: string | undefined, base?: string): Promise<void> {
  localesUrl = base;
  if (requested.config === locale) return pending;
  requested.config = locale;
  return syncLocale();
}

/** Follow `<html lang>` for the life of the page. Started once by the entry module. */
export function followDocumentLanguage(): void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  new MutationObserver(() => void syncLocale()).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  void syncLocale();
}
