/**
 * Earlier versions of the extension, built from git for the "before" columns: each commit is
 * checked out in a temporary worktree (sharing this checkout's node_modules; their package-lock
 * differs only by devDependencies the old code does not use), built with `wxt build`, and its
 * output copied to tests/bench/out/builds/<commit>. Worktrees live in the system's temporary folder. The worktree is removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness';
import { BENCH_OUT } from './browser';

export interface BuiltVersion {
  commit: string;
  /** The built extension (chrome-mv3). */
  extension: string;
  /** The worktree, kept while `keep` says so (its lib/ can be bundled), else null. */
  worktree: string | null;
}

const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });

export function shortCommit(rev: string): string | null {
  const r = git('rev-parse', '--short', rev);
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Build `rev` (a commit, "abc^" …); null (with the reason logged) when it cannot be built here. */
export function buildVersion(rev: string, log: (s: string) => void): BuiltVersion | null {
  const commit = shortCommit(rev);
  if (!commit) {
    log(`  cannot resolve ${rev} (no git history?): skipped`);
    return null;
  }
  const extension = join(BENCH_OUT, 'builds', commit);
  // Outside the project: the typecheck of this checkout must not see another version's sources.
  const worktree = join(tmpdir(), 'dien-dam-bench-worktrees', commit);
  rmSync(worktree, { recursive: true, force: true });
  git('worktree', 'prune');
  mkdirSync(join(tmpdir(), 'dien-dam-bench-worktrees'), { recursive: true });
  const add = git('worktree', 'add', '--detach', worktree, commit);
  if (add.status !== 0) {
    log(`  git worktree add ${commit} failed: ${add.stderr.trim()}`);
    return null;
  }
  symlinkSync(join(ROOT, 'node_modules'), join(worktree, 'node_modules'), 'dir');
  const build = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: worktree, encoding: 'utf8' });
  if (build.status !== 0 || !existsSync(join(worktree, '.output/chrome-mv3/manifest.json'))) {
    log(`  wxt build of ${commit} failed: ${(build.stderr || build.stdout).trim().split('\n').slice(-3).join(' ')}`);
    removeWorktree(worktree);
    return null;
  }
  rmSync(extension, { recursive: true, force: true });
  mkdirSync(join(BENCH_OUT, 'builds'), { recursive: true });
  cpSync(join(worktree, '.output/chrome-mv3'), extension, { recursive: true });
  // The benchmark's page scripts, bundled against this version's lib/.
  cpSync(join(ROOT, 'tests/bench/page'), join(worktree, 'tests/bench/page'), { recursive: true });
  // Modules of today's tree those scripts import, for versions that predate them.
  for (const file of BENCH_PAGE_IMPORTS) if (!existsSync(join(worktree, file))) cpSync(join(ROOT, file), join(worktree, file));
  return { commit, extension, worktree };
}

/** Files outside tests/bench/page that the benchmark's page scripts import. */
const BENCH_PAGE_IMPORTS = ['components/export-encoder.ts', 'tests/helpers/call-rows.ts', 'tests/helpers/random.ts'];

export function removeWorktree(worktree: string | null): void {
  if (!worktree) return;
  git('worktree', 'remove', '--force', worktree);
  rmSync(worktree, { recursive: true, force: true });
  git('worktree', 'prune');
}
