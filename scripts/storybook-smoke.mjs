#!/usr/bin/env node
/**
 * Smoke test of the built Storybook: builds it (unless --no-build), serves
 * storybook-static/ on 127.0.0.1, opens EVERY story of its index.json in
 * headless Chromium (Debian's, through scripts/ensure-browser.mjs, driven by
 * playwright-core) and fails on
 *   - a story that does not render (render error, play function error, an
 *     element that never upgraded, an empty story),
 *   - a console error or warning, or an uncaught exception, that the story does
 *     not expect: a story that shows bad input on purpose lists the messages it
 *     causes in `parameters.smoke.expectConsole` (substrings), and each listed
 *     message must then really appear,
 *   - an axe-core violation in the story root (shadow DOM included; the same
 *     rules as the Storybook a11y panel, which turns off only "region"),
 *   - text not in the story's language, and an attribute or CSS custom
 *     property of custom-elements.json without its own row and control,
 * then opens every docs page (must render, with the locale note and the
 * manifest's tables on component pages).
 *
 * Each story is checked in four variants, so every language and every example
 * theme is covered without 12 runs a story: the language changes text length
 * and accessible names, the theme changes colours (contrast); the last one is
 * at phone width (375 px), where the layout wraps.
 *
 * Prints `storybook smoke: N stories checked, N failed` last and writes the
 * counts to .tmp/storybook-smoke.json for .ci/run.
 *
 * Options:
 *   --no-build            check the storybook-static/ that is there
 *   --verbose             print each render's time
 *   --url <url>           check a running Storybook instead (e.g. `npm run storybook`'s http://127.0.0.1:6006)
 *   --filter <text>       only stories and docs whose id contains <text>
 *   --screenshots <dir>   also save a screenshot of --shoot <story id> (default: the section) in every language × theme
 *   --shoot <story id>    the story for --screenshots
 */
// Some functions below run in the page (page.evaluate), where these exist.
/* global window, document, customElements, requestAnimationFrame */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { ensureChromium, QUIET_CHROMIUM_ARGS } from './ensure-browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STATIC_DIR = join(ROOT, 'storybook-static');
const SUMMARY_FILE = join(ROOT, '.tmp', 'storybook-smoke.json');
const require = createRequire(import.meta.url);

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 667 };

/** Each story runs in these: every locale once, every theme at least once, desktop and phone width. */
const VARIANTS = [
  { locale: 'nl', theme: '', viewport: DESKTOP },
  { locale: 'en', theme: 'zeegroen', viewport: DESKTOP },
  { locale: 'de', theme: 'nacht', viewport: DESKTOP },
  { locale: 'fr', theme: '', viewport: PHONE },
];
const variantName = (variant) => `${variant.locale}/${variant.theme || 'default'}${variant.viewport === PHONE ? '/phone' : ''}`;
const ALL_THEMES = ['', 'zeegroen', 'nacht'];
const LOCALIZE = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8'));
const ALL_LOCALES = [LOCALIZE.sourceLocale, ...LOCALIZE.targetLocales];

/** The project's quiet Chromium flags (scripts/ensure-browser.mjs). */
const CHROMIUM_ARGS = QUIET_CHROMIUM_ARGS;

/** Parallel pages: the machines have two cores. */
const WORKERS = 2;
/** Generous: a loaded CI machine takes seconds for the first page; a story that hangs still fails. */
const STORY_TIMEOUT_MS = 45_000;

/** Same as @storybook/addon-a11y: a story on its own has no landmarks, so "region" is off; every other rule runs. */
const AXE_DISABLED_RULES = ['region'];

const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    url: { type: 'string' },
    filter: { type: 'string' },
    screenshots: { type: 'string' },
    shoot: { type: 'string', default: 'section-hip-complaints-section--whole-section' },
  },
});

const started = Date.now();

function build() {
  console.log('storybook smoke: building the static Storybook (npm run build-storybook)...');
  const result = spawnSync('npm', ['run', '--silent', 'build-storybook', '--', '--quiet'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (result.status !== 0) throw new Error(`npm run build-storybook failed (exit ${result.status ?? result.signal})`);
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server for storybook-static/ on 127.0.0.1, on a free port. */
function serve(dir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    // Chromium asks for /favicon.ico on its own; Storybook has an SVG one. No content, no 404 in the console.
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) && file !== dir) {
      response.writeHead(403).end();
      return;
    }
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = readFileSync(file);
      // Cacheable, so Chromium keeps the compiled JavaScript between pages.
      response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveServer(server));
  });
}

/**
 * Runs in the page before Storybook: records the preview's lifecycle events
 * from its channel (the channel is assigned to a global once it exists).
 */
function recordStorybookEvents() {
  const events = [];
  window.__smokeEvents = events;
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (value) => {
      channel = value;
      for (const name of ['storyFinished', 'docsRendered', 'storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException', 'unhandledErrorsWhilePlaying']) {
        value.on(name, (payload) => events.push({ name, payload: JSON.parse(JSON.stringify(payload ?? null, (_key, v) => (v instanceof Error ? String(v) : v))) }));
      }
    },
  });
}

/** Waits in the page until every custom element, in every shadow root, has finished its Lit update, then two frames. */
async function settleElements() {
  const all = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName.includes('-')) all.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  for (let round = 0; round < 3; round += 1) {
    all.length = 0;
    walk(document);
    await Promise.all(all.map((element) => element.updateComplete));
  }
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}

/** What a loaded story page says about itself. */
async function inspectStory() {
  const preview = window.__STORYBOOK_PREVIEW__;
  const render = preview?.currentRender;
  const root = document.querySelector('#storybook-root');
  const undefinedElements = [...(root?.querySelectorAll(':not(:defined)') ?? [])].map((element) => element.localName);
  const emptyElements = [];
  const walk = (scope) => {
    for (const element of scope.querySelectorAll('*')) {
      // One that hides itself (the section's call to action with nothing to offer) renders nothing on purpose.
      if (element.localName.includes('-') && customElements.get(element.localName) && !element.hidden && element.shadowRoot && element.shadowRoot.childElementCount === 0) {
        emptyElements.push(element.localName);
      }
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  if (root) walk(root);
  const box = root?.getBoundingClientRect();

  // The docs table and controls: every attribute and CSS custom property of the
  // story's element in custom-elements.json has its own row (Storybook keys rows
  // by name, so a part or property of the same name could take its place).
  const tableProblems = [];
  const tag = render?.story?.component;
  const argTypes = render?.story?.argTypes ?? {};
  const manifest = window.__STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__;
  const declaration = manifest?.modules?.flatMap((module) => module.declarations ?? []).find((candidate) => candidate.tagName === tag);
  if (tag && !declaration) tableProblems.push(`<${tag}> is not in custom-elements.json`);
  for (const attribute of declaration?.attributes ?? []) {
    if (argTypes[attribute.name]?.table?.category !== 'attributes') tableProblems.push(`attribute ${attribute.name} has no row of its own in the docs table`);
  }
  for (const property of declaration?.cssProperties ?? []) {
    if (!argTypes[property.name]?.control) tableProblems.push(`CSS custom property ${property.name} has no control`);
  }

  return {
    tableProblems,
    phase: render?.phase,
    smoke: render?.story?.parameters?.smoke ?? {},
    errorDisplay: document.body.classList.contains('sb-show-errordisplay'),
    errorText: document.querySelector('#error-message')?.textContent?.trim() ?? '',
    hasContent: Boolean(root && root.childElementCount > 0 && box && box.height > 0),
    undefinedElements: [...new Set(undefinedElements)],
    emptyElements: [...new Set(emptyElements)],
    lang: document.documentElement.lang,
    theme: document.documentElement.dataset.hipTheme ?? '',
  };
}

async function runAxe(disabledRules) {
  const { axe } = window;
  axe.configure({ rules: disabledRules.map((id) => ({ id, enabled: false })) });
  const results = await axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.slice(0, 3).map((node) => `${JSON.stringify(node.target)} ${node.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`),
  }));
}

/** Console messages that matter: errors and warnings, and uncaught exceptions. */
function collectConsole(page) {
  const messages = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const text = message.text();
    // "Failed to load resource" says which only in its location.
    const url = text.startsWith('Failed to load resource') ? message.location().url : '';
    // Chromium's own request for /favicon.ico (Storybook's icon is an SVG): not the page's doing.
    if (url && new URL(url).pathname === '/favicon.ico') return;
    messages.push(`${message.type()}: ${text}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => messages.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) messages.push(`error: HTTP ${response.status()} for ${response.url()}`);
  });
  return messages;
}

/** Lit's banner in its development build, which `npm run storybook` (Vite's dev server) uses; a build uses Lit's production build. */
const ALWAYS_ALLOWED = ['Lit is in dev mode'];

/** Messages not covered by `expected`, and expected substrings that did not appear. */
function compareConsole(messages, expected = []) {
  const unexpected = messages.filter((message) => ![...expected, ...ALWAYS_ALLOWED].some((text) => message.includes(text)));
  const missing = expected.filter((text) => !messages.some((message) => message.includes(text)));
  return { unexpected, missing };
}

async function waitForEvent(page, names, timeout) {
  await page.waitForFunction((wanted) => (window.__smokeEvents ?? []).some((event) => wanted.includes(event.name)), names, { timeout });
  return page.evaluate(() => window.__smokeEvents);
}

function globalsParam({ locale, theme }) {
  // Storybook's URL syntax for globals: `key:value;key:value`. No theme is the default theme. The a11y
  // panel's own axe run is switched off ("manual"): this script runs axe itself, with the same rules.
  return `locale:${locale};${theme ? `theme:${theme};` : ''}a11y.manual:!true`;
}

/** A page that shows stories, opened on its first story; the next ones are switched to the way the manager does it. */
async function openStoryPage(context, base, entry, variant) {
  const page = await context.newPage();
  await page.setViewportSize(variant.viewport);
  const messages = collectConsole(page);
  await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story&globals=${globalsParam(variant)}`, { waitUntil: 'load' });
  return { page, messages };
}

/**
 * Checks one story in one variant. The page is reused from the story before
 * (a fresh load costs seconds, a story switch a tenth of that), as a designer
 * clicking through the sidebar does; after a failure the next story gets a
 * fresh page, so one broken story cannot fail the ones after it.
 */
async function checkStory(session, entry, variant, axeSource, translations) {
  const startedAt = Date.now();
  const problems = [];
  let expectConsole = [];
  try {
    if (!session.page) {
      Object.assign(session, await openStoryPage(session.context, session.base, entry, variant));
    } else {
      session.messages.length = 0;
      await session.page.evaluate((storyId) => {
        window.__smokeEvents.length = 0;
        window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }, entry.id);
    }
    const { page, messages } = session;
    const finished = await page
      .waitForFunction((storyId) => (window.__smokeEvents ?? []).some((event) => (event.name === 'storyFinished' && event.payload?.storyId === storyId) || event.name === 'storyMissing'), entry.id, {
        timeout: STORY_TIMEOUT_MS,
        polling: 20,
      })
      .then(() => true)
      .catch(() => false);
    if (!finished) problems.push(`did not finish rendering within ${STORY_TIMEOUT_MS / 1000} s`);
    const events = await page.evaluate(() => window.__smokeEvents);
    for (const event of events) {
      if (event.name === 'storyFinished') {
        if (event.payload?.status === 'error') {
          const failed = (event.payload.reporters ?? []).filter((report) => report.status === 'failed');
          problems.push(`story finished with an error${failed.length ? ` (${failed.map((report) => report.type).join(', ')})` : ''}`);
        }
      } else if (event.name !== 'docsRendered') {
        problems.push(`${event.name}: ${JSON.stringify(event.payload).slice(0, 300)}`);
      }
    }
    await page.evaluate(settleElements);
    const state = await page.evaluate(inspectStory);
    expectConsole = state.smoke.expectConsole ?? [];
    if (state.phase !== 'finished') problems.push(`render phase is "${state.phase}", not "finished"`);
    problems.push(...state.tableProblems);
    if (state.errorDisplay) problems.push(`Storybook shows an error: ${state.errorText.slice(0, 300)}`);
    if (!state.hasContent && !state.smoke.allowEmpty) problems.push('the story shows nothing');
    if (state.undefinedElements.length) problems.push(`elements never defined: ${state.undefinedElements.join(', ')}`);
    const empty = state.emptyElements.filter((tag) => !(state.smoke.allowEmptyElements ?? []).includes(tag));
    if (empty.length) problems.push(`elements that rendered nothing: ${empty.join(', ')}`);
    if (state.lang !== variant.locale) problems.push(`<html lang> is "${state.lang}", not "${variant.locale}"`);
    if (state.theme !== variant.theme) problems.push(`data-hip-theme is "${state.theme}", not "${variant.theme}"`);

    // The language really switched: a translated string is on screen (the locale modules loaded from the build).
    const expectedText = translations[variant.locale];
    if (expectedText && state.smoke.localeProbe !== false) {
      const text = await page.evaluate(() => {
        const parts = [];
        const walk = (scope) => {
          for (const node of scope.querySelectorAll('*')) {
            if (node.shadowRoot) {
              parts.push(node.shadowRoot.textContent ?? '');
              walk(node.shadowRoot);
            }
          }
        };
        walk(document.querySelector('#storybook-root') ?? document);
        return parts.join(' ');
      });
      if (!expectedText.some((candidate) => text.includes(candidate))) {
        problems.push(`no ${variant.locale} text on screen (expected one of: ${expectedText.slice(0, 3).join(' | ')}…)`);
      }
    }

    if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(axeSource);
    const violations = await page.evaluate(runAxe, AXE_DISABLED_RULES);
    for (const violation of violations) problems.push(`axe ${violation.id} (${violation.impact}): ${violation.help}\n        ${violation.nodes.join('\n        ')}`);

    const { unexpected, missing } = compareConsole(messages, expectConsole);
    for (const message of unexpected) problems.push(`console ${message.slice(0, 400)}`);
    for (const text of missing) problems.push(`expected console message did not appear: ${JSON.stringify(text)}`);
  } catch (error) {
    problems.push(`could not check: ${error.message.split('\n')[0]}`);
  }
  if (problems.length > 0 && session.page) {
    await session.page.close().catch(() => {});
    session.page = undefined;
  }
  if (options.verbose) console.log(`  ${((Date.now() - startedAt) / 1000).toFixed(2)} s  ${entry.id} [${variantName(variant)}]${problems.length ? ' FAILED' : ''}`);
  return { problems, expectConsole };
}

async function checkDocs(context, base, entry, allowedConsole) {
  const page = await context.newPage();
  const messages = collectConsole(page);
  const problems = [];
  try {
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs&globals=${globalsParam(VARIANTS[0])}`, { waitUntil: 'load' });
    const events = await waitForEvent(page, ['docsRendered', 'storyErrored', 'storyThrewException', 'storyMissing'], STORY_TIMEOUT_MS).catch(() => null);
    if (!events) problems.push(`docs did not render within ${STORY_TIMEOUT_MS / 1000} s`);
    for (const event of events ?? []) if (event.name !== 'docsRendered' && event.name !== 'storyFinished') problems.push(`${event.name}: ${JSON.stringify(event.payload).slice(0, 300)}`);
    // The docs page renders its stories after the page itself: wait for every story block to hold something.
    await page
      .waitForFunction(() => [...document.querySelectorAll('.docs-story [id^="story--"]')].every((block) => block.childElementCount > 0), null, { timeout: STORY_TIMEOUT_MS })
      .catch(() => problems.push('a story block on the docs page stayed empty'));
    await page.evaluate(settleElements);
    const state = await page.evaluate(() => ({
      text: document.querySelector('#storybook-docs')?.textContent ?? '',
      tables: document.querySelectorAll('#storybook-docs .docblock-argstable').length,
      stories: document.querySelectorAll('#storybook-docs .docs-story').length,
      undefinedElements: [...document.querySelectorAll('#storybook-docs :not(:defined)')].map((element) => element.localName),
    }));
    if (state.text.trim().length < 50) problems.push('the docs page is (nearly) empty');
    if (state.undefinedElements.length) problems.push(`elements never defined: ${[...new Set(state.undefinedElements)].join(', ')}`);
    // A component's docs page (autodocs of a stories file), not a guide (an .mdx file).
    if (/\.stories\.[jt]s$/.test(entry.importPath ?? '')) {
      if (!state.text.includes('One language per page')) problems.push('the component docs page lacks the one-language-per-page note');
      if (state.tables === 0) problems.push('the component docs page has no attribute table (custom-elements.json not loaded?)');
      if (state.stories === 0) problems.push('the component docs page shows no stories');
    }
    const { unexpected } = compareConsole(messages, allowedConsole);
    for (const message of unexpected) problems.push(`console ${message.slice(0, 400)}`);
  } catch (error) {
    problems.push(`could not check: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return { problems };
}

/** A problem of the machine (a page that did not load in time, a crashed page), not of the story. */
const isInfrastructure = (problem) => problem.startsWith('could not check:');

/** Runs `task` over `items` with WORKERS pages at a time, keeping the order of results. */
async function pool(items, task) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(WORKERS, items.length) }, async () => {
      while (next < items.length) {
        const index = next;
        next += 1;
        results[index] = await task(items[index], index);
      }
    }),
  );
  return results;
}

/** Texts that prove a locale is on screen: the translations of the always-visible strings, read from xliff/. */
function readTranslations() {
  const ids = ['page.symptoms-question', 'appointment-cta.booking', 'appointment-cta.phone', 'condition-card.more', 'page.title'];
  const byLocale = {};
  for (const locale of LOCALIZE.targetLocales) {
    const xliff = readFileSync(join(ROOT, 'xliff', `${locale}.xlf`), 'utf8');
    byLocale[locale] = [];
    const longestPiece = (text) =>
      text
        .split(/<x\b[^>]*\/>/)
        .map((piece) => piece.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim())
        .sort((a, b) => b.length - a.length)[0] ?? '';
    for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
      const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
      if (!target) continue;
      // A message with placeholders (<x id=…/>): its longest literal piece is on screen as is.
      // One that reads the same in Dutch ("Perthes") proves nothing.
      const piece = longestPiece(target);
      if (piece && !longestPiece(source).includes(piece)) byLocale[locale].push({ id, target: piece });
    }
    // Any visible string of the widgets will do; the well-known ones first.
    byLocale[locale].sort((a, b) => (ids.includes(b.id) ? 1 : 0) - (ids.includes(a.id) ? 1 : 0));
    byLocale[locale] = byLocale[locale].map((unit) => unit.target).filter((text) => text.length >= 8);
  }
  return byLocale;
}

async function screenshots(context, base, storyId, dir) {
  mkdirSync(dir, { recursive: true });
  for (const locale of ALL_LOCALES) {
    for (const theme of ALL_THEMES) {
      const page = await context.newPage();
      await page.goto(`${base}/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story&globals=${globalsParam({ locale, theme })}`);
      await waitForEvent(page, ['storyFinished'], STORY_TIMEOUT_MS);
      await page.evaluate(settleElements);
      const file = join(dir, `${storyId}--${locale}--${theme || 'default'}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await page.close();
      console.log(`  screenshot ${file}`);
    }
  }
}

function writeSummary(summary) {
  mkdirSync(dirname(SUMMARY_FILE), { recursive: true });
  writeFileSync(SUMMARY_FILE, `${JSON.stringify(summary, null, 2)}\n`);
}

/** The story index: of the running Storybook (--url), or of the build. */
async function readIndex() {
  if (options.url) {
    const response = await fetch(new URL('index.json', options.url.replace(/\/?$/, '/')));
    if (!response.ok) throw new Error(`${options.url}index.json: HTTP ${response.status}`);
    return response.json();
  }
  if (!options['no-build']) build();
  const indexFile = join(STATIC_DIR, 'index.json');
  if (!existsSync(indexFile)) throw new Error('storybook-static/index.json is missing; run without --no-build');
  return JSON.parse(readFileSync(indexFile, 'utf8'));
}

async function main() {
  const index = await readIndex();
  const entries = Object.values(index.entries).filter((entry) => !options.filter || entry.id.includes(options.filter));
  const stories = entries.filter((entry) => entry.type === 'story');
  const docs = entries.filter((entry) => entry.type === 'docs');
  if (stories.length === 0 && !options.filter) throw new Error('the built Storybook has no stories');

  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const translations = readTranslations();
  const server = options.url ? undefined : await serve(resolve(STATIC_DIR));
  const base = options.url ? options.url.replace(/\/$/, '') : `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({ viewport: DESKTOP });
  await context.addInitScript(recordStorybookEvents);
  context.setDefaultNavigationTimeout(2 * STORY_TIMEOUT_MS);

  const failures = [];
  const expectedByTitle = new Map();
  try {
    // One queue per variant; the workers take whole variants, each on its own page.
    const checks = VARIANTS.flatMap((variant) => stories.map((entry) => ({ entry, variant })));
    const results = new Array(checks.length);
    await pool(VARIANTS, async (variant) => {
      const session = { context, base };
      for (let index = 0; index < checks.length; index += 1) {
        if (checks[index].variant !== variant) continue;
        let result = await checkStory(session, checks[index].entry, variant, axeSource, translations);
        // The machine, not the story, failed (a page that did not load in time): once more, on a fresh page.
        if (result.problems.some(isInfrastructure)) result = await checkStory(session, checks[index].entry, variant, axeSource, translations);
        results[index] = result;
      }
      await session.page?.close();
    });
    const failedStories = new Set();
    results.forEach((result, index) => {
      const { entry, variant } = checks[index];
      const expected = expectedByTitle.get(entry.title) ?? new Set();
      for (const text of result.expectConsole) expected.add(text);
      expectedByTitle.set(entry.title, expected);
      if (result.problems.length === 0) return;
      failedStories.add(entry.id);
      failures.push(`${entry.id} [${variantName(variant)}]\n      - ${result.problems.join('\n      - ')}`);
    });

    const docsResults = await pool(docs, async (entry) => {
      const allowed = [...(expectedByTitle.get(entry.title) ?? [])];
      const result = await checkDocs(context, base, entry, allowed);
      return result.problems.some(isInfrastructure) ? checkDocs(context, base, entry, allowed) : result;
    });
    let failedDocs = 0;
    docsResults.forEach((result, index) => {
      if (result.problems.length === 0) return;
      failedDocs += 1;
      failures.push(`${docs[index].id} [docs]\n      - ${result.problems.join('\n      - ')}`);
    });

    if (options.screenshots) await screenshots(context, base, options.shoot, resolve(options.screenshots));

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (failures.length) console.error(`\nstorybook smoke failures:\n  ${failures.join('\n  ')}\n`);
    const variantNames = VARIANTS.map(variantName).join(', ');
    console.log(`storybook smoke: ${docs.length} docs pages checked, ${failedDocs} failed`);
    console.log(`storybook smoke: ${stories.length} stories checked (${checks.length} renders: ${variantNames}) in ${seconds} s`);
    console.log(`storybook smoke: ${stories.length} stories checked, ${failedStories.size} failed`);
    writeSummary({
      stories: stories.length,
      storiesFailed: failedStories.size,
      docs: docs.length,
      docsFailed: failedDocs,
      renders: checks.length,
      passed: stories.length - failedStories.size + docs.length - failedDocs,
      failed: failedStories.size + failedDocs,
      seconds: Number(seconds),
    });
    return failures.length === 0;
  } finally {
    await browser.close();
    server?.close();
  }
}

try {
  process.exitCode = (await main()) ? 0 : 1;
} catch (error) {
  console.error(`storybook smoke: ${error.message}`);
  writeSummary({ passed: 0, failed: 1, error: error.message });
  process.exitCode = 1;
}
