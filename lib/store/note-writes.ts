/**
 * The writes of the reader's notes, one call at a time and in the order they came: the editor
 * sends every change, and a burst of keys becomes one write of the latest text (the ones in
 * between are never written). Pure: the write itself is given.
 */
export interface NoteWrites {
  /** Write `text` as the call's note: settles once it (or a later text) is written, or the write failed. */
  set(callId: number, text: string): Promise<void>;
  /** Settles once every text given so far for the call has been written (or failed). */
  settled(callId: number): Promise<void>;
}

export function noteWrites(write: (callId: number, text: string) => Promise<unknown>): NoteWrites {
  const waiting = new Map<number, string>();
  const last = new Map<number, Promise<void>>();
  return {
    set(callId, text) {
      waiting.set(callId, text);
      const before = last.get(callId) ?? Promise.resolve();
      const run = async (): Promise<void> => {
        // An earlier turn already wrote this text (or a later one): its outcome is this one's.
        if (!waiting.has(callId)) return before;
        const latest = waiting.get(callId)!;
        waiting.delete(callId);
        await write(callId, latest);
      };
      const done = before.then(run, run);
      last.set(callId, done);
      // Forget a call once its last write is done, so the map does not grow with every call noted.
      const forget = () => {
        if (last.get(callId) === done) last.delete(callId);
      };
      done.then(forget, forget);
      return done;
    },
    settled(callId) {
      return (last.get(callId) ?? Promise.resolve()).catch(() => undefined);
    },
  };
}
