/**
 * The one allow-list for every URL an element writes into its shadow root.
 *
 * The parsers (phone.ts) read what a practice types; this is the last line of
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

/** Where a link may go: a booking page, a phone number, an e-mail address, a place on this page. */
export type UrlKind = 'web' | 'tel' | 'mailto' | 'fragment';

/** Absolute http(s) only: a relative URL resolves against whatever CMS page the element is on. */
const WEB = /^https?:\/\/[^\s]+$/i;
/** What parsePhone() writes: E.164, `+` and up to 15 digits. */
const TEL = /^tel:\+\d{1,15}$/;
/** What parseEmail() writes: an address whose `%`, `?` and `#` are escaped, so no header or body can follow. */
const MAILTO = /^mailto:[^\s?#@]+@[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/i;
/** An id in this shadow root. */
const FRAGMENT = /^#[a-z][\w-]*$/i;

const DESCRIPTIONS: Readonly<Record<UrlKind, string>> = Object.freeze({
  web: 'an absolute http(s) URL',
  tel: 'a tel: link to an international number',
  mailto: 'a mailto: link to an address',
  fragment: 'a #link within the element',
});

/** Whether `value` is a URL of `kind`. Never throws, whatever `value` is. */
export function isSafeUrl(value: unknown, kind: UrlKind): value is string {
  if (typeof value !== 'string') return false;
  switch (kind) {
    case 'web': {
      if (!WEB.test(value)) return false;
      try {
        // The browser's own reading: it drops tabs and newlines, so check what it would follow.
        const protocol = new URL(value).protocol;
        return protocol === 'https:' || protocol === 'http:';
      } catch {
        return false;
      }
    }
    case 'tel':
      return TEL.test(value);
    case 'mailto':
      return MAILTO.test(value);
    case 'fragment':
      return FRAGMENT.test(value);
    default:
      return false;
  }
}

/**
 * For a template's URL binding: `href=${safeUrl(TAG, 'booking', url, 'web')}`.
 * Returns `value` if it is a URL of `kind`, else `nothing` (the attribute is
 * left out) after a console error naming the element `tag`, the link `what`
 * and the value.
 */
export function safeUrl(tag: string, what: string, value: unknown, kind: UrlKind): string | typeof nothing {
  if (isSafeUrl(value, kind)) return value;
  reportError(tag, `the ${what} link's URL ${quote(value)} is not ${DESCRIPTIONS[kind]}; the link is shown without it.`);
  return nothing;
}
