#!/usr/bin/env node
/**
 * Finds a Chromium for the tests and installs Debian's `chromium` when none is
 * there. No npm tool can download a browser on this project's machines (closed
 * network but the npm registry and Debian's packages), so the project's own
 * setup must bring it. `CHROME_PATH` overrides the search for people who have
 * Chrome elsewhere.
 *
 * Prints the path it found; exits non-zero with a reason when it cannot.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * How every script here launches that Chromium: headless, quiet on a closed
 * network (no sync, component updates or background requests), no GPU, and
 * --no-sandbox because CI runs as root. Each caller adds its own extras.
 */
export const QUIET_CHROMIUM_ARGS = Object.freeze([
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist`);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function installChromium() {
  console.error('hip-widgets: no Chromium found; installing Debian\'s "chromium" package (about 30 s)...');
  // CI and the project's machines run as root; elsewhere apt-get needs sudo.
  const prefix = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (...args) => {
    const [command, ...rest] = [...prefix, ...args];
    execFileSync(command, rest, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  // One retry: a mirror hiccup or a briefly held dpkg lock shouldn't fail a CI run.
  for (let attempt = 1; ; attempt += 1) {
    try {
      run('apt-get', 'update', '-qq');
      run('apt-get', 'install', '-y', '-qq', 'chromium');
      return;
    } catch (error) {
      if (attempt >= 2) throw error;
      console.error(`hip-widgets: apt-get failed (${error.message}); retrying in 10 s...`);
      execFileSync('sleep', ['10']);
    }
  }
}

export function ensureChromium() {
  let path = findChromium();
  if (!path) {
    try {
      installChromium();
    } catch (error) {
      throw new Error(`could not install Chromium with apt-get (${error.message}); install it or set CHROME_PATH`, { cause: error });
    }
    path = findChromium();
  }
  if (!path) throw new Error('Chromium is still missing after apt-get install chromium; set CHROME_PATH');
  return path;
}

// Run as a script (`node scripts/ensure-browser.mjs`), not when imported by the test runner's config.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(ensureChromium());
  } catch (error) {
    console.error(`hip-widgets: ${error.message}`);
    process.exit(1);
  }
}
