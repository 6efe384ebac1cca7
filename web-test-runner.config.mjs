// Tests run in real headless Chromium (Debian's package; see scripts/ensure-browser.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';
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
  // Test files run two at a time in separate tabs; a background tab gets no
  // animation frames and throttled timers, which stalls `fixture()`.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/**
 * src/localization.ts loads a locale as `./locales/<locale>.js` beside itself,
 * the path it has in dist/. In the tests that is src/locales/<locale>.ts: serve
 * the TypeScript source for a .js request that has none.
 */
function typescriptForMissingJs(context, next) {
  const path = context.path;
  if (path.startsWith('/src/') && path.endsWith('.js') && !existsSync(`.${path}`) && existsSync(`.${path.slice(0, -3)}.ts`)) {
    context.path = `${path.slice(0, -3)}.ts`;
  }
  return next();
}

/**
 * `/no-locales/hip-widgets.js` is the built bundle on a host where someone
 * copied the script but not its locales/ folder: every locale request 404s.
 */
function bundleWithoutLocales(context, next) {
  if (context.path === '/no-locales/hip-widgets.js') context.path = '/dist/hip-widgets.js';
  else if (context.path.startsWith('/no-locales/')) {
    context.status = 404;
    return undefined;
  }
  return next();
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
  middleware: [typescriptForMissingJs, bundleWithoutLocales],
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: ensureChromium(), args: CHROMIUM_ARGS } })],
  // Tests run Lit's dev build on purpose (its warnings help); its banner in every file is noise.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  // The default output, plus the counts as JSON for .ci/run's closing "N passed, N failed" line.
  reporters: [defaultReporter(), summaryFileReporter({ file: '.tmp/test-summary.json' })],
};
