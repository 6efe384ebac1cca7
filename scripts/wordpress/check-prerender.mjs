#!/usr/bin/env node
/**
 * The plugin's pre-rendered HTML (includes/render.php), checked against the
 * widgets themselves (part of scripts/wordpress/test-wordpress.sh):
 *
 * 1. For each shortcode of scripts/wordpress/prerender-cases.json (hostile
 *    values among them), the element WordPress printed equals what
 *    `npm run prerender`'s renderer (scripts/ssr.mjs) makes of the same
 *    element under the page's own config, after normalising white space in
 *    tags and the spelling of character references.
 * 2. In Chromium, after the bundle hydrated the page: every widget's DOM (shadow
 *    roots included) equals that of the same element rendered by the bundle
 *    from scratch, nothing moved (no layout shift), no console message.
 * 3. With JavaScript off, the section's headings, symptoms, statistic and card
 *    titles are on screen.
 *
 * Prints "PASS …" / "FAIL …" per check; exits non-zero only when it could not run.
 */
/* global document, window, customElements, Node -- in functions run in the browser */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, launchChromium, onFailedRequest, runChecks, show, testSite } from './check-common.mjs';
import { structuredData } from '../prerender.mjs';
import { loadWidgets, renderElement, ROOT, useSettings } from '../ssr.mjs';

const { site, chromePath } = testSite('check-prerender');
const casesFile = JSON.parse(readFileSync(join(ROOT, 'scripts/wordpress/prerender-cases.json'), 'utf8'));
const TAGS = ['hip-complaints-section', 'hip-condition-card', 'symptom-checklist', 'appointment-cta', 'stats-figure'];
const TIMEOUT = 15_000;


const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return NAMED[name.toLowerCase()] ?? whole;
  });
const encode = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** HTML with each tag's attributes written one way (single spaces, double quotes, one spelling of each character). */
export function normalise(markup) {
  return markup.replace(/(<!--[\s\S]*?-->|<\?>)|(<\/?[a-z][^\s/>]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/gi, (whole, comment, open, attributes, selfClosing, text) => {
    if (comment) return comment;
    if (text !== undefined) return encode(decode(text));
    const written = [...(attributes ?? '').matchAll(/\s+([^\s=>]+)(?:="([^"]*)")?/g)].map(([, name, value]) => (value === undefined ? ` ${name}` : ` ${name}="${encode(decode(value))}"`));
    return `${open}${written.join('')}${selfClosing}>`;
  });
}

/** The page's top-level widgets, in order: each element's markup from its start tag to its end tag. */
function topLevelWidgets(html) {
  const found = [];
  const start = new RegExp(`<(${TAGS.join('|')})(?=[\\s>])`, 'g');
  for (let match; (match = start.exec(html)); ) {
    const end = html.indexOf(`</${match[1]}>`, match.index);
    if (end < 0) break;
    found.push({ tag: match[1], markup: html.slice(match.index, end + match[1].length + 3) });
    start.lastIndex = end;
  }
  return found;
}

/** The attributes of a start tag, decoded. */
function attributesOf(markup) {
  const tag = /^<[a-z-]+((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*>/i.exec(markup)?.[1] ?? '';
  return Object.fromEntries([...tag.matchAll(/\s+([^\s=>]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, value === undefined ? true : decode(value)]));
}

function pageConfig(html) {
  const json = /<script[^>]*data-hip-widgets-config[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
  return json ? JSON.parse(json) : { locations: [] };
}

function pageLocale(html, config) {
  const match = (tag) => {
    const language = String(tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
    return ['nl', 'en', 'de', 'fr'].includes(language) ? language : undefined;
  };
  return match(config.locale) ?? match(/<html[^>]*\slang="([^"]*)"/.exec(html)?.[1]) ?? 'nl';
}

async function fetchPage(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

// 1. The printed markup against the renderer's, page by page (each under its own page config).
const { cases, pickerPage, blockPage, reviewPage } = casesFile;
const widgets = await loadWidgets();
const quiet = { warn: console.warn, error: console.error, info: console.info };

async function checkCases(label, url, pageCases) {
  const html = await fetchPage(url);
  const config = pageConfig(html);
  const locale = pageLocale(html, config);
  console.warn = console.error = console.info = () => {};
  try {
    // The page's config as the widgets take it, bad values and all (they report and leave those out).
    await useSettings(widgets, { locale, config, lenient: true });
  } finally {
    Object.assign(console, quiet);
  }
  const printed = topLevelWidgets(html);
  check(printed.length === pageCases.length, `${label}: the page has the ${pageCases.length} elements of its ${pageCases.length} shortcodes`, show(printed.map((element) => element.tag)));
  for (const [index, testCase] of pageCases.entries()) {
    const element = printed[index];
    const name = `${label}: ${(testCase.shortcode ?? testCase.block).slice(0, 110)}`;
    const attributes = element ? attributesOf(element.markup) : undefined;
    check(element?.tag === testCase.tag && show(attributes) === show(testCase.attributes), `${name}: prints <${testCase.tag}> with the checked attributes`, show(attributes));
    if (!element) continue;
    console.warn = console.error = console.info = () => {};
    let expected;
    try {
      expected = await renderElement(testCase.tag, testCase.attributes);
    } finally {
      Object.assign(console, quiet);
    }
    const same = normalise(element.markup) === normalise(expected);
    let detail = '';
    if (!same) {
      const [a, b] = [normalise(element.markup), normalise(expected)];
      let at = 0;
      while (a[at] === b[at]) at += 1;
      detail = `differs at ${at}: WordPress ${show(a.slice(Math.max(0, at - 80), at + 200))} renderer ${show(b.slice(Math.max(0, at - 80), at + 200))}`;
    }
    check(same, `${name}: its content is the renderer's (${locale})`, detail);
  }
  return { html, locale };
}

const { html: casesHtml, locale } = await checkCases('pre-render cases', site.pages.prerender, cases);
await checkCases('location list page', site.pages.picker, pickerPage.cases);
// The block "Heupklachten": the same pre-render as the shortcodes, in the language its first block sets (German).
await checkCases('block page', site.pages.blocks, blockPage.cases);
const { html: reviewHtml } = await checkCases('hostile review record page', site.pages.review, reviewPage.cases);

// One JSON-LD block per page, about the conditions its widgets show, in their order, with the page config's review record: what `npm run prerender` writes for them.
for (const [label, url, ids] of [
  ['pre-render cases page', site.pages.prerender, [...widgets.CONDITION_IDS]],
  ['location page', site.pages.location, ['fai', 'hip-fracture']],
  ['hostile review record page', site.pages.review, ['fai', 'perthes']],
]) {
  const html = url === site.pages.prerender ? casesHtml : url === site.pages.review ? reviewHtml : await fetchPage(url);
  const blocks = [...html.matchAll(/<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]));
  console.warn = console.error = console.info = () => {};
  try {
    // The page's config as the widgets take it, bad values and all.
    await useSettings(widgets, { locale, config: pageConfig(html), lenient: true });
  } finally {
    Object.assign(console, quiet);
  }
  const expected = structuredData(widgets, locale, ids);
  check(
    blocks.length === 1 && show(blocks[0]) === show(expected),
    `${label}: one JSON-LD block, a MedicalWebPage about ${ids.join(', ')}${expected.lastReviewed ? ', with lastReviewed' : ''}${expected.reviewedBy ? ', reviewedBy' : ''}${expected.citation ? ', citation' : ''}, as npm run prerender writes it`,
    `${show(blocks[0])?.slice(0, 200)} … expected ${show({ ...expected, about: undefined })}`,
  );
}
// The settings' review record (scripts/wordpress/site-setup.php) is in the pre-render cases page's JSON-LD, so the check above compared it.
{
  const block = JSON.parse(/<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(casesHtml)?.[1] ?? '{}');
  check(
    block.lastReviewed === '2026-03-12' && show(block.reviewedBy) === show({ '@type': 'Person', name: 'M. de Vries', jobTitle: 'fysiotherapeut' }) && block.citation?.length === 2,
    "the settings' review record is in the JSON-LD: lastReviewed, reviewedBy (a Person with its jobTitle), citation",
    show({ lastReviewed: block.lastReviewed, reviewedBy: block.reviewedBy, citation: block.citation }),
  );
}
const plain = await fetchPage(site.pages.plain);
check(!plain.includes('application/ld+json'), 'a page without widgets has no JSON-LD of the plugin');

// 2. and 3. In the browser.
const browser = await launchChromium(chromePath);
await runChecks('pre-render', browser, async () => {
  for (const [label, url, expected] of [
    ['pre-render cases page', site.pages.prerender, cases.flatMap((testCase) => testCase.console ?? [])],
    ['location list page', site.pages.picker, [...pickerPage.console, ...pickerPage.cases.flatMap((testCase) => testCase.console ?? [])]],
    ['hostile review record page', site.pages.review, reviewPage.console],
    ['shortcode page', site.pages.shortcode, []],
    ['block page', site.pages.blocks, blockPage.cases.flatMap((testCase) => testCase.console ?? [])],
  ]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Without the theme's web fonts: when they arrive, the text swaps fonts and the theme's own
    // menu moves (Twenty Twenty-Four's, 0.0007), which is not the widgets' doing. They use none.
    await context.route(/\.(woff2?|ttf|otf)(\?|$)/, (route) => route.abort('blockedbyclient'));
    const messages = [];
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/\.(woff2?|ttf|otf)(\?|$)/.test(message.location().url)) return; // the fonts refused above
      if (['error', 'warning'].includes(message.type())) messages.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`page error: ${error}`));
    onFailedRequest(page, (request) => {
      if (!/\.(woff2?|ttf|otf)(\?|$)/.test(request.url())) messages.push(`request failed: ${request.url()}`);
    });
    await page.addInitScript(() => {
      window.__hipShifts = [];
      new PerformanceObserver((list) => {
        // With what moved, for a FAIL line that says where to look.
        const describe = (node) => (node?.nodeType === 1 ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.className ? `.${String(node.className).split(' ')[0]}` : ''}` : node?.nodeName ?? 'a node in a shadow root');
        const box = (rect) => `${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;
        // A widget can only move what comes after it in the page's flow (or itself): a shift whose every
        // moved node stands before the first widget, and holds none, is the theme's own (Twenty
        // Twenty-Four's navigation settling on a busy machine), not the widgets'. Kept apart, and shown.
        const firstWidget = () => document.querySelector('hip-complaints-section, hip-condition-card, symptom-checklist, appointment-cta, stats-figure');
        const beforeWidgets = (node) => {
          const widget = firstWidget();
          return Boolean(widget && node?.nodeType === 1 && !node.contains(widget) && node.compareDocumentPosition(widget) & Node.DOCUMENT_POSITION_FOLLOWING);
        };
        for (const entry of list.getEntries()) {
          window.__hipShifts.push({
            value: entry.value,
            at: Math.round(entry.startTime),
            theme: entry.sources.length > 0 && entry.sources.every((source) => beforeWidgets(source.node)),
            moved: entry.sources.map((source) => `${describe(source.node)} ${box(source.previousRect)} → ${box(source.currentRect)}`),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    const result = await page.evaluate(
      async ({ tags, timeout }) => {
        const within = (promise) => Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), timeout))]);
        const deep = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? deep(element.shadowRoot) : [])]);
        await within(Promise.all(tags.map((tag) => customElements.whenDefined(tag))));
        const all = deep(document).filter((element) => tags.includes(element.localName));
        await within(Promise.all(all.map((element) => element.updateComplete)));
        // A language module may still switch the text once more (with the same words).
        await new Promise((resolve) => setTimeout(resolve, 300));
        await within(Promise.all(all.map((element) => element.updateComplete)));
        /** An element with its shadow root, as a visitor's browser holds it: no comments, no hydration attributes. */
        const serialise = (node) => {
          if (node.nodeType === 3) return node.data;
          // Pre-rendered styles stay as <style> elements; rendered ones are adopted style sheets.
          if (node.nodeType !== 1 || node.localName === 'style') return '';
          const attributes = [...node.attributes]
            // The section's client-side assembly leaves an empty class on the blocks it revealed: nothing a visitor sees.
            .filter((attribute) => attribute.name !== 'defer-hydration' && !(attribute.name === 'class' && attribute.value === ''))
            .map((attribute) => `${attribute.name}="${attribute.value}"`)
            .sort()
            .join(' ');
          const shadow = node.shadowRoot ? `#shadow(${[...node.shadowRoot.childNodes].map(serialise).join('')})` : '';
          const properties = node.localName === 'details' ? ` open=${node.open}` : node.localName === 'input' ? ` checked=${node.checked}` : '';
          return `<${node.localName} ${attributes}${properties}>${shadow}${[...node.childNodes].map(serialise).join('')}</${node.localName}>`;
        };
        const top = [...document.querySelectorAll(tags.join(','))].filter((element) => !element.parentElement?.closest(tags.join(',')));
        const comparisons = [];
        const twins = document.createElement('div');
        document.body.append(twins);
        for (const element of top) {
          const twin = element.cloneNode(false);
          twins.append(twin);
          await within(twin.updateComplete);
          comparisons.push({ tag: element.localName, hydrated: serialise(element), fresh: serialise(twin), wasPrerendered: Boolean(element.shadowRoot?.querySelector('style')) });
        }
        twins.remove();
        return { comparisons, shifts: window.__hipShifts };
      },
      { tags: TAGS, timeout: TIMEOUT },
    );
    for (const [index, { tag, hydrated, fresh }] of result.comparisons.entries()) {
      let at = 0;
      while (hydrated[at] === fresh[at] && at < hydrated.length) at += 1;
      check(hydrated === fresh, `${label}: <${tag}> #${index + 1} after hydration is what the bundle renders from scratch`, `from ${at}: hydrated ${show(hydrated.slice(at, at + 200))} fresh ${show(fresh.slice(at, at + 200))}`);
    }
    check(result.comparisons.length > 0 && result.comparisons.every((entry) => entry.wasPrerendered), `${label}: every element came with its content in the HTML`, show(result.comparisons.map((entry) => [entry.tag, entry.wasPrerendered])));
    const widgetShifts = result.shifts.filter((shift) => !shift.theme);
    const themeShifts = result.shifts.filter((shift) => shift.theme);
    const total = widgetShifts.reduce((sum, shift) => sum + shift.value, 0);
    if (themeShifts.length > 0) console.log(`note: ${label}: the theme moved above the widgets (not counted): ${JSON.stringify(themeShifts)}`);
    check(total === 0, `${label}: nothing the widgets can move moves while they load and hydrate (layout shift 0 at and after the first widget)`, `shifts ${JSON.stringify(widgetShifts)}`);
    // The messages the cases' bad values must give; nothing else (a hydration mismatch would show here).
    const unexpected = messages.filter((message) => !expected.some((text) => message.includes(text)));
    const missing = expected.filter((text) => !messages.some((message) => message.includes(text)));
    check(unexpected.length === 0 && missing.length === 0, `${label}: the console has the messages the bad values call for and no other (no hydration mismatch)`, show({ unexpected, missing }));
    await context.close();
  }

  // 3. Without JavaScript.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.pages.shortcode, { waitUntil: 'load', timeout: TIMEOUT });
    const seen = await page.evaluate(() => {
      const deep = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? deep(element.shadowRoot) : [])]);
      const shown = (element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && !element.closest('details:not([open]) > :not(summary)');
      };
      const text = (element) => element.textContent.replace(/\s+/g, ' ').trim();
      const parts = (name) => deep(document).filter((element) => element.matches(`[part~="${name}"]`) && shown(element)).map(text);
      const ticked = deep(document).filter((element) => element.matches('input[type="checkbox"]') && element.checked).length;
      return { heading: parts('heading'), subHeadings: parts('sub-heading'), titles: parts('title'), symptoms: parts('option'), values: parts('value'), ticked };
    });
    const titles = widgets.CONDITION_IDS.map((id) => widgets.condition(id).title);
    check(
      seen.heading.length === 1 && seen.subHeadings.length === 2 && show(seen.titles) === show(titles) && seen.symptoms.length === 4 && seen.symptoms.every(Boolean) && seen.values.length >= 1 && seen.ticked === 0,
      'without JavaScript: the section heading, both sub-headings, the four symptoms (none ticked), the statistic and the six card titles are on screen',
      show(seen),
    );
    // The location lists: "none chosen" until the visitor picks (a pre-rendered selected="false" would select the last location).
    await page.goto(site.pages.picker, { waitUntil: 'load', timeout: TIMEOUT });
    const lists = await page.evaluate(() => {
      const deep = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? deep(element.shadowRoot) : [])]);
      return deep(document)
        .filter((element) => element.localName === 'select')
        .map((select) => ({ value: select.value, options: select.options.length, shown: select.selectedOptions[0]?.textContent.trim() }));
    });
    check(
      lists.length === 3 && lists.every((list) => list.value === '' && list.options === 5),
      'without JavaScript: each location list shows "none chosen", with the four locations that have a usable id to pick from',
      show(lists),
    );
    await context.close();
  }
});
