/**
 * The extraction was made cheaper (issue 6) without changing what it finds: these tests hold the
 * new code to the code as it was, on the fixture pages, the real saved pages and pages made to
 * reach the edge cases, in both DOM implementations the engine runs on in Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { closeHtmlParser, parseHtml } from '../../lib/cli/html-document';
import { isBoilerplateLabel } from '../../lib/extract/boilerplate';
import { boilerplateLabels } from '../../lib/extract/extract-article';
import { FIXTURES, HAS_SHARED, SHARED } from '../helpers/shared';

/** The labels as they were found: every candidate element's text read. */
const labelsAsTheyWere = (root: Element) =>
  Array.from(root.querySelectorAll('h2, h3, h4, h5, h6, span, strong, b, a, div, p, header, li')).filter(
    (el) => el.children.length <= 2 && isBoilerplateLabel(el.textContent ?? ''),
  );

/** Pages written to reach the edge cases: nested labels, labels split over elements, long padding, SVG, labels at the root. */
const EDGE_PAGE = `<!doctype html><html><head><title>t</title></head><body>
<div><span>Tin liên quan</span></div>
<div><b>Tin</b> <i>liên quan</i></div>
<div><h3>  CÙNG CHUYÊN MỤC  </h3><ul><li><a href="/a">Một tin</a></li></ul></div>
<div>${' '.repeat(58)}Tin mới</div>
<div>Tin mới${' '.repeat(54)}</div>
<p>Xem thêm &gt;&gt;</p><p>Đọc tiếp<span></span><span></span><span></span></p>
<header><a href="/x"><strong>Đọc nhiều</strong></a></header>
<svg><a><text>Tin khác</text></a></svg>
<li>Tags: <a>Nga</a>, <a>Pháp</a></li>
<div><div><div><span>Bình luận</span></div></div></div>
<template><span>Tin liên quan</span></template>
<div>Tin hay<!-- một chú thích dài dài dài dài dài dài dài dài dài dài dài dài dài dài --></div>
</body></html>`;

function pages(): Array<[string, string]> {
  const out: Array<[string, string]> = [['edge cases', EDGE_PAGE]];
  const dirs = [join(FIXTURES, 'pages'), ...(HAS_SHARED ? [join(SHARED, 'fixtures/real-pages')] : [])];
  for (const dir of dirs) for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) out.push([f, readFileSync(join(dir, f), 'utf8')]);
  return out;
}

describe('boilerplateLabels = the labels as they were found', () => {
  it.each(pages())('%s (happy-dom and jsdom)', async (_name, html) => {
    const happy = parseHtml(html);
    const jsdom = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
    try {
      for (const doc of [happy, jsdom]) {
        for (const root of [doc.body, ...Array.from(doc.body.querySelectorAll('article, main, [class*="detail"], [class*="content"]')).slice(0, 5)]) {
          const found = boilerplateLabels(root);
          const want = labelsAsTheyWere(root);
          expect(found.map((el) => el.outerHTML.slice(0, 80))).toEqual(want.map((el) => el.outerHTML.slice(0, 80)));
          expect(found.every((el, i) => el === want[i])).toBe(true);
        }
      }
    } finally {
      jsdom.defaultView?.close();
      await closeHtmlParser();
    }
  });

  it('finds labels on the edge page (the comparison is not between two empty lists)', async () => {
    const doc = parseHtml(EDGE_PAGE);
    try {
      expect(boilerplateLabels(doc.body).length).toBeGreaterThan(6);
    } finally {
      await closeHtmlParser();
    }
  });
});
