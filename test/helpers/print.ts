/**
 * Print media for the print tests. Chromium emulates it (its DevTools
 * protocol, through @web/test-runner-commands' `emulateMedia`). Firefox over
 * WebDriver BiDi and WebKit over WebDriver cannot emulate media, so there the
 * widgets' own `@media print` rules are widened to every medium while the
 * test runs: the engine then lays out and paints what those rules say, which
 * checks that it renders them as meant (`::details-content`, `:has()`,
 * `attr()`), though not that it would apply them when printing.
 */
import { emulateMedia } from '@web/test-runner-commands';
import { shadowRoots } from './shadow.js';

/** Chromium, the one engine here whose print media can be emulated. */
const emulatesPrint = navigator.userAgent.includes('Chrome/');

/** Turns print media off again. */
export type PrintOff = () => Promise<void>;

/**
 * Print media on for `root`'s widgets (a document or an element; default the
 * test page), rendered before this is called. Returns what turns it off.
 */
export async function printMedia(root: ParentNode = document): Promise<PrintOff> {
  if (emulatesPrint) {
    await emulateMedia({ media: 'print' });
    const view = ((root as Node).ownerDocument ?? (root as Document)).defaultView!;
    if (!view.matchMedia('print').matches) throw new Error('print media is not emulated');
    return async () => {
      await emulateMedia({ media: 'screen' });
    };
  }
  const widened: MediaList[] = [];
  for (const sheet of styleSheets(root)) widen(sheet.cssRules, widened);
  if (widened.length === 0) throw new Error('no @media print rule found in the widgets');
  return async () => {
    for (const media of widened) media.mediaText = 'print';
  };
}

/** Every style sheet of the shadow roots under `root`: adopted (Lit) and `<style>` elements (pre-rendered). */
function styleSheets(root: ParentNode): Set<CSSStyleSheet> {
  const sheets = new Set<CSSStyleSheet>();
  for (const shadow of shadowRoots(root)) {
    for (const sheet of shadow.adoptedStyleSheets) sheets.add(sheet);
    for (const sheet of shadow.styleSheets) sheets.add(sheet);
  }
  return sheets;
}

/** Turns each `@media print` rule into `@media all`, noting its media list to turn back. */
function widen(rules: CSSRuleList, widened: MediaList[]): void {
  for (const rule of rules) {
    // By shape, not instanceof: a pre-rendered page in an iframe has its own CSSMediaRule.
    const media = (rule as Partial<CSSMediaRule>).media;
    if (!media || !('cssRules' in rule)) continue;
    if (media.mediaText === 'print') {
      media.mediaText = 'all';
      widened.push(media);
    }
  }
}

/**
 * Whether an element is drawn: it has a box, and neither `visibility` nor
 * skipped contents (the body of a closed `details`) hide it.
 */
export function drawn(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true });
}
