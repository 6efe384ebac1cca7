#!/usr/bin/env node
/**
 * `npm run bench`: the whole section three ways, in headless Chromium with 4x
 * CPU throttling and a mobile network (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s
 * up, gzip on the wire), served from 127.0.0.1:
 *
 *   twin        the pre-rendered page with its script tag removed: the same
 *               text and CSS as static HTML, the baseline;
 *   client      the one-script-tag page: the bundle renders the section;
 *   prerender   the pre-rendered page (declarative shadow DOM) + the bundle,
 *               which hydrates it.
 *
 * Every sample is a fresh browser context (empty cache), and the order of the
 * three rotates from sample to sample. Prints the median of each metric with
 * its spread (min–max), its ratio to the twin, and the targets. Bounded: at
 * most --runs samples per page (default 11, at most 51) and --max-minutes
 * overall (default 15); then it stops by itself. Not part of `npm test`.
 *
 *   npm run bench [-- --runs 11 --json .tmp/bench/results.json]
 *
 * Metrics: LCP (largest-contentful-paint), CLS (sum of layout-shift values
 * without recent input), TBT (sum of each long task's time over 50 ms, from
 * navigation start, where Lighthouse starts at FCP; the page is observed until
 * 1 s after the section has finished rendering), longest task (longtask entries; 0 when none went over 50 ms),
 * script time (CDP Performance.getMetrics ScriptDuration: main-thread script
 * execution, under the throttling).
 */
/* global window, document, customElements, ShadowRoot -- observe() and sectionReady() run in the page */
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { findChromium, QUIET_CHROMIUM_ARGS } from './ensure-browser.mjs';
import { prerender } from './prerender.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 412, height: 915 };
const CHROMIUM_ARGS = [...QUIET_CHROMIUM_ARGS, '--disable-extensions'];
const VARIANTS = ['twin', 'client', 'prerender'];
const TAGS = ['hip-complaints-section', 'symptom-checklist', 'appointment-cta', 'stats-figure', 'hip-condition-card'];

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '11' },
    'max-minutes': { type: 'string', default: '15' },
    json: { type: 'string', default: '.tmp/bench/results.json' },
  },
});
const RUNS = Math.min(Math.max(Number.parseInt(options.runs, 10) || 11, 1), 51);
const DEADLINE = Date.now() + Math.min(Number(options['max-minutes']) || 15, 60) * 60_000;

/** The three pages, from one pre-render of the Dutch section (location "centrum"). */
async function pages() {
  if (!existsSync(resolve(ROOT, 'dist/hip-widgets.js'))) throw new Error('dist/hip-widgets.js missing: run `npm run build` first');
  const { results } = await prerender({ locales: ['nl'], config: 'demo/practice-config.json', attributes: { location: 'centrum' }, 'script-src': '/dist/hip-widgets.js' });
  const prerendered = results[0].page;
  const moduleScript = '<script type="module" src="/dist/hip-widgets.js"></script>\n';
  if (!prerendered.includes(moduleScript)) throw new Error('the pre-rendered page has no module script tag');
  const twin = prerendered.replace(moduleScript, '');
  // The client-rendered page: the same document, the element empty (no shadow root, no JSON-LD).
  const start = prerendered.indexOf('<hip-complaints-section');
  const end = prerendered.indexOf('</hip-complaints-section>') + '</hip-complaints-section>'.length;
  const openTag = prerendered.slice(start, prerendered.indexOf('>', start) + 1);
  const client = (prerendered.slice(0, start) + `${openTag}</hip-complaints-section>` + prerendered.slice(end)).replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>\n/, '');
  return { twin, client, prerender: prerendered };
}

/** A static server for the pages and dist/, gzip on the wire like a CDN's. Loopback only. */
async function serve(htmlPages) {
  const bodies = new Map();
  for (const [name, html] of Object.entries(htmlPages)) bodies.set(`/bench/${name}.html`, { type: 'text/html; charset=utf-8', body: gzipSync(html) });
  const types = { '.js': 'text/javascript; charset=utf-8' };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    let entry = bodies.get(path);
    if (!entry && path.startsWith('/dist/') && !path.includes('..') && existsSync(resolve(ROOT, `.${path}`))) {
      entry = { type: types[extname(path)] ?? 'application/octet-stream', body: gzipSync(readFileSync(resolve(ROOT, `.${path}`))) };
      bodies.set(path, entry);
    }
    if (!entry) {
      response.writeHead(404, { 'cache-control': 'no-store' }).end();
      return;
    }
    response.writeHead(200, { 'content-type': entry.type, 'content-encoding': 'gzip', 'cache-control': 'no-store', 'content-length': entry.body.length });
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
    for (const entry of list.getEntries()) metrics.lcp = entry.renderTime || entry.loadTime || entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
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

/** True once the section and every element in it have rendered (or, on the twin, once the page has loaded). */
function sectionReady(tags) {
  const section = document.querySelector('hip-complaints-section');
  if (!section) return false;
  if (!customElements.get('hip-complaints-section')) return document.readyState === 'complete' && !document.querySelector('script[type="module"]');
  const elements = [section];
  const collect = (root) => {
    for (const element of root.querySelectorAll(tags.join(','))) {
      elements.push(element);
      if (element.shadowRoot) collect(element.shadowRoot);
    }
  };
  if (!section.shadowRoot) return false;
  collect(section.shadowRoot);
  return elements.length > 6 && elements.every((element) => element.hasUpdated && !element.isUpdatePending);
}

async function sample(browser, origin, variant) {
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
    await page.addInitScript(observe);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    await page.goto(`${origin}/bench/${variant}.html`, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(sectionReady, TAGS, { timeout: 30_000, polling: 50 });
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

function report(samples) {
  const stats = {};
  for (const variant of VARIANTS) {
    const rows = samples[variant];
    stats[variant] = Object.fromEntries(['lcp', 'fcp', 'cls', 'tbt', 'longestTask', 'script'].map((key) => [key, { median: median(rows.map((row) => row[key])), range: spread(rows.map((row) => row[key])) }]));
    stats[variant].samples = rows.length;
  }
  const ms = (value) => `${Math.round(value)}`;
  const ratio = (variant, key) => (stats.twin[key].median > 0 ? `${(stats[variant][key].median / stats.twin[key].median).toFixed(2)}x` : '–');
  const cell = (variant, key, format) => `${format(stats[variant][key].median)} (${format(stats[variant][key].range[0])}–${format(stats[variant][key].range[1])})`;
  console.log(`\nMedian of ${stats.twin.samples} samples per page (min–max); 4x CPU, 150 ms RTT, 1.6 Mbit/s, viewport ${VIEWPORT.width}x${VIEWPORT.height} (mobile), ms unless noted`);
  const header = ['page', 'LCP', 'LCP/twin', 'FCP', 'CLS', 'TBT', 'longest task', 'script', 'script/twin'];
  const table = [header];
  for (const variant of VARIANTS) {
    table.push([
      variant,
      cell(variant, 'lcp', ms),
      variant === 'twin' ? '1.00x' : ratio(variant, 'lcp'),
      cell(variant, 'fcp', ms),
      cell(variant, 'cls', (value) => value.toFixed(3)),
      cell(variant, 'tbt', ms),
      cell(variant, 'longestTask', ms),
      cell(variant, 'script', ms),
      variant === 'twin' ? '1.00x' : ratio(variant, 'script'),
    ]);
  }
  const widths = header.map((_, column) => Math.max(...table.map((row) => row[column].length)));
  for (const row of table) console.log(row.map((value, column) => value.padEnd(widths[column])).join('  '));

  const lcpRatio = (variant) => stats[variant].lcp.median / stats.twin.lcp.median;
  const targets = [
    ['client LCP <= 1.25x twin', lcpRatio('client') <= 1.25, `${lcpRatio('client').toFixed(2)}x`],
    ['prerender LCP <= 1.05x twin', lcpRatio('prerender') <= 1.05, `${lcpRatio('prerender').toFixed(2)}x`],
    ['CLS 0.000 (client, prerender; every sample)', ['client', 'prerender'].every((variant) => stats[variant].cls.range[1] < 0.0005), `max ${Math.max(stats.client.cls.range[1], stats.prerender.cls.range[1]).toFixed(3)}`],
    ['no task over 50 ms (client, prerender; every sample)', ['client', 'prerender'].every((variant) => stats[variant].longestTask.range[1] <= 50), `longest ${Math.round(Math.max(stats.client.longestTask.range[1], stats.prerender.longestTask.range[1]))} ms`],
  ];
  console.log('\nTargets');
  for (const [name, met, value] of targets) console.log(`  ${met ? 'met   ' : 'MISSED'}  ${name}: ${value}`);
  return { stats, targets: targets.map(([name, met, value]) => ({ name, met, value })) };
}

async function main() {
  const htmlPages = await pages();
  const { server, origin } = await serve(htmlPages);
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || findChromium() || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const samples = Object.fromEntries(VARIANTS.map((variant) => [variant, []]));
  const problems = new Set();
  try {
    // One warm-up round, not counted: the first launch of a process pays for disk caches.
    for (const variant of VARIANTS) await sample(browser, origin, variant);
    for (let run = 0; run < RUNS; run += 1) {
      if (Date.now() > DEADLINE) {
        console.log(`bench: time limit reached after ${run} samples per page; reporting those`);
        break;
      }
      const order = VARIANTS.map((_, index) => VARIANTS[(index + run) % VARIANTS.length]);
      for (const variant of order) {
        const result = await sample(browser, origin, variant);
        result.errors.forEach((error) => problems.add(`${variant}: ${error}`));
        samples[variant].push(result);
      }
      process.stdout.write(`\rbench: ${run + 1}/${RUNS} samples per page`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (samples.twin.length === 0) throw new Error('no sample finished');
  if (problems.size) console.log(`\nConsole messages during the runs:\n  ${[...problems].join('\n  ')}`);
  // What moved, when a sample had a layout shift: the first thing to look at when CLS is not 0.
  for (const variant of VARIANTS) {
    for (const shift of samples[variant].flatMap((row) => row.shifts)) console.log(`\nlayout shift on ${variant} at ${shift.at} ms (${shift.value.toFixed(4)}):\n  ${shift.moved.join('\n  ')}`);
  }
  const result = report(samples);
  const bytes = Object.fromEntries(Object.entries(htmlPages).map(([name, html]) => [name, { html: Buffer.byteLength(html), gzip: gzipSync(html).length }]));
  console.log(`\nHTML per page, gzip: ${Object.entries(bytes).map(([name, size]) => `${name} ${size.gzip} B`).join(', ')}; bundle ${gzipSync(readFileSync(resolve(ROOT, 'dist/hip-widgets.js'))).length} B`);
  if (options.json) {
    mkdirSync(dirname(resolve(ROOT, options.json)), { recursive: true });
    writeFileSync(resolve(ROOT, options.json), `${JSON.stringify({ when: new Date().toISOString(), network: NETWORK, cpuSlowdown: CPU_SLOWDOWN, viewport: VIEWPORT, bytes, ...result, samples }, null, 2)}\n`);
    console.log(`bench: samples written to ${options.json}`);
  }
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error.message}`);
  process.exit(1);
});
