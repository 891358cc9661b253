/**
 * Bundle budgets (issue 6): the content script and the popup each load at most 60 KB gzip.
 * Sizes are deterministic for a build, so they are asserted here (after the build in npm test);
 * times are measured by `npm run bench`, never asserted.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { BUDGET_KB, bundleSizes } from '../bench/bundle-size';
import { EXTENSION } from './harness';

describe('bundle sizes (gzip)', () => {
  const sizes = bundleSizes(EXTENSION);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

  it(`content script ≤ ${BUDGET_KB.content} KB`, () => {
    assert.ok(sizes.content.files.length > 0, 'no content script in the manifest');
    assert.ok(sizes.content.gzip <= BUDGET_KB.content * 1024, `content script is ${kb(sizes.content.gzip)} gzip (${sizes.content.files.join(', ')})`);
  });

  it(`popup (first render: popup.html and its static imports) ≤ ${BUDGET_KB.popup} KB`, () => {
    assert.ok(sizes.popup.files.some((f) => f.endsWith('.js')), 'the popup loads no script');
    assert.ok(sizes.popup.gzip <= BUDGET_KB.popup * 1024, `popup is ${kb(sizes.popup.gzip)} gzip (${sizes.popup.files.join(', ')})`);
  });

  it('background is measured (no budget)', () => {
    assert.ok(sizes.background.gzip > 0);
    console.log(`content ${kb(sizes.content.gzip)}, popup ${kb(sizes.popup.gzip)} (with lazy chunks ${kb(sizes.popupWithLazy.gzip)}), background ${kb(sizes.background.gzip)}, engine ${sizes.engine ? kb(sizes.engine.gzip) : '–'}`);
  });
});
