/**
 * Someone else's page: a WordPress theme's aggressive global CSS must not break
 * the widgets. Rules on element types (`button`, `a`, `svg`, `p`, `input`, …)
 * cannot reach into a shadow root; `*`, `[hidden]` and the like do match the
 * host element itself, and inherited properties (line-height, white-space,
 * text-transform, …) flow from the host into the shadow tree. The widgets keep
 * the page's font and colour on purpose and reset the rest (src/styles/host.ts).
 *
 * Every check looks at what a visitor gets: sizes and visibility inside the
 * shadow roots, and real mouse clicks and key presses at the drawn positions.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { configure } from '../src/config.js';
import '../src/index.js';
import type { HipConditionCard } from '../src/elements/hip-condition-card.js';
import { deepQueryAll, describeElement, shadowRoots } from './helpers/shadow.js';

/** What themes, page builders and "CSS reset" snippets really do, all at once. */
const HOSTILE_CSS = `
  * { box-sizing: content-box; line-height: 3; }
  * { margin: 0 !important; }
  * { padding: 0; border-color: transparent; }
  html { font-size: 40px; }
  body { font-size: 18px; white-space: nowrap; text-transform: uppercase; text-indent: 4em; text-align: justify;
         word-spacing: 0.5em; letter-spacing: 0.05em; list-style: none; cursor: wait; }
  button { all: unset; }
  a { color: red !important; text-decoration: none; }
  a:hover, a:focus { outline: none; }
  svg { display: none; }
  img, svg, video { max-width: 100%; height: auto; }
  details > summary { list-style: none; }
  summary::-webkit-details-marker { display: none; }
  [hidden] { display: block !important; }
  input[type=checkbox] { display: none; }
  input, select, textarea { appearance: none; width: 10px; height: 10px; border: 0; }
  select { appearance: none; width: 10px; }
  p { display: none; }
  label, legend, fieldset, figure, figcaption, details, dl { display: none; }
  ul, ol { list-style: none; }
  li::before { content: "» "; }
  h1, h2, h3, h4, h5, h6 { font-size: 5rem; visibility: hidden; }
  div, section, main, article { display: flex; }
  *:focus { outline: none; }
  [part], [class], [role], [aria-hidden] { display: none !important; }
`;

interface Layout {
  wrapper: HTMLElement;
  section: HTMLElement;
  cta: HTMLElement;
  checklist: HTMLElement;
  card: HipConditionCard;
  figures: HTMLElement[];
}

async function render(): Promise<Layout> {
  const wrapper = await fixture<HTMLElement>(html`
    <div id="entry-content" style="display: block; inline-size: 760px">
      <hip-complaints-section location="centrum"></hip-complaints-section>
      <appointment-cta></appointment-cta>
      <symptom-checklist></symptom-checklist>
      <hip-condition-card condition="hip-fracture"></hip-condition-card>
      <stats-figure stat="fai-prevalence-hip-pain"></stats-figure>
      <stats-figure stat="hip-fracture-incidence-by-sex"></stats-figure>
      <stats-figure stat="perthes-onset-age"></stats-figure>
    </div>
  `);
  // Let every nested element render (the section's children update after it).
  for (let round = 0; round < 3; round++) {
    await Promise.all(
      [...wrapper.querySelectorAll('*'), ...shadowRoots(wrapper).flatMap((root) => [...root.querySelectorAll('*')])].map(
        (element) => (element as Partial<HipConditionCard>).updateComplete,
      ),
    );
  }
  const get = (selector: string) => wrapper.querySelector<HTMLElement>(selector)!;
  return {
    wrapper,
    section: get('hip-complaints-section'),
    cta: get(':scope > appointment-cta'),
    checklist: get(':scope > symptom-checklist'),
    card: get(':scope > hip-condition-card') as HipConditionCard,
    figures: [...wrapper.querySelectorAll<HTMLElement>(':scope > stats-figure')],
  };
}

/** Problems found, listed together so one run shows all of them. */
type Problems = string[];

/** Drawn: a box with an area, not display: none, not visibility: hidden, not transparent. */
function checkDrawn(element: Element, problems: Problems): DOMRect {
  const rect = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const what = describeElement(element);
  if (style.display === 'none') problems.push(`${what} has display: none`);
  if (style.visibility !== 'visible') problems.push(`${what} has visibility: ${style.visibility}`);
  if (Number(style.opacity) < 0.5) problems.push(`${what} has opacity ${style.opacity}`);
  if (!(rect.width > 0 && rect.height > 0)) problems.push(`${what} is ${rect.width}×${rect.height}px`);
  return rect;
}

function expectDrawn(element: Element): DOMRect {
  const problems: Problems = [];
  const rect = checkDrawn(element, problems);
  expect(problems).to.deep.equal([]);
  return rect;
}

/** The element's centre in the viewport, scrolled into view first. */
function centre(element: Element): [number, number] {
  element.scrollIntoView({ block: 'center', inline: 'nearest' });
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
}

/** A real mouse click at the element's drawn centre, after checking nothing else is drawn on top of it. */
async function clickAt(element: Element): Promise<void> {
  const [x, y] = centre(element);
  const root = element.getRootNode() as ShadowRoot | Document;
  const hit = root.elementFromPoint(x, y);
  expect(hit === element || element.contains(hit) || (hit instanceof HTMLLabelElement && hit.control === element), `${describeElement(element)} is on top at its centre (found ${hit && describeElement(hit)})`).to.be.true;
  await sendMouse({ type: 'click', position: [x, y] });
}

/** The host of the shadow root `element` is in. */
function hostOf(element: Element): Element {
  return (element.getRootNode() as ShadowRoot).host;
}

/** Inside a closed `details`: not drawn, on purpose. */
function inClosedDetails(element: Element): boolean {
  const details = element.closest('details');
  return details !== null && !details.open && element.localName !== 'summary' && !element.closest('summary');
}

describe('hardening: hostile host-page CSS', function () {
  // Real mouse and keyboard round trips through the browser protocol.
  this.timeout(20000);

  before(() => {
    configure({
      locations: [
        { id: 'centrum', name: 'Fysiotherapie Centrum', phone: '020 123 4567', email: 'centrum@example.nl', bookingUrl: 'https://example.nl/afspraak?loc=centrum' },
        { id: 'noord', name: 'Fysiotherapie Noord', phone: '+31 20 765 4321' },
      ],
    });
  });

  after(async () => {
    configure(null);
    await resetMouse();
  });

  it('still lets the practice set the line height (--hip-line-height) and restyle parts (::part()) over the resets', async () => {
    const sheet = document.createElement('style');
    sheet.textContent = `${HOSTILE_CSS} #entry-content { --hip-line-height: 1.8; } hip-condition-card::part(title) { text-transform: uppercase; white-space: nowrap; }`;
    document.head.append(sheet);
    try {
      const { card } = await render();
      const fact = card.shadowRoot!.querySelector('[part="facts"] li')!;
      expect(parseFloat(getComputedStyle(fact).lineHeight) / parseFloat(getComputedStyle(fact).fontSize)).to.be.closeTo(1.8, 0.01);
      const title = card.shadowRoot!.querySelector('[part="title"]')!;
      expect(getComputedStyle(title).textTransform).to.equal('uppercase');
      expect(getComputedStyle(title).whiteSpace).to.equal('nowrap');
    } finally {
      sheet.remove();
    }
  });

  for (const hostile of [false, true]) {
    describe(hostile ? 'on a theme with hostile global CSS' : 'on a plain page', () => {
      let sheet: HTMLStyleElement | undefined;

      before(() => {
        if (!hostile) return;
        sheet = document.createElement('style');
        sheet.textContent = HOSTILE_CSS;
        document.head.append(sheet);
      });

      after(() => sheet?.remove());

      it('draws every link, toggle, list and checkbox as a touch target of at least 44px', async () => {
        const { wrapper } = await render();
        const problems: Problems = [];
        // The location list's visible label is not counted: the list itself is the target, the label only widens it.
        const targets = deepQueryAll(wrapper, 'a[href], summary, select, label:not([for])');
        expect(targets.length, 'links, toggles, lists and labels found').to.be.greaterThan(15);
        for (const target of targets.filter((element) => !inClosedDetails(element))) {
          const rect = checkDrawn(target, problems);
          if (rect.height < 44 || rect.width < 44) problems.push(`${describeElement(target)} is ${rect.width}×${rect.height}px, under 44×44`);
        }
        const checkboxes = deepQueryAll<HTMLInputElement>(wrapper, 'input[type="checkbox"]');
        expect(checkboxes.length, 'checkboxes found').to.be.at.least(8);
        for (const checkbox of checkboxes) {
          const rect = checkDrawn(checkbox, problems);
          if (rect.height < 12 || rect.width < 12) problems.push(`${describeElement(checkbox)} is ${rect.width}×${rect.height}px`);
        }
        expect(problems).to.deep.equal([]);
      });

      it('shows every text with its own line height and wrapping, inside its widget, nothing clipped', async () => {
        const { wrapper } = await render();
        const problems: Problems = [];
        const texts = deepQueryAll(wrapper, 'h2, h3, h4, h5, h6, p, li, legend, figcaption, dt, dd, label, summary, a').filter(
          (element) => !inClosedDetails(element) && (element.textContent ?? '').trim() !== '',
        );
        expect(texts.length, 'texts found').to.be.greaterThan(30);
        for (const text of texts) {
          const rect = checkDrawn(text, problems);
          const style = getComputedStyle(text);
          const what = describeElement(text);
          const fontSize = parseFloat(style.fontSize);
          if (!(fontSize >= 10)) problems.push(`${what} has font-size ${style.fontSize}`);
          // Not squashed below one line, and not stretched to the theme's line-height: 3.
          if (rect.height < fontSize) problems.push(`${what} is ${rect.height}px tall at font-size ${style.fontSize}`);
          const lineHeight = style.lineHeight === 'normal' ? fontSize * 1.2 : parseFloat(style.lineHeight);
          if (lineHeight / fontSize < 1 || lineHeight / fontSize > 2) problems.push(`${what} has line-height ${style.lineHeight} at font-size ${style.fontSize}`);
          if (!['normal', 'nowrap'].includes(style.whiteSpace)) problems.push(`${what} has white-space: ${style.whiteSpace}`);
          if (style.textTransform !== 'none') problems.push(`${what} has text-transform: ${style.textTransform}`);
          if (style.textIndent !== '0px') problems.push(`${what} has text-indent: ${style.textIndent}`);
          // Nothing cut off (where the element clips at all), and nothing sticking out of its widget.
          if (style.display !== 'inline' && style.overflowY !== 'visible' && text.scrollHeight > text.clientHeight + 1) {
            problems.push(`${what} is clipped: ${text.scrollHeight}px of content in ${text.clientHeight}px`);
          }
          const host = hostOf(text).getBoundingClientRect();
          if (rect.left < host.left - 1 || rect.right > host.right + 1 || rect.top < host.top - 1 || rect.bottom > host.bottom + 1) {
            problems.push(`${what} sticks out of its widget (${rect.left}–${rect.right} × ${rect.top}–${rect.bottom} in ${host.left}–${host.right} × ${host.top}–${host.bottom})`);
          }
        }
        for (const host of [...wrapper.children, ...shadowRoots(wrapper).map((root) => root.host)]) {
          if (host.scrollWidth > host.clientWidth + 1) problems.push(`<${host.localName}> overflows sideways: ${host.scrollWidth}px of content in ${host.clientWidth}px`);
        }
        expect(problems).to.deep.equal([]);
      });

      it('draws the statistics as visible SVG bars', async () => {
        const { wrapper, figures } = await render();
        expect(figures).to.have.length(3);
        const problems: Problems = [];
        for (const figure of [...figures, ...deepQueryAll(wrapper, 'stats-figure')]) {
          const svgs = figure.shadowRoot!.querySelectorAll('svg');
          if (svgs.length === 0) problems.push(`<stats-figure stat="${figure.getAttribute('stat')}"> draws no SVG`);
          for (const svg of svgs) {
            const rect = checkDrawn(svg, problems);
            if (rect.height < 14) problems.push(`${describeElement(svg)} is ${rect.height}px tall`);
            const bars = svg.querySelectorAll('rect.bar, rect.band');
            if (bars.length === 0) problems.push(`${describeElement(svg)} has no bar or band`);
            for (const bar of bars) if (!(bar.getBoundingClientRect().width > 0)) problems.push(`${describeElement(bar)} has no width`);
          }
        }
        expect(problems).to.deep.equal([]);
      });

      it('ticks a symptom, opens a card and picks a location with the real mouse and keyboard', async () => {
        const { checklist, card, cta } = await render();

        const box = checklist.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[1];
        await clickAt(box);
        expect(box.checked, 'the clicked checkbox is ticked').to.be.true;
        const label = checklist.shadowRoot!.querySelectorAll<HTMLElement>('label span')[2];
        await clickAt(label);
        await (checklist as unknown as HipConditionCard).updateComplete;
        expect(checklist.shadowRoot!.querySelector('[role="status"]')!.textContent, 'the live result').to.contain('2 van de 4');

        const summary = card.shadowRoot!.querySelector('summary')!;
        await clickAt(summary);
        await card.updateComplete;
        expect(card.open, 'the card is open after clicking its toggle').to.be.true;
        const body = card.shadowRoot!.querySelector('[part="body"]')!;
        expect(expectDrawn(body).height, 'the opened body').to.be.greaterThan(100);
        const problems: Problems = [];
        for (const text of body.querySelectorAll('p, li, dt, dd')) checkDrawn(text, problems);
        expect(problems).to.deep.equal([]);

        const select = cta.shadowRoot!.querySelector('select')!;
        expect(expectDrawn(select).width, 'the location list is wide enough to read').to.be.greaterThan(100);
        select.focus();
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'ArrowDown' });
        await (cta as unknown as HipConditionCard).updateComplete;
        const phone = cta.shadowRoot!.querySelector('a[href^="tel:"]');
        expect(phone, 'the picked location offers a phone link').to.exist;
        expect(expectDrawn(phone!).height).to.be.at.least(44);
      });
    });
  }
});
