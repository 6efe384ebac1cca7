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
export function describeNode(node: Node | null): string {
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

export interface ShiftRecorder {
  /** Sum of the shifts' scores so far. */
  readonly total: number;
  /** One line per shift: its score and every node that moved, with its old and new box. */
  readonly report: string;
  /** Stops recording, after taking the entries still queued for delivery. */
  stop(): void;
}

export function recordLayoutShifts(): ShiftRecorder {
  const entries: LayoutShiftEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as LayoutShiftEntry[])));
  if (measuresLayoutShift) observer.observe({ type: 'layout-shift' });
  const box = (rect: DOMRectReadOnly) => `${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;
  return {
    get total() {
      return entries.reduce((sum, entry) => sum + entry.value, 0);
    },
    get report() {
      return entries
        .map((entry) => `shift ${entry.value.toFixed(5)} at ${Math.round(entry.startTime)} ms: ${entry.sources.map((source) => `${describeNode(source.node)} ${box(source.previousRect)} → ${box(source.currentRect)}`).join('; ')}`)
        .join('\n');
    },
    stop() {
      // Entries of the last frames may not have been delivered yet.
      entries.push(...(observer.takeRecords() as LayoutShiftEntry[]));
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
