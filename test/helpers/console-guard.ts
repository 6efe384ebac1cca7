/**
 * Green must mean what it says: a console error or warning (Lit's dev-mode
 * warnings included) or an unhandled promise rejection during a test fails
 * that test, unless the test claimed exactly that message (captureConsole()
 * and its claim(), test/helpers/console.ts).
 *
 * web-test-runner.config.mjs loads this module into every test page before
 * the test framework, so it sees messages from the first import on, and then
 * calls failTestsThatLog() to add mocha's root hooks. A message logged outside
 * any test fails the next one; one logged after the last test fails the file.
 * Uncaught errors are mocha's own: it fails the running test.
 */

type Level = 'error' | 'warn';

/** What a capture tells the guard when the test ends. */
export interface GuardedCapture {
  restored: boolean;
  restore(): void;
  /** The error and warn messages it captured that the test did not claim. */
  unclaimed(): string[];
}

interface Ledger {
  /** Messages that reached the console itself (no capture took them). */
  logged: string[];
  captures: GuardedCapture[];
  rejections: PromiseRejectionEvent[];
}

/** The one message allowed everywhere: Lit's banner for its dev build, which the tests use on purpose. */
const ALLOWED: readonly RegExp[] = [/^Lit is in dev mode\b/];

/**
 * web-test-runner's own report of an unhandled rejection (@web/browser-logs): this line, then the
 * reason, both on console.error. The guard records the rejection itself, and leaves it out when a test
 * handled it with preventDefault(); the report is skipped, or that test could not.
 */
const WTR_REJECTION_REPORT = 'An error was thrown in a Promise outside a test. Did you forget to await a function or assertion?';

const KEY = Symbol.for('hip-widgets.console-guard');
type GuardGlobal = typeof globalThis & { [KEY]?: Ledger };

/** The page's ledger, or undefined on a page without the guard. Shared through a global: the module may load under two URLs. */
export function consoleGuard(): Ledger | undefined {
  return (globalThis as GuardGlobal)[KEY];
}

function install(): Ledger {
  const ledger: Ledger = { logged: [], captures: [], rejections: [] };
  (globalThis as GuardGlobal)[KEY] = ledger;
  let skipReason = false;
  for (const level of ['error', 'warn'] as Level[]) {
    const original = console[level];
    console[level] = function guarded(this: unknown, ...args: unknown[]) {
      const text = args.map(String).join(' ');
      const isReason = skipReason && level === 'error';
      skipReason = level === 'error' && text === WTR_REJECTION_REPORT;
      if (!skipReason && !isReason && !ALLOWED.some((allowed) => allowed.test(text))) ledger.logged.push(`console.${level}: ${text}`);
      return original.apply(this, args);
    };
  }
  // Kept as events: a test that expects a rejection calls preventDefault() on it, after this listener ran.
  window.addEventListener('unhandledrejection', (event) => ledger.rejections.push(event));
  return ledger;
}

const ledger = consoleGuard() ?? install();

/** Everything since the last call that the tests did not claim; restores captures left active. */
export function takeUnexpected(): string[] {
  const found: string[] = [];
  for (const capture of ledger.captures.splice(0)) {
    if (!capture.restored) {
      capture.restore();
      found.push('captureConsole() was still active after the test: restore() it in the test or its afterEach');
    }
    found.push(...capture.unclaimed());
  }
  found.push(...ledger.logged.splice(0));
  for (const event of ledger.rejections.splice(0)) {
    if (event.defaultPrevented) continue;
    const reason = event.reason as Error | undefined;
    found.push(`unhandled rejection: ${reason?.stack ?? reason?.message ?? String(reason)}`);
  }
  return found;
}

function report(found: string[]): Error {
  return new Error(`unexpected console output (claim it with captureConsole().claim(), or fix its cause):\n${found.join('\n')}`);
}

/**
 * Adds the root hooks to mocha's root suite when it starts running: after a test file's own root-level
 * hooks (one may restore a capture in its afterEach), so the check runs last. Call once, before mocha.run().
 *
 * @public Called from the test page that web-test-runner.config.mjs writes (knip cannot see that inline import).
 */
export function failTestsThatLog(mocha: { suite: Mocha.Suite; run(done?: (failures: number) => void): Mocha.Runner }): void {
  const run = mocha.run;
  mocha.run = function (this: unknown, ...args) {
    // An error handed to the hook's error() fails the test that just ran, without aborting the rest of
    // the suite as a throwing afterEach would (mocha's Runner#hook).
    mocha.suite.afterEach(function (this: Mocha.Context) {
      const found = takeUnexpected();
      if (found.length > 0) (this.test as Mocha.Hook).error(report(found));
    });
    mocha.suite.afterAll(function () {
      const found = takeUnexpected();
      if (found.length > 0) throw report(found);
    });
    return run.apply(this, args);
  };
}
