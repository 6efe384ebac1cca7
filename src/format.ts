/**
 * Locale-aware number formatting through `Intl.NumberFormat`. Ranges are joined
 * with an en dash and the unit written once ("22–30 %"), the way the practice's
 * page writes them, rather than ICU's per-locale range patterns ("22% - 30%" in
 * Dutch), which read poorly in running text.
 */
import { msg, str } from '@lit/localize';
import type { Amount } from './content/types.js';
import { getLocale } from './localization.js';

const NO_BREAK_SPACE = '\u00a0';
const RANGE_DASH = '–';

/**
 * Languages whose house style puts a space before the percent sign. CLDR writes
 * Dutch as "3,1%"; the practice's page (and its brief) writes "3,1 %", so Dutch
 * follows the page. German and French already have the space in CLDR.
 */
const SPACED_PERCENT_LANGUAGES = new Set(['nl', 'de', 'fr']);

// Intl formatters are costly to build and a section formats dozens of numbers per render.
const formatters = new Map<string, Intl.NumberFormat>();

function cachedFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

function numberFormat(locale: string): Intl.NumberFormat {
  return cachedFormat(locale, { maximumFractionDigits: 1 });
}

function language(locale: string): string {
  return locale.toLowerCase().split('-')[0];
}

export function isRange(amount: Amount): amount is { min: number; max: number } {
  return typeof amount === 'object';
}

/** The larger end of an amount: what a drawing must have room for. */
export function upperBound(amount: Amount): number {
  return isRange(amount) ? amount.max : amount;
}

/** "17.900" in Dutch, "17,900" in English; at most one decimal. */
export function formatNumber(value: number, locale = getLocale()): string {
  return numberFormat(locale).format(value);
}

/** "22–30" or "3,1": the bare number(s) of an amount. */
export function formatAmount(amount: Amount, locale = getLocale()): string {
  return isRange(amount)
    ? `${formatNumber(amount.min, locale)}${RANGE_DASH}${formatNumber(amount.max, locale)}`
    : formatNumber(amount, locale);
}

/** "3,1 %", "22–30 %" (nl), "3.1%" (en). */
export function formatPercent(amount: Amount, locale = getLocale()): string {
  const space = SPACED_PERCENT_LANGUAGES.has(language(locale)) ? NO_BREAK_SPACE : '';
  return `${formatAmount(amount, locale)}${space}%`;
}

/** "20–50 jaar": the unit word comes from Intl, so it is right in every locale. */
export function formatYears(amount: Amount, locale = getLocale()): string {
  const years = cachedFormat(locale, { style: 'unit', unit: 'year', unitDisplay: 'long', maximumFractionDigits: 1 });
  if (!isRange(amount)) return years.format(amount);
  // Format the upper end with its unit and put the lower end in front of it.
  const upper = years.format(amount.max);
  const upperNumber = formatNumber(amount.max, locale);
  return upper.replace(upperNumber, `${formatNumber(amount.min, locale)}${RANGE_DASH}${upperNumber}`);
}

/** "0,6 per 1.000", "2–10 per 100.000". */
export function formatRate(amount: Amount, per: number, locale = getLocale()): string {
  const value = formatAmount(amount, locale);
  const base = formatNumber(per, locale);
  return msg(str`${value} per ${base}`, { id: 'format.rate', desc: 'A rate: cases per 1,000 or per 100,000 people.' });
}

/** "5×": a relative frequency. */
export function formatTimes(value: number, locale = getLocale()): string {
  return `${formatNumber(value, locale)}×`;
}
