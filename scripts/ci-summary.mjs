#!/usr/bin/env node
/**
 * The closing lines of `.ci/run`: the engines the browser tests ran in with each
 * browser's counts, then one line `N passed, N failed[, N skipped]` that adds up
 * the three summaries the steps write (the test runner's summary reporter,
 * scripts/storybook-smoke.mjs, scripts/wordpress/test-wordpress.sh). Exits with
 * the run's status.
 *
 * The rules, so that no failure can hide:
 * - the browser tests ran in fewer engines than `--engines`: one more failure;
 * - a step failed without a failed test (install, lint, typecheck, build, the
 *   Storybook build, WordPress setup; its summary missing or all green): one failure;
 * - the status is the first failing step's, or 1 when only a count failed.
 *
 *   node scripts/ci-summary.mjs --engines chromium,firefox,webkit \
 *     --browser .tmp/test-summary.json --status N \
 *     [--storybook .tmp/storybook-smoke.json --storybook-status N \
 *      --wordpress .tmp/wordpress-summary.json --wordpress-status N]
 *
 * `--status` is the install's and `npm test`'s; the Storybook and WordPress
 * steps are left out when the install failed (they did not run).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    engines: { type: 'string' },
    browser: { type: 'string' },
    status: { type: 'string', default: '0' },
    storybook: { type: 'string' },
    'storybook-status': { type: 'string', default: '0' },
    wordpress: { type: 'string' },
    'wordpress-status': { type: 'string', default: '0' },
  },
});

/** A summary file's JSON, or undefined when the step did not get as far as writing it. */
function readSummary(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

let status = Number(args.status);
let passed = 0;
let failed = 0;
let skipped = 0;
const enginesReport = [];

const browser = readSummary(args.browser);
if (browser) {
  const engines = browser.engines ?? [];
  passed = browser.passed | 0;
  failed = browser.failed | 0;
  skipped = browser.skipped | 0;
  enginesReport.push(`engines: ${engines.join(', ') || 'none'}`);
  for (const [name, counts] of Object.entries(browser.browsers ?? {})) {
    enginesReport.push(`  ${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
  if (engines.join(',') !== args.engines) {
    console.error(`ci: the browser tests did not run in every engine (${args.engines})`);
    failed += 1;
  }
} else {
  enginesReport.push('engines: none (the browser tests did not run)');
}
if (status !== 0 && failed === 0) failed = 1;

// The other two steps: their counts added, a failure before counting is one, and their status kept when the first had none.
for (const [file, stepStatus] of [
  [args.storybook, Number(args['storybook-status'])],
  [args.wordpress, Number(args['wordpress-status'])],
]) {
  if (file === undefined) continue;
  const summary = readSummary(file);
  const stepPassed = summary?.passed | 0;
  let stepFailed = summary?.failed | 0;
  if (stepStatus !== 0 && stepFailed === 0) stepFailed = 1;
  if (stepStatus !== 0 && status === 0) status = stepStatus;
  passed += stepPassed;
  failed += stepFailed;
}
if (failed > 0 && status === 0) status = 1;

console.log();
console.log(enginesReport.join('\n'));
console.log(skipped > 0 ? `${passed} passed, ${failed} failed, ${skipped} skipped` : `${passed} passed, ${failed} failed`);
process.exitCode = status;
