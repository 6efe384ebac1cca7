// Tests run in real headless Chromium (Debian's package; see scripts/ensure-browser.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { ensureChromium } from './scripts/ensure-browser.mjs';
import { summaryFileReporter } from './scripts/wtr-summary-reporter.mjs';

// Flags that keep Chromium quiet on a closed network; --no-sandbox because CI runs as root.
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: ensureChromium(), args: CHROMIUM_ARGS } })],
  // Tests run Lit's dev build on purpose (its warnings help); its banner in every file is noise.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  // The default output, plus the counts as JSON for .ci/run's closing "N passed, N failed" line.
  reporters: [defaultReporter(), summaryFileReporter({ file: '.tmp/test-summary.json' })],
};
