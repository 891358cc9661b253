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
import { boilerplateLabels, extractArticle } from '../../lib/extract/extract-article';
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

/** Every fixture page and real page with its own address, and each also under the two default sites' hosts. */
function pagesWithAddresses(): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  const expected = JSON.parse(readFileSync(join(FIXTURES, 'pages', 'expected.json'), 'utf8')) as Array<{ file: string; url: string }>;
  for (const p of expected) out.push([p.file, p.url, readFileSync(join(FIXTURES, 'pages', p.file), 'utf8')]);
  if (HAS_SHARED) {
    const dir = join(SHARED, 'fixtures/real-pages');
    for (const m of readFileSync(join(dir, 'SOURCES.md'), 'utf8').matchAll(/^\| ([\w.-]+\.html) \| (?:article|list) \| (https?:\/\/\S+) \|/gm)) {
      out.push([m[1]!, m[2]!, readFileSync(join(dir, m[1]!), 'utf8')]);
    }
  }
  const moved: Array<[string, string, string]> = [];
  for (const [file, url, html] of out) {
    const u = new URL(url);
    for (const host of ['vov.vn', 'cafef.vn']) if (!u.hostname.endsWith(host)) moved.push([`${file} as ${host}`, `https://${host}${u.pathname}`, html]);
  }
  return [...out, ...moved, ...CANDIDATE_EDGE_PAGES];
}

const PROSE = 'Tổng thống Nga Vladimir Putin đã điện đàm với Tổng thống Pháp Emmanuel Macron về tình hình Ukraine và an ninh châu Âu. ';
/** vov.vn pages whose body candidates the whole page's cleaning cuts or changes: inside furniture,
 *  inside the sapo, in a credit line, with captions and a labelled block inside, too short. */
const CANDIDATE_EDGE_PAGES: Array<[string, string, string]> = [
  [
    'a larger candidate inside furniture',
    'https://vov.vn/the-gioi/a-post1.vov',
    `<title>t</title><h1>Điện đàm</h1><div class="related"><div class="article__body"><p>${PROSE.repeat(6)}</p></div></div><div class="article__body"><p>${PROSE.repeat(3)}</p><div class="tags"><a>Nga</a></div></div>`,
  ],
  [
    'a larger candidate inside the sapo',
    'https://vov.vn/the-gioi/a-post2.vov',
    `<title>t</title><h1>Điện đàm</h1><div class="article__sapo">${PROSE.slice(0, 80)}<span class="article__body">${PROSE.repeat(4)}</span></div><div class="article__body"><p>${PROSE.repeat(3)}</p></div>`,
  ],
  [
    'a candidate in a credit line; captions and a labelled block inside the body',
    'https://vov.vn/the-gioi/a-post3.vov',
    `<title>t</title><h1>Điện đàm</h1><div class="article__author">Minh Hòa <span class="article-body">${'x'.repeat(285)}</span></div><div class="article-body"><p>${PROSE.repeat(2)}</p><figure><figcaption>Ảnh: Reuters</figcaption></figure><div><h3>Tin liên quan</h3><ul><li><a href="/a">Một tin liên quan rất dài để đủ chữ</a></li><li><a href="/b">Một tin khác cũng rất dài để đủ chữ</a></li></ul></div><p>Hai bên nhất trí.</p></div>`,
  ],
  [
    'candidates all too short: the next selector, then the whole page',
    'https://vov.vn/the-gioi/a-post4.vov',
    `<title>t</title><h1>Điện đàm</h1><div class="article__body">ngắn</div><div class="text-long"><div class="ads">${PROSE.repeat(3)}</div>ngắn</div><div id="main"><p>${PROSE.repeat(4)}</p><p>${PROSE.repeat(2)}</p></div><time datetime="2022-02-03T10:00:00+07:00">3/2</time>`,
  ],
];

describe('a known site’s body from copies of its candidates = from a copy of the whole page', () => {
  it.each(pagesWithAddresses())('%s (happy-dom and jsdom)', async (_name, url, html) => {
    const happy = parseHtml(html);
    const jsdom = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
    try {
      for (const doc of [happy, jsdom]) {
        const before = doc.documentElement.outerHTML;
        expect(extractArticle(doc, url)).toEqual(extractArticle(doc, url, { copyWholePage: true }));
        expect(doc.documentElement.outerHTML).toBe(before);
      }
    } finally {
      await closeHtmlParser();
    }
  });
});
