#!/usr/bin/env node
/**
 * The plugin's own screens in the site's language (part of
 * scripts/wordpress/test-wordpress.sh, on the network's site /zuid/, whose
 * language is Dutch, nl_NL), in headless Chromium with playwright-core, logged
 * in as an administrator of that site who keeps the site's language:
 *
 * 1. Settings → Hip widgets: headings, columns, buttons, the dataLayer opt-in
 *    and a message about a bad phone number are the plugin's Dutch (from its
 *    own languages/ folder: WordPress has no Dutch of its own here, so its
 *    chrome around them stays English).
 * 2. The block editor: the block's sidebar (its panels, controls and help) is
 *    Dutch, from the plugin's JSON translations that wp_set_script_translations()
 *    hands to wp.i18n.
 *
 * Reads HIPWP_SITE_FILE (the network's site.json, with "dutch" and "settings").
 * Prints "PASS …" / "FAIL …" per check; exits non-zero only when it could not run.
 */
/* global wp -- in the functions page.evaluate() runs in the browser */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { check, launchChromium, logIn, runChecks, show, testSite } from './check-common.mjs';

const { site, chromePath } = testSite('check-languages');
const shots = join(process.env.HIPWP_ROOT ?? process.cwd(), '.tmp', 'wordpress');
mkdirSync(shots, { recursive: true });
const TIMEOUT = 60_000;

const browser = await launchChromium(chromePath);
const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
const problems = [];
context.on('page', (page) => {
  page.on('pageerror', (error) => problems.push(`page error: ${error}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`error: ${message.text()}`));
});
const text = (locator) => locator.allTextContents().then((texts) => texts.map((entry) => entry.replace(/\s+/g, ' ').trim()));

await runChecks('language', browser, async () => {
  const page = await context.newPage();
  await logIn(page, site, site.dutch, site.settings, TIMEOUT);

  // 1. The settings page.
  const seen = {
    lang: await page.getAttribute('html', 'lang'),
    headings: await text(page.locator('.hip-widgets-settings h2')),
    columns: await text(page.locator('.hip-widgets-locations thead th')),
    add: (await page.locator('.hip-widgets-add-location').textContent())?.trim(),
    dataLayer: (await page.locator('label[for="hip-widgets-datalayer"]').textContent())?.trim(),
    locales: await text(page.locator('#hip-widgets-locale option')),
  };
  check(
    seen.lang === 'nl-NL' &&
      show(seen.headings) === show(['Praktijklocaties', 'Taal', 'Beoordeling van de medische inhoud', 'Laden', 'Conversies', 'Shortcodes']) &&
      show(seen.columns) === show(['Standaard', 'Id', 'Naam', 'Telefoon', 'E-mail', 'Afspraak-URL', 'Verwijderen']) &&
      seen.add === 'Locatie toevoegen' &&
      seen.dataLayer === 'Klikken voor een afspraak doorgeven aan window.dataLayer' &&
      show(seen.locales) === show(['De taal van de site', 'Nederlands', 'Engels (English)', 'Duits (Deutsch)', 'Frans (Français)']),
    'settings page in the site\'s language (nl_NL): headings, columns, buttons and the dataLayer opt-in are Dutch',
    show(seen),
  );
  const body = await page.locator('.hip-widgets-settings').textContent();
  const english = ['Practice locations', 'Default location', 'Load the widgets', 'Push appointment clicks'].filter((phrase) => body.includes(phrase));
  check(english.length === 0, 'settings page in Dutch: none of the plugin\'s English left', show(english));
  await page.screenshot({ path: join(shots, `languages-settings-nl-${site.wordpress}.png`), fullPage: true });

  // A message of the settings' checks, in Dutch; then the phone number as it was.
  const phone = await page.inputValue('#hip-widgets-location-0-phone');
  await page.fill('#hip-widgets-location-0-phone', 'abc');
  await Promise.all([page.waitForURL(/settings-updated=true/, { waitUntil: 'load', timeout: TIMEOUT }), page.click('#submit')]);
  const notices = await text(page.locator('.notice, .error, .updated'));
  check(
    notices.some((notice) => notice.includes('Locatie 1 (“zuid”): het telefoonnummer “abc” is geen telefoonnummer: het bevat letters. Dit is niet opgeslagen; de locatie is zonder opgeslagen.')) &&
      notices.some((notice) => notice.includes('Instellingen opgeslagen, behalve wat de meldingen hier noemen.')),
    'settings page in Dutch: a bad phone number is refused with a Dutch message saying why',
    show(notices),
  );
  await page.fill('#hip-widgets-location-0-phone', phone);
  await Promise.all([page.waitForURL(/settings-updated=true/, { waitUntil: 'load', timeout: TIMEOUT }), page.click('#submit')]);
  check((await page.inputValue('#hip-widgets-location-0-phone')) === phone, 'settings page in Dutch: the phone number saved again', await page.inputValue('#hip-widgets-location-0-phone'));

  // 2. The block's sidebar.
  await page.goto(new URL('wp-admin/post-new.php', site.url).href, { waitUntil: 'load', timeout: TIMEOUT });
  await page.waitForFunction(() => typeof wp !== 'undefined' && wp.blocks?.getBlockType('hip-widgets/heupklachten') !== undefined && wp.data.select('core/editor').getCurrentPostId() !== null, undefined, { timeout: TIMEOUT });
  const translated = await page.evaluate(() => ({ language: wp.i18n.__('Language', 'hip-widgets'), title: wp.blocks.getBlockType('hip-widgets/heupklachten').title }));
  await page.evaluate(() => {
    wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('hip-widgets/heupklachten'));
    wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  const inspector = page.locator('.block-editor-block-inspector');
  await inspector.getByText('Aandoeningen', { exact: true }).first().waitFor({ timeout: TIMEOUT }).catch(() => {});
  const sidebar = {
    ...translated,
    panels: await text(inspector.locator('.components-panel__body-title')),
    labels: await text(inspector.locator('label.components-base-control__label, .components-base-control__label, .components-input-control__label')),
    help: await text(inspector.locator('.components-base-control__help')),
  };
  const has = (list, wanted) => wanted.every((entry) => list.includes(entry));
  check(
    sidebar.language === 'Taal' && sidebar.title === 'Heupklachten' &&
      has(sidebar.panels, ['Heupklachten', 'Aandoeningen']) &&
      has(sidebar.labels, ['Tonen', 'Locatie', 'Kopniveau', 'Taal']) &&
      sidebar.help.some((help) => help.startsWith('De widgets tonen één taal per pagina')),
    'block sidebar in the site\'s language (nl_NL): panels, controls and help are Dutch (the plugin\'s JSON translations)',
    show(sidebar),
  );
  await page.screenshot({ path: join(shots, `languages-block-nl-${site.wordpress}.png`) });
  check(problems.length === 0, 'settings page and block editor in Dutch: no page or console errors', show(problems));
});
