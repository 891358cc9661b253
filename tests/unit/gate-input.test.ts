/**
 * The gate's inputs are read in the content script through one XPath string (issue 6: it creates
 * no element wrapper in the script's world). These tests hold that reading to the querySelector
 * reading it replaced, on the fixture pages, the real saved pages and pages made for the edge
 * cases, and check the lengths the content script sends and the background accepts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../lib/cli/html-document';
import { GATE_OPENING_CHARS, GATE_TEXT_CHARS, GATE_URL_CHARS, gateInputOf, gateTextsBySelectors, gateTextsByXPath } from '../../lib/detect/gate-input';
import { gateCall } from '../../lib/detect/gate';
import { isGatePageRequest } from '../../lib/messages';
import { FIXTURES, HAS_SHARED, SHARED } from '../helpers/shared';

const jsdomOf = (html: string) => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;

/** The gate's inputs of a page in jsdom and in happy-dom, each read through XPath and through the selectors alike. */
function inputsInBothDoms(html: string, url: string) {
  return [jsdomOf(html), parseHtml(html)].map((doc) => {
    const input = gateInputOf(doc, url, gateTextsByXPath);
    expect(gateInputOf(doc, url)).toEqual(input);
    return input;
  });
}

const LONG_H1 = `${'😀'.repeat(10)}${'Điện đàm '.repeat(60)}`;

/** Pages written for the edge cases. */
const EDGE_PAGES: Array<[string, string]> = [
  ['no head, no h1', '<p>Chỉ một đoạn văn.</p>'],
  ['empty document', ''],
  ['h1 with markup and line breaks', '<title>t</title><h1>Tổng thống <b>Putin</b>\n  điện đàm<br>với <i>Macron</i><!-- chú thích --></h1><h1>Second</h1>'],
  ['h1 longer than 300 characters, astral characters first', `<title>t</title><h1>${LONG_H1}</h1>`],
  ['h1 inside a template only', '<title>t</title><template><h1>Điện đàm</h1></template>'],
  [
    'metas repeated, in the body, upper-case tags',
    '<TITLE>t</TITLE><META PROPERTY="og:title" CONTENT="Một"><meta property="og:title" content="Hai"><body><meta name="description" content="Mô tả &amp; &lt;b&gt;"><META name="description" content="Khác"><meta property="og:description"></body>',
  ],
  ['a meta without content in the head, the same meta with content in the body', '<meta property="og:title"><meta name="description" content=""><body><p>x</p><meta property="og:title" content="Hai"><meta name="description" content="Mô tả"></body>'],
  ['only some metas in the head, the others in the body', '<meta property="og:title" content="Một"><body><h1>h</h1><meta property="og:description" content="Ba"><meta name="description" content="Hai"></body>'],
  ['metas in the head after other elements, and in the body', '<title>t</title><link rel="x"><script>1</script><meta name="description" content="Đầu"><meta property="og:title" content="Một"><meta property="og:description" content="Ba"><body><meta name="description" content="Thân"></body>'],
  // Not here: attribute values in another case (property="OG:TITLE"). Browsers' selectors and
  // XPath compare them exactly; jsdom's selector engine ignores their case.
  ['quotes and apostrophes', `<meta property="og:title" content='Nói "điện đàm" lúc 9h'><meta name="description" content="it's"><h1>"'</h1>`],
  ['svg title and h1 in svg', '<svg><title>svg</title><h1>svg h1</h1></svg><h1>html h1</h1>'],
];

function pages(): Array<[string, string]> {
  const out = [...EDGE_PAGES];
  const dirs = [join(FIXTURES, 'pages'), ...(HAS_SHARED ? [join(SHARED, 'fixtures/real-pages')] : [])];
  for (const dir of dirs) for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) out.push([f, readFileSync(join(dir, f), 'utf8')]);
  return out;
}

describe('gateTextsByXPath = gateTextsBySelectors', () => {
  it.each(pages())('%s', (_name, html) => {
    const doc = jsdomOf(html);
    const byXPath = gateTextsByXPath(doc);
    expect(byXPath).not.toBeNull();
    expect(byXPath).toEqual(gateTextsBySelectors(doc));
  });

  it('reads the fixture pages’ texts (the comparison is not between two empty readings)', () => {
    const html = readFileSync(join(FIXTURES, 'pages', readdirSync(join(FIXTURES, 'pages')).find((f) => f.endsWith('.html'))!), 'utf8');
    const [ogTitle, h1, description] = gateTextsByXPath(jsdomOf(html))!;
    expect(`${ogTitle}${h1}${description}`.length).toBeGreaterThan(20);
  });

  it('cuts the h1 at 300 UTF-16 units, as slice does, though XPath counts code points', () => {
    const [, h1] = gateTextsByXPath(jsdomOf(`<h1>${LONG_H1}</h1>`))!;
    expect(h1).toBe(LONG_H1.slice(0, 300));
  });

  it('falls back to the selectors when a text holds the separator, or XPath is missing', () => {
    const html = '<title>t</title><meta property="og:title" content="a\u001fb"><h1>h</h1>';
    expect(gateTextsByXPath(jsdomOf(html))).toBeNull();
    expect(gateInputOf(jsdomOf(html), null, gateTextsByXPath).title).toBe('t\na\u001fb\nh');
    const happy = parseHtml(html);
    expect(typeof (happy as { evaluate?: unknown }).evaluate === 'function' ? 'has XPath' : gateTextsByXPath(happy)).toBeNull();
    expect(gateInputOf(happy, null, gateTextsByXPath).title).toBe('t\na\u001fb\nh');
  });
});

describe('gateInputOf', () => {
  it('gives the gate what it needs, and the gate the same answer in jsdom and happy-dom', () => {
    const html = '<title>Nga và Pháp</title><meta name="description" content="Tổng thống Putin điện đàm với Tổng thống Macron"><h1>Tin thế giới</h1>';
    for (const input of inputsInBothDoms(html, 'https://vov.vn/the-gioi/a-123.vov')) {
      expect(input.description).toContain('điện đàm');
      expect(gateCall(input).pass).toBe(true);
    }
  });

  it('sends no more than the gate reads, and the background accepts what it sends', () => {
    const huge = 'Điện đàm '.repeat(200_000);
    const doc = jsdomOf(`<title>${huge}</title><meta name="description" content="${huge}"><h1>${huge}</h1>`);
    const url = `https://vov.vn/${'a'.repeat(10_000)}`;
    const input = gateInputOf(doc, url, gateTextsByXPath);
    expect(gateInputOf(doc, url)).toEqual(input);
    expect(input.title!.length).toBe(GATE_TEXT_CHARS);
    expect(input.description!.length).toBe(GATE_TEXT_CHARS);
    expect(input.url!.length).toBe(GATE_URL_CHARS);
    // The cut changes nothing the gate sees: it reads the first GATE_TEXT_CHARS of "title\ndescription".
    expect(gateCall(input)).toEqual(gateCall({ url, title: `${huge}\n\n${huge.slice(0, 300)}`, description: huge }));
    expect(isGatePageRequest({ type: 'gate-page', input, engineLoaded: false })).toBe(true);
  });
});

describe('the opening paragraphs', () => {
  const para = (text: string) => `<p>${text}</p>`;
  const page = [
    '<title>Mỹ mời Tổng Bí thư sang thăm</title><meta name="description" content="Hai bên nhất trí thúc đẩy quan hệ Đối tác toàn diện.">',
    `<header>${para('Trang chủ · Thời sự · Thế giới · Kinh tế · Xã hội · Pháp luật · Văn hóa · Thể thao · Giáo dục')}</header>`,
    `<nav>${para('Điện đàm mới nhất · Tin ảnh · Video · Podcast · Infographic · Tin nóng trong ngày hôm nay')}</nav>`,
    '<article><h1>Mỹ mời Tổng Bí thư sang thăm</h1>',
    para('VOV.VN - Hai bên nhất trí thúc đẩy quan hệ Đối tác toàn diện giữa hai nước lên tầm cao mới.'),
    para('Ảnh: TTXVN'),
    para('Ngày 13/6, Phó Thủ tướng, Bộ trưởng Ngoại giao đã có cuộc điện đàm với Ngoại trưởng Mỹ về quan hệ hai nước.'),
    para('Hai bên trao đổi về các chuyến thăm cấp cao sắp tới và hợp tác kinh tế, thương mại, đầu tư.'),
    para('Đoạn thứ tư không được đọc: chỉ ba đoạn đầu đủ dài mới là phần mở đầu của bài.'),
    '</article>',
  ].join('');

  it('lets a call named only after the sapo through, reading no header, menu or short caption', () => {
    for (const input of inputsInBothDoms(page, 'https://vov.vn/chinh-tri/my-moi-123.vov')) {
      expect(input.opening).not.toContain('Trang chủ');
      expect(input.opening).not.toContain('Điện đàm mới nhất');
      expect(input.opening).not.toContain('Đoạn thứ tư');
      expect(input.opening).toContain('cuộc điện đàm');
      expect(gateCall(input).pass).toBe(true);
      expect(gateCall({ ...input, opening: null }).pass).toBe(false);
    }
  });

  it('does not open for a visit whose opening recalls an earlier call', () => {
    const visit = [
      '<title>Tổng Bí thư hội đàm với Tổng thống Hoa Kỳ</title><meta name="description" content="Hai nhà lãnh đạo hội đàm tại Hà Nội.">',
      para('Chiều 10/6, tại Trụ sở Trung ương Đảng, Tổng Bí thư đã chủ trì lễ đón và hội đàm với Tổng thống Hoa Kỳ đang thăm Việt Nam.'),
      para('Nhắc lại cuộc điện đàm hồi tháng 3, Tổng Bí thư đánh giá cao những bước tiến trong quan hệ hai nước thời gian qua.'),
    ].join('');
    const input = gateInputOf(jsdomOf(visit), 'https://vov.vn/chinh-tri/hoi-dam-123.vov');
    expect(input.opening).toContain('cuộc điện đàm hồi tháng 3');
    expect(gateCall(input).pass).toBe(false);
  });

  it('reads no list page’s teasers as its opening', () => {
    const teaser = (title: string, sapo: string) => `<div class="item"><h3><a href="/a.chn">${title}</a></h3>${para(sapo)}</div>`;
    const list = [
      '<title>Thế giới - Tin tức mới nhất</title><meta name="description" content="Tin thế giới cập nhật liên tục.">',
      teaser('Hai nhà lãnh đạo điện đàm', 'Tổng thống Mỹ và Chủ tịch Trung Quốc đã có cuộc điện đàm ngày 9/6, thảo luận về thương mại và công nghệ.'),
      teaser('Giá dầu tăng', 'Giá dầu thế giới tăng mạnh trong phiên giao dịch hôm nay do lo ngại nguồn cung bị gián đoạn kéo dài.'),
    ].join('');
    for (const input of inputsInBothDoms(list, 'https://cafef.vn/the-gioi.chn')) {
      expect(input.opening).toBe('');
      expect(gateCall(input).pass).toBe(false);
    }
  });

  it('sends at most GATE_OPENING_CHARS of it', () => {
    const doc = jsdomOf(para('Điện đàm '.repeat(5_000)).repeat(3));
    const input = gateInputOf(doc, null, gateTextsByXPath);
    expect(input.opening!.length).toBe(GATE_OPENING_CHARS);
    expect(gateInputOf(doc, null)).toEqual(input);
    expect(isGatePageRequest({ type: 'gate-page', input, engineLoaded: false })).toBe(true);
    expect(isGatePageRequest({ type: 'gate-page', input: { ...input, opening: `${input.opening}x` }, engineLoaded: false })).toBe(false);
  });
});

describe('isGatePageRequest', () => {
  const input = { url: 'https://vov.vn/a', title: 't', description: 'd' };
  it.each([
    ['a well-formed request', { type: 'gate-page', input, engineLoaded: true }, true],
    ['null texts', { type: 'gate-page', input: { url: null, title: null, description: null }, engineLoaded: false }, true],
    ['another type', { type: 'load-engine', input, engineLoaded: false }, false],
    ['no engineLoaded', { type: 'gate-page', input }, false],
    ['no input', { type: 'gate-page', engineLoaded: false }, false],
    ['a number for a title', { type: 'gate-page', input: { ...input, title: 5 }, engineLoaded: false }, false],
    ['a title too long', { type: 'gate-page', input: { ...input, title: 'x'.repeat(GATE_TEXT_CHARS + 1) }, engineLoaded: false }, false],
    ['an address too long', { type: 'gate-page', input: { ...input, url: 'x'.repeat(GATE_URL_CHARS + 1) }, engineLoaded: false }, false],
    ['an array', [{ type: 'gate-page' }], false],
  ])('%s', (_name, message, expected) => {
    expect(isGatePageRequest(message)).toBe(expected);
  });
});
