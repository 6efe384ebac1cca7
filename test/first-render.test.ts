/**
 * How the widgets arrive on a page that renders them in the browser
 * (src/internal/first-render-queue.ts): one element per task, top to bottom,
 * so the page stays responsive; nothing takes room before it has content; and
 * the section appears whole, so no part of it pushes the text below it down.
 */
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { LitElement, type PropertyValues } from 'lit';
import '../src/index.js';
import type { HipComplaintsSection } from '../src/elements/hip-complaints-section.js';
import { HipConditionCard } from '../src/elements/hip-condition-card.js';
import { measuresLayoutShift, paintedFrame, recordLayoutShifts, watchVisiblePositions } from './helpers/layout-shift.js';
import { visibleText } from './helpers/text.js';

/** Longer than the first-render queue's budget for one task (16 ms). */
const SLOW_RENDER_MS = 20;

/** Appends markup to the page without waiting for anything, as a CMS page's HTML arrives. */
function place(markup: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  document.body.append(holder);
  return holder;
}

/** The order in which elements first get content in their shadow roots. */
function recordFirstContent(elements: Element[]): { order: string[]; stop: () => void } {
  const order: string[] = [];
  const observers = elements.map((element) => {
    const observer = new MutationObserver(() => {
      order.push(element.id);
      observer.disconnect();
    });
    observer.observe(element.shadowRoot!, { childList: true });
    return observer;
  });
  return { order, stop: () => observers.forEach((observer) => observer.disconnect()) };
}

describe('first render: one element per task, top to bottom', () => {
  let holder: HTMLElement | undefined;
  afterEach(() => {
    holder?.remove();
    holder = undefined;
    fixtureCleanup();
  });

  it('fills the page from top to bottom, one element at a time, and lets page code run in between', async () => {
    holder = place(`
      <hip-condition-card id="first" condition="fai"></hip-condition-card>
      <stats-figure id="second" stat="physio-hip-share"></stats-figure>
      <hip-condition-card id="third" condition="perthes"></hip-condition-card>`);
    const elements = [...holder.querySelectorAll('[id]')];
    const { order, stop } = recordFirstContent(elements);
    // A page script's own task, queued after the widgets were placed: it runs before they have all rendered.
    const renderedWhenPageCodeRan = await new Promise<number>((resolve) => setTimeout(() => resolve(order.length), 0));
    await Promise.all(elements.map((element) => (element as HipComplaintsSection).updateComplete));
    stop();
    expect(order).to.deep.equal(['first', 'second', 'third']);
    expect(renderedWhenPageCodeRan, 'elements rendered before the page script’s task').to.be.lessThan(3);
  });

  it('renders the elements after one whose render fails', async () => {
    const render = Object.getOwnPropertyDescriptor(HipConditionCard.prototype, 'render')!;
    // One card breaks (as a bug or a hostile page script might make it): the rest of the page must still render.
    Object.defineProperty(HipConditionCard.prototype, 'render', {
      ...render,
      value(this: HipConditionCard) {
        if (this.id === 'broken') throw new Error('broken on purpose');
        return (render.value as () => unknown).call(this);
      },
    });
    try {
      holder = place(`
        <hip-condition-card id="broken" condition="fai"></hip-condition-card>
        <hip-condition-card id="after" condition="perthes"></hip-condition-card>
        <stats-figure id="figure" stat="physio-hip-share"></stats-figure>`);
      // A page script awaiting the broken card hears why it failed (and the failure is not left unhandled).
      const brokenOutcome = holder.querySelector<HipConditionCard>('#broken')!.updateComplete.then(
        () => 'rendered',
        (error: Error) => error.message,
      );
      const after = holder.querySelector<HipConditionCard>('#after')!;
      await waitUntil(() => holder!.querySelector('#figure')!.shadowRoot?.querySelector('figcaption'), 'the figure after the broken card rendered');
      expect(visibleText(after.shadowRoot!.querySelector('[part="title"]'))).to.equal('Perthes');
      expect(await brokenOutcome).to.equal('broken on purpose');
    } finally {
      Object.defineProperty(HipConditionCard.prototype, 'render', render);
    }
  });

  it('takes no room before its turn: no empty box that would grow and push the page down', async () => {
    holder = place(`<hip-condition-card id="card" condition="fai"></hip-condition-card><p id="after">Tekst van de pagina</p>`);
    const card = holder.querySelector<HipComplaintsSection>('#card')!;
    const after = holder.querySelector('#after')!;
    const top = after.getBoundingClientRect().top;
    expect(card.shadowRoot!.childNodes, 'nothing rendered yet').to.have.length(0);
    expect(card.getBoundingClientRect().height, 'height before the first render').to.equal(0);
    await card.updateComplete;
    expect(card.getBoundingClientRect().height).to.be.greaterThan(50);
    expect(after.getBoundingClientRect().top).to.be.greaterThan(top);
  });

  /** Places a section with a phone number and waits until all of it is rendered and shown. */
  async function renderWholeSection(): Promise<{ section: HipComplaintsSection; seenWhileAssembling: Record<string, string | number> }> {
    holder = place(`<hip-complaints-section phone="020 123 4567"></hip-complaints-section>`);
    const section = holder.querySelector<HipComplaintsSection>('hip-complaints-section')!;
    const visibility = (selector: string) => getComputedStyle(section.shadowRoot!.querySelector(selector)!).visibility;
    // The moment the section's own markup is in, its parts are still waiting for their turns.
    const seenWhileAssembling = await new Promise<Record<string, string | number>>((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        const cards = [...section.shadowRoot!.querySelectorAll('hip-condition-card')];
        resolve({ heading: visibility('h2'), intro: visibility('.intro'), cards: visibility('.conditions li:last-child'), cardsRendered: cards.filter((card) => card.shadowRoot?.childNodes.length).length });
      });
      observer.observe(section.shadowRoot!, { childList: true });
    });
    await section.updateComplete;
    const shownOnceWhole = ['.intro', '.conditions li:last-child', 'ul.conditions + p, p:last-of-type'];
    const state = () => `${shownOnceWhole.map(visibility).join(', ')}; section class "${section.shadowRoot!.querySelector('section')!.className}", pending ${section.isUpdatePending}`;
    await waitUntil(() => shownOnceWhole.every((selector) => visibility(selector) === 'visible'), 'the whole section shown', { timeout: 5000 }).catch(() => {
      throw new Error(`the whole section is not shown: ${state()}`);
    });
    return { section, seenWhileAssembling };
  }

  it('moves nothing visible while the section renders (layout shifts: Chromium only)', async function () {
    // Only Chromium reports layout shifts; elsewhere this cannot be measured, so it does not count as passed.
    if (!measuresLayoutShift) this.skip();
    // The baseline is a painted frame of the page without the section. Without this wait, on a busy
    // machine no frame is painted between the previous test's cleanup and this test's markup, and the
    // page's body, moving from under the previous test's paragraph (its margin collapsed through the
    // body's) to the section, counted as a shift of 0.0097.
    await paintedFrame();
    const shifts = recordLayoutShifts();
    try {
      await renderWholeSection();
      // Shifts are found when a frame is painted: the last change is measured once one has been.
      await paintedFrame();
    } finally {
      shifts.stop();
    }
    expect(shifts.total, `layout shift while the section rendered:\n${shifts.report}`).to.equal(0);
  });

  it('moves nothing visible between any two steps of the section’s assembly, on a slow device (every engine)', async () => {
    // A slow phone: every render takes longer than the queue's budget for a task, so each part
    // renders in a task of its own, and the page may be painted between any two of them.
    const update = Object.getOwnPropertyDescriptor(LitElement.prototype, 'update')!;
    Object.defineProperty(LitElement.prototype, 'update', {
      ...update,
      value(this: LitElement, changed: PropertyValues) {
        const end = performance.now() + SLOW_RENDER_MS;
        while (performance.now() < end) {
          // Busy, as a slow CPU is.
        }
        return (update.value as (changed: PropertyValues) => void).call(this, changed);
      },
    });
    const watch = watchVisiblePositions(document.body);
    let moves: string[];
    try {
      await renderWholeSection();
    } finally {
      moves = watch.stop();
      Object.defineProperty(LitElement.prototype, 'update', update);
    }
    expect(moves, 'what moved while visible').to.deep.equal([]);
  });

  it('shows the section top down: what lies below a part still rendering is hidden until the part is in', async () => {
    const { section, seenWhileAssembling } = await renderWholeSection();
    expect(seenWhileAssembling).to.deep.equal({ heading: 'visible', intro: 'hidden', cards: 'hidden', cardsRendered: 0 });
    const cards = [...section.shadowRoot!.querySelectorAll('hip-condition-card')];
    expect(cards.map((card) => visibleText(card.shadowRoot!.querySelector('[part="title"]'))).every(Boolean), 'every card has its title').to.equal(true);
    expect(visibleText(section.shadowRoot!.querySelector('stats-figure')!.shadowRoot!)).to.contain('3,1');
  });
});
