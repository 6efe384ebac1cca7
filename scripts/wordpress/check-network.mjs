#!/usr/bin/env node
/**
 * The plugin on a multisite network (part of scripts/wordpress/test-wordpress.sh,
 * after `php site.php network-setup`), in headless Chromium with playwright-core:
 *
 * 1. Each site's administrator (not a super admin) opens Settings → Hip widgets
 *    of their own site and saves its locations: the main site one ("centrum",
 *    in Dutch), /zuid/ two ("zuid", the default, and "oost"; the site's
 *    language, Dutch). Neither may open the other site's settings.
 * 2. Each site's page with [hip_complaints_section], as a visitor: the HTML has
 *    the section pre-rendered with that site's default location (its phone link
 *    in the declarative shadow DOM), the page config has that site's locations
 *    and no other's, and after the widgets hydrate the section shows the same;
 *    no console error, no request to another host.
 *
 * Reads $HIPWP_NETWORK_FILE (network.json). Prints "PASS …" / "FAIL …" per
 * check; exits non-zero only when it could not run.
 */
/* global document -- in the functions page.evaluate() runs in the browser */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, launchChromium, logIn, runChecks, show } from './check-common.mjs';

const file = process.env.HIPWP_NETWORK_FILE;
const chromePath = process.env.CHROME_PATH;
if (!file || !chromePath) {
  console.error('check-network: HIPWP_NETWORK_FILE and CHROME_PATH must be set (run scripts/wordpress/test-wordpress.sh)');
  process.exit(2);
}
const network = JSON.parse(readFileSync(file, 'utf8'));
const shots = join(process.env.HIPWP_ROOT ?? process.cwd(), '.tmp', 'wordpress');
mkdirSync(shots, { recursive: true });
const TIMEOUT = 30_000;

/** What each site's administrator saves, and what its page must then show. */
const PLANS = {
  '/': {
    rows: [['centrum', 'Fysiotherapie Centrum', '020 123 4567', 'centrum@example.nl', 'https://example.nl/afspraak?loc=centrum']],
    locale: 'nl',
    config: {
      locale: 'nl',
      defaultLocation: 'centrum',
      locations: [{ id: 'centrum', name: 'Fysiotherapie Centrum', phone: '020 123 4567', email: 'centrum@example.nl', bookingUrl: 'https://example.nl/afspraak?loc=centrum' }],
    },
    tel: 'tel:+31201234567',
    lang: 'en-US',
  },
  '/zuid/': {
    rows: [
      ['zuid', 'Fysiotherapie Zuid', '030 234 5678', 'zuid@example.nl', ''],
      ['oost', 'Fysiotherapie Oost', '030 345 6789', 'oost@example.nl', ''],
    ],
    locale: 'auto',
    config: {
      defaultLocation: 'zuid',
      locations: [
        { id: 'zuid', name: 'Fysiotherapie Zuid', phone: '030 234 5678', email: 'zuid@example.nl' },
        { id: 'oost', name: 'Fysiotherapie Oost', phone: '030 345 6789', email: 'oost@example.nl' },
      ],
    },
    tel: 'tel:+31302345678',
    lang: 'nl-NL',
  },
};
const ALL_TELS = Object.values(PLANS).flatMap((plan) => plan.rows.map((row) => `tel:+31${row[2].replace(/\D/g, '').slice(1)}`));

const browser = await launchChromium(chromePath);

/** A context that records console errors and warnings, page errors, failed requests and requests to other hosts (refused). */
async function openContext() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const origin = new URL(network.sites[0].url).origin;
  const problems = [];
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith(origin)) return route.fallback();
    problems.push(`request to another host: ${route.request().url()}`);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => {
    page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`page error: ${error}`));
    page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && problems.push(`${response.url()} HTTP ${response.status()}`));
  });
  return { context, problems };
}

const rowsOf = (page) =>
  page.$$eval('.hip-widgets-locations tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('input:not([type=radio]):not([type=checkbox])')].map((input) => input.value)));

await runChecks('network', browser, async () => {
  // 1. Each site's administrator, on their own site's settings page.
  for (const site of network.sites) {
    const plan = PLANS[site.path];
    const label = `network ${site.path}`;
    const { context, problems } = await openContext();
    const page = await context.newPage();
    await logIn(page, site, site.admin, site.settings, TIMEOUT);
    check(page.url() === site.settings && (await page.locator('.hip-widgets-locations').count()) === 1, `${label}: the site's administrator (${site.admin.user}) opens Settings → Hip widgets of the site`, page.url());
    for (const [index, row] of plan.rows.entries()) {
      if (index > 0) await page.click('.hip-widgets-add-location');
      for (const [field, value] of ['id', 'name', 'phone', 'email', 'booking_url'].map((name, at) => [name, row[at]])) {
        await page.fill(`#hip-widgets-location-${index}-${field}`, value);
      }
    }
    await page.check('#hip-widgets-location-0-default');
    await page.selectOption('#hip-widgets-locale', plan.locale);
    await Promise.all([page.waitForURL(/settings-updated=true/, { waitUntil: 'load', timeout: TIMEOUT }), page.click('#submit')]);
    const saved = await rowsOf(page);
    const errors = await page.$$eval('.notice-error, .error', (elements) => elements.map((element) => element.textContent.trim()));
    check(
      show(saved) === show([...plan.rows, ['', '', '', '', '']]) && errors.length === 0 && (await page.isChecked('#hip-widgets-location-0-default')),
      `${label}: the administrator saves the site's ${plan.rows.length === 1 ? 'location' : 'locations'} (${plan.rows.map((row) => row[0]).join(', ')}), the first the default, without complaint`,
      show({ saved, errors }),
    );
    await page.screenshot({ path: join(shots, `network-settings${site.path.replace(/\//g, '-')}${network.wordpress}.png`), fullPage: true });

    // Not the other site's settings: a site administrator is no network administrator.
    const other = network.sites.find((candidate) => candidate !== site);
    const response = await page.goto(other.settings, { waitUntil: 'load', timeout: TIMEOUT });
    check(response?.status() === 403 && (await page.locator('.hip-widgets-locations').count()) === 0, `${label}: the administrator may not open the settings of ${other.path}`, `HTTP ${response?.status()}`);
    problems.splice(0, problems.length, ...problems.filter((problem) => !(problem.includes(' HTTP 403') || problem.includes('status of 403'))));
    check(problems.length === 0, `${label}: the settings page, no console errors or failed requests`, show(problems));
    await context.close();
  }

  // 2. Each site's page, as a visitor.
  for (const site of network.sites) {
    const plan = PLANS[site.path];
    const label = `network ${site.path}`;
    const html = await (await fetch(site.page)).text();
    const start = html.indexOf('<hip-complaints-section><template shadowroot="open" shadowrootmode="open">');
    const section = start < 0 ? '' : html.slice(start, html.indexOf('</hip-complaints-section>', start));
    const tels = [...section.matchAll(/href="(tel:[^"]+)"/g)].map((match) => match[1]);
    check(start >= 0 && show(tels) === show([plan.tel]), `${label}: the page's HTML has the section pre-rendered with the site's own location (${plan.tel})`, show({ found: start >= 0, tels }));
    const configs = [...html.matchAll(/<script[^>]*data-hip-widgets-config[^>]*>([^<]*)<\/script>/g)].map((match) => JSON.parse(match[1]));
    const expected = { ...plan.config, localesUrl: configs[0]?.localesUrl };
    check(
      configs.length === 1 && show(configs[0]) === show(expected) && typeof configs[0].localesUrl === 'string' && !ALL_TELS.filter((tel) => tel !== plan.tel).some((tel) => section.includes(tel)),
      `${label}: the page config holds this site's settings and no other site's`,
      show(configs),
    );

    const { context, problems } = await openContext();
    const page = await context.newPage();
    await page.goto(site.page, { waitUntil: 'load', timeout: TIMEOUT });
    const shown = await page
      .waitForFunction(
        (tel) => {
          const root = document.querySelector('hip-complaints-section')?.shadowRoot;
          const cta = root?.querySelector('appointment-cta');
          if (!cta?.hasUpdated) return null;
          const links = [...cta.shadowRoot.querySelectorAll('a[href^="tel:"]')].map((link) => link.getAttribute('href'));
          return links.includes(tel) ? { links, heading: root.querySelector('[part~="heading"]')?.textContent.trim(), lang: document.documentElement.lang } : null;
        },
        plan.tel,
        { timeout: TIMEOUT },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => null);
    check(
      shown !== null && show(shown.links) === show([plan.tel]) && shown.heading === 'Heupklachten' && shown.lang === plan.lang,
      `${label}: after the widgets hydrate, the section shows the site's location, in Dutch (the page is ${plan.lang})`,
      show(shown),
    );
    check(problems.length === 0, `${label}: the page, no console errors, failed requests or requests to other hosts`, show(problems));
    await page.screenshot({ path: join(shots, `network-page${site.path.replace(/\//g, '-')}${network.wordpress}.png`) });
    await context.close();
  }
});
