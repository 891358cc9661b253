/**
 * The browsers the real-browser tests drive, where they are, and what to do when they are missing.
 * Debian's Chromium (with its translations: the UI is tested in Vietnamese) and Firefox ESR by
 * default; CHROMIUM_PATH and FIREFOX_PATH point elsewhere (another distribution, or a check of what
 * happens without them). Used by tests/run.ts (npm test) before the real-browser tests, and by the
 * harness (tests/e2e/harness.ts, firefox.e2e.ts) to launch them.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const DEFAULT_FIREFOX = '/usr/bin/firefox-esr';
/** Debian's chromium-l10n: without it Chromium's UI (chrome.i18n) is English whatever the locale. */
export const CHROMIUM_VI_LOCALE = '/usr/lib/chromium/locales/vi.pak';
export const DEBIAN_PACKAGES = ['chromium', 'chromium-l10n', 'firefox-esr'] as const;
/** What .ci/run runs, and what npm test runs as root when a package is missing. */
export const APT_COMMANDS: string[][] = [
  ['apt-get', 'update', '-qq'],
  ['apt-get', 'install', '-y', '-qq', ...DEBIAN_PACKAGES],
];
/** The install command as a person types it (`sudo ` before each command when not root). */
export const installHint = (root: boolean) => {
  const sudo = root ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y ${DEBIAN_PACKAGES.join(' ')}`;
};

export type Env = Record<string, string | undefined>;

export const chromiumPath = (env: Env = process.env) => env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
export const firefoxPath = (env: Env = process.env) => env.FIREFOX_PATH || DEFAULT_FIREFOX;

/** Is there an executable file at this path? */
export function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface Missing {
  browser: 'chromium' | 'firefox';
  /** What is missing, for the message: "/usr/bin/chromium (Chromium)". */
  what: string;
  /** The Debian package that provides it, when the path is Debian's default (installing helps). */
  pkg: (typeof DEBIAN_PACKAGES)[number] | null;
}

/** What the real-browser tests need and do not find. */
export function missingBrowsers(env: Env = process.env, exists: (path: string) => boolean = isExecutable, fileExists: (path: string) => boolean = isFile): Missing[] {
  const missing: Missing[] = [];
  const chromium = chromiumPath(env);
  const chromiumDefault = !env.CHROMIUM_PATH;
  if (!exists(chromium)) missing.push({ browser: 'chromium', what: `${chromium} (Chromium${chromiumDefault ? '' : ', CHROMIUM_PATH'})`, pkg: chromiumDefault ? 'chromium' : null });
  // Only Debian's own Chromium keeps its translations there; another one is taken as it is.
  else if (chromiumDefault && !fileExists(CHROMIUM_VI_LOCALE)) missing.push({ browser: 'chromium', what: `${CHROMIUM_VI_LOCALE} (Chromium's Vietnamese UI)`, pkg: 'chromium-l10n' });
  const firefox = firefoxPath(env);
  const firefoxDefault = !env.FIREFOX_PATH;
  if (!exists(firefox)) missing.push({ browser: 'firefox', what: `${firefox} (Firefox${firefoxDefault ? '' : ', FIREFOX_PATH'})`, pkg: firefoxDefault ? 'firefox-esr' : null });
  return missing;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export type Plan =
  | { kind: 'ready' }
  /** Run these commands (as root, with apt-get), then look again. */
  | { kind: 'install'; commands: string[][] }
  /** Cannot install: one line saying what to run. */
  | { kind: 'instruct'; line: string };

/**
 * What npm test does about missing browsers: nothing when none is missing; install Debian's packages
 * when every missing one is at Debian's path and we are root with apt-get; otherwise say what to run.
 */
export function browserPlan(missing: Missing[], can: { root: boolean; apt: boolean }): Plan {
  if (!missing.length) return { kind: 'ready' };
  if (can.root && can.apt && missing.every((m) => m.pkg)) return { kind: 'install', commands: APT_COMMANDS };
  return { kind: 'instruct', line: instructions(missing, can) };
}

/** What this machine allows: running as root, and Debian's apt-get. */
export const thisMachine = () => ({ root: process.getuid?.() === 0, apt: isExecutable('/usr/bin/apt-get') });

/** The one line printed when the browsers are missing and npm test cannot install them. */
export function instructions(missing: Missing[], can: { root: boolean; apt: boolean } = thisMachine()): string {
  const paths = 'or point CHROMIUM_PATH / FIREFOX_PATH at installed browsers';
  const fix = can.apt
    ? `install them with: ${installHint(can.root)}${missing.some((m) => !m.pkg) ? `, ${paths}` : ''}`
    : `install Chromium and Firefox ESR (Debian: ${installHint(can.root)}), ${paths}`;
  return `Real-browser tests cannot run: missing ${missing.map((m) => m.what).join(', ')}; ${fix}.`;
}

export interface SetUpOptions {
  env?: Env;
  can?: { root: boolean; apt: boolean };
  /** What is missing now (asked again after an install). */
  missing?: () => Missing[];
  /** Runs one command; true if it succeeded. */
  run?: (command: string[]) => boolean;
  log?: (line: string) => void;
}

/** apt-get on a slow mirror takes minutes, but not half an hour: past that it is stuck. */
const INSTALL_TIMEOUT_MS = 30 * 60_000;

function runCommand(command: string[]): boolean {
  const r = spawnSync(command[0]!, command.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeout: INSTALL_TIMEOUT_MS });
  if (r.status !== 0) console.log(`✖ ${command.join(' ')} failed (${r.error?.message ?? `status ${r.status}`})`);
  return r.status === 0;
}

/**
 * npm test's first step: find the browsers, install Debian's packages when it can, and return null
 * when everything is there, else the one line that says what to run (printed at once, and again
 * as the run's last line). DIEN_DAM_INSTALL_DRY_RUN=1 prints the install commands instead of running them.
 */
export function setUpBrowsers(options: SetUpOptions = {}): string | null {
  const env = options.env ?? process.env;
  const missingNow = options.missing ?? (() => missingBrowsers(env));
  const log = options.log ?? ((line: string) => console.log(line));
  const run = env.DIEN_DAM_INSTALL_DRY_RUN ? (command: string[]) => (log(`(dry run) ${command.join(' ')}`), true) : (options.run ?? runCommand);
  let missing = missingNow();
  if (!missing.length) return null;
  const can = options.can ?? thisMachine();
  const plan = browserPlan(missing, can);
  if (plan.kind === 'install') {
    log(`\n▶ browsers: missing ${missing.map((m) => m.what).join(', ')}; installing ${DEBIAN_PACKAGES.join(', ')} (Debian packages, as .ci/run does)`);
    for (const command of plan.commands) if (!run(command)) break;
    missing = missingNow();
    if (!missing.length) return null;
  }
  const line = instructions(missing, can);
  log(`\n${line}`);
  return line;
}
