// Tests run in headless Chromium, Firefox and WebKit (Debian's packages; see scripts/ensure-engines.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { existsSync, readFileSync } from 'node:fs';
import { QUIET_CHROMIUM_ARGS } from './scripts/ensure-browser.mjs';
import { ensureEngines } from './scripts/ensure-engines.mjs';
import { webkitGtkLauncher } from './scripts/wtr-webkit-launcher.mjs';
import { hardeningMiddleware } from './test/server/middleware.mjs';
import { summaryFileReporter } from './scripts/wtr-summary-reporter.mjs';
import { forcedColorsPlugin } from './scripts/wtr-forced-colors-plugin.mjs';

// The project's quiet Chromium flags (scripts/ensure-browser.mjs), and: test files run two at a
// time in separate tabs; a background tab gets no animation frames and throttled timers, which
// stalls `fixture()`.
const CHROMIUM_ARGS = [...QUIET_CHROMIUM_ARGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'];

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

/**
 * `/practice-seed/<file>` is the practice's page as the content was written from,
 * `../shared/seed/<file>` beside the clone, when it is there (404 when not):
 * test/seed-content.test.ts checks that its copy in test/seed/ still equals it.
 */
function practiceSeed(context, next) {
  const match = /^\/practice-seed\/([\w-]+\.txt)$/.exec(context.path);
  if (!match) return next();
  const file = new URL(`../shared/seed/${match[1]}`, import.meta.url);
  if (!existsSync(file)) {
    context.status = 404;
    return undefined;
  }
  context.type = 'text/plain; charset=utf-8';
  context.body = readFileSync(file);
  return undefined;
}

/**
 * The engines the tests run in: Chromium, Firefox and WebKit, or those named in
 * HIP_ENGINES (e.g. `HIP_ENGINES=chromium` for a fast local run). Missing engines
 * are installed from Debian's packages (scripts/ensure-engines.mjs).
 */
function browserLaunchers(engines) {
  // Each test page in a window of its own: a second tab is hidden (document.visibilityState), and
  // Chromium gives a hidden page no animation frames whatever the flags, which stalls `fixture()`.
  const createPage = ({ context }) => context.newPage({ type: 'window' });
  const launchers = {
    chromium: (executablePath) => chromeLauncher({ createPage, launchOptions: { executablePath, args: CHROMIUM_ARGS } }),
    // Stock Firefox ESR over WebDriver BiDi (puppeteer-core; Playwright needs its own patched Firefox).
    // One file at a time: only one Firefox page has the keyboard focus, so in a second one
    // sendKeys() presses keys that reach nothing.
    firefox: (executablePath) => chromeLauncher({ puppeteer: puppeteerCore, concurrency: 1, launchOptions: { browser: 'firefox', executablePath, headless: true } }),
    // WebKitGTK's MiniBrowser through WebKitWebDriver, under an Xvfb display of its own.
    webkit: (paths) => webkitGtkLauncher(paths),
  };
  return Object.entries(engines).map(([engine, found]) => launchers[engine](found));
}

const engines = ensureEngines();
// Said up front, and written to the summary for .ci/run: a narrowed run must not pass for a full one.
console.log(`engines: ${Object.keys(engines).join(', ')}`);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  // Generous: CI shares two cores between three browsers and axe walks whole shadow trees.
  testFramework: { config: { timeout: 15000 } },
  // A file of 40 table-driven tests in a slow engine on two loaded cores takes minutes, not the default 2.
  testsFinishTimeout: 600000,
  middleware: [typescriptForMissingJs, bundleWithoutLocales, practiceSeed, ...hardeningMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }), forcedColorsPlugin()],
  browsers: browserLaunchers(engines),
  // Firefox and WebKit take 10-20 s to start on a busy 2-core machine when all three start at once.
  browserStartTimeout: 120_000,
  // Tests run Lit's dev build on purpose (its warnings help); its banner in every file is noise.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  // Every test page loads the console guard first (test/helpers/console-guard.ts): a console error or
  // warning, or an unhandled rejection, fails the test unless the test claimed that message. Its root
  // hooks go on mocha's root suite after the framework created it and before it runs the tests.
  testRunnerHtml: (testFramework) => `<!DOCTYPE html>
<html>
  <head></head>
  <body>
    <script type="module" src="/test/helpers/console-guard.ts"></script>
    <script type="module" src="${testFramework}"></script>
    <script type="module">
      import { failTestsThatLog } from '/test/helpers/console-guard.ts';
      failTestsThatLog(window.mocha);
    </script>
  </body>
</html>`,
  // The default output, plus the counts as JSON for .ci/run's closing "N passed, N failed" line.
  reporters: [defaultReporter(), summaryFileReporter({ file: '.tmp/test-summary.json', engines: Object.keys(engines) })],
};
