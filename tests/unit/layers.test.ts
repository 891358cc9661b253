import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layers read top-down: lib/ (pure) → utils/ (the extension's adapters) → components/ (UI) →
 * entrypoints/ (thin). A module imports only from the layers above its own; lib/ imports no
 * extension API at all (WXT's modules included).
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LAYERS = ['lib', 'utils', 'components', 'entrypoints'] as const;
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourcesOf(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(dir, f));
}

/** The files a module imports: relative ones as paths from the root, packages by name. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2]!).map((spec) => (spec.startsWith('.') ? relative(ROOT, resolve(ROOT, file, '..', spec)) : spec));
}

describe('the layers', () => {
  for (const [index, layer] of LAYERS.entries()) {
    it(`${layer}/ imports nothing from the layers below it`, () => {
      const below = LAYERS.slice(index + 1);
      const wrong = sourcesOf(layer).flatMap((file) => importsOf(file).filter((spec) => below.some((b) => spec === b || spec.startsWith(`${b}/`))).map((spec) => `${file} → ${spec}`));
      expect(wrong).toEqual([]);
    });
  }

  it('lib/ uses no extension API', () => {
    const wrong = sourcesOf('lib').flatMap((file) => importsOf(file).filter((spec) => spec === 'wxt' || spec.startsWith('wxt/') || spec.startsWith('#imports') || spec.includes('webextension-polyfill')).map((spec) => `${file} → ${spec}`));
    expect(wrong).toEqual([]);
  });

  it('finds the imports it checks (components/ reads utils/)', () => {
    expect(sourcesOf('components').flatMap(importsOf)).toContain('utils/settings');
  });
});
