/**
 * A property's value as text. Attributes arrive as strings (or `null` when
 * removed), but a page's script may assign anything to the property: a number,
 * an array, an object without a prototype, one whose `toString` throws. This
 * never throws, so bad input is reported and never breaks an update.
 */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    try {
      // No usable toString: name its kind, which the caller then reports.
      return Object.prototype.toString.call(value);
    } catch {
      return '[unreadable value]';
    }
  }
}

/** For a reflected property: Lit's default passes the raw value to `setAttribute`, which throws where `String()` does. */
export const textConverter = {
  toAttribute: (value: unknown): string | null => (value === null || value === undefined ? null : textOf(value)),
};
