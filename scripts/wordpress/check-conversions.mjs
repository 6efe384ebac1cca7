#!/usr/bin/env node
/**
 * Conversions without health data (part of scripts/wordpress/test-wordpress.sh,
 * after check-site.mjs), in headless Chromium with playwright-core, on the
 * shortcode page (the section, whose call to action has booking, phone and
 * e-mail links):
 *
 * 1. Off (the default): a visitor ticks every symptom and follows the three
 *    links; each sends its hip-appointment-click event, and the page gets no
 *    window.dataLayer.
 * 2. The administrator ticks "Push appointment clicks to window.dataLayer" in
 *    Settings → Hip widgets and saves.
 * 3. On: the same visitor's three clicks push exactly
 *    {event: 'hip_appointment_click', channel, location} each, nothing of the
 *    ticks; no cookie, no request to another host.
 * 4. Off again from the settings page: no push.
 *
 * The links are followed as the widgets leave them; the visitor's page cancels
 * the navigation after the widgets' own handler ran (as a page's analytics
 * would see it), so the test stays on the page.
 *
 * Prints "PASS …" / "FAIL …" per check; exits non-zero only when it could not run.
 */
/* global document, window -- in the functions page.evaluate() runs in the browser */
import { check, launchChromium, logIn, runChecks, show, testSite } from './check-common.mjs';

const { site, chromePath } = testSite('check-conversions');
const origin = new URL(site.url).origin;
const TIMEOUT = 30_000;
const CHANNELS = ['booking', 'phone', 'email'];
const CHECKBOX = '#hip-widgets-datalayer';

const browser = await launchChromium(chromePath);

/** A visitor on the shortcode page: ticks every symptom, follows the three links; what the page saw. */
async function visitAndClick(label) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith(origin)) return route.fallback();
    problems.push(`request to another host: ${route.request().url()}`);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error}`));
  await page.goto(site.pages.shortcode, { waitUntil: 'load', timeout: TIMEOUT });
  // The page's own listeners, as its analytics would have them: the DOM events, and the navigation cancelled last.
  await page.evaluate(() => {
    window.hipwpEvents = [];
    document.addEventListener('hip-appointment-click', (event) => window.hipwpEvents.push(event.channel));
    window.addEventListener('click', (event) => event.composedPath().some((target) => target.localName === 'a') && event.preventDefault());
  });
  const boxes = page.locator('hip-complaints-section symptom-checklist input[type="checkbox"]');
  await boxes.first().waitFor({ timeout: TIMEOUT });
  // Once the widgets have hydrated the pre-rendered section: the call to action's links are theirs then.
  await page.waitForFunction(
    () => {
      const root = document.querySelector('hip-complaints-section')?.shadowRoot;
      return ['symptom-checklist', 'appointment-cta'].every((tag) => root?.querySelector(tag)?.hasUpdated === true);
    },
    undefined,
    { timeout: TIMEOUT },
  );
  for (const box of await boxes.all()) await box.check();
  const ticked = await page.locator('hip-complaints-section symptom-checklist input[type="checkbox"]:checked').count();
  for (const channel of CHANNELS) await page.locator(`hip-complaints-section appointment-cta a[part~="${channel}"]`).click();
  await page.waitForFunction((count) => window.hipwpEvents.length >= count, CHANNELS.length, { timeout: TIMEOUT });
  const seen = await page.evaluate(() => ({
    events: window.hipwpEvents,
    hasDataLayer: 'dataLayer' in window,
    dataLayer: window.dataLayer === undefined ? null : JSON.parse(JSON.stringify(window.dataLayer)),
    config: JSON.parse(document.querySelector('script[data-hip-widgets-config]')?.textContent ?? 'null'),
    url: window.location.href,
  }));
  const cookies = await context.cookies();
  await context.close();
  return { ...seen, ticked, cookies, problems, label };
}

/** The administrator sets the checkbox on the settings page and saves; returns whether the saved page shows it so. */
async function setOnSettingsPage(page, on) {
  await page.goto(site.settings, { waitUntil: 'load', timeout: TIMEOUT });
  await page.setChecked(CHECKBOX, on);
  await Promise.all([page.waitForURL(/settings-updated=true/, { waitUntil: 'load', timeout: TIMEOUT }), page.click('#submit')]);
  return page.isChecked(CHECKBOX);
}

await runChecks('conversion', browser, async () => {
  const off = await visitAndClick('off');
  check(
    show(off.events) === show(CHANNELS) && off.hasDataLayer === false && off.config?.dataLayer === undefined && off.ticked === 4,
    'dataLayer off (the default): the three clicks send their hip-appointment-click events, and the page gets no window.dataLayer',
    show(off),
  );

  const admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await admin.newPage();
  await logIn(page, site, site.admin, site.settings);
  const label = (await page.locator(`label[for="${CHECKBOX.slice(1)}"]`).textContent())?.trim();
  check(
    (await page.isChecked(CHECKBOX)) === false && label === 'Push appointment clicks to window.dataLayer',
    'settings page: "Push appointment clicks to window.dataLayer" is there, not ticked',
    show(label),
  );
  check((await setOnSettingsPage(page, true)) === true, 'settings page: the administrator ticks it and saves; it stays ticked');

  const on = await visitAndClick('on');
  const pushed = CHANNELS.map((channel) => ({ event: 'hip_appointment_click', channel, location: 'centrum' }));
  check(
    on.config?.dataLayer === true && show(on.events) === show(CHANNELS) && show(on.dataLayer) === show(pushed),
    'dataLayer on: each click pushes {event: "hip_appointment_click", channel, location: "centrum"} to window.dataLayer, besides its DOM event',
    show(on),
  );
  check(
    on.ticked === 4 && on.dataLayer?.every((entry) => show(Object.keys(entry)) === show(['event', 'channel', 'location'])),
    'dataLayer on: with every symptom ticked, each push has only event, channel and location (nothing the visitor ticked)',
    show(on.dataLayer),
  );
  check(on.cookies.length === 0 && on.problems.length === 0 && off.problems.length === 0 && on.url === site.pages.shortcode, 'dataLayer on and off: no cookie, no console error, no request to another host, the page stayed', show({ cookies: on.cookies, problems: [...off.problems, ...on.problems], url: on.url }));

  check((await setOnSettingsPage(page, false)) === false, 'settings page: unticked and saved, it stays unticked');
  const again = await visitAndClick('off again');
  check(again.hasDataLayer === false && again.config?.dataLayer === undefined && show(again.events) === show(CHANNELS), 'dataLayer off again: no push, the DOM events still sent', show(again));
  await admin.close();
});
