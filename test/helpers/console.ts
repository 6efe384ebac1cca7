/**
 * Captures console messages during a test, so a test can assert that bad input
 * was reported (and what the message named) without flooding the runner's log.
 *
 * Capturing is not permission: every error and warning captured must be
 * claimed with claim(), one entry per message, or the test fails
 * (test/helpers/console-guard.ts). Info notes need no claim.
 */
import { consoleGuard, type GuardedCapture } from './console-guard.js';

export type Level = 'error' | 'warn' | 'info';

/** A message a test expects: its exact text, a RegExp it matches, or fragments it contains, every one. */
type ExpectedMessage = string | RegExp | readonly string[];

/** Claims over console messages something records: a capture, or a page in an iframe (test/helpers/page.ts). */
export interface ConsoleClaims {
  /** Every message recorded so far, per level, claimed or not. */
  readonly messages: Readonly<Record<Level, readonly string[]>>;
  /**
   * Claims the `level` messages logged since this level's previous claim:
   * exactly one per entry of `expected`, in order, each matching its entry.
   * Throws (fails the test) otherwise; `claim(level, [])` says there were none.
   */
  claim(level: Level, expected: readonly ExpectedMessage[]): void;
  /**
   * Claims the `level` messages logged since this level's previous claim, however many, each of
   * which must match `expected` (for a sweep of values whose every report has one form); returns them.
   */
  claimEach(level: Level, expected: ExpectedMessage): string[];
}

export interface ConsoleCapture extends ConsoleClaims {
  restore(): void;
}

function matches(message: string, expected: ExpectedMessage): boolean {
  if (typeof expected === 'string') return message === expected;
  if (expected instanceof RegExp) return expected.test(message);
  return (expected as readonly string[]).every((fragment) => message.includes(fragment));
}

const show = (expected: ExpectedMessage) => (expected instanceof RegExp ? String(expected) : JSON.stringify(expected));

/**
 * Claims over `messages`, which something else fills; registered with the guard, which reports the
 * errors and warnings left unclaimed at the end of the test as `console.<level> (<where>, not claimed)`.
 */
export function claimsOver(messages: Record<Level, string[]>, where: string): ConsoleClaims & GuardedCapture {
  const claimed: Record<Level, number> = { error: 0, warn: 0, info: 0 };
  const claims: ConsoleClaims & GuardedCapture = {
    messages,
    restored: true,
    claim(level, expected) {
      const fresh = messages[level].slice(claimed[level]);
      claimed[level] = messages[level].length;
      const ok = fresh.length === expected.length && fresh.every((message, index) => matches(message, expected[index]));
      if (!ok) {
        throw new Error(`console.${level} (${where}): expected ${expected.length} message(s) [${expected.map(show).join(', ')}], got ${fresh.length}: ${JSON.stringify(fresh, null, 2)}`);
      }
    },
    claimEach(level, expected) {
      const fresh = messages[level].slice(claimed[level]);
      claims.claim(level, fresh.map(() => expected));
      return fresh;
    },
    unclaimed() {
      return (['error', 'warn'] as const).flatMap((level) => messages[level].slice(claimed[level]).map((message) => `console.${level} (${where}, not claimed): ${message}`));
    },
    restore() {},
  };
  consoleGuard()?.captures.push(claims);
  return claims;
}

export function captureConsole(): ConsoleCapture {
  const originals = { error: console.error, warn: console.warn, info: console.info };
  const messages: Record<Level, string[]> = { error: [], warn: [], info: [] };
  for (const level of Object.keys(originals) as Level[]) {
    console[level] = (...args: unknown[]) => {
      messages[level].push(args.map(String).join(' '));
    };
  }
  const capture = claimsOver(messages, 'captured');
  capture.restored = false;
  capture.restore = () => {
    Object.assign(console, originals);
    capture.restored = true;
  };
  return capture;
}
