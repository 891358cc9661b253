/** The engine and Readability alone, for timing both in a page's main world (tests/bench/engine-cost.ts). */
import { Readability } from '@mozilla/readability';
import { analyzePage } from '../../../lib/engine';

(globalThis as Record<string, unknown>).__benchEngine = {
  /** `runs` alternating timings of the whole engine and of Readability alone on a clone of this page. */
  compare(runs: number, warmup: number) {
    const engine: number[] = [];
    const readability: number[] = [];
    let isCall = false;
    for (let i = -warmup; i < runs; i++) {
      const order = i % 2 ? ['r', 'e'] : ['e', 'r'];
      for (const which of order) {
        const t0 = performance.now();
        if (which === 'e') isCall = !!analyzePage(document, location.href).call;
        else new Readability(document.cloneNode(true) as Document).parse();
        const dt = performance.now() - t0;
        if (i >= 0) (which === 'e' ? engine : readability).push(dt);
      }
    }
    return { engine, readability, isCall };
  },
};
