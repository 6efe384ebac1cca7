import { LitElement, adoptStyles, isServer } from 'lit';
import { widgetSelector } from './define.js';
import { firstRenderDone, firstRenderTurn } from './first-render-queue.js';

/**
 * Whether a widget still waits for its first render. One that never upgraded
 * (no `updateComplete`) never will, so it is not waited for; another copy of
 * the script's elements count like this copy's.
 */
export function awaitsFirstRender(element: Element): element is LitElement {
  return isUpgraded(element) && !element.hasUpdated;
}

/** The upgraded widgets inside `root` (of this copy of the script or another). */
export function innerWidgets(root: ParentNode): LitElement[] {
  // The library's elements may contain one another (the section holds all the others).
  return [...root.querySelectorAll<LitElement>(widgetSelector())].filter(isUpgraded);
}

/**
 * Whether a Lit element's class defines `updateComplete`: looked for below
 * HTMLElement.prototype, since `'updateComplete' in element` is also true of a
 * polluted Object.prototype. Not by reading it: that would make a promise
 * which, after a failed update, rejects with no one listening.
 */
function isUpgraded(element: Element): element is LitElement {
  for (let proto = Object.getPrototypeOf(element); proto && proto !== HTMLElement.prototype; proto = Object.getPrototypeOf(proto)) {
    if (Object.prototype.hasOwnProperty.call(proto, 'updateComplete')) return true;
  }
  return false;
}

/**
 * What every hip-widgets element shares: a first render that waits for its
 * turn (first-render-queue.ts), so a page full of widgets never blocks the
 * main thread for long, and an `updateComplete` that includes the elements it
 * renders.
 *
 * Until its turn an element takes no room: its shadow root is attached (the
 * page's light DOM stays hidden, as it will be) but holds no styles, so the
 * host is an empty inline box rather than an empty bordered card that would
 * grow and push the page's text down. Markup pre-rendered with declarative
 * shadow DOM is shown from the start and hydrated at its turn.
 */
export class HipElement extends LitElement {
  /** Whether this element's shadow root came with the page (`npm run prerender`). */
  protected prerendered = false;
  private stylesAdopted = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot) {
      this.prerendered = true;
      return super.createRenderRoot();
    }
    const constructor = this.constructor as typeof LitElement;
    // Where Lit attaches it too (createRenderRoot runs on connection), only without the styles yet.
    // eslint-disable-next-line wc/attach-shadow-constructor
    return this.attachShadow(constructor.shadowRootOptions);
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || isServer) return super.scheduleUpdate();
    return firstRenderTurn().then(() => {
      try {
        if (!this.stylesAdopted && !this.prerendered) {
          adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
        }
        this.stylesAdopted = true;
        return super.scheduleUpdate();
      } finally {
        // Also when the render threw: the elements after this one still get their turns.
        firstRenderDone();
      }
    });
  }

  /**
   * Resolves when this element and every hip-widgets element inside it have
   * rendered: for the section, when all of it is on the page.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    const settled = await Promise.allSettled(innerWidgets(this.renderRoot).map((element) => element.updateComplete));
    return result && settled.every((outcome) => outcome.status === 'fulfilled' && outcome.value);
  }
}
