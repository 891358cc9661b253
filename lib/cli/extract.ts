/**
 * The engine's command line: one JSON line per input file.
 *
 *   npm run --silent extract -- [--url URL] [--published YYYY-MM-DD] FILE...
 *   npm run --silent extract -- --manifest LIST.jsonl      (lines: { "file", "url"?, "published"? })
 *
 * A .html/.htm file is a whole page; any other file is plain article text whose first line is
 * the title. A file that cannot be read is reported on stderr and the others still run; the
 * exit status is 1 if any file failed.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzePage, analyzeText, type EngineResult } from '../engine';
import { closeHtmlParser, parseHtml } from './html-document';

interface Job {
  file: string;
  path: string;
  url: string | null;
  published: string | null;
}

const USAGE = 'usage: extract [--url URL] [--published YYYY-MM-DD] FILE...  |  extract --manifest LIST.jsonl';
/** Inputs bigger than this are refused with a message rather than read. */
const MAX_INPUT_BYTES = 50 * 1024 * 1024;

function parseArgs(argv: string[]): { jobs: Job[]; errors: string[] } {
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
  return { jobs, errors };
}

/** Text of a file, or an error saying why it is not a text file. */
function readText(path: string): string {
  const bytes = readFileSync(path);
  if (bytes.length > MAX_INPUT_BYTES) throw new Error(`file too large (${bytes.length} bytes)`);
  if (bytes.subarray(0, 8192).includes(0)) throw new Error('binary file, not text or HTML');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not UTF-8 text');
  }
}

function isHtml(path: string, text: string): boolean {
  if (/\.x?html?$/i.test(path)) return true;
  if (/\.txt$/i.test(path)) return false;
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

function run(job: Job): EngineResult {
  const text = readText(job.path);
  if (isHtml(job.path, text)) {
    const url = job.url ?? pathToFileURL(job.path).href;
    return analyzePage(parseHtml(text), url, { force: true, published: job.published });
  }
  return analyzeText(text, { url: job.url, published: job.published });
}

function output(file: string, r: EngineResult) {
  const a = r.article;
  const c = r.call;
  return {
    file,
    isCall: r.detection.isCall,
    kind: r.detection.kind,
    confidence: r.detection.confidence,
    article: a && {
      title: a.title,
      lead: a.lead,
      text: a.text,
      publishedAt: a.publishedAt,
      siteName: a.siteName,
      attribution: a.attribution,
      isArticle: a.isArticle,
    },
    call: c && {
      kind: c.kind,
      eventDate: c.eventDate,
      eventDatePartial: c.eventDatePartial,
      participants: c.participants.map(({ name, title, country }) => ({ name, title, country })),
      initiator: c.initiator,
      ordinal: c.ordinal,
      topics: c.topics,
      agreements: c.agreements,
      earlierCalls: c.earlierCalls.map((e) => e.date ?? e.datePartial),
    },
  };
}

async function main() {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
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
  for (const job of parsed.jobs) {
    try {
      process.stdout.write(`${JSON.stringify(output(job.file, run(job)))}\n`);
    } catch (e) {
      failed = true;
      process.stderr.write(`${job.file}: ${(e as Error).message ?? String(e)}\n`);
    }
    await closeHtmlParser(); // one page's DOM at a time in memory
  }
  await closeHtmlParser();
  if (failed) process.exitCode = 1;
}

void main();
