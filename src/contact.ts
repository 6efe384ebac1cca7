/**
 * A practice's contact details, read once for every place they come from: the
 * call to action's attributes (which a section passes on) and the page
 * config's locations. A phone number, a booking URL, an e-mail address: pure
 * functions, no DOM and no console, so every caller can decide how to report a
 * bad value; each failure carries a reason written for the agency developer who
 * has to fix it. Whether there is anything to offer a visitor is decided here
 * too ({@link offersContact}), so no element keeps its own rule for it.
 *
 * Phone numbers are shown as the practice wrote them ("020 123 4567") but
 * dialled in E.164 form (`tel:+31201234567`): a `tel:` link with a national
 * number only works from a phone in the same country, and the page is read by
 * visitors on foreign SIMs too.
 *
 * Where a template writes one of these as a link, internal/safe-url.ts checks
 * it once more: the parsers read input, that check guards the output.
 */

import { own } from './internal/own.js';

/** The outcome of reading one value: the cleaned value, or why it was refused. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface PhoneNumber {
  /** As the practice wrote it, trimmed: what the visitor reads. */
  display: string;
  /** `+` and digits only, e.g. `+31201234567`: what the phone dials. */
  e164: string;
  /** `tel:` link to {@link e164}. */
  href: string;
}

export interface EmailAddress {
  /** As the practice wrote it, trimmed. */
  display: string;
  /** `mailto:` link to the address. */
  href: string;
}

/** The ways to get in touch, each parsed; any may be missing. */
export interface ContactDetails {
  readonly bookingUrl?: string;
  readonly phone?: PhoneNumber;
  readonly email?: EmailAddress;
}

/** Whether the details give the visitor any way to get in touch: the one rule for "has contact". */
export function offersContact({ bookingUrl, phone, email }: ContactDetails): boolean {
  return !!(bookingUrl || phone || email);
}

export interface PhoneOptions {
  /**
   * Country calling code (digits, no `+`) for numbers written nationally, with a
   * leading trunk `0`. Default `31`, the Netherlands. Countries that keep the
   * `0` after the country code (Italy) are not supported as a default.
   */
  countryCode?: string;
}

const NETHERLANDS = '31';
const TOO_LONG = 40;
/** E.164 allows at most 15 digits; the shortest numbers in use (small island states) have 7. */
const E164_MAX_DIGITS = 15;
const E164_MIN_DIGITS = 7;
/**
 * What people put between digits: spaces (also the no-break and thin ones a CMS
 * editor inserts), hyphens and dashes, dots, slashes and parentheses.
 */
const SEPARATORS = ' \\u00a0\\u2009\\u202f\\-\\u2010\\u2011\\u2012\\u2013./()';
const PHONE_CHARACTERS = new RegExp(`^\\+?[0-9${SEPARATORS}]+$`);
const LETTER = /\p{L}/u;
/** Dutch numbers with a variable length: free (0800) and paid (0900, 0906, 0909) services, 4–7 digits after the prefix. */
const DUTCH_SERVICE_NUMBER = /^(800|90[069])\d{4,7}$/;

const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

/** `tel:`/`mailto:` written in front of the value: pasted from an existing link, harmless to accept. */
function withoutScheme(text: string, scheme: string): string {
  return text.slice(0, scheme.length).toLowerCase() === scheme ? text.slice(scheme.length).trim() : text;
}

/**
 * Read a phone number as a practice writes it. Accepts national (`020 123 4567`,
 * `06-12345678`, `(020) 123 45 67`) and international forms (`+31 20 123 4567`,
 * `0031 20 123 4567`, `+31 (0)20 123 4567`, `+32 2 123 45 67`).
 */
export function parsePhone(input: string, options: PhoneOptions = {}): Parsed<PhoneNumber> {
  // Own only: with a polluted Object.prototype, `{}` would seem to name a country.
  const countryCode = own(options, 'countryCode') ?? NETHERLANDS;
  const display = withoutScheme(input.trim(), 'tel:');
  if (!display) return fail('is empty');
  if (display.length > TOO_LONG) return fail(`is not a phone number: it is longer than ${TOO_LONG} characters`);
  if (LETTER.test(display)) return fail('is not a phone number: it contains letters');
  if (!PHONE_CHARACTERS.test(display)) {
    return fail('is not a phone number: only digits, a leading +, spaces, hyphens, dots, slashes and parentheses are allowed');
  }

  const digits = display.replace(/\D/g, '');
  let international: string;
  if (display.startsWith('+') || digits.startsWith('00')) {
    // "+44 (0)20 …" and "+31 (0)6 …": the bracketed trunk 0 is not dialled from abroad.
    const withoutTrunk = display.replace(/\(\s*0\s*\)/g, '').replace(/\D/g, '');
    international = display.startsWith('+') ? withoutTrunk : withoutTrunk.slice(2);
  } else if (digits.startsWith('0')) {
    international = countryCode + digits.slice(1);
  } else {
    return fail('is not a full phone number: write it with the area code (020 …) or the country code (+31 …)');
  }

  if (international.startsWith('0')) return fail('is not a phone number: a country code never starts with 0');
  if (international.startsWith(NETHERLANDS)) return dutchNumber(display, international.slice(NETHERLANDS.length));
  if (international.length < E164_MIN_DIGITS) return fail(`is not a phone number: it has ${international.length} digits with the country code, too few`);
  if (international.length > E164_MAX_DIGITS) return fail(`is not a phone number: it has ${international.length} digits with the country code, more than the 15 any number has`);
  return phoneNumber(display, international);
}

/** Dutch numbers have a fixed length, so a missing or extra digit (a typo) can be caught. */
function dutchNumber(display: string, national: string): Parsed<PhoneNumber> {
  // "+31 020 …": the trunk 0 written after the country code. No Dutch number
  // starts with 0 there, so dropping it is the only reading.
  const significant = national.startsWith('0') ? national.slice(1) : national;
  if (significant.length === 9 || DUTCH_SERVICE_NUMBER.test(significant)) return phoneNumber(display, NETHERLANDS + significant);
  const written = significant.length + 1;
  return fail(`is not a Dutch phone number: it has ${written} digits (counting the leading 0), a Dutch number has 10`);
}

function phoneNumber(display: string, digits: string): Parsed<PhoneNumber> {
  const e164 = `+${digits}`;
  return { ok: true, value: { display, e164, href: `tel:${e164}` } };
}

/**
 * Read the address of a web page a link goes to: an online booking page, a
 * source the review cites. Only absolute `http:`/`https:` URLs: a relative URL
 * would resolve against whatever CMS page the element is dropped on, and any
 * other scheme (`javascript:`, `data:`) is at best broken and at worst script
 * injection. Returns the URL as the browser would parse it.
 */
export function parseBookingUrl(input: string): Parsed<string> {
  const text = input.trim();
  if (!text) return fail('is empty');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('is not an absolute URL: write it in full, starting with https://');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail(`uses ${JSON.stringify(url.protocol)}, but only http: and https: links are allowed`);
  }
  // Credentials in a public link are either a leak or a phishing disguise.
  if (url.username || url.password) return fail('contains a user name or password; a public link must not');
  return { ok: true, value: url.href };
}

/**
 * The HTML standard's "valid e-mail address" (what `<input type=email>`
 * accepts), plus a dot in the domain: a practice's public address is never on a
 * bare host name, and a missing dot is the common typo.
 */
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

/** Read an e-mail address (`info@praktijk.nl`, or `mailto:info@praktijk.nl`). */
export function parseEmail(input: string): Parsed<EmailAddress> {
  const display = withoutScheme(input.trim(), 'mailto:');
  if (!display) return fail('is empty');
  if (!EMAIL.test(display)) return fail('is not an e-mail address (name@domain.nl)');
  // These are allowed in an address but mean something else in a mailto: URL (RFC 6068).
  const href = `mailto:${display.replace(/[%?#]/g, (character) => encodeURIComponent(character))}`;
  return { ok: true, value: { display, href } };
}
