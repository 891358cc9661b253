import { describe, expect, it } from 'vitest';
import { APT_COMMANDS, browserPlan, CHROMIUM_VI_LOCALE, DEFAULT_CHROMIUM, DEFAULT_FIREFOX, instructions, missingBrowsers, setUpBrowsers } from '../helpers/browsers';

/**
 * What npm test (tests/run.ts) does about the real-browser tests' browsers, on machines described
 * here rather than by uninstalling anything: which are missing, and whether it installs them or
 * says in one line what to run.
 */
const machine = (present: string[]) => (path: string) => present.includes(path);
const DEBIAN = [DEFAULT_CHROMIUM, DEFAULT_FIREFOX, CHROMIUM_VI_LOCALE];

describe('the browsers npm test needs', () => {
  it('finds nothing missing on a machine with Debian’s packages', () => {
    expect(missingBrowsers({}, machine(DEBIAN), machine(DEBIAN))).toEqual([]);
    expect(browserPlan([], { root: false, apt: false })).toEqual({ kind: 'ready' });
  });

  it('installs Debian’s packages as root with apt-get, as .ci/run does', () => {
    const missing = missingBrowsers({}, machine([]), machine([]));
    expect(missing.map((m) => m.pkg)).toEqual(['chromium', 'firefox-esr']);
    expect(browserPlan(missing, { root: true, apt: true })).toEqual({ kind: 'install', commands: APT_COMMANDS });
    expect(APT_COMMANDS.at(-1)).toEqual(['apt-get', 'install', '-y', '-qq', 'chromium', 'chromium-l10n', 'firefox-esr']);
  });

  it('wants chromium-l10n when Debian’s Chromium has no Vietnamese', () => {
    const missing = missingBrowsers({}, machine(DEBIAN), machine([]));
    expect(missing).toEqual([{ browser: 'chromium', what: `${CHROMIUM_VI_LOCALE} (Chromium's Vietnamese UI)`, pkg: 'chromium-l10n' }]);
    expect(browserPlan(missing, { root: true, apt: true }).kind).toBe('install');
  });

  it('says in one line what to run when it is not root', () => {
    const plan = browserPlan(missingBrowsers({}, machine([DEFAULT_CHROMIUM]), machine([CHROMIUM_VI_LOCALE])), { root: false, apt: true });
    expect(plan).toEqual({
      kind: 'instruct',
      line: 'Real-browser tests cannot run: missing /usr/bin/firefox-esr (Firefox); install them with: sudo apt-get update && sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-l10n firefox-esr.',
    });
  });

  it('does not install for browsers named by CHROMIUM_PATH / FIREFOX_PATH, and takes them as they are', () => {
    const env = { CHROMIUM_PATH: '/nonexistent', FIREFOX_PATH: '/opt/firefox/firefox' };
    const missing = missingBrowsers(env, machine(['/opt/firefox/firefox']), machine([]));
    expect(missing).toEqual([{ browser: 'chromium', what: '/nonexistent (Chromium, CHROMIUM_PATH)', pkg: null }]);
    const plan = browserPlan(missing, { root: true, apt: true });
    expect(plan.kind).toBe('instruct');
    expect(plan.kind === 'instruct' && plan.line).toMatch(/point CHROMIUM_PATH \/ FIREFOX_PATH at installed browsers/);
    expect(instructions(missing, { root: true, apt: true })).toBe(
      'Real-browser tests cannot run: missing /nonexistent (Chromium, CHROMIUM_PATH); install them with: apt-get update && env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-l10n firefox-esr, or point CHROMIUM_PATH / FIREFOX_PATH at installed browsers.',
    );
  });

  it('without apt-get, asks for the browsers and their paths', () => {
    const line = instructions(missingBrowsers({}, machine([]), machine([])), { root: true, apt: false });
    expect(line).toMatch(/install Chromium and Firefox ESR \(Debian: apt-get .*\), or point CHROMIUM_PATH \/ FIREFOX_PATH at installed browsers\.$/);
  });

  it('npm test’s first step: installs, looks again, and is ready — or says what to run when the install did not help', () => {
    let installed = false;
    const ran: string[] = [];
    const log: string[] = [];
    const missing = () => missingBrowsers({}, machine(installed ? DEBIAN : []), machine(installed ? DEBIAN : []));
    const run = (command: string[]) => {
      ran.push(command.join(' '));
      if (command[1] === 'install') installed = true;
      return true;
    };
    expect(setUpBrowsers({ env: {}, can: { root: true, apt: true }, missing, run, log: (l) => log.push(l) })).toBeNull();
    expect(ran).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium chromium-l10n firefox-esr']);
    expect(log.join('\n')).toMatch(/installing chromium, chromium-l10n, firefox-esr/);

    // apt-get update fails (no network): nothing more is run, and the line says what to run.
    ran.length = 0;
    installed = false;
    const failing = (command: string[]) => (ran.push(command.join(' ')), false);
    const line = setUpBrowsers({ env: {}, can: { root: true, apt: true }, missing, run: failing, log: () => undefined });
    expect(ran).toEqual(['apt-get update -qq']);
    expect(line).toMatch(/^Real-browser tests cannot run: missing \/usr\/bin\/chromium \(Chromium\), \/usr\/bin\/firefox-esr \(Firefox\); install them with: apt-get update/);

    // Not root: nothing is run.
    ran.length = 0;
    expect(setUpBrowsers({ env: {}, can: { root: false, apt: true }, missing, run, log: () => undefined })).toMatch(/sudo apt-get update/);
    expect(ran).toEqual([]);
  });

  it('DIEN_DAM_INSTALL_DRY_RUN prints the install commands instead of running them', () => {
    const log: string[] = [];
    const line = setUpBrowsers({ env: { DIEN_DAM_INSTALL_DRY_RUN: '1' }, can: { root: true, apt: true }, missing: () => missingBrowsers({}, machine([]), machine([])), run: () => { throw new Error('ran'); }, log: (l) => log.push(l) });
    expect(log.filter((l) => l.startsWith('(dry run)'))).toEqual(['(dry run) apt-get update -qq', '(dry run) apt-get install -y -qq chromium chromium-l10n firefox-esr']);
    expect(line).toMatch(/^Real-browser tests cannot run/);
  });
});
