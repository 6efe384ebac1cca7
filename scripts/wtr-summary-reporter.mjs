/**
 * A @web/test-runner reporter that writes the run's counts to a JSON file, so
 * `.ci/run` can print its closing `N passed, N failed` line without parsing the
 * default reporter's coloured output. It runs beside the default reporter.
 *
 * Counts are tests across all test files and browsers, and per browser (`browsers`);
 * `engines` names the engines the run was configured with. A test file whose
 * session failed without any failed test (it did not load, a hook threw, the
 * browser crashed) counts as one failed test, so such a failure can't hide. A
 * test that called `this.skip()` (it cannot measure in that engine) counts as
 * skipped, never as passed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Walks a mocha suite tree and adds its tests' outcomes to `counts` (and failed tests' names). */
function countSuite(suite, counts, path = []) {
  const here = suite?.name ? [...path, suite.name] : path;
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      counts.failedTests.push([...here, test.name].join(' > '));
    }
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts, here);
}

export function summarize(sessions, engines = []) {
  const summary = { passed: 0, failed: 0, skipped: 0, files: 0, engines, browsers: {}, failedFiles: [] };
  const files = new Set();
  for (const session of sessions) {
    files.add(session.testFile);
    const counts = { passed: 0, failed: 0, skipped: 0, failedTests: [] };
    countSuite(session.testResults, counts);
    // A session that failed but reported no failed test: count the file itself.
    if (session.passed === false && counts.failed === 0) counts.failed = 1;
    if (session.passed === false || counts.failed > 0) {
      summary.failedFiles.push({
        file: session.testFile,
        browser: session.browser?.name,
        tests: counts.failedTests,
        errors: (session.errors ?? []).map((error) => error.message),
      });
    }
    const browser = (summary.browsers[session.browser?.name ?? 'unknown'] ??= { passed: 0, failed: 0, skipped: 0 });
    for (const total of [summary, browser]) {
      total.passed += counts.passed;
      total.failed += counts.failed;
      total.skipped += counts.skipped;
    }
  }
  summary.files = files.size;
  return summary;
}

/**
 * @param {{ file?: string, engines?: string[] }} [options] where to write (default
 * `.tmp/test-summary.json`), and the engines the run is configured with
 */
export function summaryFileReporter({ file = '.tmp/test-summary.json', engines = [] } = {}) {
  const write = (sessions) => {
    const summary = { ...summarize(sessions, engines), finishedAt: new Date().toISOString() };
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  };
  return {
    onTestRunFinished({ sessions }) {
      write(sessions);
    },
    stop({ sessions }) {
      write(sessions);
    },
  };
}
