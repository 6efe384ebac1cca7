import { deepQueryAll } from './shadow.js';

/**
 * Records layout shifts (Chromium's Layout Instability API; the other engines
 * have none) and names what moved, so a failing assertion says which node
 * shifted and by how much, not only the score.
 */

interface LayoutShiftSource {
  node: Node | null;
  previousRect: DOMRectReadOnly;
  currentRect: DOMRectReadOnly;
}

interface LayoutShiftEntry extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: LayoutShiftSource[];
}

/** Whether this engine reports layout shifts at all. */
export const measuresLayoutShift = PerformanceObserver.supportedEntryTypes.includes('layout-shift');

/** Where a node sits, across shadow roots: `hip-complaints-section > section > p.intro`. */
function describeNode(node: Node | null): string {
  const names: string[] = [];
  for (let at = node; at && names.length < 6; at = at.parentNode instanceof ShadowRoot ? at.parentNode.host : at.parentNode) {
    if (!(at instanceof Element)) continue;
    const part = at.getAttribute('part');
    const classes = [...at.classList].map((name) => `.${name}`).join('');
    names.unshift(`${at.localName}${part ? `[part=${part}]` : ''}${classes}`);
  }
  if (node && !(node instanceof Element)) names.push(`"${(node.textContent ?? '').trim().slice(0, 30)}"`);
  return names.join(' > ') || String(node?.nodeName);
}

/** `root` and every element under it, in its light DOM and through every shadow root. */
function everyElement(root: Element): Element[] {
  return [root, ...root.querySelectorAll('*'), ...deepQueryAll<Element>(root, '*')];
}

/**
 * The API leaves `node` null for a node inside a shadow root. Then: the elements,
 * through every shadow root, whose box is the shift's new box now (or, for a node
 * that moved out of view, whose size is its old box's), named with "≈".
 */
function locate(source: LayoutShiftSource): string {
  if (source.node) return describeNode(source.node);
  const target = source.currentRect.width > 0 ? source.currentRect : source.previousRect;
  const samePlace = source.currentRect.width > 0;
  const close = (a: number, b: number) => Math.abs(a - b) < 1;
  const matches = everyElement(document.documentElement).filter((element) => {
    const rect = element.getBoundingClientRect();
    return close(rect.width, target.width) && close(rect.height, target.height) && (!samePlace || (close(rect.x, target.x) && close(rect.y, target.y)));
  });
  // The innermost match names the node best: a block and its only child share a box.
  const named = [...new Set(matches)].filter((element) => !matches.some((other) => other !== element && element.contains(other))).slice(0, 2);
  return named.length > 0 ? named.map((element) => `≈ ${describeNode(element)}`).join(' or ') : 'a node in a shadow root';
}

export interface ShiftRecorder {
  /** Sum of the shifts' scores so far. */
  readonly total: number;
  /** One line per shift: its score and every node that moved, with its old and new box. */
  readonly report: string;
  /** Stops recording, after taking the entries still queued for delivery. */
  stop(): void;
}

const box = (rect: DOMRectReadOnly) => `${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;

export function recordLayoutShifts(): ShiftRecorder {
  const entries: LayoutShiftEntry[] = [];
  /** What moved, per entry: named when the entry arrives, while the page still shows it. */
  const moved = new Map<LayoutShiftEntry, string[]>();
  const take = (list: LayoutShiftEntry[]) => {
    for (const entry of list) moved.set(entry, entry.sources.map((source) => `${locate(source)} ${box(source.previousRect)} → ${box(source.currentRect)}`));
    entries.push(...list);
  };
  const observer = new PerformanceObserver((list) => take(list.getEntries() as LayoutShiftEntry[]));
  if (measuresLayoutShift) observer.observe({ type: 'layout-shift' });
  return {
    get total() {
      return entries.reduce((sum, entry) => sum + entry.value, 0);
    },
    get report() {
      return entries
        .map((entry) => `shift ${entry.value.toFixed(5)} at ${Math.round(entry.startTime)} ms: ${moved.get(entry)!.join('; ')}`)
        .join('\n');
    },
    stop() {
      // Entries of the last frames may not have been delivered yet.
      take(observer.takeRecords() as LayoutShiftEntry[]);
      observer.disconnect();
    },
  };
}

/**
 * Resolves once the page as it is now has been painted: a second animation
 * frame callback runs after the first frame's paint, which is when the engine
 * compares positions with the frame before and reports shifts.
 */
export function paintedFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

export interface PositionWatch {
  /** Stops watching; one line per element that moved while visible, with where it was and went. */
  stop(): string[];
}

/**
 * Whether anything visible under `root` (through shadow roots) ever moves, in
 * any engine: between every two tasks (where a frame may be painted) the
 * position of each visible element is noted, and an element seen at one place
 * and later seen at another is reported. Unlike layout-shift entries this does
 * not depend on which frames the engine happened to paint.
 */
export function watchVisiblePositions(root: HTMLElement): PositionWatch {
  const seenAt = new Map<Element, { x: number; y: number; step: number }>();
  const moves: string[] = [];
  let step = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const snapshot = () => {
    step += 1;
    for (const element of everyElement(root)) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || getComputedStyle(element).visibility !== 'visible') continue;
      const now = { x: Math.round(rect.x + scrollX), y: Math.round(rect.y + scrollY), step };
      const before = seenAt.get(element);
      if (before && (before.x !== now.x || before.y !== now.y)) {
        moves.push(`${describeNode(element)} moved from ${before.x},${before.y} (step ${before.step}) to ${now.x},${now.y} (step ${step})`);
      }
      seenAt.set(element, now);
    }
  };
  // A timer chain runs a snapshot between the tasks that render the elements (each a timer task too).
  const tick = () => {
    snapshot();
    timer = setTimeout(tick, 0);
  };
  tick();
  return {
    stop() {
      clearTimeout(timer);
      snapshot();
      return moves;
    },
  };
}
