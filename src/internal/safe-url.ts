/**
 * The one allow-list for every URL an element writes into its shadow root.
 *
 * The parsers (contact.ts) read what a practice types; this is the last line of
 * defence, where the template writes the attribute. Whatever a value went
 * through on the way (an attribute, a property set from script, the page config,
 * a location, a default, or a polluted `Object.prototype` read by mistake), a
 * link only ever points where its kind allows. Anything else is left out (Lit
 * removes the attribute, so the link goes nowhere and runs nothing) and the
 * console says which element, which link and what value.
 *
 * Every `href`, `src` or other URL binding in a template goes through
 * `safeUrl()`; an ESLint rule (scripts/eslint-safe-url.mjs) fails the lint for
 * one that does not.
 */
import { nothing } from 'lit';
import { quote, reportError } from './report.js';

/** Where a link may go: a booking page, a phone number, an e-mail address, a place in the element. */
export type UrlKind = 'http(s)' | 'tel:' | 'mailto:' | '#id';

/**
 * What each kind allows, anchored at both ends; no white space anywhere, so
 * nothing the browser strips (a tab in `java\tscript:`) can change the scheme.
 * - http(s): absolute http(s) only; a relative URL resolves against whatever CMS page the element is on.
 * - tel:: what parsePhone() writes, `+` and the digits of an international number.
 * - mailto:: what parseEmail() writes, one address, its `%`, `?` and `#` escaped, so no header or body follows.
 * - #id: an id in the element's own shadow root.
 */
const ALLOWED: Readonly<Record<UrlKind, RegExp>> = Object.freeze({
  'http(s)': /^https?:\/\/[^\s]+$/i,
  'tel:': /^tel:\+\d{1,15}$/,
  'mailto:': /^mailto:[^\s?#@,]+@[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/i,
  '#id': /^#[a-z][\w-]*$/i,
});

/** Whether `value` is a URL of `kind`. Never throws, whatever `value` is. */
export function isSafeUrl(value: unknown, kind: UrlKind): value is string {
  return typeof value === 'string' && ALLOWED[kind].test(value);
}

/**
 * For a template's URL binding: `href=${safeUrl(TAG, 'booking', url, 'http(s)')}`.
 * Returns `value` if it is a URL of `kind`, else `nothing` (the attribute is
 * left out) after a console error naming the element `tag`, the link `what`
 * and the value.
 */
export function safeUrl(tag: string, what: string, value: unknown, kind: UrlKind): string | typeof nothing {
  if (isSafeUrl(value, kind)) return value;
  reportError(tag, `the ${what} link's URL ${quote(value)} is not a ${kind} URL; the link is shown without it.`);
  return nothing;
}
