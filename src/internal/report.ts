/**
 * Console messages for bad input. They name the element and the value, because
 * the person reading them is an agency developer looking at someone else's
 * page, who needs to find which tag on the page is wrong.
 */
import { textOf } from './text.js';

export function reportError(tag: string, message: string): void {
  console.error(`<${tag}>: ${message}`);
}

export function reportWarning(tag: string, message: string): void {
  console.warn(`<${tag}>: ${message}`);
}

/** What went wrong, as text: an Error's message, anything else as text (never `.message` of a string, which a polluted prototype could supply). Never throws. */
export function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}

/** Quote a value for a message, shortened so a 10,000-character attribute does not flood the console. */
export function quote(value: unknown): string {
  const text = value === null || value === undefined ? String(value) : textOf(value);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}
