/**
 * npm test: every check in order — typecheck, unit tests (Vitest), build, the Firefox build and
 * its `web-ext lint`, real-browser tests (node's test runner, Debian Chromium and Firefox ESR) —
 * then one summary line "N passed, N failed".
 * Stops at the first step that cannot run (typecheck or build), reports every test otherwise.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'tests/out');
mkdirSync(out, { recursive: true });
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const env = { ...process.env, TZ: 'Asia/Ho_Chi_Minh' };

function step(title: string, command: string, args: string[]): number {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  return r.status ?? 1;
}

let passed = 0;
let failed = 0;
const finish = (code: number) => {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(code);
};

if (step('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) !== 0) {
  failed++;
  finish(1);
}

const unitJson = join(out, 'unit.json');
rmSync(unitJson, { force: true });
const unit = step('unit tests', bin('vitest'), ['run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
try {
  const report = JSON.parse(readFileSync(unitJson, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
} catch {
  failed++;
}
if (unit !== 0 && failed === 0) failed++;

if (step('build', bin('wxt'), ['build']) !== 0) {
  failed++;
  finish(1);
}

// The Firefox build (MV2) and Mozilla's linter on it: an error there is one failed check.
const firefox =
  step('Firefox build', bin('wxt'), ['build', '-b', 'firefox']) || step('web-ext lint (Firefox build)', bin('web-ext'), ['lint', '--source-dir', '.output/firefox-mv2']);
if (firefox === 0) passed++;
else failed++;

const e2eFiles = readdirSync(join(root, 'tests/e2e')).filter((f) => f.endsWith('.e2e.ts')).map((f) => `tests/e2e/${f}`);
const tap = join(out, 'e2e.tap');
const e2e = step('real-browser tests (Chromium, Firefox)', process.execPath, [
  '--import', 'tsx', '--test', '--test-concurrency=1',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tap}`,
  ...e2eFiles,
]);
try {
  const text = readFileSync(tap, 'utf8');
  passed += Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
  failed += Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0);
} catch {
  failed++;
}
if (e2e !== 0 && failed === 0) failed++;
finish(unit === 0 && firefox === 0 && e2e === 0 && failed === 0 ? 0 : 1);
