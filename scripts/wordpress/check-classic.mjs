#!/usr/bin/env node
/**
 * The classic editor (part of scripts/wordpress/test-wordpress.sh), in headless
 * Chromium with playwright-core: does an element typed in the Text tab survive
 * the Visual tab? For an Administrator (unfiltered_html) and an Editor without
 * unfiltered_html, each on a draft that opens in the classic editor
 * (classic-editor.php, as the Classic Editor plugin does it):
 *
 * 1. In the Text tab, type `<hip-condition-card condition="fai"></hip-condition-card>`
 *    and the shortcode `[hip_condition_card condition="perthes"]`, save the
 *    draft: what was saved.
 * 2. Switch to the Visual tab, save again: what was saved.
 *
 * The finding this pins (docs/wordpress-classic-editor.md): from the Text tab
 * both are saved as typed (kses lets the plugin's elements through, also for
 * the Editor); once the Visual tab has had the content, TinyMCE has dropped the
 * element, which it does not know, and the shortcode, plain text to it, is
 * saved. So in the classic editor the docs say: use the shortcode.
 *
 * Prints "PASS …" / "FAIL …" per check; exits non-zero only when it could not run.
 */
/* global tinymce -- in the functions page.evaluate() runs in the browser */
import { check, launchChromium, logIn, runChecks, show, testSite } from './check-common.mjs';

const { site, chromePath } = testSite('check-classic');
const TIMEOUT = 60_000;
const ELEMENT = '<hip-condition-card condition="fai"></hip-condition-card>';
const SHORTCODE = '[hip_condition_card condition="perthes"]';

const browser = await launchChromium(chromePath);

/** The post's content as saved (the REST API, with the nonce WordPress gives a logged-in user). */
async function saved(page, id) {
  return page.evaluate(async (post) => {
    const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce', { credentials: 'same-origin' })).text();
    const response = await fetch(`/?rest_route=/wp/v2/posts/${post}&context=edit`, { headers: { 'X-WP-Nonce': nonce }, credentials: 'same-origin' });
    return (await response.json()).content?.raw ?? null;
  }, id);
}

/** Saves the draft and waits for the editor to come back. */
async function saveDraft(page) {
  await Promise.all([page.waitForURL(/[?&]message=/, { waitUntil: 'load', timeout: TIMEOUT }), page.click('#save-post')]);
  await page.locator('#content-html').waitFor({ timeout: TIMEOUT });
}

await runChecks('classic editor', browser, async () => {
  const users = [
    ['an Administrator (unfiltered_html)', site.admin, site.classic.admin],
    ['an Editor without unfiltered_html', site.editor, site.classic.editor],
  ];
  for (const [who, user, id] of users) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const errors = [];
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`page error: ${error}`));
    const edit = new URL(`wp-admin/post.php?post=${id}&action=edit`, site.url).href;
    await logIn(page, site, user, edit, TIMEOUT);
    const classic = (await page.locator('#wp-content-wrap').count()) === 1 && (await page.locator('.block-editor').count()) === 0;
    check(classic, `classic editor, ${who}: the draft opens in the classic editor (Visual and Text tabs)`);

    // 1. Typed in the Text tab, saved from there.
    await page.click('#content-html');
    await page.locator('textarea#content').fill(`${ELEMENT}\n\n${SHORTCODE}`);
    await saveDraft(page);
    const fromText = await saved(page, id);
    check(
      fromText?.includes(ELEMENT) && fromText.includes(SHORTCODE),
      `classic editor, ${who}: typed in the Text tab and saved from there, the element and the shortcode are saved as typed`,
      show(fromText),
    );

    // 2. The Visual tab, then saved.
    await page.click('#content-tmce');
    await page.waitForFunction(() => typeof tinymce !== 'undefined' && tinymce.get('content') && !tinymce.get('content').isHidden() && tinymce.get('content').initialized, undefined, { timeout: TIMEOUT });
    const visual = await page.evaluate(() => tinymce.get('content').getContent());
    await saveDraft(page);
    const fromVisual = await saved(page, id);
    check(
      fromVisual !== null && !fromVisual.includes('<hip-condition-card') && fromVisual.includes(SHORTCODE) && !visual.includes('<hip-condition-card'),
      `classic editor, ${who}: after the Visual tab the element is gone (TinyMCE drops it) and the shortcode is saved: the docs say to use the shortcode there`,
      show({ visual, saved: fromVisual }),
    );
    check(errors.length === 0, `classic editor, ${who}: no page errors`, show(errors));
    await context.close();
  }
});
