#!/usr/bin/env node
/**
 * Finds the browser engines the tests run in, and installs Debian's packages for
 * the missing ones (no npm tool can download a browser on this project's
 * machines, so the project's own setup brings them):
 *
 * - chromium: Debian's `chromium` (see ensure-browser.mjs; `CHROME_PATH` overrides).
 * - firefox:  Debian's `firefox-esr`, driven by puppeteer-core over WebDriver BiDi
 *             (`FIREFOX_PATH` overrides). Playwright can't drive it: it needs its own
 *             patched Firefox.
 * - webkit:   WebKitGTK's MiniBrowser, driven by `WebKitWebDriver` (Debian's
 *             `webkit2gtk-driver`) under an Xvfb display (`xvfb`): MiniBrowser has no
 *             headless mode of its own.
 *
 * `HIP_ENGINES` picks the engines, comma-separated (default: all three), e.g.
 * `HIP_ENGINES=chromium npm test` for a fast local run.
 *
 * Run as a script it installs what the picked engines need (one apt-get run for
 * all of them) and prints what it found; exits non-zero with a reason when it
 * cannot.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { findChromium } from './ensure-browser.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines `HIP_ENGINES` asks for (all when unset or empty), in ENGINES' order. */
export function selectedEngines(value = process.env.HIP_ENGINES) {
  const asked = (value ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (asked.length === 0) return [...ENGINES];
  const unknown = asked.filter((name) => !ENGINES.includes(name));
  if (unknown.length > 0) throw new Error(`HIP_ENGINES names unknown engine(s) ${unknown.join(', ')}; known: ${ENGINES.join(', ')}`);
  return ENGINES.filter((name) => asked.includes(name));
}

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const WEBKIT_DRIVER_CANDIDATES = ['/usr/bin/WebKitWebDriver'];
const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];
const XVFB_CANDIDATES = ['/usr/bin/Xvfb'];

function fromEnvOr(variable, candidates) {
  const override = process.env[variable];
  if (override) {
    if (existsSync(override)) return override;
    throw new Error(`${variable} is set to ${override}, which does not exist`);
  }
  return candidates.find((path) => existsSync(path));
}

export function findFirefox() {
  return fromEnvOr('FIREFOX_PATH', FIREFOX_CANDIDATES);
}

/** WebKitWebDriver, MiniBrowser and Xvfb, or undefined when any is missing. */
export function findWebKit() {
  const driver = fromEnvOr('WEBKIT_WEBDRIVER_PATH', WEBKIT_DRIVER_CANDIDATES);
  const browser = fromEnvOr('WEBKIT_BROWSER_PATH', MINIBROWSER_CANDIDATES);
  const xvfb = XVFB_CANDIDATES.find((path) => existsSync(path));
  return driver && browser && xvfb ? { driver, browser, xvfb } : undefined;
}

const FINDERS = { chromium: findChromium, firefox: findFirefox, webkit: findWebKit };
// Debian packages per engine. Chromium as ensure-browser.mjs installs it (with its
// recommended fonts); the others with --no-install-recommends: Firefox is then 2
// packages (81 MB) instead of 34, WebKit + Xvfb 56 (61 MB) instead of 217 (GStreamer
// plugins, spell checkers, ImageMagick...), which the tests don't need.
const PACKAGES = { chromium: ['chromium'], firefox: ['firefox-esr'], webkit: ['webkit2gtk-driver', 'xvfb'] };
const WITH_RECOMMENDS = new Set(['chromium']);

function aptInstall(engines) {
  const packages = engines.flatMap((engine) => PACKAGES[engine]);
  console.error(`hip-widgets: installing Debian's ${packages.join(', ')} for the tests (1-3 minutes)...`);
  // CI and the project's machines run as root; elsewhere apt-get needs sudo.
  const prefix = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (...args) => {
    const [command, ...rest] = [...prefix, ...args];
    execFileSync(command, rest, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  const plain = engines.filter((engine) => WITH_RECOMMENDS.has(engine)).flatMap((engine) => PACKAGES[engine]);
  const lean = engines.filter((engine) => !WITH_RECOMMENDS.has(engine)).flatMap((engine) => PACKAGES[engine]);
  // One retry: a mirror hiccup or a briefly held dpkg lock shouldn't fail a CI run.
  for (let attempt = 1; ; attempt += 1) {
    try {
      run('apt-get', 'update', '-qq');
      if (plain.length > 0) run('apt-get', 'install', '-y', '-qq', ...plain);
      if (lean.length > 0) run('apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...lean);
      return;
    } catch (error) {
      if (attempt >= 2) throw error;
      console.error(`hip-widgets: apt-get failed (${error.message}); retrying in 10 s...`);
      execFileSync('sleep', ['10']);
    }
  }
}

/**
 * Finds each engine in `engines`, installing all missing ones in one apt-get run.
 * Returns `{ chromium?: path, firefox?: path, webkit?: { driver, browser, xvfb } }`.
 */
export function ensureEngines(engines = selectedEngines()) {
  const missing = engines.filter((engine) => !FINDERS[engine]());
  if (missing.length > 0) {
    try {
      aptInstall(missing);
    } catch (error) {
      const packages = missing.flatMap((engine) => PACKAGES[engine]).join(', ');
      const others = engines.filter((engine) => !missing.includes(engine));
      const hint = others.length > 0 ? `, or leave them out (HIP_ENGINES=${others.join(',')})` : '';
      throw new Error(`could not install ${packages} with apt-get (${error.message}); install them${hint}`, { cause: error });
    }
  }
  const found = {};
  for (const engine of engines) {
    found[engine] = FINDERS[engine]();
    if (!found[engine]) throw new Error(`${engine} is still missing after apt-get install ${PACKAGES[engine].join(' ')}`);
  }
  return found;
}

// Run as a script (`node scripts/ensure-engines.mjs`), not when imported by the test runner's config.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const found = ensureEngines();
    for (const [engine, where] of Object.entries(found)) {
      console.log(`${engine}: ${typeof where === 'string' ? where : Object.values(where).join(' ')}`);
    }
  } catch (error) {
    console.error(`hip-widgets: ${error.message}`);
    process.exit(1);
  }
}
