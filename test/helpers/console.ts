/**
 * Captures console messages during a test, so a test can assert that bad input
 * was reported (and what the message named) without flooding the runner's log.
 */
type Level = 'error' | 'warn' | 'info';

export interface ConsoleCapture {
  messages: Record<Level, string[]>;
  restore(): void;
}

export function captureConsole(): ConsoleCapture {
  const originals = { error: console.error, warn: console.warn, info: console.info };
  const messages: Record<Level, string[]> = { error: [], warn: [], info: [] };
  for (const level of Object.keys(originals) as Level[]) {
    console[level] = (...args: unknown[]) => {
      messages[level].push(args.map(String).join(' '));
    };
  }
  return {
    messages,
    restore() {
      Object.assign(console, originals);
    },
  };
}
