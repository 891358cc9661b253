import { describe, expect, it } from 'vitest';
import { APT_COMMANDS, browserPlan, CHROMIUM_VI_LOCALE, DEFAULT_CHROMIUM, DEFAULT_FIREFOX, instructions, missingBrowsers } from '../helpers/browsers';

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
});
