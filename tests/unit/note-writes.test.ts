import { describe, expect, it } from 'vitest';
import { noteWrites } from '../../lib/store/note-writes';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('noteWrites', () => {
  it('writes a burst of changes as the first and the latest text, in order', async () => {
    const written: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const w = noteWrites(async (_id, text) => {
      if (!written.length) await gate;
      written.push(text);
    });
    const all = [w.set(1, 'a')];
    await tick(); // 'a' is being written…
    all.push(...['ab', 'abc', 'abcd'].map((t) => w.set(1, t))); // … while the keys go on
    release();
    await Promise.all(all);
    expect(written).toEqual(['a', 'abcd']);
  });

  it('settled waits for the writes given before it', async () => {
    const written: string[] = [];
    const w = noteWrites(async (_id, text) => {
      await new Promise((r) => setTimeout(r, 5));
      written.push(text);
    });
    void w.set(7, 'x');
    void w.set(7, 'xy');
    await w.settled(7);
    expect(written.at(-1)).toBe('xy');
    await w.settled(8); // nothing for that call: settles at once
  });

  it('a failed write fails the texts it stood for; the next one is written again', async () => {
    let fail = true;
    const written: string[] = [];
    const w = noteWrites(async (_id, text) => {
      await tick();
      if (fail) throw new Error('quota');
      written.push(text);
    });
    const first = w.set(2, 'a');
    const second = w.set(2, 'ab');
    const third = w.set(2, 'abc');
    await expect(first).rejects.toThrow('quota');
    // 'ab' and 'abc' were one write, the second turn's: it failed too.
    await expect(second).rejects.toThrow('quota');
    await expect(third).rejects.toThrow('quota');
    fail = false;
    await w.set(2, 'abcd');
    expect(written).toEqual(['abcd']);
    await expect(w.settled(2)).resolves.toBeUndefined();
  });

  it('keeps calls apart', async () => {
    const written: Array<[number, string]> = [];
    const w = noteWrites(async (id, text) => void written.push([id, text]));
    await Promise.all([w.set(1, 'one'), w.set(2, 'two')]);
    expect(written.sort()).toEqual([[1, 'one'], [2, 'two']]);
  });
});
