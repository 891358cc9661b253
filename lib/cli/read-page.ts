/**
 * Reading one input file for the command line (./extract.ts), in its reader thread
 * (./extract-worker.ts): the file's result as a JSON line, or why it could not be read.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { analyzePage, analyzeText, type EngineResult } from '../engine';
import { closeHtmlParser, parseHtml } from './html-document';

export interface Job {
  file: string;
  path: string;
  url: string | null;
  published: string | null;
}

/** One file's line: its result (stdout) or its error (stderr, after "FILE: "). */
export type Reply = { line: string } | { error: string };

/** Inputs bigger than this are refused with a message rather than read. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** Text of a file, or an error saying why it is not a text file. */
export function readText(path: string): string {
  const bytes = readFileSync(path);
  if (bytes.length > MAX_INPUT_BYTES) throw new Error(`file too large (${bytes.length} bytes)`);
  if (bytes.subarray(0, 8192).includes(0)) throw new Error('binary file, not text or HTML');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not UTF-8 text');
  }
}

export function isHtml(path: string, text: string): boolean {
  if (/\.x?html?$/i.test(path)) return true;
  if (/\.txt$/i.test(path)) return false;
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

export function run(job: Job): EngineResult {
  const text = readText(job.path);
  if (isHtml(job.path, text)) {
    const url = job.url ?? pathToFileURL(job.path).href;
    return analyzePage(parseHtml(text, url), url, { force: true, published: job.published });
  }
  return analyzeText(text, { url: job.url, published: job.published });
}

export function output(file: string, r: EngineResult) {
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

/** What an error says, whatever was thrown. */
export function messageOf(e: unknown): string {
  return (e instanceof Error ? e.message : null) || String(e);
}

/**
 * Errors thrown outside any call: happy-dom starts some work of its own (loaders) that can fail
 * asynchronously, as an unhandled rejection or exception. Such an error belongs to the page being
 * read, not to the process: it becomes that file's error line and the batch goes on.
 */
let stray: unknown[] = [];
export function catchStrayErrors(): void {
  process.on('unhandledRejection', (e) => stray.push(e));
  process.on('uncaughtException', (e) => stray.push(e));
}

/** Let what a page's DOM started run its course (its rejections are reported a turn later). */
const settle = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

/** A window that does not close within this is dropped (its memory goes with the reader); closing takes ms. */
const CLOSE_TIMEOUT_MS = 5_000;
async function closeBounded(): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([closeHtmlParser(), new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_TIMEOUT_MS)))]);
  clearTimeout(timer);
}

/** Read one file: its line, once what its DOM started has settled and its window is closed. */
export async function readOne(job: Job): Promise<Reply> {
  stray = [];
  let line: string | null = null;
  let error: unknown = null;
  try {
    line = JSON.stringify(output(job.file, run(job)));
  } catch (e) {
    error = e ?? new Error('failed');
  }
  // One page's DOM at a time in memory; what it started settles before its line is written.
  await settle();
  await closeBounded();
  await settle();
  if (error === null && stray.length) error = stray[0] ?? new Error('failed');
  stray = [];
  return error !== null || line === null ? { error: messageOf(error) } : { line };
}
