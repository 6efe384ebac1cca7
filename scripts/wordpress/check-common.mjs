/**
 * What the browser-side checks of the plugin test share (check-site.mjs,
 * check-prerender.mjs, check-optimizers.mjs and the others run by
 * test-wordpress.sh): the test site they look at, the browser they open, the
 * "PASS …" / "FAIL …" lines they print, logging in.
 *
 * HIPWP_SITE_FILE names another site file than $HIPWP_WORK/site.json (a site
 * of the multisite network, in the same shape); HIPWP_CHECK_LABEL is put before
 * every check's name ("network /zuid/: …"), so a check run twice reads apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { QUIET_CHROMIUM_ARGS } from '../ensure-browser.mjs';

/** The test site ($HIPWP_WORK/site.json, written by `php site.php setup`) and Chromium's path; exits 2 without them. */
export function testSite(script) {
  const work = process.env.HIPWP_WORK;
  const chromePath = process.env.CHROME_PATH;
  if (!work || !chromePath) {
    console.error(`${script}: HIPWP_WORK and CHROME_PATH must be set (run scripts/wordpress/test-wordpress.sh)`);
    process.exit(2);
  }
  return { site: JSON.parse(readFileSync(process.env.HIPWP_SITE_FILE || join(work, 'site.json'), 'utf8')), chromePath };
}

/** Headless Chromium at `chromePath` (testSite's) with the project's quiet flags, as every check script opens it. */
export const launchChromium = (chromePath) => chromium.launch({ executablePath: chromePath, headless: true, args: [...QUIET_CHROMIUM_ARGS] });

const LABEL = process.env.HIPWP_CHECK_LABEL ? `${process.env.HIPWP_CHECK_LABEL}: ` : '';

/** Prints one check's line; returns whether it passed. */
export function check(ok, name, detail = '') {
  console.log(ok ? `PASS ${LABEL}${name}` : `FAIL ${LABEL}${name}${detail ? `: ${detail}` : ''}`);
  return ok;
}

/**
 * Runs a script's checks, then closes its browser and exits. An exception ends them with one FAIL
 * line naming `what`; the exit status stays 0, since test-wordpress.sh counts the PASS and FAIL lines.
 */
export async function runChecks(what, browser, checks) {
  try {
    await checks();
  } catch (error) {
    console.log(`FAIL the ${what} checks stopped: ${error.stack ?? error}`);
  } finally {
    await browser.close();
  }
  process.exit(0);
}

/** A value for a FAIL line, cut short. */
export const show = (value) => JSON.stringify(value)?.slice(0, 800);

/** Logs a user in through the site's wp-login.php (`site` is site.json's, or another site of the network); resolves on `redirectTo`, loaded. */
export async function logIn(page, site, { user, password }, redirectTo, timeout = 60_000) {
  const login = new URL('wp-login.php', site.url);
  login.searchParams.set('redirect_to', redirectTo);
  await page.goto(login.href, { waitUntil: 'load', timeout });
  await page.fill('#user_login', user);
  await page.fill('#user_pass', password);
  const target = new URL(redirectTo);
  await Promise.all([page.waitForURL((url) => url.pathname === target.pathname && url.search === target.search, { waitUntil: 'load', timeout }), page.click('#wp-submit')]);
}

/**
 * Calls `report(request)` for each request of `page` that failed, except one
 * cancelled (net::ERR_ABORTED) because the page then navigated: a check's own
 * click on "Save" stops whatever the old page was still loading (WordPress's
 * emoji script, loaded after the page's load event, under a busy machine).
 * Counted from the navigation's request, which Chromium sends before it
 * cancels the old page's requests.
 */
export function onFailedRequest(page, report) {
  let navigations = 0;
  const navigationsAtStart = new WeakMap();
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations += 1;
    else navigationsAtStart.set(request, navigations);
  });
  page.on('requestfailed', (request) => {
    const cancelledByNavigation = request.failure()?.errorText === 'net::ERR_ABORTED' && navigationsAtStart.has(request) && navigationsAtStart.get(request) !== navigations;
    if (!cancelledByNavigation) report(request);
  });
}
