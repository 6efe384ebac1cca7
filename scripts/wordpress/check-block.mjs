#!/usr/bin/env node
/**
 * The block "Heupklachten" as an Editor uses it (part of
 * scripts/wordpress/test-wordpress.sh), in headless Chromium with
 * playwright-core, logged in as the site's Editor, who has no unfiltered_html
 * (scripts/wordpress/site-block.php):
 *
 * 1. A new post: the block is inserted from the inserter; in its sidebar a
 *    location and two conditions are picked and the two put in the other
 *    order; the canvas shows the real elements, live, with those settings
 *    (in WordPress 6.3 and later the canvas is an iframe, before that the
 *    editor page itself); the post is published.
 * 2. What was saved is the block's comment with its attributes only, as the
 *    editor wrote it (kses took nothing out).
 * 3. The front end: the section in the HTML with declarative shadow DOM, the
 *    two cards in that order, the location's contact details; the same on
 *    screen without JavaScript, and after the widgets hydrate.
 * 4. The post reopened: the block is valid (no "This block contains
 *    unexpected or invalid content") and the real elements render in the
 *    canvas again.
 *
 * The same flow on a site of the multisite network (test-wordpress.sh runs it
 * with HIPWP_SITE_FILE naming that site's file): site.json's "editor" is then
 * the site's administrator (on a network, no one but a super admin has
 * unfiltered_html), and its "block" names the location to pick and its links
 * (by default the single site's "noord", not the default "centrum").
 *
 * Prints "PASS …" / "FAIL …" per check; exits non-zero only when it could not
 * run. Screenshots go to .tmp/wordpress/.
 */
/* global document, window, wp, customElements -- in the functions run in the browser */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { check, launchChromium, onFailedRequest, runChecks, show, testSite } from './check-common.mjs';

const { site, chromePath } = testSite('check-block');
const shots = join(process.env.HIPWP_ROOT ?? process.cwd(), '.tmp', 'wordpress');
mkdirSync(shots, { recursive: true });

// The block editor is heavy, and this machine's two cores are shared: generous, but a wait for a state all the same.
const TIMEOUT = 60_000;
const BLOCK = 'hip-widgets/heupklachten';
const LOCATION = site.block?.location ?? 'noord';
/** Ticked in this order, then the second moved up: the section shows them in this order. */
const CHOSEN = ['hip-fracture', 'fai'];
/** The picked location's links, and the default location's phone link, which must not be there. */
const LOCATION_TEL = site.block?.tel ?? 'tel:+31207654321';
const LOCATION_MAIL = site.block?.mail ?? `mailto:${LOCATION}@example.nl`;
const DEFAULT_TEL = site.block?.otherTel ?? 'tel:+31201234567';
/** Screenshots of a network site's run apart from the single site's. */
const SHOTS_PREFIX = process.env.HIPWP_CHECK_LABEL ? `${process.env.HIPWP_CHECK_LABEL.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}-` : '';
/** Who edits, for the check lines. */
const WHO = site.editor.role ?? 'an Editor (no unfiltered_html)';
const TITLE = 'Heupklachten als blok';
// "6.1.9", "6.5.5", "6.7-alpha-58716".
const [, major, minor] = /^(\d+)\.(\d+)/.exec(String(site.wordpress)).map(Number);
// WordPress 6.3 and later put the post editor's canvas in an iframe when every block has apiVersion 3.
const IFRAMED = major > 6 || (major === 6 && minor >= 3);
const where = IFRAMED ? 'in the iframed canvas' : 'in the editor page (no iframe before 6.3)';

/**
 * What the page's (or canvas's) first section shows, shadow roots included;
 * null while it has not rendered. Run in the browser, as an expression.
 */
function describeSection() {
  const section = document.querySelector('hip-complaints-section');
  if (!section || !section.shadowRoot || !section.shadowRoot.childNodes.length) return null;
  const deep = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? deep(element.shadowRoot) : [])]);
  const all = deep(section.shadowRoot);
  const text = (element) => element.textContent.replace(/\s+/g, ' ').trim();
  return {
    conditions: section.getAttribute('conditions'),
    location: section.getAttribute('location'),
    defined: customElements.get('hip-complaints-section') !== undefined,
    cards: all.filter((element) => element.localName === 'hip-condition-card').map((card) => card.getAttribute('condition')),
    titles: all.filter((element) => element.matches('[part~="title"]')).map(text),
    tel: all.filter((element) => element.matches('a[href^="tel:"]')).map((link) => link.getAttribute('href')),
    mail: all.filter((element) => element.matches('a[href^="mailto:"]')).map((link) => link.getAttribute('href')),
  };
}
const DESCRIBE = `(${describeSection.toString()})()`;

/** Waits until the section in a frame shows the chosen cards and the location's phone link; returns what it shows then (or at the timeout). */
async function sectionShown(frame) {
  const wanted = `(() => { const seen = ${DESCRIBE}; return seen !== null && seen.cards.join() === ${JSON.stringify(CHOSEN.join())} && seen.tel.includes(${JSON.stringify(LOCATION_TEL)}); })()`;
  try {
    await frame.waitForFunction(wanted, undefined, { timeout: TIMEOUT });
  } catch {
    // Reported by the caller's check, with what was there.
  }
  return frame.evaluate(DESCRIBE);
}

/** Whether the section shows what the Editor picked; `defined`: whether its elements are defined there (not without JavaScript). */
function sectionAsChosen(seen, names, defined = true) {
  return (
    seen !== null &&
    seen.defined === defined &&
    seen.conditions === CHOSEN.join() &&
    seen.location === LOCATION &&
    show(seen.cards) === show(CHOSEN) &&
    show(seen.titles) === show(names) &&
    show(seen.tel) === show([LOCATION_TEL]) &&
    show(seen.mail) === show([LOCATION_MAIL])
  );
}

const browser = await launchChromium(chromePath);

/**
 * The post editor asks the REST API for things only an administrator may read, for every user, with or
 * without this plugin: WordPress 6.1 for the theme's template and the site's settings, 6.7 for the theme's
 * global styles. For an Editor the browser logs a 403 for each. Not the block's doing: left out of the log.
 */
const ADMINISTRATORS_ONLY = /(?:\/wp-json\/wp\/v2\/|[?&]rest_route=%2Fwp%2Fv2%2F)(?:templates|settings|global-styles)\b/;

/** A context that records page errors, failed requests and the console's errors and warnings. */
async function openContext(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ...options });
  const log = [];
  context.on('page', (page) => {
    page.on('pageerror', (error) => log.push(`page error: ${error}`));
    page.on('console', (message) => {
      const url = message.location().url;
      if (message.text().includes('status of 403') && ADMINISTRATORS_ONLY.test(url)) return;
      if (['error', 'warning'].includes(message.type())) log.push(`${message.type()}: ${message.text()} (${url})`);
    });
    onFailedRequest(page, (request) => log.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  });
  return { context, log };
}

/** The block editor in page (opened at url first, when given); resolves when the canvas shows the title field. Returns the canvas's frame. */
async function openEditor(page, url) {
  if (url) await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
  // Whether the canvas is an iframe depends on the registered block types (6.3+: all apiVersion 3), so it
  // is only settled once the editor is ready and the plugin's block is registered with its block.json.
  await page.waitForFunction(
    (name) => window.wp?.data?.select('core/editor').__unstableIsEditorReady() === true && window.wp.blocks.getBlockType(name)?.apiVersion === 3,
    BLOCK,
    { timeout: TIMEOUT },
  );
  // The title field is in the canvas: in the iframe when there is one, else in the page.
  await page.locator('iframe[name="editor-canvas"], .editor-post-title__input').first().waitFor({ timeout: TIMEOUT });
  const iframe = await page.$('iframe[name="editor-canvas"]');
  const frame = iframe ? await iframe.contentFrame() : page.mainFrame();
  await frame.locator('.editor-post-title__input').waitFor({ timeout: TIMEOUT });
  return { frame, iframed: Boolean(iframe) };
}

await runChecks('block', browser, async () => {
  const { context, log } = await openContext();
  const page = await context.newPage();

  // Log in as the Editor.
  const login = new URL('wp-login.php', site.url);
  login.searchParams.set('redirect_to', new URL('wp-admin/post-new.php', site.url).href);
  await page.goto(login.href, { waitUntil: 'load', timeout: TIMEOUT });
  await page.fill('#user_login', site.editor.user);
  await page.fill('#user_pass', site.editor.password);
  await Promise.all([page.waitForURL(/\/wp-admin\/post-new\.php/, { timeout: TIMEOUT }), page.click('#wp-submit')]);

  // 1. A new post with the block (the login took the Editor there).
  let { frame, iframed } = await openEditor(page);
  check(iframed === IFRAMED, `editor (WordPress ${site.wordpress}, ${WHO}): the canvas is ${IFRAMED ? '' : 'not '}an iframe, with the block registered as apiVersion 3`, `iframe: ${iframed}`);
  // What the sidebar offers, as the plugin gave it to the editor script (condition names in the widgets' language).
  const data = await page.evaluate(() => window.hipWidgetsBlock);
  const names = CHOSEN.map((id) => data?.conditions.find((condition) => condition.id === id)?.name);
  check(
    Boolean(data) && names.every(Boolean) && data.locations.some((location) => location.id === LOCATION),
    'editor: the block\'s script has the conditions and the settings\' locations',
    show(data),
  );

  await page.getByRole('button', { name: 'Toggle block inserter' }).click();
  await page.getByPlaceholder('Search').fill('Heupklachten');
  await page.getByRole('option', { name: 'Heupklachten' }).click();
  const block = frame.locator(`[data-type="${BLOCK}"]`);
  await block.waitFor({ timeout: TIMEOUT });

  // The block's settings are in the Settings sidebar: open it if it is closed (WordPress remembers it per user).
  const settings = page.getByRole('region', { name: 'Editor top bar' }).getByRole('button', { name: 'Settings', exact: true });
  if ((await settings.getAttribute('aria-expanded')) !== 'true') await settings.click();
  const inspector = page.locator('.block-editor-block-inspector');
  await inspector.getByLabel('Location', { exact: true }).selectOption(LOCATION);
  for (const id of [...CHOSEN].reverse()) {
    await inspector.getByRole('checkbox', { name: names[CHOSEN.indexOf(id)], exact: true }).check();
  }
  await inspector.getByRole('button', { name: `Move “${names[0]}” up` }).click();
  await page.waitForFunction((chosen) => wp.data.select('core/block-editor').getBlocks()[0]?.attributes.conditions === chosen, CHOSEN.join(), { timeout: TIMEOUT });

  const live = await sectionShown(frame);
  check(
    sectionAsChosen(live, names),
    `editor: the real section renders ${where}, live: the location and the two conditions in the order picked`,
    show(live),
  );
  await page.screenshot({ path: join(shots, `${SHOTS_PREFIX}block-editor-${site.wordpress}.png`) });

  // The language: German in the canvas at once, then back to the site's (which is what the post keeps).
  const language = inspector.getByLabel('Language', { exact: true });
  /** Waits until the canvas's widgets are in locale and the section's heading passes test ('same' as, or 'unlike', heading); returns both. */
  const canvasLanguage = async (locale, test = 'any', heading = '') => {
    const wanted = `(() => {
      const section = document.querySelector('hip-complaints-section');
      const text = section && section.shadowRoot && section.shadowRoot.querySelector('[part~="heading"]')?.textContent.trim();
      const passes = { any: Boolean(text), same: text === ${JSON.stringify(heading)}, unlike: Boolean(text) && text !== ${JSON.stringify(heading)} }[${JSON.stringify(test)}];
      return window.HipWidgets?.getLocale() === ${JSON.stringify(locale)} && passes;
    })()`;
    try {
      await frame.waitForFunction(wanted, undefined, { timeout: TIMEOUT });
    } catch {
      // Reported below, with what was there.
    }
    return frame.evaluate(() => {
      const section = document.querySelector('hip-complaints-section');
      return { locale: window.HipWidgets?.getLocale(), heading: section?.shadowRoot?.querySelector('[part~="heading"]')?.textContent.trim() };
    });
  };
  const siteLanguage = await canvasLanguage(data.locale);
  await language.selectOption('de');
  const german = await canvasLanguage('de', 'unlike', siteLanguage.heading);
  await language.selectOption('');
  const back = await canvasLanguage(data.locale, 'same', siteLanguage.heading);
  check(
    siteLanguage.locale === data.locale && german.locale === 'de' && german.heading !== siteLanguage.heading && show(back) === show(siteLanguage),
    `editor: the Language control switches the canvas's widgets to German and back to the site's (${data.locale})`,
    show({ siteLanguage, german, back }),
  );

  await frame.locator('.editor-post-title__input').fill(TITLE);
  const serialized = await page.evaluate(() => wp.data.select('core/editor').getEditedPostContent());
  await page.getByRole('region', { name: 'Editor top bar' }).getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('region', { name: 'Editor publish' }).getByRole('button', { name: 'Publish', exact: true }).click();
  await page.waitForFunction(
    () => {
      const editor = wp.data.select('core/editor');
      return editor.isCurrentPostPublished() && !editor.isSavingPost() && !editor.isEditedPostDirty();
    },
    undefined,
    { timeout: TIMEOUT },
  );
  const post = await page.evaluate(async () => {
    const id = wp.data.select('core/editor').getCurrentPostId();
    const saved = await wp.apiFetch({ path: `/wp/v2/posts/${id}?context=edit` });
    return { id, link: saved.link, raw: saved.content.raw, status: saved.status };
  });

  // 2. What the post holds.
  const comment = /^<!-- wp:hip-widgets\/heupklachten (\{[^]*\}) \/-->$/.exec(post.raw.trim());
  check(
    post.status === 'publish' && comment !== null && show(JSON.parse(comment[1])) === show({ location: LOCATION, conditions: CHOSEN.join() }),
    'saved: the post holds only the block\'s comment with its attributes (location, conditions), no markup',
    show(post.raw),
  );
  check(post.raw === serialized, `saved: kses took nothing out of what ${WHO} saved`, show({ saved: post.raw, editor: serialized }));

  // 3. The front end.
  const html = await (await fetch(post.link)).text();
  const start = `<hip-complaints-section conditions="${CHOSEN.join()}" location="${LOCATION}"><template shadowroot="open" shadowrootmode="open">`;
  const section = html.slice(html.indexOf(start), html.indexOf('</hip-complaints-section>') + 1);
  const cards = [...section.matchAll(/<hip-condition-card\b[^>]*\bcondition="([^"]+)"/g)].map((match) => match[1]);
  check(html.split('<hip-complaints-section').length === 2 && html.includes(start), 'front end: the section is in the HTML with its content as declarative shadow DOM, with the attributes picked', show(html.slice(html.indexOf('<hip-complaints-section'), html.indexOf('<hip-complaints-section') + 200)));
  check(show(cards) === show(CHOSEN), 'front end: the HTML has the two chosen cards, in the order picked', show(cards));
  check(section.includes(`href="${LOCATION_TEL}"`) && section.includes(`href="${LOCATION_MAIL}"`) && !section.includes(DEFAULT_TEL), "front end: the HTML has the location's phone and e-mail links, not the default location's", show(section.match(/href="(tel|mailto):[^"]*"/g)));

  for (const javaScriptEnabled of [false, true]) {
    const visitor = await openContext({ javaScriptEnabled });
    const view = await visitor.context.newPage();
    await view.goto(post.link, { waitUntil: 'load', timeout: TIMEOUT });
    const seen = javaScriptEnabled ? await sectionShown(view.mainFrame()) : await view.evaluate(DESCRIBE);
    const label = javaScriptEnabled ? 'after the widgets hydrate' : 'without JavaScript';
    check(
      sectionAsChosen(seen, names, javaScriptEnabled),
      `front end, ${label}: the two cards in the order picked and the location's contact details`,
      show(seen),
    );
    if (javaScriptEnabled) {
      check(visitor.log.length === 0, 'front end: no console errors or warnings, page errors or failed requests', show(visitor.log));
      await view.screenshot({ path: join(shots, `${SHOTS_PREFIX}block-front-${site.wordpress}.png`), fullPage: true });
    }
    await visitor.context.close();
  }

  // 4. The post reopened, in a second tab: leaving the first would cut off the requests it still makes after publishing.
  const reopened = await context.newPage();
  ({ frame, iframed } = await openEditor(reopened, new URL(`wp-admin/post.php?post=${post.id}&action=edit`, site.url).href));
  await frame.locator(`[data-type="${BLOCK}"]`).waitFor({ timeout: TIMEOUT });
  const blocks = await reopened.evaluate(() => wp.data.select('core/block-editor').getBlocks().map(({ name, isValid, attributes }) => ({ name, isValid, attributes })));
  const warnings = await frame.locator('.block-editor-warning').allTextContents();
  check(
    blocks.length === 1 && blocks[0].name === BLOCK && blocks[0].isValid === true && blocks[0].attributes.location === LOCATION && blocks[0].attributes.conditions === CHOSEN.join() && warnings.length === 0,
    'reopened: the block is valid, with its attributes, and no "This block contains unexpected or invalid content" warning',
    show({ blocks, warnings }),
  );
  const again = await sectionShown(frame);
  const bundle = await frame.evaluate(() => [...document.querySelectorAll('script[src*="/hip-widgets/assets/"]')].map((script) => new URL(script.src).pathname));
  check(
    sectionAsChosen(again, names) && iframed === IFRAMED && bundle.some((path) => path.endsWith('/assets/hip-widgets.iife.js')),
    `reopened: the real elements render ${where} (the classic bundle loaded there), showing the chosen cards and location`,
    show({ again, bundle }),
  );
  await reopened.screenshot({ path: join(shots, `${SHOTS_PREFIX}block-editor-reopened-${site.wordpress}.png`) });
  check(log.length === 0, 'editor: no console errors or warnings, page errors or failed requests', show(log));
  await context.close();
});
