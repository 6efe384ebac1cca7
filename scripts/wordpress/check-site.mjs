#!/usr/bin/env node
/**
 * The browser side of the plugin test (scripts/wordpress/test-wordpress.sh):
 * opens the test site's pages (described by $HIPWP_WORK/site.json, written by
 * `php site.php setup`) in headless Chromium with playwright-core, and checks
 * that the widgets render there as a visitor sees them, with the practice's
 * locations from the page config, without console errors or requests to other
 * hosts; then uses Settings → Hip widgets as an administrator would. The same
 * checks on every WordPress version; they expect the bundle's script tag that
 * the version prints (a script module from 6.5 on).
 *
 * Prints "PASS …" / "FAIL …" per check; exits non-zero only when it could not
 * run. Screenshots go to .tmp/wordpress/ for a look.
 */
/* global document, customElements -- in the functions that page.evaluate() runs in the browser */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { check, launchChromium, onFailedRequest, runChecks, show, testSite } from './check-common.mjs';

const { site, chromePath } = testSite('check-site');
const shots = join(process.env.HIPWP_ROOT ?? process.cwd(), '.tmp', 'wordpress');
mkdirSync(shots, { recursive: true });

const TIMEOUT = 15_000;
const BUNDLE_PATH = '/wp-content/plugins/hip-widgets/assets/hip-widgets.js';
// WordPress 6.5+ prints a script module as <script type="module" id="<handle>-js-module"> (and so does the
// plugin's own tag for widgets found after a block theme's head); before 6.5 the classic script is "<handle>-js".
const BUNDLE_ID = site.scriptModules ? 'hip-widgets-js-module' : 'hip-widgets-js';
const CENTRUM_TEL = 'tel:+31201234567';
const NOORD_TEL = 'tel:+31207654321';

const browser = await launchChromium(chromePath);

/**
 * A fresh browser context that records console messages, page errors, failed
 * and non-2xx requests, and any request to a host other than this site's
 * (refused: the plugin promises no remote requests).
 */
async function openContext(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const log = { console: [], errors: [], failed: [], external: [], responses: [] };
  const origin = new URL(site.url).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    log.external.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => watch(page, log, origin));
  return { context, log };
}

function watch(page, log, origin) {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') log.console.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.errors.push(String(error)));
  onFailedRequest(page, (request) => {
    if (request.url().startsWith(origin)) log.failed.push(`${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    log.responses.push({ url: response.url(), status: response.status() });
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) log.failed.push(`${response.url()} HTTP ${response.status()}`);
  });
}

/** Problems a page had: console errors, widget warnings, page errors, failed requests, other hosts. */
function problems(log) {
  return [
    ...log.console.filter((line) => line.startsWith('error:') || /hip-|hip widgets|appointment-cta|stats-figure|symptom-checklist/i.test(line)),
    ...log.errors.map((error) => `page error: ${error}`),
    ...log.failed.map((failure) => `request failed: ${failure}`),
    ...log.external.map((url) => `request to another host: ${url}`),
  ];
}

/** Waits until the widgets are defined and rendered, then describes what they show. */
async function inspect(page) {
  return page.evaluate(async (timeout) => {
    const within = (promise) => Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), timeout))]);
    const tags = ['hip-complaints-section', 'hip-condition-card', 'symptom-checklist', 'appointment-cta', 'stats-figure'];
    const present = tags.filter((tag) => document.querySelector(tag));
    // What WordPress printed, described even when the widgets never come (so every check can say what it saw).
    const configs = [...document.querySelectorAll('script[data-hip-widgets-config]')].map((script) => {
      try {
        return { type: script.type, json: JSON.parse(script.textContent) };
      } catch (error) {
        return { type: script.type, invalid: String(error) };
      }
    });
    const bundles = [...document.querySelectorAll('script[src*="/hip-widgets/assets/"]')].map((script) => ({
      type: script.type,
      id: script.id,
      src: new URL(script.src).pathname,
      ver: new URL(script.src).searchParams.get('ver'),
    }));
    const printed = { present, lang: document.documentElement.lang, title: document.title, configs, bundles };
    try {
      await within(Promise.all(present.map((tag) => customElements.whenDefined(tag))));
    } catch {
      return { ...printed, defined: false, sections: [], ctas: [], cards: [], figures: [], checklists: [] };
    }
    const settle = async (element) => {
      if (element?.updateComplete) await element.updateComplete;
    };
    const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    const cta = async (element) => {
      await settle(element);
      const root = element?.shadowRoot;
      return root
        ? {
            tel: [...root.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')),
            booking: [...root.querySelectorAll('a[part~="booking"]')].map((a) => a.getAttribute('href')),
            name: text(root.querySelector('[part~="practice-name"]')),
          }
        : null;
    };
    const card = async (element) => {
      await settle(element);
      return text(element.shadowRoot?.querySelector('[part~="title"]'));
    };
    const placement = (element) => ({
      parent: element.parentElement?.tagName.toLowerCase(),
      brBefore: element.previousElementSibling?.tagName === 'BR',
      brAfter: element.nextElementSibling?.tagName === 'BR',
    });

    const sections = [];
    for (const section of document.querySelectorAll('hip-complaints-section')) {
      await settle(section);
      const root = section.shadowRoot;
      const cards = [...(root?.querySelectorAll('hip-condition-card') ?? [])];
      sections.push({
        heading: text(root?.querySelector('[part~="heading"]')),
        cards: await Promise.all(cards.map(card)),
        cta: await cta(root?.querySelector('appointment-cta')),
        placement: placement(section),
      });
    }
    const ctas = [];
    for (const element of document.querySelectorAll('appointment-cta')) ctas.push({ ...(await cta(element)), placement: placement(element) });
    const cards = [];
    for (const element of document.querySelectorAll('hip-condition-card')) cards.push({ title: await card(element), open: element.open, placement: placement(element) });
    const figures = [];
    for (const element of document.querySelectorAll('stats-figure')) {
      await settle(element);
      figures.push({ caption: text(element.shadowRoot?.querySelector('figcaption')), placement: placement(element) });
    }
    const checklists = [];
    for (const element of document.querySelectorAll('symptom-checklist')) {
      await settle(element);
      checklists.push({ boxes: element.shadowRoot?.querySelectorAll('input[type="checkbox"]').length ?? 0, placement: placement(element) });
    }
    return { ...printed, defined: true, sections, ctas, cards, figures, checklists };
  }, TIMEOUT);
}

async function visit(context, url, { waitForHeading } = {}) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
  if (waitForHeading) {
    // A language module loads after the page; wait until the section speaks it.
    await page
      .waitForFunction(
        (heading) => document.querySelector('hip-complaints-section')?.shadowRoot?.querySelector('[part~="heading"]')?.textContent.trim() === heading,
        waitForHeading,
        { timeout: TIMEOUT },
      )
      .catch(() => {});
  }
  await page.waitForLoadState('networkidle', { timeout: TIMEOUT }).catch(() => {});
  return { page, report: await inspect(page) };
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const clean = (placement) => placement.parent !== 'p' && !placement.brBefore && !placement.brAfter;

function checkSection(name, section, { heading = 'Heupklachten', cards = 6, tel = CENTRUM_TEL } = {}) {
  check(section?.heading === heading, `${name}: the section's heading is "${heading}"`, show(section?.heading));
  check(
    section?.cards.length === cards && section.cards.every((title) => typeof title === 'string' && title.length > 2),
    `${name}: the section shows ${cards} condition cards with titles`,
    show(section?.cards),
  );
  check(section?.cta?.tel.includes(tel), `${name}: the section's call to action links ${tel}`, show(section?.cta));
}

/** The bundle's script tag is there once, a module from the plugin's assets/, with WordPress's id for it and the plugin's ?ver=. */
const oneBundle = (bundles) =>
  bundles.length === 1 && same(bundles[0], { type: 'module', id: BUNDLE_ID, src: BUNDLE_PATH, ver: site.bundleVersion });

function checkPageBasics(name, report, log, { config = site.config } = {}) {
  check(report.defined, `${name}: the widgets are defined`, show(report));
  check(
    oneBundle(report.bundles),
    `${name}: the bundle loads once, as a module (id "${BUNDLE_ID}"), from the plugin's assets/ with its ?ver=`,
    show(report.bundles),
  );
  check(
    report.configs.length === 1 && report.configs[0].type === 'application/json' && same(report.configs[0].json, config),
    `${name}: the page config script is there once, valid JSON, with the settings`,
    show(report.configs),
  );
  const found = problems(log);
  check(found.length === 0, `${name}: no console errors, widget warnings, failed requests or requests to other hosts`, found.join(' | '));
}

/** Logs the administrator in, landing on `url`. */
async function logIn(page, url) {
  const login = new URL('wp-login.php', site.url);
  login.searchParams.set('redirect_to', url);
  await page.goto(login.href, { waitUntil: 'load' });
  await page.fill('#user_login', site.admin.user);
  await page.fill('#user_pass', site.admin.password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
}

/** The plugin's review notice on an admin page (its text, and its link's target), or null. */
async function reviewNotice(page, url) {
  // Until the page's own requests are done (the dashboard loads its news widget after load): leaving earlier aborts them.
  await page.goto(url, { waitUntil: 'networkidle', timeout: TIMEOUT });
  return page.evaluate(() => {
    const notice = document.querySelector('.hip-widgets-review-notice');
    return notice ? { text: notice.textContent.replace(/\s+/g, ' ').trim(), link: notice.querySelector('a')?.getAttribute('href') ?? null, warning: notice.classList.contains('notice-warning') } : null;
  });
}

/** A date `days` from today, as a date input takes it (YYYY-MM-DD; the site's time zone is UTC). */
const isoIn = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

await runChecks('browser', browser, async () => {
  // 1. The pages, as a visitor (locale "nl" from the settings, locations centrum (default) and noord).
  {
    const { context, log } = await openContext();

    const { page, report } = await visit(context, site.pages.shortcode);
    checkPageBasics('shortcode page', report, log);
    checkSection('shortcode page', report.sections[0]);
    check(report.sections.length === 1 && clean(report.sections[0].placement), 'shortcode page: the section is not wrapped in <p> or next to <br> (wpautop)', show(report.sections[0]?.placement));
    await page.screenshot({ path: join(shots, 'shortcode-page.png'), fullPage: false });

    const html = await visit(context, site.pages.html);
    checkPageBasics('Custom HTML post (by an author)', html.report, log);
    checkSection('Custom HTML post (by an author)', html.report.sections[0]);
    check(html.report.title !== 'xss', "Custom HTML post: the author's <script> did not survive", html.report.title);

    const location = await visit(context, site.pages.location);
    checkPageBasics('location page', location.report, log);
    const standalone = location.report.ctas.find((cta) => cta.placement.parent !== undefined);
    check(
      standalone?.tel.length === 1 && standalone.tel[0] === NOORD_TEL && standalone.name === 'Fysiotherapie Noord',
      `location page: [hip_appointment_cta location="noord"] shows Fysiotherapie Noord and ${NOORD_TEL}`,
      show(location.report.ctas),
    );
    checkSection('location page', location.report.sections[0], { cards: 2, tel: NOORD_TEL });

    const classic = await visit(context, site.pages.classic);
    checkPageBasics('classic page', classic.report, log);
    const parts = [...classic.report.cards, ...classic.report.figures, ...classic.report.checklists];
    check(
      classic.report.cards.length === 1 && classic.report.cards[0].title && classic.report.cards[0].open &&
        classic.report.figures.length === 1 && /FAI.*22–30 %/.test(classic.report.figures[0].caption ?? '') &&
        classic.report.checklists.length === 1 && classic.report.checklists[0].boxes === 4,
      'classic page: the open FAI card, the 22–30 % figure and the four-symptom checklist render',
      show(classic.report),
    );
    check(parts.length === 3 && parts.every((part) => clean(part.placement)), 'classic page: markup and shortcodes next to text are not wrapped in <p> or next to <br> (wpautop)', show(parts.map((part) => part.placement)));

    // Found only after the head: on WordPress 6.5+ with a block theme, the plugin prints the module tag itself.
    const footer = await visit(context, site.pages.footer);
    checkPageBasics('page whose widget another plugin prints in the footer', footer.report, log);
    check(
      footer.report.ctas.length === 1 && same(footer.report.ctas[0].tel, [NOORD_TEL]) && footer.report.ctas[0].name === 'Fysiotherapie Noord',
      `page whose widget another plugin prints in the footer: the call to action shows Fysiotherapie Noord and ${NOORD_TEL}`,
      show(footer.report.ctas),
    );

    const plainPage = await context.newPage();
    await plainPage.goto(site.pages.plain, { waitUntil: 'load', timeout: TIMEOUT });
    const plain = await plainPage.evaluate(() => ({
      bundles: document.querySelectorAll('script[src*="/hip-widgets/"]').length,
      configs: document.querySelectorAll('script[data-hip-widgets-config]').length,
    }));
    check(plain.bundles === 0 && plain.configs === 0, 'a page without widgets loads neither the bundle nor the page config ("only where used")', show(plain));
    await context.close();
  }

  // 2. Settings → Hip widgets, as the administrator.
  {
    const { context, log } = await openContext();
    const page = await context.newPage();
    await logIn(page, site.settings);
    check(page.url() === site.settings && (await page.title()).startsWith('Hip widgets'), 'Settings → Hip widgets opens for the administrator', page.url());
    const rows = () => page.$$eval('.hip-widgets-locations tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('input:not([type=radio]):not([type=checkbox])')].map((input) => input.value)));
    const before = await rows();
    check(
      same(before, [
        ['centrum', 'Fysiotherapie Centrum', '020 123 4567', 'centrum@example.nl', 'https://example.nl/afspraak?loc=centrum'],
        ['noord', 'Fysiotherapie Noord', '+31 20 765 4321', 'noord@example.nl', ''],
        ['', '', '', '', ''],
      ]),
      'settings page: the two locations and an empty row to add one',
      show(before),
    );
    check(
      (await page.isChecked('#hip-widgets-location-0-default')) && (await page.inputValue('#hip-widgets-locale')) === 'nl',
      'settings page: centrum is the default location and the language is Dutch',
    );
    await page.screenshot({ path: join(shots, 'settings-page.png'), fullPage: true });
    // The page's own script and style (admin_enqueue_scripts), there and on no other admin screen.
    const adminAssets = (where) =>
      where.$$eval('link[rel="stylesheet"], script[src]', (tags) => tags.map((tag) => tag.href || tag.src).filter((url) => url.includes('/plugins/hip-widgets/admin/')).map((url) => new URL(url).pathname.replace(/^.*\/hip-widgets\//, '')).sort());
    const onSettings = await adminAssets(page);
    const posts = await context.newPage();
    await posts.goto(new URL('wp-admin/edit.php', site.url).href, { waitUntil: 'load' });
    const elsewhere = await adminAssets(posts);
    await posts.close();
    check(
      same(onSettings, ['admin/settings.css', 'admin/settings.js']) && elsewhere.length === 0,
      "settings page: its script and style load there (admin_enqueue_scripts) and not on another admin screen (Posts)",
      show({ onSettings, elsewhere }),
    );

    // Add two locations (the second through "Add a location"), one with a bad phone number; follow the site's language.
    await page.fill('#hip-widgets-location-2-id', 'zuid');
    await page.fill('#hip-widgets-location-2-name', 'Fysiotherapie Zuid');
    await page.fill('#hip-widgets-location-2-phone', 'abc');
    await page.fill('#hip-widgets-location-2-email', 'zuid@example.nl');
    await page.click('.hip-widgets-add-location');
    await page.fill('#hip-widgets-location-3-name', 'Fysiotherapie West');
    await page.fill('#hip-widgets-location-3-phone', '020 765 4321');
    await page.selectOption('#hip-widgets-locale', 'auto');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
    const notices = await page.$$eval('.notice, .error, .updated', (elements) => elements.map((element) => `${element.className}: ${element.textContent.trim()}`));
    check(
      notices.some((notice) => /error/.test(notice) && notice.includes('“abc” is not a phone number: it contains letters')),
      'settings page: a bad phone number is refused with a message saying why',
      show(notices),
    );
    check(notices.some((notice) => notice.includes('got the id “fysiotherapie-west” from its name')), 'settings page: a location without id gets one from its name, and is told', show(notices));
    const after = await rows();
    check(
      same(after.slice(0, 4), [
        ['centrum', 'Fysiotherapie Centrum', '020 123 4567', 'centrum@example.nl', 'https://example.nl/afspraak?loc=centrum'],
        ['noord', 'Fysiotherapie Noord', '+31 20 765 4321', 'noord@example.nl', ''],
        ['zuid', 'Fysiotherapie Zuid', '', 'zuid@example.nl', ''],
        ['fysiotherapie-west', 'Fysiotherapie West', '020 765 4321', '', ''],
      ]) && after.length === 5,
      'settings page: the new locations are saved, the bad phone number is not',
      show(after),
    );
    await page.screenshot({ path: join(shots, 'settings-saved.png'), fullPage: true });

    // The site's language (English, <html lang="en-US">) now decides: the English module loads from beside the bundle.
    const visitor = await openContext();
    const english = await visit(visitor.context, site.pages.shortcode, { waitForHeading: 'Hip problems' });
    const expected = {
      defaultLocation: 'centrum',
      locations: [...site.config.locations, { id: 'zuid', name: 'Fysiotherapie Zuid', email: 'zuid@example.nl' }, { id: 'fysiotherapie-west', name: 'Fysiotherapie West', phone: '020 765 4321' }],
      localesUrl: site.config.localesUrl,
      review: site.config.review,
    };
    checkPageBasics('shortcode page in English', english.report, visitor.log, { config: expected });
    checkSection('shortcode page in English', english.report.sections[0], { heading: 'Hip problems' });
    const locale = visitor.log.responses.find((response) => response.url.includes('/hip-widgets/assets/locales/en.js'));
    check(locale?.status === 200, 'the English language module loads from the plugin, beside the bundle (assets/locales/en.js)', show(locale ?? visitor.log.responses.map((response) => response.url)));
    await english.page.screenshot({ path: join(shots, 'shortcode-page-en.png') });

    // Remove the two again, and load the widgets on every page.
    await page.check('#hip-widgets-location-2-remove');
    await page.check('#hip-widgets-location-3-remove');
    await page.check('input[name="hip_widgets_settings[load]"][value="always"]');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
    const removed = await rows();
    check(removed.length === 3 && removed[2].join('') === '', 'settings page: "Remove" removes locations', show(removed));
    const plain = await visit(visitor.context, site.pages.plain);
    check(
      oneBundle(plain.report.bundles) && plain.report.configs.length === 1 && same(plain.report.configs[0].json, { defaultLocation: 'centrum', locations: site.config.locations, localesUrl: site.config.localesUrl, review: site.config.review }),
      '"Load on every page": a page without widgets gets the bundle and the page config',
      show(plain.report),
    );
    check(problems(log).length === 0 && problems(visitor.log).length === 0, 'settings and pages: no console errors or failed requests', [...problems(log), ...problems(visitor.log)].join(' | '));
    await visitor.context.close();
    await context.close();
  }

  // 3. The review record: its fields on the settings page, and the notice when its next review has passed.
  {
    const { context, log } = await openContext();
    const page = await context.newPage();
    await logIn(page, site.settings);
    const fields = () =>
      page.evaluate(() => ({
        reviewed: document.querySelector('#hip-widgets-review-reviewed')?.value,
        reviewedBy: document.querySelector('#hip-widgets-review-reviewed_by')?.value,
        nextReview: document.querySelector('#hip-widgets-review-next_review')?.value,
        types: ['reviewed', 'next_review'].map((field) => document.querySelector(`#hip-widgets-review-${field}`)?.type),
        sources: [...document.querySelectorAll('.hip-widgets-sources tbody tr')].map((row) => [...row.querySelectorAll('input')].map((input) => input.value)),
      }));
    const saved = await fields();
    const sources = site.config.review.sources.map((source) => [source.title, source.url ?? '']);
    check(
      same(saved, { reviewed: site.config.review.reviewed, reviewedBy: site.config.review.reviewedBy, nextReview: site.config.review.nextReview, types: ['date', 'date'], sources: [...sources, ['', '']] }),
      'settings page: the review record in its fields (two date inputs, the reviewer, a row per source and an empty one)',
      show(saved),
    );
    const future = { dashboard: await reviewNotice(page, site.dashboard), settings: await reviewNotice(page, site.settings) };
    check(future.dashboard === null && future.settings === null, `next review ${site.config.review.nextReview}, ahead: no review notice on the dashboard or the settings page`, show(future));

    // A past next review, and a source with a javascript: link, saved through the form.
    await page.fill('#hip-widgets-review-next_review', '2026-01-15');
    await page.fill(`#hip-widgets-source-${sources.length}-title`, 'Script');
    await page.fill(`#hip-widgets-source-${sources.length}-url`, 'javascript:alert(1)');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
    const notices = await page.$$eval('.notice, .error, .updated', (elements) => elements.map((element) => `${element.className}: ${element.textContent.replace(/\s+/g, ' ').trim()}`));
    check(
      notices.some((notice) => /error/.test(notice) && notice.includes(`Source ${sources.length + 1} (“Script”): the URL “javascript:alert(1)” uses "javascript:"`) && notice.includes('saved without a link')),
      'settings page: a javascript: source link is refused with a message saying why; the source is saved without it',
      show(notices),
    );
    const past = { dashboard: await reviewNotice(page, site.dashboard), settings: await reviewNotice(page, site.settings) };
    check(
      past.dashboard?.warning && past.dashboard.text.includes('the review of the hip-complaints content was due on January 15, 2026') && past.dashboard.link?.endsWith('options-general.php?page=hip-widgets#hip-widgets-review-heading'),
      'next review 2026-01-15, passed: a warning on the dashboard says when it was due, with a link to the settings',
      show(past.dashboard),
    );
    check(past.settings?.warning && past.settings.text.includes('was due on January 15, 2026') && past.settings.link === null, 'next review passed: the same warning on the settings page', show(past.settings));
    const stored = await fields();
    check(same(stored.sources, [...sources, ['Script', ''], ['', '']]) && stored.nextReview === '2026-01-15', 'settings page: the new next review date and the source without its link are saved', show(stored));

    // The public page: no notice (even for the administrator), and the record as saved, the date it was due included.
    const publicPage = await visit(context, site.pages.shortcode);
    const shown = await publicPage.page.evaluate(() => ({
      notice: document.querySelector('.hip-widgets-review-notice, .notice') !== null || document.body.textContent.includes('was due on'),
      footer: document.querySelector('hip-complaints-section')?.shadowRoot?.querySelector('[part="review"]')?.textContent.replace(/\s+/g, ' ').trim(),
    }));
    check(!shown.notice && shown.footer?.includes('Next review due: January 15, 2026') && shown.footer.includes('Script'), 'the public page has no review notice; its section shows the record as saved', show(shown));

    // Back to a next review ahead (a year from today), the javascript: source removed by emptying its row.
    await page.goto(site.settings, { waitUntil: 'load' });
    await page.fill('#hip-widgets-review-next_review', isoIn(365));
    await page.fill(`#hip-widgets-source-${sources.length}-title`, '');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
    const again = { dashboard: await reviewNotice(page, site.dashboard), settings: await reviewNotice(page, site.settings), fields: await fields() };
    check(
      again.dashboard === null && again.settings === null && again.fields.nextReview === isoIn(365) && same(again.fields.sources, [...sources, ['', '']]),
      'next review set a year ahead again: no notice any more; an emptied source row is removed',
      show(again),
    );
    check(problems(log).length === 0, 'review settings and notices: no console errors or failed requests', problems(log).join(' | '));
    await context.close();
  }
});
