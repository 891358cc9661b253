/**
 * Long CPU work (serialising or checking tens of megabytes) cut into slices that give the event
 * loop back between them, so that the page stays responsive: no task much longer than
 * SLICE_MS (a task over ~50 ms delays a click or a keystroke; over 100 ms the page feels stuck).
 *
 *   const slicer = new Slicer();
 *   for (const record of records) {
 *     work(record);
 *     await slicer.pause();        // yields only when the current slice has run SLICE_MS
 *   }
 *
 * NEVER pause inside an IndexedDB transaction with no request pending: the transaction commits
 * as soon as the event loop is idle. Inside a transaction, the wait for a request already yields.
 *
 * Pure: works in a page, a worker and Node (tests); no DOM.
 */

/** Longest slice of work between two yields, in milliseconds. */
export const SLICE_MS = 25;

type Scheduler = { yield?: () => Promise<void> };

/** Give the event loop one turn (input, rendering, timers), then continue. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  // scheduler.yield (Chromium ≥ 129) continues first, before other queued tasks of the page, and is
  // never throttled; nested setTimeout(0) calls are clamped to 4 ms each after the fifth.
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Counts the time of the current slice and yields when it is used up (see the top of this file). */
export class Slicer {
  private start = now();

  constructor(private readonly budgetMs: number = SLICE_MS) {}

  /** True when the current slice is used up. */
  get due(): boolean {
    return now() - this.start >= this.budgetMs;
  }

  /** Yield to the event loop when the slice is used up; otherwise return at once. */
  async pause(): Promise<void> {
    if (!this.due) return;
    await yieldToEventLoop();
    this.restart();
  }

  /** Start a new slice (after a wait that yielded anyway, e.g. an IndexedDB request). */
  restart(): void {
    this.start = now();
  }
}
