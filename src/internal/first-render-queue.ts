/**
 * Spreads the elements' first renders over short tasks, in document order.
 *
 * Lit renders an element in a microtask after it is connected, so all the
 * elements that one script upgrades, and all the elements their templates
 * create, render in one unbroken task: for the whole section on a throttled
 * phone that was one task of ~500 ms, during which the page could not respond
 * to a tap (docs/performance.md). Here each first render waits for its turn.
 * Turns follow one another within a task for as long as it is young (under
 * TASK_BUDGET_MS); then the next turn waits for a new task, so the browser can
 * handle input, lay out and paint in between.
 *
 * Order: depth first, as the elements stand in the page. The elements an
 * element's render creates (its children) take their turns right after it,
 * before the elements that were waiting already (its later siblings).
 *
 * A turn may be asked for "before paint" (hip-element.ts: an element on screen
 * whose page has not been painted yet). Such turns are given in an animation
 * frame callback, which runs before that frame is painted, and one after the
 * other past the task's budget: painted between two of them, the page would
 * show its text where a widget above it has not rendered yet, and then move it.
 */

type Turn = () => void;

interface Waiting {
  turn: Turn;
  beforePaint: boolean;
}

/**
 * How long one task may go on giving turns. Below the 50 ms at which a task
 * counts as long, with room for the one render that starts just before the
 * budget runs out, and for the layout after it.
 */
const TASK_BUDGET_MS = 16;

/**
 * How long turns before paint wait for an animation frame before they are given
 * anyway: a document that paints no frames (a hidden iframe, in some engines)
 * must still get its widgets.
 */
const FRAME_FALLBACK_MS = 250;

const waiting: Waiting[] = [];
/** Where the next request goes: after the children of the element that had the last turn. */
let insertAt = 0;
/** Whether a turn is running or a new task for the next one is on its way. */
let busy = false;
let taskStart = 0;

function giveTurn(): void {
  const next = waiting.shift();
  if (!next) {
    busy = false;
    return;
  }
  busy = true;
  // The elements this one creates as it renders go first.
  insertAt = 0;
  next.turn();
}

function startTask(): void {
  taskStart = performance.now();
  giveTurn();
}

/** The next turns in a new task: before the next paint if the first of them asks for it. */
function startSoon(): void {
  if (!waiting[0]?.beforePaint || document.visibilityState === 'hidden') {
    setTimeout(startTask, 0);
    return;
  }
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    startTask();
  };
  requestAnimationFrame(start);
  setTimeout(start, FRAME_FALLBACK_MS);
}

/**
 * Resolves when the elements before this one have rendered. Call `done()` once
 * the element has rendered, so the next one gets its turn. `beforePaint`: the
 * turn comes before the next frame is painted, even past the task's budget.
 */
export function firstRenderTurn(beforePaint = false): Promise<void> {
  return new Promise((resolve) => {
    waiting.splice(insertAt, 0, { turn: resolve, beforePaint });
    insertAt += 1;
    if (!busy) {
      busy = true;
      startSoon();
    }
  });
}

/** The element whose turn it was has rendered: the next turn, in this task if it is young (or the turn is before paint), else in a new one. */
export function firstRenderDone(): void {
  // A microtask later: the children this render created have asked for their turns by then.
  queueMicrotask(() => {
    if (waiting.length === 0) busy = false;
    else if (waiting[0].beforePaint || performance.now() - taskStart < TASK_BUDGET_MS) giveTurn();
    else startSoon();
  });
}
