/**
 * The call to action's pure helpers (no element state): reading a contact
 * attribute, what a bad one leads to, and the words of its links. The parsing
 * itself, and the rule for whether there is anything to offer, are in
 * contact.ts.
 */
import { msg, str } from '@lit/localize';
import { nothing } from 'lit';
import type { PracticeLocation } from '../config.js';
import type { Parsed } from '../contact.js';
import { quote, reportWarning } from '../internal/report.js';
import { textOf } from '../internal/text.js';

/** The tag, for console messages; the element's decorator repeats it as a literal so the manifest analyzer can read it. */
export const TAG = 'appointment-cta';

/** Attribute values arrive as strings, `null` when removed, or anything when set from script. */
export function attributeText(value: unknown): string {
  return textOf(value).trim();
}

/**
 * Read one contact attribute. Absent or blank is not an error (every channel is
 * optional); a value that does not parse is reported, naming it, and left out.
 */
export function readContact<T>(attribute: string, value: unknown, parse: (text: string) => Parsed<T>, consequence: string): T | undefined {
  const text = attributeText(value);
  if (!text) return undefined;
  const result = parse(text);
  if (result.ok) return result.value;
  reportWarning(TAG, `${attribute} ${quote(text)} ${result.reason}; ${consequence}`);
  return undefined;
}

/** What happens to a bad attribute: the location's own value is used, if it has one. */
export function fallback(location: PracticeLocation | undefined, value: unknown, what: string, otherwise: string): string {
  return location && value ? `the ${what} of location ${quote(location.id)} from the page config is used instead.` : otherwise;
}

/** The two links that show their value (the number, the address) after a lead text. */
export type ContactChannel = 'phone' | 'email';

/**
 * A phone or e-mail link's words: the visible lead text, and with the
 * practice's name known, the accessible name (a pair: the element's template
 * takes them apart). That name contains the visible
 * text and the value unbroken, so a voice-control user can say what they see
 * ("click Of bel meteen"); the practice's name goes after it.
 */
export function contactLinkWords(channel: ContactChannel, value: string, name: string): [lead: string, label: string | typeof nothing] {
  // The placeholders keep the names the translators saw (xliff/ stores them): number, address.
  if (channel === 'phone') {
    const number = value;
    return [
      msg('Of bel meteen', { id: 'appointment-cta.phone' }),
      name
        ? msg(str`Of bel meteen ${number} van ${name}`, {
            id: 'appointment-cta.phone-at',
            desc: 'Accessible name of the phone link when the practice name is known. Must contain the visible text (appointment-cta.phone, then the number) unbroken.',
          })
        : nothing,
    ];
  }
  const address = value;
  return [
    msg('Of mail naar', { id: 'appointment-cta.email', desc: 'Followed by the e-mail address.' }),
    name
      ? msg(str`Of mail naar ${address} van ${name}`, {
          id: 'appointment-cta.email-at',
          desc: 'Accessible name of the e-mail link when the practice name is known. Must contain the visible text (appointment-cta.email, then the address) unbroken.',
        })
      : nothing,
  ];
}
