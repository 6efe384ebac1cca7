#!/usr/bin/env node
/**
 * `npm run bench`: load performance of real pages in headless Chromium with 4x
 * CPU throttling and a mobile network (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s
 * up, gzip on the wire), served from 127.0.0.1. docs/performance.md has the
 * figures and the targets.
 *
 * Pages (scripts/bench-pages.mjs): the whole section alone; the section between
 * paragraphs of the practice's text; one condition card and one statistic in
 * the middle of that text. Each one, six ways:
 *
 *   twin            the pre-rendered page with its script tag removed: the same
 *                   text and CSS as static HTML, the baseline of the next two;
 *   client          the one-script-tag page: the bundle renders the widgets;
 *   client-cached   the same page with the bundle in the browser's cache (a
 *                   visitor who has seen another page of the site): the script
 *                   may run before the page is first painted;
 *   prerender       the pre-rendered page (declarative shadow DOM) + the bundle,
 *                   which hydrates it;
 *   wordpress-twin  the same layout as a WordPress page made with the shortcodes,
 *                   with the plugin's script tag removed: the WordPress page as
 *                   static HTML (its theme, its own scripts), the baseline of
 *   wordpress       that page as WordPress and the plugin print it.
 *
 * The WordPress pages come from the plugin test's site (scripts/bench-wordpress.mjs:
 * started, read and stopped by the bench; 25-40 s, and on a fresh machine first
 * 3-7 minutes of apt-get for WordPress, MariaDB and PHP); `--no-wordpress` leaves them out.
 *
 * Every sample is a fresh browser context (empty cache but for client-cached's bundle); a round takes one
 * sample of every page and variant, the variants' order rotating from round to
 * round. Prints, per page, the median of each metric with its spread (min–max),
 * its ratio to the twin, and the targets met or missed.
 *
 * Measured only on a quiet machine: before starting it waits until the load
 * average (1 min) is at most --max-load (default 1.2); a round during which
 * other processes than the bench's own used more than --quiet-cpu cores
 * (default 0.25) is thrown away and taken again once they are quiet. Bounded:
 * --runs samples per page (default 11 for the section alone, 7 for the others;
 * at most 51: about 10 minutes with WordPress on a quiet machine) and
 * --max-minutes overall (default 30, waiting included); then it reports what it
 * has. Not part of `npm test`.
 *
 *   npm run bench [-- --runs 11 --pages section,widgets-in-text --no-wordpress --json .tmp/bench/results.json]
 *
 * Metrics: LCP (largest-contentful-paint), CLS (sum of all layout-shift values:
 * the bench sends no input, see observe()), TBT (sum of each long task's time over 50 ms, from
 * navigation start, where Lighthouse starts at FCP; the page is observed until
 * 1 s after every widget has rendered), longest task (longtask entries; 0 when none went over 50 ms),
 * script time (CDP Performance.getMetrics ScriptDuration: main-thread script
 * execution, under the throttling).
 */
/* global window, document, ShadowRoot -- observe() and widgetsReady() run in the page */
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { LAYOUTS, staticPages, topLevelWidgets, wordpressPages, wordpressSettings } from './bench-pages.mjs';
import { benchVariants, startWordPress } from './bench-wordpress.mjs';
import { findChromium, QUIET_CHROMIUM_ARGS } from './ensure-browser.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 412, height: 915 };
const CHROMIUM_ARGS = [...QUIET_CHROMIUM_ARGS, '--disable-extensions'];
const TAGS = ['hip-complaints-section', 'symptom-checklist', 'appointment-cta', 'stats-figure', 'hip-condition-card'];
/** Each variant and the twin it is compared with. */
const TWIN_OF = { twin: 'twin', client: 'twin', 'client-cached': 'twin', prerender: 'twin', 'wordpress-twin': 'wordpress-twin', wordpress: 'wordpress-twin' };
const TWINS = new Set(Object.values(TWIN_OF));
/** Samples per page by default: the in-text pages fewer (their verdicts are mostly about CLS, which varies less), so that a default run stays near 10 minutes. */
const DEFAULT_RUNS = { section: 11, 'section-in-text': 7, 'widgets-in-text': 7 };

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string' },
    pages: { type: 'string', default: Object.keys(LAYOUTS).join(',') },
    'no-wordpress': { type: 'boolean', default: false },
    'max-minutes': { type: 'string', default: '30' },
    'max-load': { type: 'string', default: '1.2' },
    'quiet-cpu': { type: 'string', default: '0.25' },
    json: { type: 'string', default: '.tmp/bench/results.json' },
  },
});
const PAGES = options.pages.split(',').map((name) => name.trim());
for (const name of PAGES) if (!LAYOUTS[name]) throw new Error(`--pages: no page "${name}"; the pages are ${Object.keys(LAYOUTS).join(', ')}`);
const RUNS = Object.fromEntries(PAGES.map((name) => [name, Math.min(Math.max(Number.parseInt(options.runs ?? DEFAULT_RUNS[name], 10) || DEFAULT_RUNS[name], 1), 51)]));
const WITH_WORDPRESS = !options['no-wordpress'];
const DEADLINE = Date.now() + Math.min(Number(options['max-minutes']) || 30, 120) * 60_000;
const MAX_LOAD = Number(options['max-load']);
const QUIET_CPU = Number(options['quiet-cpu']);

/**
 * CPU time (clock ticks) of every process, with its parent: to tell the
 * bench's own work (this process and the Chromium it started) from others'.
 */
function processTicks() {
  const ticks = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // After the command's ")" (which may hold spaces): state ppid … utime(14) stime(15).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while we read.
    }
  }
  return ticks;
}

/** Cores used by processes other than the bench's own between two processTicks() snapshots, `seconds` apart. */
function othersCores(before, after, seconds) {
  const ours = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, { ppid }] of after) {
      if (!ours.has(pid) && ours.has(ppid)) {
        ours.add(pid);
        grew = true;
      }
    }
  }
  let used = 0;
  for (const [pid, { ticks }] of after) if (!ours.has(pid)) used += ticks - (before.get(pid)?.ticks ?? 0);
  return used / 100 / seconds; // USER_HZ is 100 on Linux.
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Waits until the 1-minute load average is at most --max-load. False if the deadline came first. */
async function waitForLowLoad() {
  let said = false;
  while (loadavg()[0] > MAX_LOAD) {
    if (Date.now() > DEADLINE) return false;
    if (!said) console.log(`bench: load average ${loadavg()[0].toFixed(2)} > ${MAX_LOAD}: other runs are going on; waiting for the machine to be quiet...`);
    said = true;
    await sleep(15_000);
  }
  return true;
}

/** Waits until others' processes use at most --quiet-cpu cores over 10 s. False if the deadline came first. */
async function waitForQuiet() {
  for (;;) {
    if (Date.now() > DEADLINE) return false;
    const before = processTicks();
    await sleep(10_000);
    const cores = othersCores(before, processTicks(), 10);
    if (cores <= QUIET_CPU) return true;
    console.log(`bench: other processes use ${cores.toFixed(2)} cores; waiting`);
  }
}

/**
 * A static server for the pages, dist/ and, for the WordPress pages, every file
 * of the WordPress site they load (fetched once from it, then kept), gzip on
 * the wire like a CDN's. Loopback only.
 */
async function serve(htmlPages, upstream) {
  const bodies = new Map();
  for (const [path, html] of Object.entries(htmlPages)) bodies.set(path, { type: 'text/html; charset=utf-8', body: gzipSync(html) });
  const types = { '.js': 'text/javascript; charset=utf-8' };
  const fromUpstream = async (url) => {
    const response = await fetch(new URL(url, upstream.url));
    if (!response.ok) return null;
    const type = response.headers.get('content-type') ?? 'application/octet-stream';
    const body = Buffer.from(await response.arrayBuffer());
    // Text gzipped, fonts and images as they are (a host does not compress them either).
    return /text|javascript|json|svg|xml/.test(type) ? { type, body: gzipSync(body) } : { type, body, plain: true };
  };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    let entry = bodies.get(path) ?? bodies.get(`${url.pathname}${url.search}`);
    if (!entry && path.startsWith('/dist/') && !path.includes('..') && existsSync(resolve(ROOT, `.${path}`))) {
      entry = { type: types[extname(path)] ?? 'application/octet-stream', body: gzipSync(readFileSync(resolve(ROOT, `.${path}`))) };
      bodies.set(path, entry);
    }
    if (!entry && upstream.url && !path.startsWith('/bench/')) {
      entry = await fromUpstream(`${url.pathname}${url.search}`).catch(() => null);
      if (entry) bodies.set(`${url.pathname}${url.search}`, entry);
    }
    if (!entry && path === '/bench/warm.html') entry = { type: 'text/html; charset=utf-8', body: gzipSync('<!doctype html><title>warm</title><script type="module" src="/dist/hip-widgets.js"></script>\n') };
    if (!entry) {
      response.writeHead(404, { 'cache-control': 'no-store' }).end();
      return;
    }
    // Pages never cached; scripts cacheable, for client-cached (the other variants run with the cache disabled).
    const cache = path.startsWith('/bench/') ? 'no-store' : 'max-age=3600';
    response.writeHead(200, { 'content-type': entry.type, ...(!entry.plain && { 'content-encoding': 'gzip' }), 'cache-control': cache, 'content-length': entry.body.length });
    response.end(entry.body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** Installed before the page's own code: collects the paint, shift and long-task entries. */
function observe() {
  const metrics = { lcp: 0, cls: 0, fcp: 0, longTasks: [], shifts: [] };
  // "section > stats-figure[part=figure] > figure": where a shifted node sits, across shadow roots.
  const describe = (node) => {
    const names = [];
    for (let at = node; at && names.length < 6; at = at.parentNode instanceof ShadowRoot ? at.parentNode.host : at.parentNode) {
      if (at.nodeType !== 1) continue;
      names.unshift(`${at.localName}${at.getAttribute('part') ? `[part=${at.getAttribute('part')}]` : ''}`);
    }
    return names.join(' > ') || String(node?.nodeName);
  };
  window.__bench = metrics;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      metrics.lcp = entry.renderTime || entry.loadTime || entry.startTime;
      // The API names no element inside a shadow root (the section's own text).
      metrics.lcpElement = entry.element ? describe(entry.element) : 'text inside a shadow root';
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    // Every shift counts, hadRecentInput or not: the bench sends no input, and what Chromium takes for
    // one here is the emulated phone's viewport taking its width from the page's meta viewport, after
    // which it leaves out shifts for 500 ms by a timer that, on a throttled main thread, fires late.
    // That hid the text after a client-rendered widget moving (0.21 on widgets-in-text) until the
    // bench counted them.
    for (const entry of list.getEntries()) {
      metrics.cls += entry.value;
      metrics.shifts.push({ at: Math.round(entry.startTime), value: entry.value, moved: entry.sources.map((source) => `${describe(source.node)} y ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)} h ${Math.round(source.previousRect.height)}→${Math.round(source.currentRect.height)}`) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') metrics.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) metrics.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * True once every widget on the page and inside them has rendered (or, on a
 * twin, once the page has loaded). The elements inside the section appear with
 * its first render, so "every one found" includes them from then on.
 */
function widgetsReady({ tags, twin, topLevel }) {
  if (twin) return document.readyState === 'complete';
  const found = [];
  const collect = (root) => {
    for (const element of root.querySelectorAll(tags.join(','))) {
      found.push(element);
      if (element.shadowRoot) collect(element.shadowRoot);
    }
  };
  collect(document);
  return found.length >= topLevel && found.every((element) => element.hasUpdated && !element.isUpdatePending);
}

async function sample(browser, origin, pageName, variant) {
  // A phone: mobile emulation, so scrollbars overlay the page as on a phone. With a desktop's
  // classic scrollbar, the page's growing past the screen while its HTML streamed in narrowed it by
  // 15 px and wrapped the call to action's phone button to a new row: a 0.009 layout shift on the
  // static twin too, in about one sample in ten.
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.addInitScript(observe);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // client-cached: a first page of the site, unthrottled, leaves the bundle in the cache.
    if (variant === 'client-cached') await page.goto(`${origin}/bench/warm.html`, { waitUntil: 'load' });
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: variant !== 'client-cached' });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    await page.goto(`${origin}/bench/${pageName}/${variant === 'client-cached' ? 'client' : variant}.html`, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(widgetsReady, { tags: TAGS, twin: TWINS.has(variant), topLevel: topLevelWidgets(pageName) }, { timeout: 30_000, polling: 50 });
    // Let late tasks (a locale switch, a second layout) show up, then read.
    await page.waitForTimeout(1000);
    const metrics = await page.evaluate(() => window.__bench);
    const { metrics: cdpMetrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => cdpMetrics.find((entry) => entry.name === name)?.value ?? 0;
    // From navigation start, not only after FCP as Lighthouse counts: on the client-rendered page
    // the long task that renders the section ends before its first paint and would not count.
    const tbt = metrics.longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
    return {
      lcp: metrics.lcp,
      lcpElement: metrics.lcpElement,
      fcp: metrics.fcp,
      cls: metrics.cls,
      tbt,
      longestTask: metrics.longTasks.reduce((max, task) => Math.max(max, task.duration), 0),
      script: metric('ScriptDuration') * 1000,
      shifts: metrics.shifts,
      errors,
    };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const spread = (values) => [Math.min(...values), Math.max(...values)];
const METRICS = ['lcp', 'fcp', 'cls', 'tbt', 'longestTask', 'script'];

/** The targets of one page (docs/performance.md): [name, met, value]. */
function targets(pageName, stats) {
  const has = (variant) => Boolean(stats[variant]?.samples);
  const lcpRatio = (variant) => stats[variant].lcp.median / stats[TWIN_OF[variant]].lcp.median;
  const list = [];
  const lcp = (variant, limit) => has(variant) && list.push([`${variant} LCP <= ${limit.toFixed(2)}x ${TWIN_OF[variant]}`, lcpRatio(variant) <= limit, `${lcpRatio(variant).toFixed(2)}x`]);
  const clsZero = (variants) => {
    const present = variants.filter(has);
    if (present.length) list.push([`CLS 0.000 (${present.join(', ')}; every sample)`, present.every((variant) => stats[variant].cls.range[1] < 0.0005), `max ${Math.max(...present.map((variant) => stats[variant].cls.range[1])).toFixed(3)}`]);
  };
  if (pageName === 'section') {
    lcp('client', 1.25);
    lcp('prerender', 1.05);
    lcp('wordpress', 1.05);
    clsZero(['client', 'client-cached', 'prerender', 'wordpress']);
  } else {
    lcp('prerender', 1.05);
    lcp('wordpress', 1.05);
    clsZero(['prerender', 'wordpress']);
    for (const variant of ['client', 'client-cached'].filter(has)) list.push([`${variant} CLS <= 0.05 (every sample)`, stats[variant].cls.range[1] <= 0.05, `median ${stats[variant].cls.median.toFixed(3)}, max ${stats[variant].cls.range[1].toFixed(3)}`]);
  }
  const scripted = ['client', 'client-cached', 'prerender', 'wordpress'].filter(has);
  const longest = Math.max(...scripted.map((variant) => stats[variant].longestTask.range[1]));
  list.push([`no task over 50 ms (${scripted.join(', ')}; every sample)`, longest <= 50, `longest ${Math.round(longest)} ms`]);
  return list;
}

function report(pageName, rows) {
  const variants = Object.keys(rows).filter((variant) => rows[variant].length);
  const stats = {};
  for (const variant of variants) {
    stats[variant] = Object.fromEntries(METRICS.map((key) => [key, { median: median(rows[variant].map((row) => row[key])), range: spread(rows[variant].map((row) => row[key])) }]));
    stats[variant].samples = rows[variant].length;
  }
  const ms = (value) => `${Math.round(value)}`;
  const ratio = (variant, key) => (stats[TWIN_OF[variant]]?.[key].median > 0 ? `${(stats[variant][key].median / stats[TWIN_OF[variant]][key].median).toFixed(2)}x` : '–');
  const cell = (variant, key, format) => `${format(stats[variant][key].median)} (${format(stats[variant][key].range[0])}–${format(stats[variant][key].range[1])})`;
  console.log(`\n${pageName}: median of ${stats[variants[0]].samples} samples per variant (min–max), ms unless noted; ratios to the variant's twin`);
  const header = ['variant', 'LCP', 'LCP/twin', 'FCP', 'CLS', 'TBT', 'longest task', 'script', 'script/twin'];
  const table = [header];
  for (const variant of variants) {
    table.push([
      variant,
      cell(variant, 'lcp', ms),
      ratio(variant, 'lcp'),
      cell(variant, 'fcp', ms),
      cell(variant, 'cls', (value) => value.toFixed(3)),
      cell(variant, 'tbt', ms),
      cell(variant, 'longestTask', ms),
      cell(variant, 'script', ms),
      ratio(variant, 'script'),
    ]);
  }
  const widths = header.map((_, column) => Math.max(...table.map((row) => row[column].length)));
  for (const row of table) console.log(`  ${row.map((value, column) => value.padEnd(widths[column])).join('  ')}`);
  // What the largest contentful paint was, most often: what an LCP ratio is about.
  for (const variant of variants) {
    const counts = new Map();
    for (const row of rows[variant]) counts.set(row.lcpElement, (counts.get(row.lcpElement) ?? 0) + 1);
    const [element, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
    stats[variant].lcpElement = element;
    console.log(`  LCP on ${variant}: ${element} (${count} of ${rows[variant].length})`);
  }
  const checked = targets(pageName, stats);
  for (const [name, met, value] of checked) console.log(`  ${met ? 'met   ' : 'MISSED'}  ${name}: ${value}`);
  return { stats, targets: checked.map(([name, met, value]) => ({ name, met, value })) };
}

async function main() {
  if (!existsSync(resolve(ROOT, 'dist/hip-widgets.js'))) throw new Error('dist/hip-widgets.js missing: run `npm run build` first');
  const started = Date.now();
  if (!(await waitForLowLoad())) throw new Error(`the machine stayed busy (load average ${loadavg()[0].toFixed(2)} > ${MAX_LOAD}) until --max-minutes; no figures`);
  const machine = { loadAtStart: loadavg().map((value) => Number(value.toFixed(2))), othersCores: [], discardedRounds: 0 };
  console.log(`bench: load average ${machine.loadAtStart.join(', ')}; pages ${PAGES.map((name) => `${name} (${RUNS[name]} samples)`).join(', ')}${WITH_WORDPRESS ? ', with WordPress' : ''}`);

  const built = await staticPages();
  const htmlPages = {};
  const variantsOf = {};
  for (const name of PAGES) {
    for (const [variant, html] of Object.entries(built[name])) htmlPages[`/bench/${name}/${variant}.html`] = html;
    variantsOf[name] = ['twin', 'client', 'client-cached', 'prerender'];
  }
  let wordpress;
  const stopWordPress = async () => {
    const running = wordpress;
    wordpress = undefined;
    if (running) await running.stop();
  };
  const interrupted = async () => {
    await stopWordPress();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const upstream = {};
  const wpInfo = {};
  let browser;
  let server;
  const samples = Object.fromEntries(PAGES.map((name) => [name, {}]));
  const problems = new Set();
  try {
    if (WITH_WORDPRESS) {
      console.log('bench: starting the WordPress test site (scripts/wordpress/test-wordpress.sh, HIPWP_KEEP=1)...');
      mkdirSync(resolve(ROOT, '.tmp/bench'), { recursive: true });
      const layouts = Object.fromEntries(Object.entries(wordpressPages()).filter(([name]) => PAGES.includes(name)));
      wordpress = await startWordPress({ pages: layouts, settings: wordpressSettings(), log: resolve(ROOT, '.tmp/bench/wordpress.log') }).catch((error) => {
        throw new Error(`${error.message}\n(--no-wordpress measures the other variants without it)`, { cause: error });
      });
      upstream.url = wordpress.siteUrl;
      for (const name of PAGES) {
        for (const [variant, html] of Object.entries(benchVariants(wordpress.html[name], wordpress.siteUrl))) htmlPages[`/bench/${name}/${variant}.html`] = html;
        variantsOf[name].push('wordpress-twin', 'wordpress');
      }
      Object.assign(wpInfo, { setupSeconds: wordpress.setupSeconds, serverMs: Object.fromEntries(Object.entries(wordpress.serverMs).map(([name, value]) => [name, Math.round(value)])) });
      console.log(`bench: WordPress ready in ${wordpress.setupSeconds} s; it generated the pages in ${Object.entries(wpInfo.serverMs).map(([name, value]) => `${name} ${value} ms`).join(', ')} (not part of the samples)`);
    }
    ({ server } = await serve(htmlPages, upstream));
    const origin = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || findChromium() || '/usr/bin/chromium', args: CHROMIUM_ARGS });
    for (const name of PAGES) for (const variant of variantsOf[name]) samples[name][variant] = [];
    // One warm-up round, not counted: the first launch of a process pays for disk caches, and the
    // WordPress pages' files are fetched from the site once; after it the site is not needed.
    for (const name of PAGES) for (const variant of variantsOf[name]) await sample(browser, origin, name, variant);
    await stopWordPress();
    const maxRuns = Math.max(...Object.values(RUNS));
    for (let run = 0; run < maxRuns; ) {
      if (Date.now() > DEADLINE) {
        console.log(`\nbench: time limit reached after ${run} rounds; reporting those`);
        break;
      }
      const before = processTicks();
      const roundStart = performance.now();
      const round = [];
      for (const name of PAGES.filter((page) => RUNS[page] > run)) {
        const variants = variantsOf[name];
        for (const variant of variants.map((_, index) => variants[(index + run) % variants.length])) round.push([name, variant, await sample(browser, origin, name, variant)]);
      }
      const cores = othersCores(before, processTicks(), (performance.now() - roundStart) / 1000);
      if (cores > QUIET_CPU) {
        machine.discardedRounds += 1;
        console.log(`\nbench: other processes used ${cores.toFixed(2)} cores during round ${run + 1}: thrown away, taken again when they are quiet`);
        if (!(await waitForQuiet())) break;
        continue;
      }
      machine.othersCores.push(Number(cores.toFixed(3)));
      for (const [name, variant, result] of round) {
        result.errors.forEach((error) => problems.add(`${name}/${variant}: ${error}`));
        samples[name][variant].push(result);
      }
      run += 1;
      process.stdout.write(`\rbench: ${run}/${maxRuns} rounds`);
    }
  } finally {
    await browser?.close();
    server?.close();
    await stopWordPress();
  }
  if (PAGES.every((name) => !samples[name].twin?.length)) throw new Error('no round finished');
  if (problems.size) console.log(`\nConsole messages and failed requests during the runs:\n  ${[...problems].join('\n  ')}`);
  // What moved, when a sample had a layout shift: the first thing to look at when CLS is not 0.
  for (const name of PAGES) {
    for (const [variant, rows] of Object.entries(samples[name])) {
      for (const shift of rows.flatMap((row) => row.shifts)) console.log(`\nlayout shift on ${name}/${variant} at ${shift.at} ms (${shift.value.toFixed(4)}):\n  ${shift.moved.join('\n  ')}`);
    }
  }
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(`\n${CPU_SLOWDOWN}x CPU, 150 ms RTT, 1.6 Mbit/s down, viewport ${VIEWPORT.width}x${VIEWPORT.height} (mobile); ${minutes} min; load average at start ${machine.loadAtStart.join(', ')}; other processes during the rounds kept: ${machine.othersCores.length ? `${Math.max(...machine.othersCores).toFixed(2)} cores at most` : '–'}; rounds thrown away: ${machine.discardedRounds}`);
  const results = Object.fromEntries(PAGES.filter((name) => samples[name].twin?.length).map((name) => [name, report(name, samples[name])]));
  const bytes = Object.fromEntries(Object.entries(htmlPages).map(([path, html]) => [path, { html: Buffer.byteLength(html), gzip: gzipSync(html).length }]));
  console.log(`\nHTML per page, gzip: ${Object.entries(bytes).map(([path, size]) => `${path.replace(/^\/bench\/|\.html$/g, '')} ${size.gzip} B`).join(', ')}; bundle ${gzipSync(readFileSync(resolve(ROOT, 'dist/hip-widgets.js'))).length} B`);
  if (options.json) {
    mkdirSync(dirname(resolve(ROOT, options.json)), { recursive: true });
    writeFileSync(resolve(ROOT, options.json), `${JSON.stringify({ when: new Date().toISOString(), minutes: Number(minutes), network: NETWORK, cpuSlowdown: CPU_SLOWDOWN, viewport: VIEWPORT, machine, wordpress: wpInfo, bytes, pages: results, samples }, null, 2)}\n`);
    console.log(`bench: samples written to ${options.json}`);
  }
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error.message}`);
  process.exit(1);
});
