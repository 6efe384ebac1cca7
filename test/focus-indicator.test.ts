/**
 * Every control a keyboard visitor reaches shows where the focus is: a ring of
 * at least 2px whose colour has at least 3:1 contrast with the background
 * around it (WCAG 2.4.11/1.4.11), in the default look and in both example
 * themes of the demo. Each control is reached with the keyboard, so
 * `:focus-visible` applies as it does for the visitor.
 */
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure, resetPageConfigForTests } from '../src/config.js';
import '../src/index.js';
import { backgroundAround, contrastRatio, focusRing, over, toRgba, WHITE } from './helpers/contrast.js';
import { controlName, deepActiveElement, focusButton, sectionBetweenButtons, tabReachesLinks, tabTo } from './helpers/focus.js';
import { CENTRUM, NOORD } from './helpers/page-config.js';

const THEMES = ['default', 'zeegroen', 'nacht'] as const;

/** Loads demo/themes/<theme>.css and turns it on, as the demo page does; returns how to undo it. */
async function applyTheme(theme: (typeof THEMES)[number]): Promise<() => void> {
  if (theme === 'default') return () => {};
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/demo/themes/${theme}.css`;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', reject, { once: true });
  });
  document.head.append(link);
  await loaded;
  document.documentElement.dataset.hipTheme = theme;
  return () => {
    delete document.documentElement.dataset.hipTheme;
    link.remove();
  };
}

/** How the focused control's ring measures, or what is wrong with it. */
function ringProblem(control: Element): string | undefined {
  const ring = focusRing(control);
  const name = controlName(control);
  if (ring.kind === 'none') return `${name}: no focus ring`;
  // 'auto' is the engine's own ring, whose colour and width the page cannot know.
  if (ring.style === 'auto') return `${name}: only the engine's default ring (outline-style: auto)`;
  if (ring.width < 2) return `${name}: a ${ring.width}px ring, thinner than 2px`;
  const around = backgroundAround(control);
  const ratio = contrastRatio(over(ring.color, around), around);
  if (ratio < 3) return `${name}: ring rgb(${ring.color.slice(0, 3).join(', ')}) on rgb(${around.slice(0, 3).join(', ')}) is ${ratio.toFixed(2)}:1, under 3:1`;
  return undefined;
}

/** Tab from the focused control to the button after the section, measuring the ring of every control on the way. */
async function tabThroughSection(): Promise<{ reached: string[]; problems: string[] }> {
  const reached: string[] = [];
  const problems: string[] = [];
  for (let step = 0; step < 40; step++) {
    await sendKeys({ press: 'Tab' });
    const control = deepActiveElement()!;
    if (control.id === 'after') break;
    reached.push(controlName(control));
    const problem = ringProblem(control);
    if (problem) problems.push(problem);
  }
  return { reached, problems };
}

describe('contrast helper', () => {
  it("gives WCAG's ratios for known pairs", () => {
    expect(contrastRatio(toRgba('black'), WHITE)).to.equal(21);
    // #767676 is the lightest grey with 4.5:1 on white.
    expect(contrastRatio(toRgba('#767676'), WHITE)).to.be.closeTo(4.54, 0.01);
    // Half-transparent black on white is mid grey; a canvas keeps alpha in 8 bits, so within one step.
    expect(contrastRatio(over(toRgba('rgb(0 0 0 / 0.5)'), WHITE), WHITE)).to.be.closeTo(contrastRatio(toRgba('#808080'), WHITE), 0.1);
  });
});

for (const theme of THEMES) {
  describe(`focus indicator, ${theme} theme`, () => {
    let removeTheme = () => {};
    let linksTabbable = true;

    before(async () => {
      linksTabbable = await tabReachesLinks();
      removeTheme = await applyTheme(theme);
    });

    beforeEach(function () {
      // Each test Tabs past links; see tabReachesLinks() for the engine where Tab would not reach them.
      if (!linksTabbable) this.skip();
    });

    after(() => removeTheme());

    afterEach(() => {
      fixtureCleanup();
      resetPageConfigForTests();
    });

    it('every control in the Tab order shows a ring of 2px or more with 3:1 contrast against its background', async () => {
      await sectionBetweenButtons(true);
      focusButton('before');
      const { reached, problems } = await tabThroughSection();
      // What the ring was measured on: the checkboxes, the three links, "Lees verder" and six toggles.
      expect(reached).to.include.members(['checkbox groin-buttock-pain', 'booking', 'phone', 'email', 'read-more', 'summary fai', 'summary hip-prosthesis']);
      expect(problems).to.deep.equal([]);
    });

    it('the location list shows such a ring', async () => {
      configure({ locations: [CENTRUM, NOORD] });
      await sectionBetweenButtons(false);
      focusButton('before');
      const { reached, problems } = await tabThroughSection();
      expect(reached).to.include('location-select');
      expect(problems).to.deep.equal([]);
    });

    it("the review record's source links show such a ring", async () => {
      configure({ review: { reviewed: '2026-03-12', sources: [{ title: 'Richtlijn', url: 'https://example.nl/richtlijn' }, { title: 'Folder', url: 'https://example.nl/folder' }] } });
      await sectionBetweenButtons(true);
      focusButton('before');
      const { reached, problems } = await tabThroughSection();
      // The section's last links, after the cards: no part of their own.
      expect(reached.slice(-2)).to.deep.equal(['a#', 'a#']);
      expect(problems).to.deep.equal([]);
    });

    it('the conditions, where "Lees verder" moves the focus, show such a ring', async () => {
      await sectionBetweenButtons(true);
      focusButton('before');
      await tabTo('read-more');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActiveElement()?.id === 'hip-conditions', `focus is on ${controlName(deepActiveElement())}`);
      expect(ringProblem(deepActiveElement()!)).to.equal(undefined);
    });
  });
}
