/**
 * Gzip sizes of what each part of the built extension (.output/chrome-mv3) loads: the content
 * script, the background worker, the engine script (injected only into call pages) and the popup
 * (popup.html with every script and style it loads before its first render: the static import
 * graph, not the chunks it imports later with import()). Deterministic for a given build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PartSize {
  /** Files counted, relative to the extension folder. */
  files: string[];
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  content: PartSize;
  background: PartSize;
  engine: PartSize | null;
  popup: PartSize;
  /** The popup with the chunks it loads after its first render (store, Dexie). */
  popupWithLazy: PartSize;
}

export const BUDGET_KB = { content: 60, popup: 60 } as const;

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/** Static imports of an ES module chunk: `import … from "./x.js"`, `import "./x.js"`, `export … from`. Not import(). */
function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w*${}\s,]*?\s*from\s*)?["']([^"']+\.(?:js|css))["']/g)) out.push(m[1]!);
  return out;
}
function dynamicImports(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]!);
}

/** The files a page loads: its scripts, module preloads and styles, and their static imports (with `lazy`, also import() targets). */
function pageFiles(dir: string, html: string, lazy: boolean): string[] {
  const text = readFileSync(join(dir, html), 'utf8');
  const queue = [...text.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!.replace(/^\//, ''));
  const seen = new Set<string>();
  while (queue.length) {
    const f = posix.normalize(queue.shift()!);
    if (seen.has(f) || !existsSync(join(dir, f))) continue;
    seen.add(f);
    if (!f.endsWith('.js')) continue;
    const code = readFileSync(join(dir, f), 'utf8');
    for (const dep of [...staticImports(code), ...(lazy ? dynamicImports(code) : [])]) queue.push(posix.join(posix.dirname(f), dep));
  }
  return [...seen].sort();
}

function sizeOf(dir: string, files: string[]): PartSize {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(join(dir, f));
    raw += buf.length;
    gzip += gz(buf);
  }
  return { files, raw, gzip };
}

/** Sizes of the build in `dir` (default .output/chrome-mv3). Each file is gzipped on its own, as a server or store would. */
export function bundleSizes(dir: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
    background?: { service_worker?: string; scripts?: string[] };
    action?: { default_popup?: string };
    browser_action?: { default_popup?: string };
  };
  const contentFiles = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  const backgroundFiles = manifest.background?.service_worker ? [manifest.background.service_worker] : (manifest.background?.scripts ?? []);
  const popupHtml = manifest.action?.default_popup ?? manifest.browser_action?.default_popup ?? 'popup.html';
  return {
    content: sizeOf(dir, contentFiles),
    background: sizeOf(dir, backgroundFiles),
    engine: existsSync(join(dir, 'engine.js')) ? sizeOf(dir, ['engine.js']) : null,
    popup: sizeOf(dir, pageFiles(dir, popupHtml, false)),
    popupWithLazy: sizeOf(dir, pageFiles(dir, popupHtml, true)),
  };
}

export const defaultBuildDir = () => join(dirname(new URL(import.meta.url).pathname), '../../.output/chrome-mv3');
