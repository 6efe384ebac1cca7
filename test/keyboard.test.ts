/**
 * The whole section as a keyboard visitor uses it: Tab and Shift+Tab through
 * every control in the order they are seen, Space and Enter on each kind of
 * control, and the focus never lost on the way nor trapped inside.
 */
import { expect, fixtureCleanup, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure, resetPageConfigForTests } from '../src/config.js';
import '../src/index.js';
import type { HipConditionCard } from '../src/elements/hip-condition-card.js';
import type { HipAppointmentClickEvent } from '../src/events.js';
import { controlName, deepActiveElement, focusButton, sectionBetweenButtons, tabReachesLinks, tabTo } from './helpers/focus.js';
import { CENTRUM, NOORD } from './helpers/page-config.js';
import { visibleText } from './helpers/text.js';

const CHECKBOXES = ['checkbox groin-buttock-pain', 'checkbox stiffness-after-sitting', 'checkbox pain-jumping-landing-turning', 'checkbox pain-after-trauma'];
const SUMMARIES = ['summary fai', 'summary perthes', 'summary epiphysiolysis', 'summary hip-fracture', 'summary hip-osteoarthritis', 'summary hip-prosthesis'];
/**
 * The section's controls as they appear on the screen, top to bottom: the
 * checklist, the call to action's links, "Lees verder", each card's toggle
 * (the statistics have nothing to focus); with a button of the page before
 * and after it.
 */
const TAB_ORDER = ['button#before', ...CHECKBOXES, 'booking', 'phone', 'email', 'read-more', ...SUMMARIES, 'button#after'];


const focused = () => controlName(deepActiveElement());

/** Engines driven over classic WebDriver (WebKitGTK here): sendKeys can only press, not hold a key down. */
const classicWebDriver = !/Chrome\/|Firefox\//.test(navigator.userAgent);
/** WebDriver's codes for Shift and Tab: pressed in one go, WebDriver holds Shift down while it presses Tab. */
const WEBDRIVER_SHIFT_TAB = '\uE008\uE004';

/** Tab, or Shift+Tab: sendKeys' `press` takes no key combination, so Shift is held down around the Tab. */
async function press(key: 'Tab' | 'Shift+Tab'): Promise<void> {
  if (key === 'Tab') return sendKeys({ press: 'Tab' });
  if (classicWebDriver) return sendKeys({ press: WEBDRIVER_SHIFT_TAB });
  await sendKeys({ down: 'Shift' });
  try {
    await sendKeys({ press: 'Tab' });
  } finally {
    await sendKeys({ up: 'Shift' });
  }
}

/**
 * Where a control is seen on the page (not the viewport: focus scrolls it). A
 * card's toggle is seen as part of its card: the cards stand in a grid, read
 * row by row, and a toggle sits lower in a card with more facts.
 */
function pageBox(control: Element) {
  const block = control.getAttribute('part') === 'summary' ? (control.getRootNode() as ShadowRoot).host : control;
  const rect = block.getBoundingClientRect();
  return { left: rect.left + scrollX, top: rect.top + scrollY, bottom: rect.bottom + scrollY };
}

/** Press `key` until focus reaches `last` (or `limit` presses), naming each control reached. */
async function walk(key: 'Tab' | 'Shift+Tab', last: string, limit = 40): Promise<string[]> {
  const reached = [focused()];
  while (reached.length < limit && reached.at(-1) !== last) {
    await press(key);
    reached.push(focused());
  }
  return reached;
}


function inShadow<T extends Element>(host: Element, selector: string): T {
  return host.shadowRoot!.querySelector<T>(selector)!;
}

describe('keyboard', function () {
  let linksTabbable = true;

  before(async () => {
    linksTabbable = await tabReachesLinks();
  });

  /** For a test that Tabs to or past a link: skipped in an engine whose Tab passes links by (see `tabReachesLinks()`). */
  function needsTabToLinks(test: Mocha.Context): void {
    if (!linksTabbable) test.skip();
  }

  afterEach(() => {
    fixtureCleanup();
    resetPageConfigForTests();
  });

  it('Tab visits every control in the order they are seen, then leaves the section', async function () {
    needsTabToLinks(this);
    await sectionBetweenButtons(true);
    focusButton('before');
    expect(await walk('Tab', 'button#after')).to.deep.equal(TAB_ORDER);
  });

  it('the Tab order follows the layout: each control below the one before, or on its line further along', async function () {
    needsTabToLinks(this);
    await sectionBetweenButtons(true);
    focusButton('before');
    let previous = pageBox(deepActiveElement()!);
    for (let step = 1; step < TAB_ORDER.length; step++) {
      await sendKeys({ press: 'Tab' });
      const rect = pageBox(deepActiveElement()!);
      const sameLine = rect.top < previous.bottom && rect.bottom > previous.top;
      const where = `${TAB_ORDER[step]} at (${Math.round(rect.left)}, ${Math.round(rect.top)}) after ${TAB_ORDER[step - 1]} at (${Math.round(previous.left)}, ${Math.round(previous.top)})`;
      if (sameLine) expect(rect.left, where).to.be.above(previous.left);
      else expect(rect.top, where).to.be.at.least(previous.bottom - 1);
      previous = rect;
    }
  });

  it('Shift+Tab visits the same controls backwards, then leaves the section at the top', async function () {
    needsTabToLinks(this);
    await sectionBetweenButtons(true);
    focusButton('after');
    expect(await walk('Shift+Tab', 'button#before')).to.deep.equal([...TAB_ORDER].reverse());
  });

  it('with several locations, Tab reaches the location list, and after a pick from the keyboard the links right after it', async function () {
    needsTabToLinks(this);
    configure({ locations: [CENTRUM, NOORD] });
    const el = await sectionBetweenButtons(false);
    focusButton('before');
    expect(await walk('Tab', 'button#after')).to.deep.equal(['button#before', ...CHECKBOXES, 'location-select', 'read-more', ...SUMMARIES, 'button#after']);

    focusButton('before');
    const select = await tabTo('location-select');
    const cta = el.shadowRoot!.querySelector('appointment-cta')!;
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => cta.shadowRoot!.querySelector('[part="booking"]'), 'the picked location shows its links');
    expect(deepActiveElement(), 'the list keeps the focus after the pick').to.equal(select);
    expect(await walk('Tab', 'read-more')).to.deep.equal(['location-select', 'booking', 'phone', 'email', 'read-more']);
  });

  it('Space ticks and unticks a checkbox, the result follows, and the checkbox keeps the focus; Enter ticks nothing', async () => {
    const el = await sectionBetweenButtons(true);
    const checklist = el.shadowRoot!.querySelector('symptom-checklist')!;
    const result = () => visibleText(inShadow(checklist, '[part="result"]'));
    focusButton('before');
    const box = (await tabTo(CHECKBOXES[1])) as HTMLInputElement;

    // ' ', not 'Space': puppeteer's Firefox (WebDriver BiDi) knows no key named 'Space'.
    await sendKeys({ press: ' ' });
    await checklist.updateComplete;
    expect(box.checked).to.equal(true);
    expect(result()).to.contain('U herkent 1 van de 4');
    expect(deepActiveElement()).to.equal(box);

    await sendKeys({ press: 'Enter' });
    await checklist.updateComplete;
    expect(box.checked, 'Enter is not a checkbox key').to.equal(true);
    expect(deepActiveElement()).to.equal(box);

    await sendKeys({ press: ' ' });
    await checklist.updateComplete;
    expect(box.checked).to.equal(false);
    expect(result()).to.contain('U heeft geen van deze klachten aangevinkt');
    expect(deepActiveElement()).to.equal(box);
  });

  it("Enter and Space open and close each card's details, and its toggle keeps the focus", async () => {
    const el = await sectionBetweenButtons(true);
    const cards = [...el.shadowRoot!.querySelectorAll<HipConditionCard>('hip-condition-card')];
    inShadow<HTMLAnchorElement>(el, '[part="read-more"]').focus();
    for (const [index, card] of cards.entries()) {
      await sendKeys({ press: 'Tab' });
      const summary = deepActiveElement();
      expect(controlName(summary)).to.equal(SUMMARIES[index]);
      const details = inShadow<HTMLDetailsElement>(card, 'details');
      for (const [key, open] of [
        ['Enter', true],
        ['Enter', false],
        [' ', true],
        [' ', false],
      ] as const) {
        await sendKeys({ press: key });
        const state = `${SUMMARIES[index]} after ${key === ' ' ? 'Space' : key}`;
        await waitUntil(() => details.open === open && card.open === open, `${state}: details.open should be ${open}`);
        await card.updateComplete;
        expect(card.hasAttribute('open'), state).to.equal(open);
        expect(deepActiveElement(), state).to.equal(summary);
      }
    }
  });

  it("Enter follows each of the call to action's links: hip-appointment-click, and the link keeps the focus", async function () {
    needsTabToLinks(this);
    // The test page must stay: the links' navigation is cancelled, after the element has seen the click.
    const stay = (event: Event) => event.preventDefault();
    window.addEventListener('click', stay);
    try {
      const el = await sectionBetweenButtons(true);
      focusButton('before');
      for (const [channel, href] of [
        ['booking', 'https://example.nl/afspraak'],
        ['phone', 'tel:+31201234567'],
        ['email', 'mailto:info@example.nl'],
      ]) {
        const link = await tabTo(channel);
        const heard = oneEvent(el, 'hip-appointment-click') as Promise<HipAppointmentClickEvent>;
        await sendKeys({ press: 'Enter' });
        const event = await heard;
        expect([event.channel, event.href]).to.deep.equal([channel, href]);
        expect(deepActiveElement(), channel).to.equal(link);
      }
    } finally {
      window.removeEventListener('click', stay);
    }
  });

  it('Enter on "Lees verder" moves the focus to the conditions, and Tab goes on to the first card', async function () {
    needsTabToLinks(this);
    const el = await sectionBetweenButtons(true);
    focusButton('before');
    await tabTo('read-more');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused() === 'div#hip-conditions', `focus is on ${focused()}`);
    expect(el.shadowRoot!.activeElement?.id).to.equal('hip-conditions');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(SUMMARIES[0]);
  });
});
