/**
 * The console guard itself (test/helpers/console-guard.ts, loaded into every
 * test page by web-test-runner.config.mjs) and captureConsole()'s claims: a
 * captured error or warning nobody claimed is reported, a claim must match
 * message for message.
 */
import { expect } from '@open-wc/testing';
import { captureConsole } from './helpers/console.js';
import { consoleGuard, takeUnexpected } from './helpers/console-guard.js';

/** Runs `body` with the console captured and restored; returns the capture. */
function captured(body: (log: Console) => void) {
  const capture = captureConsole();
  try {
    body(console);
  } finally {
    capture.restore();
  }
  return capture;
}

describe('the console guard', () => {
  it('is installed on the test page', () => {
    expect(consoleGuard(), 'test/helpers/console-guard.ts loaded by testRunnerHtml').to.exist;
  });

  it('reports a captured error or warning that no claim took, and not an info note', () => {
    captured((log) => {
      log.error('an error');
      log.warn('a warning');
      log.info('a note');
    });
    expect(takeUnexpected()).to.deep.equal(['console.error (captured, not claimed): an error', 'console.warn (captured, not claimed): a warning']);
    expect(takeUnexpected(), 'each reported once').to.deep.equal([]);
  });

  it('reports a capture left active, and restores it', () => {
    const before = console.error;
    captureConsole();
    expect(console.error).not.to.equal(before);
    expect(takeUnexpected()).to.deep.equal(['captureConsole() was still active after the test: restore() it in the test or its afterEach']);
    expect(console.error).to.equal(before);
  });

  it('takes claims of the exact text, of fragments, and of a pattern, message for message', () => {
    const capture = captured((log) => {
      log.error('<x-y>: value "1" is bad.');
      log.error('<x-y>: value "2" is bad.');
      log.error('<x-y>: value "3" is bad.');
    });
    capture.claim('error', ['<x-y>: value "1" is bad.', ['<x-y>', '"2"'], /^<x-y>: value "3"/]);
    expect(takeUnexpected()).to.deep.equal([]);
  });

  it('fails a claim with a message too many, too few, or one that does not match, and still counts it claimed', () => {
    const capture = captured((log) => {
      log.warn('one');
      log.warn('two');
    });
    expect(() => capture.claim('warn', ['one'])).to.throw('expected 1 message(s)');
    captured((log) => log.warn('three'));
    const another = captured((log) => log.warn('four'));
    expect(() => another.claim('warn', ['four', 'five'])).to.throw('got 1');
    const third = captured((log) => log.warn('six'));
    expect(() => third.claim('warn', [['sev']])).to.throw('"six"');
    expect(takeUnexpected()).to.deep.equal(['console.warn (captured, not claimed): three']);
  });

  it('claims every message of a sweep with one form', () => {
    const capture = captured((log) => {
      log.error('<x-y>: a');
      log.error('<x-y>: b');
      log.error('something else');
    });
    expect(() => capture.claimEach('error', /^<x-y>: /)).to.throw('something else');
    const clean = captured((log) => {
      log.warn('<x-y>: a');
      log.warn('<x-y>: b');
    });
    expect(clean.claimEach('warn', /^<x-y>: /)).to.deep.equal(['<x-y>: a', '<x-y>: b']);
    expect(takeUnexpected()).to.deep.equal([]);
  });
});
