/**
 * The engine's command line: one JSON line per input file.
 *
 *   npm run --silent extract -- [--url URL] [--published YYYY-MM-DD] [--time-limit SECONDS] FILE...
 *   npm run --silent extract -- [--time-limit SECONDS] --manifest LIST.jsonl      (lines: { "file", "url"?, "published"? })
 *
 * A .html/.htm file is a whole page; any other file is plain article text whose first line is
 * the title. A page is read as data (./html-document.ts: nothing it references is loaded or run).
 * Each file gives one line: its result on stdout, or on stderr "FILE: why it could not be read" —
 * whether the failure is thrown while it is read or later by the DOM it was parsed into, or the file
 * takes longer than the time limit (60 s unless --time-limit says otherwise) — and the others still
 * run; the exit status is 1 if any file failed. Files are read in a thread of their own
 * (./extract-worker.ts), so that one that overruns can be stopped.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { messageOf, type Job, type Reply } from './read-page';

const USAGE = 'usage: extract [--url URL] [--published YYYY-MM-DD] [--time-limit SECONDS] FILE...  |  extract [--time-limit SECONDS] --manifest LIST.jsonl';
/**
 * How long one file may take. Pages take milliseconds to a few seconds (a 5 MB page ~5 s); a
 * pathological tree can take happy-dom and Readability much longer (RELIABILITY.md: a 61 KB fuzzed
 * page, 15-18 s). Past this the file is reported as not read, and the batch goes on.
 */
const DEFAULT_TIME_LIMIT_S = 60;

function parseArgs(argv: string[]): { jobs: Job[]; errors: string[]; timeLimitMs: number } {
  let timeLimitMs = DEFAULT_TIME_LIMIT_S * 1000;
  let url: string | null = null;
  let published: string | null = null;
  const files: string[] = [];
  const jobs: Job[] = [];
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--url') url = value();
    else if (a === '--time-limit') {
      const v = value();
      const seconds = Number(v);
      if (!(seconds > 0)) throw new Error(`--time-limit needs a number of seconds, not ${v}\n${USAGE}`);
      timeLimitMs = seconds * 1000;
    }
    else if (a === '--published') published = value();
    else if (a === '--manifest') {
      const list = value();
      const base = dirname(resolve(list));
      const lines = readFileSync(list, 'utf8').split(/\r?\n/);
      lines.forEach((line, n) => {
        if (!line.trim()) return;
        try {
          const entry = JSON.parse(line) as { file?: unknown; url?: unknown; published?: unknown };
          if (typeof entry.file !== 'string') throw new Error('"file" missing');
          const inBase = resolve(base, entry.file);
          jobs.push({
            file: entry.file,
            path: existsSync(inBase) ? inBase : resolve(entry.file),
            url: typeof entry.url === 'string' ? entry.url : null,
            published: typeof entry.published === 'string' ? entry.published : null,
          });
        } catch (e) {
          errors.push(`${list}:${n + 1}: ${(e as Error).message}`);
        }
      });
    } else if (a === '--help' || a === '-h') throw new Error(USAGE);
    else files.push(a);
  }
  for (const f of files) jobs.push({ file: f, path: resolve(f), url, published });
  return { jobs, errors, timeLimitMs };
}

/** The reader thread starting (loading the engine and the DOM library: ~1 s); past this it never will. */
const START_TIMEOUT_MS = 120_000;
/** Test seam: modules the reader thread imports first (tests/helpers/late-failure.ts). */
const TEST_IMPORTS = (process.env.DIEN_DAM_EXTRACT_IMPORT ?? '').split(',').filter(Boolean).map((p) => pathToFileURL(resolve(p)).href);

/**
 * The reader thread, one file at a time. A file that takes longer than the limit, or that brings the
 * thread down (out of memory), is that file's error; the next file gets a new thread.
 */
class Reader {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private answer: ((r: Reply) => void) | null = null;

  private start(): void {
    const worker = new Worker(new URL('./extract-worker-boot.mjs', import.meta.url), {
      workerData: { entry: new URL('./extract-worker.ts', import.meta.url).href, imports: TEST_IMPORTS },
      // The main thread's flags (tsx's loader among them) are not the thread's: its boot registers tsx itself.
      execArgv: [],
    });
    this.worker = worker;
    let started: () => void;
    let failed: (e: Error) => void;
    this.ready = new Promise<void>((resolve, reject) => {
      started = resolve;
      failed = reject;
    });
    this.ready.catch(() => undefined);
    worker.on('message', (m: Reply | { ready: true }) => {
      if (this.worker !== worker) return; // a stopped thread's last word
      if ('ready' in m) started();
      else this.answer?.(m);
    });
    const gone = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      failed(new Error(why));
      this.answer?.({ error: why });
    };
    worker.on('error', (e) => gone(`the reader stopped: ${messageOf(e)}`));
    worker.on('exit', (code) => gone(`the reader stopped (exit ${code})`));
  }

  private stop(): void {
    const w = this.worker;
    this.worker = null;
    if (w) void w.terminate();
  }

  async read(job: Job, limitMs: number): Promise<Reply> {
    if (!this.worker) this.start();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([this.ready, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`the reader did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS)))]);
    } catch (e) {
      this.stop();
      return { error: messageOf(e) };
    } finally {
      clearTimeout(timer);
    }
    const worker = this.worker!;
    return new Promise<Reply>((resolve) => {
      const done = (r: Reply) => {
        clearTimeout(timer);
        this.answer = null;
        resolve(r);
      };
      timer = setTimeout(() => {
        this.stop();
        done({ error: `not read within ${limitMs / 1000} s, stopped (--time-limit sets the limit)` });
      }, limitMs);
      this.answer = done;
      worker.postMessage(job);
    });
  }

  close(): void {
    this.stop();
  }
}

async function main() {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${messageOf(e)}\n`);
    process.exitCode = 2;
    return;
  }
  let failed = parsed.errors.length > 0;
  for (const e of parsed.errors) process.stderr.write(`${e}\n`);
  if (!parsed.jobs.length && !failed) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const reader = new Reader();
  for (const job of parsed.jobs) {
    const reply = await reader.read(job, parsed.timeLimitMs);
    if ('line' in reply) process.stdout.write(`${reply.line}\n`);
    else {
      failed = true;
      process.stderr.write(`${job.file}: ${reply.error}\n`);
    }
  }
  reader.close();
  if (failed) process.exitCode = 1;
}

void main();
