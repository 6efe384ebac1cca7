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
 */

type Turn = () => void;

/**
 * How long one task may go on giving turns. Below the 50 ms at which a task
 * counts as long, with room for the one render that starts just before the
 * budget runs out, and for the layout after it.
 */
const TASK_BUDGET_MS = 16;

const waiting: Turn[] = [];
/** Where the next request goes: after the children of the element that had the last turn. */
let insertAt = 0;
/** Whether a turn is running or a new task for the next one is on its way. */
let busy = false;
let taskStart = 0;

function giveTurn(): void {
  const turn = waiting.shift();
  if (!turn) {
    busy = false;
    return;
  }
  busy = true;
  // The elements this one creates as it renders go first.
  insertAt = 0;
  turn();
}

function startTask(): void {
  taskStart = performance.now();
  giveTurn();
}

/**
 * Resolves when the elements before this one have rendered. Call `done()` once
 * the element has rendered, so the next one gets its turn.
 */
export function firstRenderTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.splice(insertAt, 0, resolve);
    insertAt += 1;
    if (!busy) {
      busy = true;
      setTimeout(startTask, 0);
    }
  });
}

/** The element whose turn it was has rendered: the next turn, in this task if it is young, else in a new one. */
export function firstRenderDone(): void {
  // A microtask later: the children this render created have asked for their turns by then.
  queueMicrotask(() => {
    if (waiting.length === 0) busy = false;
    else if (performance.now() - taskStart < TASK_BUDGET_MS) giveTurn();
    else setTimeout(startTask, 0);
  });
}
