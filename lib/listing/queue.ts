/**
 * Saving the articles a reader ticked on a list page, one after another: fetch, read with the
 * engine, save when it is a call. The order of things is what keeps it polite and safe:
 * - one request at a time, with a pause between two (a news site sees a reader, not a crawler);
 * - each request has its own time limit (an AbortController), so one hung page does not stop the rest;
 * - cancelling aborts the request in flight and skips the pause; an article whose save has begun
 *   is saved whole (the store writes a call in one transaction) and nothing is saved after it;
 * - nothing is saved from an article the engine does not judge a call.
 * Pure: fetching, reading and saving are given, so the unit tests drive it with fakes.
 */

export type ItemState = 'waiting' | 'loading' | 'added' | 'merged' | 'not-call' | 'failed' | 'cancelled';

/** Why an article was skipped. */
export type SkipReason = 'http' | 'timeout' | 'network' | 'not-html' | 'not-call' | 'store';

export interface QueueItem {
  url: string;
  title: string;
  state: ItemState;
  reason?: SkipReason;
  /** The HTTP status of a failed load. */
  status?: number;
}

export interface QueueCounts {
  added: number;
  merged: number;
  /** Read, and not a call article (or no article at all). */
  notCall: number;
  /** Not loaded (HTTP error, time limit, network) or not saved. */
  failed: number;
  cancelled: number;
}

export interface QueueState {
  status: 'running' | 'done' | 'cancelled';
  items: QueueItem[];
  counts: QueueCounts;
}

export interface FetchedPage {
  status: number;
  ok: boolean;
  contentType: string;
  html: string;
  /** The address the page came from. */
  url: string;
}

export interface QueueDeps<C> {
  /** Fetch one article; must honour `signal`. */
  fetchPage(url: string, signal: AbortSignal): Promise<FetchedPage>;
  /** The engine on the fetched page of the article at `url`: the call to save, or null when it is not a call article. */
  analyse(page: FetchedPage, url: string): C | null;
  /** Save one call; true when it is a new call, false when it was merged into one already saved. */
  save(call: C): Promise<boolean>;
  /** Pause between two requests (ms). */
  pauseMs: number;
  /** Time limit of one request (ms). */
  timeoutMs: number;
  /** Told after every change (the popup's progress). */
  onChange?(state: QueueState): void;
  /** Timers, replaceable in tests. */
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (id: unknown) => void;
}

export interface SaveQueue {
  state(): QueueState;
  cancel(): void;
  /** The final state, once the last article is done or the run is cancelled. */
  done: Promise<QueueState>;
}

const countsOf = (items: readonly QueueItem[]): QueueCounts => {
  const c: QueueCounts = { added: 0, merged: 0, notCall: 0, failed: 0, cancelled: 0 };
  for (const i of items) {
    if (i.state === 'added') c.added++;
    else if (i.state === 'merged') c.merged++;
    else if (i.state === 'not-call') c.notCall++;
    else if (i.state === 'failed') c.failed++;
    else if (i.state === 'cancelled') c.cancelled++;
  }
  return c;
};

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

export function createSaveQueue<C>(articles: ReadonlyArray<{ url: string; title: string }>, deps: QueueDeps<C>): SaveQueue {
  const setTimer = deps.setTimeout ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimeout ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  const items: QueueItem[] = articles.map((a) => ({ url: a.url, title: a.title, state: 'waiting' }));
  let status: QueueState['status'] = 'running';
  let cancelled = false;
  /** Aborts the request in flight, or ends the pause, when the reader cancels. */
  let interrupt: (() => void) | null = null;

  const state = (): QueueState => ({ status, items: items.map((i) => ({ ...i })), counts: countsOf(items) });
  const changed = () => deps.onChange?.(state());

  const pause = () =>
    new Promise<void>((resolve) => {
      const id = setTimer(() => {
        interrupt = null;
        resolve();
      }, deps.pauseMs);
      interrupt = () => {
        clearTimer(id);
        resolve();
      };
    });

  async function load(item: QueueItem): Promise<FetchedPage | null> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimer(() => {
      timedOut = true;
      controller.abort();
    }, deps.timeoutMs);
    interrupt = () => controller.abort();
    try {
      return await deps.fetchPage(item.url, controller.signal);
    } catch {
      if (!cancelled) Object.assign(item, { state: 'failed', reason: timedOut ? 'timeout' : 'network' });
      return null;
    } finally {
      clearTimer(timer);
      interrupt = null;
    }
  }

  async function one(item: QueueItem): Promise<void> {
    item.state = 'loading';
    changed();
    const page = await load(item);
    if (cancelled) return;
    if (!page) return;
    if (!page.ok) return void Object.assign(item, { state: 'failed', reason: 'http', status: page.status });
    if (!HTML_TYPE.test(page.contentType)) return void Object.assign(item, { state: 'failed', reason: 'not-html' });
    let call: C | null = null;
    try {
      call = deps.analyse(page, item.url);
    } catch {
      call = null;
    }
    if (cancelled) return;
    if (call === null) return void Object.assign(item, { state: 'not-call', reason: 'not-call' });
    try {
      item.state = (await deps.save(call)) ? 'added' : 'merged';
    } catch {
      Object.assign(item, { state: 'failed', reason: 'store' });
    }
  }

  async function run(): Promise<QueueState> {
    for (let i = 0; i < items.length; i++) {
      if (cancelled) break;
      if (i > 0) await pause();
      if (cancelled) break;
      await one(items[i]!);
      changed();
    }
    for (const item of items) if (item.state === 'waiting' || item.state === 'loading') item.state = 'cancelled';
    status = cancelled ? 'cancelled' : 'done';
    const final = state();
    deps.onChange?.(final);
    return final;
  }

  const done = run();
  return {
    state,
    done,
    cancel() {
      if (status !== 'running' || cancelled) return;
      cancelled = true;
      interrupt?.();
    },
  };
}
