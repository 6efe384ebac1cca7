/**
 * The BUILT bundles (run `npm run build` first) on a page behind a strict
 * Content-Security-Policy with Trusted Types:
 *
 *   script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'
 *
 * served by test/server/middleware.mjs at `/csp/page.html`. The whole section,
 * a call to action for a configured location and a custom figure render, the
 * English locale module loads lazily, and a visitor ticks, opens and picks,
 * all without a single violation. Lit's adoptedStyleSheets and its `lit-html`
 * Trusted Types policy are what make this possible; a `style` attribute, an
 * `innerHTML` or an inline `<style>` anywhere in the widgets would show up here.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage, type Page } from './helpers/page.js';
import { PAGE_WORDS } from './helpers/content.js';

interface CspRecord {
  violations: { directive: string; blocked: string; source: string; line: number; sample: string }[];
  controls: { directive: string }[];
  errors: string[];
  console: string[];
}

interface CspWindow extends Window {
  hipCsp?: CspRecord;
  hipInlineScriptRan?: boolean;
}

const STRICT_CSP = "script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'";

function headingTexts(root: ParentNode | null | undefined): string[] {
  return [...(root?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? [])].map((heading) => (heading.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Let the browser deliver queued violation reports (they arrive as tasks). */
function settle(win: Window): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, 150));
}

describe('hardening: strict CSP and Trusted Types (dist/)', function () {
  // A fresh page with the bundle and a locale module, twice over.
  this.timeout(20000);

  it('serves the test page with the strict policy', async () => {
    const response = await fetch('/csp/page.html?bundle=module');
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
    const page = await response.text();
    // Nothing inline may run: only external scripts and the (inert) JSON config.
    expect(page).to.contain('<script src="/csp/recorder.js"></script>');
    expect(page).to.contain('type="application/json" data-hip-widgets-config');
  });

  for (const bundle of ['module', 'iife'] as const) {
    it(`renders and works with the ${bundle === 'module' ? 'module' : 'classic (IIFE)'} bundle without any violation`, async () => {
      const { win, doc }: Page = await openPage({ url: `/csp/page.html?bundle=${bundle}` });
      const page = win as unknown as CspWindow;
      expect(page.hipCsp, 'the external recorder ran').to.exist;
      const section = doc.querySelector('hip-complaints-section')!;
      const cta = doc.querySelector('appointment-cta')!;
      const figure = doc.querySelector('stats-figure')!;

      // The page config asks for English: the locale module is imported lazily, under the policy.
      await waitUntil(() => headingTexts(section.shadowRoot).includes(PAGE_WORDS.en.title), 'the section in English', { timeout: 8000 });
      const fetched = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      expect(fetched.filter((path) => path.endsWith('/locales/en.js')), 'the English locale module, fetched').to.have.length(1);
      const cards = [...section.shadowRoot!.querySelectorAll('hip-condition-card')];
      expect(cards, 'condition cards').to.have.length(6);
      await waitUntil(() => cards.every((card) => headingTexts(card.shadowRoot).length > 0), 'every card shows its title');
      // Each element renders in a task of its own: wait for the two outside the section.
      await waitUntil(() => figure.shadowRoot?.querySelector('svg rect.bar'), 'the custom figure draws its bar');
      await waitUntil(() => cta.shadowRoot?.querySelector('a[href="tel:+31207654321"]'), 'the call to action for location "noord"');

      // A visitor ticks, opens a card and picks a location: every re-render happens under the policy too.
      const checklist = section.shadowRoot!.querySelector('symptom-checklist')!;
      checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      cards[0].shadowRoot!.querySelector('summary')!.click();
      await waitUntil(() => cards[0].hasAttribute('open'), 'the first card opens');
      await waitUntil(() => /1/.test(checklist.shadowRoot!.querySelector('[role="status"]')!.textContent ?? ''), 'the checklist counts the tick');
      await settle(win);

      const record = page.hipCsp!;
      // The policy is in force and the recorder hears it: both controls were blocked and reported.
      expect(page.hipInlineScriptRan, 'the inline control script was blocked').to.be.undefined;
      expect(record.controls.map((entry) => entry.directive.replace(/-(elem|attr)$/, '')).sort(), 'violations of the two control elements').to.deep.equal(['script-src', 'style-src']);
      // ...and the widgets cause none.
      expect(record.violations, 'violations caused by the widgets').to.deep.equal([]);
      expect(record.errors, 'errors on the page').to.deep.equal([]);
      expect(record.console, 'console errors and warnings').to.deep.equal([]);
    });
  }
});
