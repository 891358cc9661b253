/**
 * npm test: every check in order — typecheck, unit tests (Vitest), build, the Firefox build and
 * its `web-ext lint`, real-browser tests (node's test runner, Debian Chromium and Firefox ESR) —
 * then one summary line "N passed, N failed".
 * Stops at the first step that cannot run (typecheck or build), reports every test otherwise.
 *
 * It sets itself up: when Debian's chromium, chromium-l10n or firefox-esr is missing it installs
 * them first if it runs as root with apt-get (as .ci/run does); otherwise it says in one line what
 * to run, and the real-browser tests fail at once with the reason. CHROMIUM_PATH and FIREFOX_PATH
 * point at other browsers. No step can hang: each has a time bound, and the run always ends with
 * its summary line.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setUpBrowsers } from './helpers/browsers';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'tests/out');
mkdirSync(out, { recursive: true });
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const env = { ...process.env, TZ: 'Asia/Ho_Chi_Minh' };
const MINUTE = 60_000;

/**
 * Run one step with its output on ours; its exit status, or 1 if it did not end within `limit` ms
 * (then it is stopped, with everything it started: its own process group). `seen` receives what
 * it writes on stdout.
 */
function step(title: string, command: string, args: string[], limit: number, seen?: (text: string) => void): Promise<number> {
  console.log(`\n▶ ${title}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['inherit', seen ? 'pipe' : 'inherit', 'inherit'], detached: true });
    child.stdout?.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      seen!(chunk.toString());
    });
    let timedOut = false;
    const kill = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      console.log(`\n✖ ${title}: still running after ${Math.round(limit / MINUTE)} min, stopped`);
      kill('SIGTERM');
      // A browser that ignores SIGTERM: 10 s to close, then killed.
      setTimeout(() => kill('SIGKILL'), 10_000).unref();
    }, limit);
    // Ctrl-C on npm test stops the step's whole group too (it runs detached, outside our terminal group).
    const interrupt = () => kill('SIGTERM');
    process.once('SIGINT', interrupt);
    child.on('error', (e) => console.log(`✖ ${title}: ${e.message}`));
    child.on('close', (code) => {
      clearTimeout(timer);
      process.off('SIGINT', interrupt);
      resolve(timedOut ? 1 : (code ?? 1));
    });
  });
}

let passed = 0;
let failed = 0;
// The browsers first: an install (minutes) belongs before the rest, and a missing browser is said at once.
// The line saying what to run is printed again after the summary, as the run's last line.
const browserLine = setUpBrowsers();
const finish = (code: number): never => {
  console.log(`\n${passed} passed, ${failed} failed`);
  if (browserLine) console.log(browserLine);
  process.exit(code);
};

if ((await step('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'], 10 * MINUTE)) !== 0) {
  failed++;
  finish(1);
}

const unitJson = join(out, 'unit.json');
rmSync(unitJson, { force: true });
// ~3 min on two busy cores; 20 is a stuck run.
const unit = await step('unit tests', bin('vitest'), ['run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`], 20 * MINUTE);
try {
  const report = JSON.parse(readFileSync(unitJson, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
} catch {
  failed++;
}
if (unit !== 0 && failed === 0) failed++;

if ((await step('build', bin('wxt'), ['build'], 10 * MINUTE)) !== 0) {
  failed++;
  finish(1);
}

// The Firefox build (MV2) and Mozilla's linter on it: an error there is one failed check.
const firefox =
  (await step('Firefox build', bin('wxt'), ['build', '-b', 'firefox'], 10 * MINUTE)) ||
  (await step('web-ext lint (Firefox build)', bin('web-ext'), ['lint', '--source-dir', '.output/firefox-mv2'], 10 * MINUTE));
if (firefox === 0) passed++;
else failed++;

const e2eFiles = readdirSync(join(root, 'tests/e2e')).filter((f) => f.endsWith('.e2e.ts')).map((f) => `tests/e2e/${f}`);
// The spec reporter's summary on stdout is read for the counts (a reporter writing to a file loses its
// last lines when --test-force-exit ends the run).
let e2eOutput = '';
const e2e = await step('real-browser tests (Chromium, Firefox)', process.execPath, [
  '--import', 'tsx', '--test', '--test-concurrency=1',
  // Each file ends when its tests have: a server or browser left open by a failed test does not keep it waiting.
  '--test-force-exit',
  // Node 20 applies this to each file as a whole: the longest (hardening) takes ~4 min on two busy cores.
  `--test-timeout=${15 * MINUTE}`,
  '--test-reporter=spec',
  ...e2eFiles,
], 60 * MINUTE, (text) => (e2eOutput += text));
{
  // eslint-disable-next-line no-control-regex
  const text = e2eOutput.replace(/\x1b\[[0-9;]*m/g, '');
  // The summary's lines: the last of each (a test's own output cannot be mistaken for them).
  const count = (label: string) => Number([...text.matchAll(new RegExp(`^ℹ ${label} (\\d+)$`, 'gm'))].at(-1)?.[1] ?? NaN);
  if (Number.isNaN(count('pass'))) failed++; // no summary: the run did not end by itself
  else {
    passed += count('pass');
    // A test cancelled (its hook failed, its file timed out) did not pass: it counts as failed.
    failed += count('fail') + count('cancelled');
  }
}
if (e2e !== 0 && failed === 0) failed++;
finish(unit === 0 && firefox === 0 && e2e === 0 && failed === 0 && !browserLine ? 0 : 1);
