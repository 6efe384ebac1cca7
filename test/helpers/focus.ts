/** Where the keyboard focus is, seen through the widgets' shadow roots, and where Tab takes it. */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { HipComplaintsSection } from '../../src/elements/hip-complaints-section.js';

/** The focused element itself: `document.activeElement`, followed into each shadow root it is the host of. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * A focused control as a test names it: a checkbox by its value, a card's
 * summary by its condition, a widget's other controls by their part, an
 * element of the test page by tag and id.
 */
export function controlName(element: Element | null): string {
  if (!element) return 'nothing';
  const host = (element.getRootNode() as ShadowRoot).host;
  const part = element.getAttribute('part');
  if (part === 'checkbox') return `checkbox ${(element as HTMLInputElement).value}`;
  if (part === 'summary') return `summary ${host?.getAttribute('condition')}`;
  if (part) return part;
  return `${element.localName}#${element.id}`;
}

/**
 * WebKit moves Tab to links only when the browser says so (Safari's "Press Tab
 * to highlight each item"); WebKitGTK's MiniBrowser does, Safari by default
 * does not. Tested, not assumed.
 */
export async function tabReachesLinks(): Promise<boolean> {
  const probe = await fixture<HTMLDivElement>(html`<div><button id="probe-before">x</button><a id="probe-link" href="#probe">y</a></div>`);
  probe.querySelector('button')!.focus();
  await sendKeys({ press: 'Tab' });
  const reached = document.activeElement?.id === 'probe-link';
  fixtureCleanup();
  return reached;
}

/**
 * The whole section between two buttons of the page, `#before` and `#after`,
 * so a test can Tab into it and out of it. With `contact`, the call to action
 * has a booking link, a phone and an e-mail link; without, it takes what the
 * page config offers.
 */
export async function sectionBetweenButtons(contact: boolean): Promise<HipComplaintsSection> {
  const wrapper = contact
    ? await fixture(html`<div>
        <button id="before">Voor</button>
        <hip-complaints-section booking-url="https://example.nl/afspraak" phone="020 123 4567" email="info@example.nl"></hip-complaints-section>
        <button id="after">Na</button>
      </div>`)
    : await fixture(html`<div>
        <button id="before">Voor</button>
        <hip-complaints-section></hip-complaints-section>
        <button id="after">Na</button>
      </div>`);
  const el = wrapper.querySelector('hip-complaints-section')!;
  await el.updateComplete;
  return el;
}

/** Focus the page's button `#before` or `#after` (see `sectionBetweenButtons()`), as a script does. */
export function focusButton(id: 'before' | 'after'): void {
  (document.getElementById(id) as HTMLButtonElement).focus();
}

/** Tab until the control named `name` (see `controlName()`) has the focus; it is handed back. */
export async function tabTo(name: string): Promise<Element> {
  const focused = () => controlName(deepActiveElement());
  for (let step = 0; step < 40 && focused() !== name; step++) await sendKeys({ press: 'Tab' });
  expect(focused(), `Tab reaches ${name}`).to.equal(name);
  return deepActiveElement()!;
}
