import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../lib/cli/html-document';
import { analyzePage } from '../../lib/engine';
import { readFixture } from '../helpers/shared';

interface Expected {
  file: string;
  url: string;
  isCall: boolean;
  kind: string | null;
  eventDate: string | null;
  participants: Array<{ name: string; country: string }>;
  initiator: string | null;
  ordinal: number | null;
  earlierCalls: string[];
}
const PAGES: Expected[] = JSON.parse(readFixture('pages/expected.json'));

describe('call records of whole vov.vn / cafef.vn pages', () => {
  it.each(PAGES.map((p) => [p.file, p] as const))('%s', (_file, e) => {
    const r = analyzePage(parseHtml(readFixture(`pages/${e.file}`)), e.url);
    expect(r.detection.isCall).toBe(e.isCall);
    expect(r.detection.kind).toBe(e.kind);
    if (!e.isCall) {
      expect(r.call).toBeNull();
      return;
    }
    const c = r.call!;
    expect(c.eventDate).toBe(e.eventDate);
    expect(c.participants.map((p) => ({ name: p.name, country: p.country }))).toEqual(e.participants);
    expect(c.initiator).toBe(e.initiator);
    expect(c.ordinal).toBe(e.ordinal);
    expect(c.earlierCalls.map((x) => x.date)).toEqual(e.earlierCalls);
  });

  it('the cheap gate stops a list page and a non-call article before extraction', () => {
    for (const file of ['vov-list-the-gioi.html', 'cafef-non-call-phone-product.html']) {
      const e = PAGES.find((p) => p.file === file)!;
      const r = analyzePage(parseHtml(readFixture(`pages/${file}`)), e.url);
      if (!r.gate.pass) expect(r.article).toBeNull();
      expect(r.call).toBeNull();
    }
  });
});

describe('a page whose publication time carries a time and zone', () => {
  it('a call told below the opening, dated by its weekday, is read without error under article:published_time', () => {
    const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Chuyện ít biết về những cuộc điện đàm của các tổng thống Mỹ</title>
<meta property="article:published_time" content="2016-12-13T11:24:00+07:00"></head><body><header><nav><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a></nav></header>
<article><h1>Chuyện ít biết về những cuộc điện đàm của các tổng thống Mỹ</h1>
<p>Mỗi đời tổng thống Mỹ có một cách riêng để chuẩn bị cho các cuộc gọi với lãnh đạo nước ngoài, từ phiên dịch viên tới bản ghi chép.</p>
<p>Các cố vấn thường soạn sẵn vài ý chính cho tổng thống trước mỗi cuộc gọi.</p>
<p>Gần đây nhất, theo truyền thông Mỹ, Tổng thống đắc cử Donald Trump đã điện đàm với Thủ tướng Nhật Bản Shinzo Abe hôm thứ Sáu vừa qua.</p>
<p>Các nhà ngoại giao nói những cuộc gọi như vậy thường được ghi chép đầy đủ.</p></article><footer>© Báo mẫu</footer></body></html>`;
    const r = analyzePage(parseHtml(html), 'https://baomau.vn/the-gioi/chuyen-it-biet-ve-nhung-cuoc-dien-dam-cua-cac-tong-thong-my-d292553.html', { force: true });
    expect(r.article?.publishedAt).toBe('2016-12-13T11:24:00+07:00');
    expect(r.detection.isCall).toBe(false);
  });
});
