/**
 * A @web/test-runner server command, `emulate-forced-colors`, for the
 * forced-colours (Windows high contrast) tests: @web/test-runner-commands'
 * `emulateMedia({ forcedColors })` only reaches Playwright, and puppeteer's
 * `emulateMediaFeatures` refuses `forced-colors`, so this sends the DevTools
 * protocol's `Emulation.setEmulatedMedia` itself. Chromium then renders the page
 * with the forced palette, as Windows would. Answers `false` where the engine
 * has no DevTools protocol (Firefox over WebDriver BiDi, WebKit over
 * WebDriver), so the test can skip itself there.
 */
export function forcedColorsPlugin() {
  /** One DevTools session per test page, made on first use. */
  const sessions = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      if (!page || page.browser().protocol !== 'cdp') return false;
      if (!sessions.has(page)) {
        sessions.set(page, await page.createCDPSession());
        page.once('close', () => sessions.delete(page));
      }
      const value = payload?.active ? 'active' : 'none';
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}
