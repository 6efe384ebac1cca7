#!/usr/bin/env node
/**
 * The worst an optimizer plugin or a page cache can do to the widgets, on the
 * test site of scripts/wordpress/test-wordpress.sh (after check-site.mjs), in
 * headless Chromium with playwright-core:
 *
 * 1. Page caches: two logged-out visitors with different cookies, browsers and
 *    languages get byte-identical widget output (script tags, page config,
 *    elements), so a full-page cache can serve one to the other.
 * 2. "Delay JavaScript execution" (WP Rocket, and Perfmatters, FlyingPress,
 *    LiteSpeed alike) that ignores every opt-out: the page's HTML is rewritten
 *    as WP Rocket's DelayJS/HTML.php rewrites it, with a loader that restores
 *    the scripts on the first interaction as theirs does. Before it the
 *    section's content must be visible (pre-rendered HTML); after it the
 *    widgets must work, and nothing visible may move.
 * 3. A combined or minified copy of the bundle served from an optimizer's cache
 *    folder: the language files still load, from the page config's localesUrl;
 *    without it the pre-rendered text stays as printed and the widgets say why, once.
 * 4. A theme or SEO plugin rendering the content while the head is printed
 *    (a mu-plugin of the test site, ?hipwp-head-content=N): the bundle is still
 *    printed exactly once.
 *
 * Prints "PASS …" / "FAIL …" per check; exits non-zero only when it could not
 * run. Screenshots go to .tmp/wordpress/ for a look.
 */
/* global document, window, customElements, requestAnimationFrame -- in the functions page.evaluate() runs in the browser */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { check, launchChromium, onFailedRequest, runChecks, show, testSite } from './check-common.mjs';

const { site, chromePath } = testSite('check-optimizers');
const origin = new URL(site.url).origin;
const shots = join(process.env.HIPWP_ROOT ?? process.cwd(), '.tmp', 'wordpress');
mkdirSync(shots, { recursive: true });

const TIMEOUT = 15_000;
const WIDGET_TAGS = ['hip-complaints-section', 'hip-condition-card', 'symptom-checklist', 'appointment-cta', 'stats-figure'];
const BUNDLE = /\/wp-content\/plugins\/hip-widgets\/assets\/hip-widgets\.js(?:\?[^"']*)?/;
/** Where an optimizer would serve its combined, minified copy of the bundle. */
const COMBINED_PATH = '/wp-content/cache/min/1/combined.js';


const FONT = /\.(woff2?|ttf|otf)(\?|$)/;

const browser = await launchChromium(chromePath);

/**
 * A fresh context that records console warnings and errors, page errors and
 * failed requests, refuses requests to other hosts, and records layout shifts
 * from the start of every page (buffered, with the time of each).
 */
async function openContext() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const log = { console: [], errors: [], failed: [], responses: [] };
  // Nor the theme's web fonts: when they arrive the text swaps fonts and the theme's own layout moves
  // (Twenty Twenty-Four's, up to 0.08), which is not the widgets' doing; they use none.
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) && !FONT.test(route.request().url()) ? route.fallback() : route.abort('blockedbyclient')));
  await context.addInitScript(() => {
    window.hipShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.hipShifts.push({ value: entry.value, at: entry.startTime, hadRecentInput: entry.hadRecentInput });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (FONT.test(message.location().url)) return; // the fonts refused above
      if (message.type() === 'error' || message.type() === 'warning') log.console.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => log.errors.push(String(error)));
    onFailedRequest(page, (request) => {
      if (!FONT.test(request.url())) log.failed.push(`${request.url()} ${request.failure()?.errorText}`);
    });
    page.on('response', (response) => {
      log.responses.push({ url: response.url(), status: response.status() });
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) log.failed.push(`${response.url()} HTTP ${response.status()}`);
    });
  });
  return { context, log };
}

const problems = (log) => [...log.console, ...log.errors.map((error) => `page error: ${error}`), ...log.failed.map((failure) => `request failed: ${failure}`)];

/** Serves `pageUrl`'s HTML as `rewrite(html)` returns it, as an optimizer's output buffer would. */
async function rewritePage(context, pageUrl, rewrite) {
  await context.route(
    (url) => url.href === pageUrl,
    async (route) => {
      const response = await route.fetch();
      route.fulfill({ response, body: rewrite(await response.text()) });
    },
  );
}

// ---------------------------------------------------------------------------
// What the widgets show, read in the page (through open shadow roots, pre-rendered or rendered)

/** The section's heading, symptoms, statistic and card titles, each with its box and whether it is visible. */
function readSection() {
  const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim() || null;
  const seen = (node) => {
    if (!node) return null;
    const box = node.getBoundingClientRect();
    return {
      text: text(node),
      visible: box.width > 0 && box.height > 0 && node.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
      box: { x: box.x + window.scrollX, y: box.y + window.scrollY, width: box.width, height: box.height },
    };
  };
  const section = document.querySelector('hip-complaints-section');
  const root = section?.shadowRoot;
  const checklist = root?.querySelector('symptom-checklist')?.shadowRoot;
  const figure = root?.querySelector('stats-figure')?.shadowRoot;
  return {
    heading: seen(root?.querySelector('[part~="heading"]')),
    question: seen(checklist?.querySelector('[part~="legend"]')),
    symptoms: [...(checklist?.querySelectorAll('[part~="option"]') ?? [])].map(seen),
    statistic: seen(figure?.querySelector('[part~="value"]')),
    cards: [...(root?.querySelectorAll('hip-condition-card') ?? [])].map((card) => seen(card.shadowRoot?.querySelector('[part~="title"]'))),
  };
}

/** Every item of readSection() that must show: [name, item]. */
const items = (section) => [
  ['heading', section.heading],
  ['symptom question', section.question],
  ...section.symptoms.map((symptom, index) => [`symptom ${index + 1}`, symptom]),
  ['statistic', section.statistic],
  ...section.cards.map((card, index) => [`card title ${index + 1}`, card]),
];

/** What is missing or hidden of the section: names, empty when all of it shows. */
function unseen(section) {
  const missing = items(section)
    .filter(([, item]) => !item?.text || !item.visible)
    .map(([name]) => name);
  if (section.cards.length !== 6) missing.push(`six cards (found ${section.cards.length})`);
  if (section.symptoms.length === 0) missing.push('symptoms');
  return missing;
}

/** Waits until the widgets on the page are defined and have rendered (and re-rendered for a late language). */
async function widgetsSettled(page) {
  return page.evaluate(
    async ({ tags, timeout }) => {
      const present = tags.filter((tag) => document.querySelector(tag));
      const within = (promise) => Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), timeout))]);
      try {
        await within(Promise.all(present.map((tag) => customElements.whenDefined(tag))));
      } catch {
        return false;
      }
      const all = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? all(element.shadowRoot) : [])]);
      for (const element of all(document)) if (element.updateComplete) await element.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return true;
    },
    { tags: WIDGET_TAGS, timeout: TIMEOUT },
  );
}

// ---------------------------------------------------------------------------
// 2. WP Rocket's "Delay JavaScript execution", applied to every script

/** The script types WP Rocket delays (DelayJS/HTML.php, $allowed_types): JavaScript and modules; data (JSON, JSON-LD) stays. */
const DELAYED_TYPES = /^(text\/javascript|module|application\/javascript|application\/ecmascript|application\/x-ecmascript|application\/x-javascript|text\/ecmascript|text\/javascript1\.[0-5]|text\/jscript|text\/livescript|text\/x-ecmascript|text\/x-javascript)$/i;

/** Rewrites every script tag as WP Rocket's HTML::replace_scripts() does, minus its exclusions. */
function delayScripts(html) {
  return html.replace(/<\s*script(\s[^>]*?)?>([\s\S]*?)<\s*\/\s*script\s*>/gi, (whole, attributes = '', content) => {
    const attr = attributes.trim();
    if (!attr) return `<script type="text/rocketlazyloadscript">${content}</script>`;
    const type = /type\s*=\s*(["'])(.*?)\1/i.exec(attr)?.[2].trim();
    if (type && !DELAYED_TYPES.test(type)) return whole;
    const moved = attr.replace(/type\s*=\s*(["'])(.*?)\1/i, 'data-rocket-type=$1$2$1').replace(/src\s*=\s*(["'])(.*?)\1/i, 'data-rocket-src=$1$2$1');
    return `<script type="text/rocketlazyloadscript" ${moved}>${content}</script>`;
  });
}

/**
 * The loader that comes with it (as WP Rocket's and Perfmatters' do): on the first
 * keydown, mousedown, click or touch, every delayed script is put back in document
 * order, classic scripts with a src one after another, modules as modules.
 */
const DELAY_LOADER = `<script>
(() => {
  const events = ['keydown', 'mousedown', 'click', 'touchstart'];
  const start = () => {
    events.forEach((name) => removeEventListener(name, start, true));
    window.hipDelayRestoredAt = performance.now();
    const run = async () => {
      for (const old of document.querySelectorAll('script[type="text/rocketlazyloadscript"]')) {
        const script = document.createElement('script');
        for (const { name, value } of old.attributes) {
          if (name === 'type' || name === 'data-rocket-src') continue;
          script.setAttribute(name === 'data-rocket-type' ? 'type' : name, value);
        }
        const src = old.getAttribute('data-rocket-src');
        const loaded = src && script.type !== 'module' ? new Promise((resolve) => { script.onload = script.onerror = resolve; }) : null;
        if (src) script.src = src;
        else script.text = old.text;
        old.replaceWith(script);
        await loaded;
      }
    };
    run();
  };
  events.forEach((name) => addEventListener(name, start, { capture: true, passive: true }));
})();
</script>`;

// ---------------------------------------------------------------------------
// 3. A combined copy of the bundle in an optimizer's cache folder

/** Moves the bundle's script tag to the end of the body as the combined file; sets the page config's locale and localesUrl. */
function combineBundle(html, { locale, dropLocalesUrl = false }) {
  let moved = false;
  const withoutBundle = html.replace(/<script\b[^>]*\bsrc=["'][^"']*\/hip-widgets\/assets\/hip-widgets\.js[^"']*["'][^>]*><\/script>\n?/g, () => {
    moved = true;
    return '';
  });
  if (!moved) throw new Error('the page has no bundle script tag to combine');
  const configured = withoutBundle.replace(/(<script\b[^>]*data-hip-widgets-config[^>]*>)([\s\S]*?)(<\/script>)/, (whole, open, json, close) => {
    const config = JSON.parse(json);
    config.locale = locale;
    if (dropLocalesUrl) delete config.localesUrl;
    return `${open}${JSON.stringify(config)}${close}`;
  });
  return configured.replace('</body>', `<script type="module" src="${COMBINED_PATH}?ver=a1b2c3" data-minify="1"></script>\n</body>`);
}

// ---------------------------------------------------------------------------
// 1. What a page cache keeps

/** The widget-related parts of a page's HTML: script tags and links that concern the widgets, and each widget element. */
function widgetOutput(html) {
  const scripts = [...html.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /hip-widgets|hip_widgets|application\/ld\+json/i.test(tag));
  const links = [...html.matchAll(/<link\b[^>]*hip-widgets[^>]*>/gi)].map(([tag]) => tag);
  const elements = WIDGET_TAGS.flatMap((tag) => [...html.matchAll(new RegExp(`<${tag}\\b[\\s\\S]*?</${tag}>`, 'gi'))].map(([element]) => element));
  return { scripts, links, elements };
}

await runChecks('optimizer', browser, async () => {
  // 1. Two logged-out visitors, as unlike as a cache meets them.
  {
    const cookieHash = createHash('md5').update(origin).digest('hex');
    const visitors = [
      { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36', 'accept-language': 'nl-NL,nl;q=0.9' },
      {
        'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
        'accept-language': 'de-DE,de;q=0.9,en;q=0.5',
        // A returning commenter (WordPress fills in the comment form from these) and an analytics cookie.
        cookie: `comment_author_${cookieHash}=Bezoeker; comment_author_email_${cookieHash}=bezoeker%40example.nl; _ga=GA1.1.123.456`,
      },
    ];
    for (const [name, url] of [['shortcode page', site.pages.shortcode], ['location page', site.pages.location], ['classic page', site.pages.classic]]) {
      const [first, second] = await Promise.all(visitors.map(async (headers) => widgetOutput(await (await fetch(url, { headers })).text())));
      const text = JSON.stringify(first);
      check(
        first.scripts.some((tag) => BUNDLE.test(tag)) && first.scripts.some((tag) => tag.includes('data-hip-widgets-config')) && first.elements.length > 0,
        `${name}: the page has the bundle, the page config and widget elements (so the next check compares something)`,
        show(first),
      );
      check(text === JSON.stringify(second), `${name}: two visitors with different cookies, browsers and languages get byte-identical widget output (a page cache may serve one to the other)`, show([first, second]));
      check(!/nonce|wpnonce|_wpnonce/i.test(text), `${name}: the widget output holds no nonce`, show(text.match(/.{0,80}nonce.{0,80}/i)?.[0]));
    }
  }

  // 2. Every script delayed until the first interaction.
  {
    const { context, log } = await openContext();
    await rewritePage(context, site.pages.shortcode, (html) => delayScripts(html).replace('</body>', `${DELAY_LOADER}</body>`));
    const page = await context.newPage();
    await page.goto(site.pages.shortcode, { waitUntil: 'load', timeout: TIMEOUT });
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT }).catch(() => {});
    await page.evaluate(() => document.fonts.ready);
    const waiting = await page.evaluate(() => ({
      defined: Boolean(customElements.get('hip-complaints-section')),
      delayed: [...document.querySelectorAll('script[type="text/rocketlazyloadscript"]')].map((script) => script.getAttribute('data-rocket-src') ?? 'inline'),
    }));
    check(
      !waiting.defined && waiting.delayed.some((src) => BUNDLE.test(src)),
      'delayed JavaScript: before the first interaction the bundle has not run (it waits as data-rocket-src), so what follows means something',
      show(waiting),
    );
    const before = await page.evaluate(readSection);
    const missing = unseen(before);
    check(
      missing.length === 0,
      "delayed JavaScript: before the first interaction the section's heading, symptoms, statistic and six card titles are visible (pre-rendered)",
      `missing or hidden: ${missing.join(', ')} ${show(before)}`,
    );
    await page.screenshot({ path: join(shots, 'delayed-before-interaction.png') });

    // The first interaction: a key, as a keyboard user's first Tab would be.
    await page.keyboard.press('Shift');
    const settled = await widgetsSettled(page);
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT }).catch(() => {});
    const restored = await page.evaluate(() => [...document.querySelectorAll('script')].filter((script) => /hip-widgets\.js/.test(script.src)).map((script) => script.type));
    check(settled && restored.length === 1 && restored[0] === 'module', 'delayed JavaScript: after the first interaction the bundle is back as a module script, and the widgets are defined and rendered', show({ settled, restored }));
    const after = await page.evaluate(readSection);
    check(unseen(after).length === 0, "delayed JavaScript: after it the section's heading, symptoms, statistic and six card titles are visible", show(after));
    const shifts = await page.evaluate(() => window.hipShifts);
    check(shifts.length === 0, 'delayed JavaScript: nothing on the page shifts, before or after the widgets start (layout-shift entries, those after input included)', show(shifts));
    const moved = items(before)
      .map(([name, item], index) => [name, item?.box, items(after)[index]?.[1]?.box])
      .filter(([, was, now]) => !was || !now || was.x !== now.x || was.y !== now.y || was.width !== now.width || was.height !== now.height);
    check(moved.length === 0 && items(before).length === items(after).length, 'delayed JavaScript: the heading, symptoms, statistic and card titles keep their boxes when the widgets start', show(moved));
    check(
      JSON.stringify(items(before).map(([, item]) => item?.text)) === JSON.stringify(items(after).map(([, item]) => item?.text)),
      'delayed JavaScript: the widgets show the same text before and after they start (same language, same content)',
      show({ before: items(before).map(([, item]) => item?.text), after: items(after).map(([, item]) => item?.text) }),
    );

    // They work: a symptom can be ticked (the result line answers), a card opens.
    const checkbox = page.locator('hip-complaints-section symptom-checklist input[type="checkbox"]').first();
    const result = page.locator('hip-complaints-section symptom-checklist [part~="result"]');
    const resultBefore = await result.textContent();
    await checkbox.check({ timeout: TIMEOUT });
    await page.waitForFunction((text) => document.querySelector('hip-complaints-section')?.shadowRoot?.querySelector('symptom-checklist')?.shadowRoot?.querySelector('[part~="result"]')?.textContent !== text, resultBefore, { timeout: TIMEOUT }).catch(() => {});
    const resultAfter = await result.textContent();
    check((await checkbox.isChecked()) && resultAfter !== resultBefore && resultAfter.trim().length > 0, 'delayed JavaScript: after it a symptom can be ticked and the checklist answers', show({ resultBefore, resultAfter }));
    const card = page.locator('hip-complaints-section hip-condition-card').first();
    await card.locator('[part~="summary"]').click({ timeout: TIMEOUT });
    const opened = await card.evaluate((element) => ({ open: element.open, body: element.shadowRoot?.querySelector('[part~="body"]')?.checkVisibility() }));
    check(opened.open === true && opened.body === true, 'delayed JavaScript: after it a condition card opens', show(opened));
    await page.screenshot({ path: join(shots, 'delayed-after-interaction.png') });
    const found = problems(log);
    check(found.length === 0, 'delayed JavaScript: no console errors or warnings, page errors or failed requests', found.join(' | '));
    await context.close();
  }

  // 3. The bundle combined into an optimizer's cache file, on a page that asks for English.
  {
    const bundle = await (await fetch(new URL('wp-content/plugins/hip-widgets/assets/hip-widgets.js', site.url))).text();
    for (const { dropLocalesUrl } of [{ dropLocalesUrl: false }, { dropLocalesUrl: true }]) {
      const { context, log } = await openContext();
      await rewritePage(context, site.pages.shortcode, (html) => combineBundle(html, { locale: 'en', dropLocalesUrl }));
      await context.route((url) => url.pathname === COMBINED_PATH, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: bundle }));
      const page = await context.newPage();
      await page.goto(site.pages.shortcode, { waitUntil: 'load', timeout: TIMEOUT });
      const heading = (text) => page.waitForFunction((wanted) => document.querySelector('hip-complaints-section')?.shadowRoot?.querySelector('[part~="heading"]')?.textContent.trim() === wanted, text, { timeout: TIMEOUT });
      if (!dropLocalesUrl) {
        const english = await heading('Hip problems').then(() => true, () => false);
        await page.waitForLoadState('networkidle', { timeout: TIMEOUT }).catch(() => {});
        const locales = log.responses.filter((response) => /\/locales\/en\.js/.test(response.url)).map((response) => `${new URL(response.url).pathname} ${response.status}`);
        check(
          english && locales.length === 1 && locales[0] === '/wp-content/plugins/hip-widgets/assets/locales/en.js 200',
          "combined file: the bundle served from an optimizer's cache folder still loads English, from the plugin's assets/locales/ (the page config's localesUrl)",
          show({ english, locales }),
        );
        const found = problems(log);
        check(found.length === 0, 'combined file: no console errors or warnings, page errors or failed requests', found.join(' | '));
        await page.screenshot({ path: join(shots, 'combined-file-en.png') });
      } else {
        await page.waitForFunction(() => document.querySelector('hip-complaints-section')?.shadowRoot?.querySelector('[part~="heading"]'), null, { timeout: TIMEOUT }).catch(() => {});
        await page.waitForLoadState('networkidle', { timeout: TIMEOUT }).catch(() => {});
        await page.waitForTimeout(500);
        const shown = await page.evaluate(() => document.querySelector('hip-complaints-section')?.shadowRoot?.querySelector('[part~="heading"]')?.textContent.trim());
        const warnings = log.console.filter((line) => line.includes('hip-widgets'));
        // The text stays as WordPress printed it (pre-rendered in the page's language): hydrating keeps it.
        const printed = /part="heading"><!--lit-part-->([^<]*)</.exec(await (await fetch(site.pages.shortcode)).text())?.[1];
        check(
          typeof printed === 'string' && shown === printed &&
            warnings.length === 1 &&
            warnings[0].includes(`could not load the "en" translations from ${origin}/wp-content/cache/min/1/locales/en.js`) &&
            warnings[0].includes('Set "localesUrl" in the page config'),
          'combined file without localesUrl (a page config from elsewhere): the text stays as printed, and one console warning says the translations could not load, and why',
          show({ printed, shown, warnings }),
        );
      }
      await context.close();
    }
  }

  // 4. The content rendered while the head is printed, before and after WordPress prints its scripts there.
  {
    const { context, log } = await openContext();
    for (const priority of [5, 20]) {
      const url = new URL(site.pages.plain);
      url.searchParams.set('hipwp-head-content', String(priority));
      const page = await context.newPage();
      await page.goto(url.href, { waitUntil: 'load', timeout: TIMEOUT });
      const seen = await page.evaluate(async (timeout) => {
        const defined = await Promise.race([customElements.whenDefined('stats-figure').then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), timeout))]);
        return {
          defined,
          bundles: [...document.querySelectorAll('script')].filter((script) => /hip-widgets\.js/.test(script.src)).map((script) => ({ type: script.type, id: script.id, inHead: script.closest('head') !== null })),
          configs: document.querySelectorAll('script[data-hip-widgets-config]').length,
        };
      }, TIMEOUT);
      check(
        seen.defined && seen.bundles.length === 1 && seen.bundles[0].type === 'module' && seen.configs === 1,
        `content rendered in the head at priority ${priority} (a theme or SEO plugin): the bundle is printed once, as a module, and runs; the page config once`,
        show(seen),
      );
      await page.close();
    }
    const found = problems(log);
    check(found.length === 0, 'content rendered in the head: no console errors or warnings, page errors or failed requests', found.join(' | '));
    await context.close();
  }
});
