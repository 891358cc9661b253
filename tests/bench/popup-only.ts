/**
 * The popup's first render alone, this build side by side with earlier versions (popup-cost.ts),
 * without the rest of npm run bench (≈ 16 minutes):
 *
 *   npx wxt build && node --import tsx tests/bench/popup-only.ts
 *
 * Environment: BENCH_REVS (default ce9e716, the commit before the collection charts; comma-separated,
 * each built in a worktree as npm run bench builds its "before" versions), BENCH_RUNS (default 10),
 * BENCH_CALLS (default 10000).
 */
import { EXTENSION, ROOT } from '../e2e/harness';
import { fixturePages } from './pages';
import { measurePopupSideBySide, type PopupVersion } from './popup-cost';
import { median } from './stats';
import { buildVersion, removeWorktree } from './versions';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 10));
const CALLS = Math.max(1, Number(process.env.BENCH_CALLS ?? 10_000));
const REVS = (process.env.BENCH_REVS ?? 'ce9e716').split(',').filter(Boolean);
const started = Date.now();
const log = (s: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);

async function main(): Promise<void> {
  const versions: PopupVersion[] = [{ label: 'now', extension: EXTENSION, source: ROOT }];
  const worktrees: string[] = [];
  for (const rev of REVS) {
    log(`build ${rev}`);
    const b = buildVersion(rev, log);
    if (!b) continue;
    versions.push({ label: b.commit, extension: b.extension, source: b.worktree! });
    worktrees.push(b.worktree!);
  }
  try {
    const callPage = fixturePages().find((p) => p.name === 'vov-putin-macron-2022-02-03')!;
    const results = await measurePopupSideBySide(versions, CALLS, RUNS, callPage, log);
    for (const r of results) {
      console.log(r.error ? `${r.label}: failed: ${r.error}` : `${r.label}: record ${median(r.record).toFixed(0)} ms, record and related calls ${median(r.related).toFixed(0)} ms (median of ${r.related.length})`);
    }
  } finally {
    for (const w of worktrees) removeWorktree(w);
  }
}

main().then(() => process.exit(0), (e) => {
  console.error(e);
  process.exit(1);
});
