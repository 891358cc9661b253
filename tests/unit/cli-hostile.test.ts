import fc from 'fast-check';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeHtmlParser, inertMarkup, parseHtml } from '../../lib/cli/html-document';
import { analyzePage } from '../../lib/engine';
import { hostilePage, loadingElement, pageAddress } from '../helpers/hostile-pages';
import { HAS_SHARED, SHARED } from '../helpers/shared';

/**
 * The command line reads pages as data (issue 20): a page full of preloads, stylesheets, scripts,
 * frames, images and a <base>, with protocol-relative, relative, malformed and data: addresses,
 * loads nothing and crashes nothing; a page whose DOM fails later (asynchronously) is that file's
 * error line, and the batch goes on. A 181-page batch once died on
 * `<link rel="preload" href="//cdn.cnn.com/…json">`: happy-dom fetched it with no base address and
 * threw "Invalid URL" outside the per-file try/catch.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
/** Fixed, like tests/unit/fuzz.test.ts: every run is the same run. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);

const tmp = mkdtempSync(join(tmpdir(), 'dien-dam-cli-hostile-'));
const write = (name: string, content: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

/** The command line, run without blocking this process (the test's server must answer meanwhile). */
function extract(args: string[], env: Record<string, string> = {}): Promise<{ status: number; lines: Array<Record<string, any>>; errors: string[]; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(TSX, ['lib/cli/extract.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({
        status: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
        lines: stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>),
        errors: stderr.split('\n').filter(Boolean),
        stderr,
        ms: Date.now() - started,
      });
    });
  });
}

/** A server that counts every request: the pages point their loaders at it, and it must hear nothing. */
let server: Server;
let origin = '';
const requests: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.end('');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
});

/** Errors that escape every call while `fn` runs and just after (what killed the batch). */
async function strayErrors(fn: () => void | Promise<void>): Promise<unknown[]> {
  const stray: unknown[] = [];
  const listener = (e: unknown) => stray.push(e);
  process.on('unhandledRejection', listener);
  try {
    await fn();
    await new Promise((r) => setImmediate(r));
    await closeHtmlParser();
    await new Promise((r) => setTimeout(r, 5));
  } finally {
    process.off('unhandledRejection', listener);
  }
  return stray;
}

describe('the command line reads hostile pages as data', () => {
  it('reads pages full of loaders with odd addresses, loads none of them, one result per file', async () => {
    const o = origin;
    const head = (elements: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Tổng thống Nga điện đàm với Tổng thống Pháp</title>${elements}</head><body><article><h1>Tổng thống Nga điện đàm với Tổng thống Pháp</h1><p>Ngày 3/2, Tổng thống Nga Vladimir Putin và người đồng cấp Pháp Emmanuel Macron đã có cuộc điện đàm về tình hình Ukraine.</p></article></body></html>`;
    const pages: Record<string, string> = {
      'cnn-preload.html': head('<link rel="preload" href="//cdn.cnn.com/x.json" as="fetch" crossorigin>'),
      'preloads.html': head(`<link rel="preload" href="http://[::1" as="fetch"><link rel=preload as=fetch href="https://exa mple.com/%zz"><link rel="preload" as="fetch" href="${o}/preload.json"><link rel="preload" as="script" href="${o}/p.js"><link rel="preload" as="style" href="${o}/p.css"><link rel="modulepreload" href="${o}/m.js"><link/rel=preload/as=fetch/href=//x>`),
      'stylesheets.html': head(`<link rel="stylesheet" href="//cdn.example.com/a.css"><link rel="stylesheet" href="a/b.css"><link rel="stylesheet" href="http://[x"><link rel="stylesheet" href="data:text/css,body{}"><link rel="stylesheet" href="${o}/s.css"><style>@import url("${o}/i.css"); @import "//cdn/x.css";</style>`),
      'scripts.html': head(`<script src="//cdn.example.com/a.js"></script><script src="a.js"></script><script src="http://[x"></script><script src="data:text/javascript,window.__pwned=1"></script><script type="module" src="${o}/m.js"></script><script src="${o}/s.js"></script><script>window.__pwned = 1</script>`),
      'frames.html': head(`<iframe src="//cdn.example.com/f.html"></iframe><iframe src="f.html"></iframe><iframe src="http://[x"></iframe><iframe src="data:text/html,<p>x"></iframe><iframe src="${o}/f.html"></iframe><iframe srcdoc="<iframe srcdoc='<link rel=preload as=fetch href=http://[x>'></iframe>"></iframe><frameset><frame src="${o}/frame.html"></frameset>`),
      'images.html': head(`<img src="//cdn.example.com/a.png"><img src="a.png" srcset="b.png 2x, //c/d.png 3x"><img src="http://[x"><img src="data:image/png;base64,iVBORw0KGgo="><img src="${o}/i.png"><picture><source srcset="${o}/s.webp"><img src="${o}/p.png"></picture><video src="${o}/v.mp4" autoplay></video>`),
      'bases.html': head(`<base href="//cdn.example.com/"><base href="http://[x"><base href="data:,"><link rel="preload" as="fetch" href="rel.json"><link rel="canonical" href="/canonical">`),
      'base-malformed.html': head('<base href="http://[::1"><link rel="preload" as="fetch" href="x.json"><a href="y">y</a>'),
    };
    const files = Object.entries(pages).map(([name, html]) => write(name, html));
    const manifest = write('regression.jsonl', files.map((file, i) => JSON.stringify({ file, ...(i % 2 ? { url: 'https://edition.cnn.com/2024/01/01/world/x/index.html' } : {}) })).join('\n'));
    const before = requests.length;
    const r = await extract(['--manifest', manifest]);
    expect(r.errors).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.lines.map((l) => l.file)).toEqual(files);
    for (const l of r.lines) expect(l.article.title).toBe('Tổng thống Nga điện đàm với Tổng thống Pháp');
    expect(requests.slice(before)).toEqual([]);
  }, 120_000);

  it('gives the page the address it is read under before parsing: protocol-relative links resolve', async () => {
    const doc = parseHtml('<html><head><link rel="preload" href="//cdn.cnn.com/x.json" as="fetch"></head><body><a href="//edition.cnn.com/b">b</a><a href="c">c</a></body></html>', 'https://edition.cnn.com/2024/x/index.html');
    expect(doc.location.href).toBe('https://edition.cnn.com/2024/x/index.html');
    expect([...doc.querySelectorAll('a')].map((a) => (a as HTMLAnchorElement).href)).toEqual(['https://edition.cnn.com/b', 'https://edition.cnn.com/2024/x/c']);
    // The preload is still in the document, inert.
    expect(doc.querySelector('link[data-inert-rel="preload"]')?.getAttribute('href')).toBe('//cdn.cnn.com/x.json');
    await closeHtmlParser();
    // An unusable address is no address.
    expect(parseHtml('<p>x</p>', 'not a url').location.href).toBe('about:blank');
    await closeHtmlParser();
  });

  it('makes inert only the attributes that load', () => {
    expect(inertMarkup('<link rel="canonical" href="/a"><link rel=preload href=x><LINK REL=\'Stylesheet\' href=y><link href="z"rel="modulepreload"><iframe srcdoc="<p>x</p>"></iframe><a rel="nofollow" data-srcdoc="k">')).toBe(
      '<link rel="canonical" href="/a"><link data-inert-rel=preload href=x><LINK data-inert-REL=\'Stylesheet\' href=y><link href="z"data-inert-rel="modulepreload"><iframe data-inert-srcdoc="<p>x</p>"></iframe><a rel="nofollow" data-srcdoc="k">',
    );
  });

  it('turns a failure of a page’s DOM after it was read (a rejection, an exception) or a page that never ends into that file’s error line, and goes on', async () => {
    const ok = write('ok.html', '<html><body><h1>Một trang</h1><p>Văn bản.</p></body></html>');
    const rejection = write('late-rejection.html', '<html data-late-failure="rejection"><body><h1>x</h1></body></html>');
    const exception = write('late-exception.html', '<html data-late-failure="exception"><body><h1>y</h1></body></html>');
    const hang = write('hang.html', '<html data-late-failure="hang"><body><h1>z</h1></body></html>');
    const started = Date.now();
    const r = await extract(['--time-limit', '3', ok, rejection, ok, exception, hang, ok], { DIEN_DAM_EXTRACT_IMPORT: join(ROOT, 'tests/helpers/late-failure.ts') });
    expect(r.status).toBe(1);
    expect(r.lines.map((l) => l.file)).toEqual([ok, ok, ok]);
    expect(r.errors).toEqual([
      `${rejection}: late failure: a rejection from the DOM`,
      `${exception}: late failure: an exception from the DOM`,
      `${hang}: not read within 3 s, stopped (--time-limit sets the limit)`,
    ]);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);

  it('property: generated page heads never throw, never fail later, load nothing, and keep the page’s address', async () => {
    const before = requests.length;
    await fc.assert(
      fc.asyncProperty(hostilePage(origin), pageAddress, async (html, url) => {
        let doc: Document | null = null;
        const stray = await strayErrors(() => {
          doc = parseHtml(html, url);
          if (url && url !== 'not a url') expect(doc.location.href).toBe(url);
          const loading = [...doc.querySelectorAll('link')].filter((l) => /(^|\s)(preload|stylesheet|modulepreload)(\s|$)/i.test(l.getAttribute('rel') ?? ''));
          expect(loading.length + doc.querySelectorAll('iframe[srcdoc]').length).toBe(0);
          const r = analyzePage(doc, url ?? 'https://example.vn/x', { force: true });
          expect(typeof r.detection.isCall).toBe('boolean');
        });
        expect(stray.map(String)).toEqual([]);
      }),
      { numRuns: 150, seed: SEED },
    );
    // Give a load that slipped through the time to arrive.
    await new Promise((r) => setTimeout(r, 100));
    expect(requests.slice(before)).toEqual([]);
  }, 120_000);

  it('property: single loading elements of every kind, alone in a head', async () => {
    await fc.assert(
      fc.asyncProperty(loadingElement(origin), pageAddress, async (element, url) => {
        const stray = await strayErrors(() => {
          parseHtml(`<html><head>${element}</head><body><p>x</p></body></html>`, url);
        });
        expect(stray.map(String)).toEqual([]);
      }),
      { numRuns: 300, seed: SEED },
    );
  }, 120_000);

  it(`a manifest of 200 generated hostile pages${HAS_SHARED ? ' and the real pages under ../shared' : ''}: one result or one error line per file, status 1 only for a file that cannot be read`, async () => {
    const dir = mkdtempSync(join(tmp, 'manifest-'));
    const pages = fc.sample(fc.tuple(hostilePage(origin), pageAddress), { numRuns: 200, seed: SEED });
    const entries = pages.map(([html, url], i) => ({ file: `page-${String(i).padStart(3, '0')}.html`, ...(url ? { url } : {}), html }));
    for (const e of entries) writeFileSync(join(dir, e.file), e.html);
    const real = HAS_SHARED ? readdirSync(`${SHARED}fixtures/real-pages`).filter((f) => f.endsWith('.html')).map((f) => `${SHARED}fixtures/real-pages/${f}`) : [];
    const lines = [...entries.map(({ file, url }) => ({ file, ...(url ? { url } : {}) })), ...real.map((file) => ({ file }))];
    const manifest = join(dir, 'manifest.jsonl');
    writeFileSync(manifest, lines.map((l) => JSON.stringify(l)).join('\n'));
    const before = requests.length;
    const r = await extract(['--manifest', manifest]);
    expect(r.errors).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.lines.map((l) => l.file)).toEqual(lines.map((l) => l.file));
    expect(requests.slice(before)).toEqual([]);

    // A file that cannot be read (binary) among them: its error line, every other result, status 1.
    writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(manifest, [...lines.slice(0, 10), { file: 'binary.html' }, ...lines.slice(10, 20)].map((l) => JSON.stringify(l)).join('\n'));
    const withBinary = await extract(['--manifest', manifest]);
    expect(withBinary.status).toBe(1);
    expect(withBinary.errors).toEqual(['binary.html: binary file, not text or HTML']);
    expect(withBinary.lines.map((l) => l.file)).toEqual(lines.slice(0, 20).map((l) => l.file));
    console.log(`${lines.length} pages (${real.length} real) in ${r.ms} ms, then with a binary file in ${withBinary.ms} ms`);
  }, 300_000);
});
