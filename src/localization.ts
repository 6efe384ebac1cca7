/**
 * The only caller of `configureLocalization`. @lit/localize allows one call per
 * page, so every element and the content read the active locale from here.
 *
 * Dutch (`nl`) is the source locale: the strings in the source code are the
 * practice's own text. Target locales are added by the translations work; until
 * then the list is empty and `msg()` returns the Dutch source.
 */
import { configureLocalization } from '@lit/localize';

export const sourceLocale = 'nl';
export const targetLocales: readonly string[] = [];

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  // No target locale exists yet, so nothing is ever loaded.
  loadLocale: (locale: string) => Promise.reject(new Error(`hip-widgets: no translations for "${locale}"`)),
});

export { getLocale, setLocale };
