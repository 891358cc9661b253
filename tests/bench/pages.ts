/**
 * The pages the benchmarks load: the bundled fixture pages (tests/fixtures/pages, with their real
 * addresses) and the real saved pages in ../shared/fixtures/real-pages (read in place, never copied).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_PAGES, PAGES_DIR, ROOT } from '../e2e/harness';

export interface BenchPage {
  /** Short name shown in the tables. */
  name: string;
  /** Where the HTML comes from. */
  source: 'fixture' | 'real';
  kind: 'list' | 'article' | 'call';
  /** The address the browser loads (its path on our server). */
  host: string;
  path: string;
  /** The page's own address (for the engine in Node). */
  url: string;
  html: string;
  /** Why the page is not served under its own host, when it is not. */
  note?: string;
  /** Its title rightly passes the gate (see FixturePage.gatePasses): not a page the gate must turn down. */
  gatePasses?: boolean;
}

export const REAL_PAGES_DIR = join(ROOT, '../shared/fixtures/real-pages');
/** The hosts the content script runs on without extra permission. */
const CONTENT_HOSTS = new Set(['vov.vn', 'cafef.vn']);

export function fixturePages(): BenchPage[] {
  return FIXTURE_PAGES.map((p) => {
    const u = new URL(p.url);
    const kind: BenchPage['kind'] = p.isCall ? 'call' : p.isArticle ? 'article' : 'list';
    return { name: p.file.replace(/\.html$/, ''), source: 'fixture' as const, kind, host: u.hostname.replace(/^www\./, ''), path: u.pathname, url: p.url, html: readFileSync(join(PAGES_DIR, p.file), 'utf8'), ...(p.gatePasses ? { gatePasses: true } : {}) };
  });
}

/** The real pages listed in SOURCES.md (none when the folder is not there). */
export function realPages(): BenchPage[] {
  const sources = join(REAL_PAGES_DIR, 'SOURCES.md');
  if (!existsSync(sources)) return [];
  const out: BenchPage[] = [];
  for (const m of readFileSync(sources, 'utf8').matchAll(/^\| ([\w.-]+\.html) \| (article|list) \| (https?:\/\/\S+) \|/gm)) {
    const [, file, kind, url] = m as unknown as [string, string, 'article' | 'list', string];
    const u = new URL(url);
    const own = u.hostname.replace(/^www\./, '');
    const host = CONTENT_HOSTS.has(own) ? own : 'cafef.vn';
    out.push({
      name: file.replace(/\.html$/, ''),
      source: 'real',
      kind,
      host,
      path: u.pathname,
      url,
      html: readFileSync(join(REAL_PAGES_DIR, file), 'utf8'),
      note: host === own ? undefined : `served as ${host}${u.pathname} (the content script runs on vov.vn and cafef.vn by default)`,
    });
  }
  return out;
}

/** Paragraphs of Vietnamese news text for the generated calls: the bundled corpora (our own writing). */
export function corpusParagraphs(): string[] {
  const out: string[] = [];
  for (const corpus of ['corpus', 'corpus-b']) {
    const dir = join(ROOT, 'tests/fixtures', corpus);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) if (line.trim().length > 80) out.push(line.trim());
    }
  }
  return out;
}
