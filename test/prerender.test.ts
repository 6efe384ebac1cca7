/**
 * Tests of the pre-rendered pages (`npm run prerender -- --locale all`, which
 * `npm test` runs after the build): dist/prerender/<locale>.html.
 *
 * - With scripts disabled (a sandboxed iframe), the browser's parser alone
 *   attaches the declarative shadow roots and the practice's text is there,
 *   the review record at the end; the JSON-LD carries that record.
 * - With the bundle loaded afterwards, the elements hydrate what is there: the
 *   same nodes stay, nothing is doubled, the height does not change, and
 *   nothing is written to the console.
 * - Printed with scripts disabled, the cards print in full (the print CSS).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { PAGE_WORDS } from './helpers/content.js';
import { drawn, printMedia } from './helpers/print.js';

const TAGS = ['hip-complaints-section', 'symptom-checklist', 'appointment-cta', 'stats-figure', 'hip-condition-card'];

/** The review footer of demo/practice-config.json's record, as a reader sees it in each language. */
const SOURCES = 'Richtlijn heupklachten (voorbeeld) Folder heupartrose voor patiënten (voorbeeld)';
const REVIEW_TEXT = {
  nl: `Laatst beoordeeld op 12 maart 2026 door M. de Vries, fysiotherapeut. Volgende beoordeling: 12 maart 2027 Bronnen ${SOURCES}`,
  en: `Last reviewed on March 12, 2026 by M. de Vries, fysiotherapeut. Next review due: March 12, 2027 Sources ${SOURCES}`,
  de: `Zuletzt geprüft am 12. März 2026 von M. de Vries, fysiotherapeut. Nächste Prüfung: 12. März 2027 Quellen ${SOURCES}`,
  // deepText() folds the no-break space before the colon.
  fr: `Dernière vérification le 12 mars 2026 par M. de Vries, fysiotherapeut. Prochaine vérification : 12 mars 2027 Sources ${SOURCES}`,
};

/** The six condition titles and the section heading as the page shows them in a locale. */
function expectedText(locale: string): { heading: string; titles: readonly string[] } {
  const words = PAGE_WORDS[locale as keyof typeof PAGE_WORDS];
  return { heading: words.title, titles: words.conditionTitles };
}

/** Text of a tree and of every shadow root in it, outside style, script and template. */
function deepText(root: Node): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.parentElement?.closest('style, script, template')) parts.push(node.textContent ?? '');
      return;
    }
    const shadow = (node as Element).shadowRoot;
    if (shadow) visit(shadow);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Every element in a tree, shadow roots included. */
function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

async function prerendered(locale: string): Promise<string> {
  const response = await fetch(`/dist/prerender/${locale}.html`);
  expect(response.ok, `dist/prerender/${locale}.html (run \`npm run prerender -- --locale all\`)`).to.be.true;
  return response.text();
}

/** Opens HTML in an iframe; `sandbox` without allow-scripts disables scripts. */
async function openFrame(html: string, { scripts }: { scripts: boolean }): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  frame.sandbox.add('allow-same-origin');
  if (scripts) frame.sandbox.add('allow-scripts');
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/** The page without its module script, with a base URL so its relative URLs resolve as from dist/prerender/. */
function withoutBundle(html: string): { html: string; src: string } {
  const script = /<script type="module" src="([^"]+)"><\/script>\n?/.exec(html);
  expect(script, 'the module script tag').to.exist;
  return { html: html.replace(script![0], '').replace('<head>', '<head>\n<base href="/dist/prerender/">'), src: script![1] };
}

for (const locale of ['nl', 'en', 'de', 'fr']) {
  describe(`pre-rendered page (${locale})`, () => {
    it('shows the text with scripts disabled, in declarative shadow DOM', async () => {
      const doc = await openFrame(withoutBundle(await prerendered(locale)).html, { scripts: false });
      const view = doc.defaultView!;
      // No script ran: nothing is defined, and yet the shadow roots are there.
      expect(TAGS.map((tag) => view.customElements.get(tag))).to.deep.equal(TAGS.map(() => undefined));
      const section = doc.querySelector('hip-complaints-section')!;
      expect(section.shadowRoot, 'the section has its shadow root from the parser').to.exist;
      const cards = [...section.shadowRoot!.querySelectorAll('hip-condition-card')];
      expect(cards).to.have.length(6);
      expect(cards.every((card) => card.shadowRoot)).to.be.true;
      const text = deepText(section);
      const { heading, titles } = expectedText(locale);
      expect(text).to.include(heading);
      // Translations may hold no-break spaces ("Postopératoire : …"); the text is compared with its spaces folded.
      for (const title of titles) expect(text).to.include(title.replace(/\s+/g, ' '));
      // The call to action of the configured location, and the drawn figure's number.
      expect(text).to.include('020 123 4567');
      expect(section.shadowRoot!.querySelector('stats-figure')!.shadowRoot!.querySelector('figcaption')?.textContent?.trim()).to.not.be.empty;
      // Readable: the section is laid out with its styles, not a collapsed box.
      expect(section.getBoundingClientRect().height).to.be.greaterThan(400);
      // Nothing the visitor did not tick shows as ticked (a pre-rendered checked="false" would).
      const boxes = [...section.shadowRoot!.querySelector('symptom-checklist')!.shadowRoot!.querySelectorAll('input[type="checkbox"]')] as HTMLInputElement[];
      expect(boxes).to.have.length(4);
      expect(boxes.filter((box) => box.checked)).to.have.length(0);
    });

    it('has schema.org JSON-LD about the six conditions, with the review record of the page config', async () => {
      const doc = await openFrame(withoutBundle(await prerendered(locale)).html, { scripts: false });
      const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
      expect(blocks, 'one JSON-LD block').to.have.length(1);
      const json = JSON.parse(blocks[0].textContent!);
      expect(json['@type']).to.equal('MedicalWebPage');
      expect(json.inLanguage).to.equal(locale);
      const conditions = json.about as { '@type': string; name: string }[];
      expect(conditions.map((entry) => entry['@type'])).to.deep.equal(Array(6).fill('MedicalCondition'));
      expect(conditions.map((entry) => entry.name)).to.deep.equal(expectedText(locale).titles);
      // demo/practice-config.json's review record, the default config of `npm run prerender`.
      expect(json.lastReviewed).to.equal('2026-03-12');
      expect(json.reviewedBy).to.deep.equal({ '@type': 'Person', name: 'M. de Vries', jobTitle: 'fysiotherapeut' });
      expect(json.citation).to.deep.equal([
        { '@type': 'CreativeWork', name: 'Richtlijn heupklachten (voorbeeld)', url: 'https://example.nl/bronnen/richtlijn-heupklachten' },
        { '@type': 'CreativeWork', name: 'Folder heupartrose voor patiënten (voorbeeld)', url: 'https://example.nl/bronnen/folder-heupartrose' },
      ]);
      expect(Object.keys(json), 'the page, its review, what it is about').to.deep.equal(['@context', '@type', 'name', 'inLanguage', 'lastReviewed', 'reviewedBy', 'citation', 'about']);
    });

    it('shows the review record at the end of the section with scripts disabled', async () => {
      const doc = await openFrame(withoutBundle(await prerendered(locale)).html, { scripts: false });
      const footer = doc.querySelector('hip-complaints-section')!.shadowRoot!.querySelector('[part="review"]')!;
      expect(footer, 'the review footer').to.exist;
      expect(footer.parentElement!.lastElementChild).to.equal(footer);
      expect(deepText(footer)).to.equal(REVIEW_TEXT[locale as keyof typeof REVIEW_TEXT]);
      expect([...footer.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal([
        'https://example.nl/bronnen/richtlijn-heupklachten',
        'https://example.nl/bronnen/folder-heupartrose',
      ]);
    });

    it('hydrates when the bundle loads: same nodes, nothing doubled, no shift, no console message', async () => {
      const { html, src } = withoutBundle(await prerendered(locale));
      const log = `<script>
        window.__hipLog = [];
        for (const level of ['error', 'warn']) {
          const original = console[level];
          console[level] = (...args) => { window.__hipLog.push(level + ': ' + args.join(' ')); original.apply(console, args); };
        }
        addEventListener('error', (event) => window.__hipLog.push('error: ' + event.message));
        addEventListener('unhandledrejection', (event) => window.__hipLog.push('unhandled rejection: ' + event.reason));
      </script>`;
      const doc = await openFrame(html.replace('<head>', `<head>\n${log}`), { scripts: true });
      const view = doc.defaultView as unknown as Window & { __hipLog: string[] };
      const section = doc.querySelector('hip-complaints-section')!;
      const before = deepElements(section.shadowRoot!);
      const heightBefore = section.getBoundingClientRect().height;
      const textBefore = deepText(section);

      const script = doc.createElement('script');
      script.type = 'module';
      script.src = src;
      doc.body.append(script);
      await waitUntil(() => TAGS.every((tag) => view.customElements.get(tag)), 'the bundle defines the elements', { timeout: 8000 });
      const elements = [section, ...deepElements(section.shadowRoot!).filter((element) => TAGS.includes(element.localName))] as (Element & { updateComplete: Promise<boolean>; hasUpdated: boolean })[];
      await waitUntil(() => elements.every((element) => element.hasUpdated), 'every element has updated', { timeout: 8000 });
      await Promise.all(elements.map((element) => element.updateComplete));
      // A locale other than Dutch loads its module, then the elements update once more (with the same text).
      await new Promise((resolve) => setTimeout(resolve, 300));
      await Promise.all(elements.map((element) => element.updateComplete));

      const after = deepElements(section.shadowRoot!);
      expect(after.length, 'as many elements as the pre-rendered markup had').to.equal(before.length);
      expect(after.every((element, index) => element === before[index]), 'the very same nodes (hydrated, not rendered again)').to.be.true;
      expect(doc.querySelectorAll('[defer-hydration]').length + after.filter((element) => element.hasAttribute('defer-hydration')).length).to.equal(0);
      expect(deepText(section)).to.equal(textBefore);
      expect(section.getBoundingClientRect().height).to.equal(heightBefore);
      expect(view.__hipLog).to.deep.equal([]);

      // Hydrated means live: the checklist answers a tick.
      const checklist = section.shadowRoot!.querySelector('symptom-checklist')!;
      const box = checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      box.click();
      await (checklist as Element & { updateComplete: Promise<boolean> }).updateComplete;
      expect((checklist as Element & { selected: string[] }).selected).to.have.length(1);
      expect(view.__hipLog).to.deep.equal([]);
    });
  });
}

// Printed before the script runs (or without it): the print CSS travels in each shadow root's
// <style>. Print media as in test/print.test.ts: emulated in Chromium, widened rules elsewhere.
describe('pre-rendered page, printed with scripts disabled', () => {
  it('prints every card in full without its toggle, the booking URL, and no "Lees verder"', async () => {
    const doc = await openFrame(withoutBundle(await prerendered('nl')).html, { scripts: false });
    const view = doc.defaultView!;
    const section = doc.querySelector('hip-complaints-section')!;
    const inShadow = (host: Element, selector: string) => host.shadowRoot!.querySelector<HTMLElement>(selector)!;
    const cards = [...section.shadowRoot!.querySelectorAll('hip-condition-card')];
    expect(cards.map((card) => drawn(inShadow(card, '[part="body"]'))), 'on screen the cards are closed').to.deep.equal(Array(6).fill(false));

    const off = await printMedia(doc);
    try {
      expect(cards.map((card) => drawn(inShadow(card, '[part="body"]'))), 'bodies printed').to.deep.equal(Array(6).fill(true));
      expect(cards.map((card) => drawn(inShadow(card, 'summary'))), 'toggles printed').to.deep.equal(Array(6).fill(false));
      expect(drawn(inShadow(section, '[part="read-more"]')), '"Lees verder" printed').to.equal(false);
      const booking = inShadow(inShadow(section, 'appointment-cta'), '[part="booking"]');
      const words = doc.createRange();
      words.selectNodeContents(booking);
      expect(view.getComputedStyle(booking).backgroundColor, 'booking fill').to.equal('rgba(0, 0, 0, 0)');
      expect(booking.getBoundingClientRect().width - words.getBoundingClientRect().width, 'width of the printed URL').to.be.greaterThan(150);
    } finally {
      await off();
    }
  });
});
