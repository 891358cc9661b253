import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../lib/cli/html-document';
import { extractArticle, profileFor, canonicalizeUrl, parseDisplayDate, dateFromUrl, articleFromText } from '../../lib/extract';
import { HAS_SHARED, readFixture, readShared, sharedMissing } from '../helpers/shared';
import { isDateLine } from '../../lib/extract/boilerplate';

interface Expected {
  file: string;
  url: string;
  isArticle: boolean;
  title: string | null;
  leadStartsWith: string | null;
  publishedAt: string | null;
  attribution: string | null;
  mustNotContain: string[];
}
const PAGES: Expected[] = JSON.parse(readFixture('pages/expected.json'));

describe('site profiles', () => {
  it.each([
    ['https://vov.vn/the-gioi/x-post1.vov', 'vov'],
    ['https://english.vov.vn/x', 'vov'],
    ['https://cafef.vn/x-188.chn', 'cafef'],
    ['https://tuoitre.vn/x.htm', 'detail-cms'],
    ['https://nld.com.vn/x.htm', 'detail-cms'],
    ['https://baochinhphu.vn/x.htm', 'detail-cms'],
    ['https://vnexpress.net/x.html', 'vnexpress'],
    ['https://baothaibinh.com.vn/x', 'generic'],
    ['not a url', 'generic'],
  ])('%s → %s', (url, id) => {
    expect(profileFor(url).id).toBe(id);
  });
});

describe('extractArticle on whole vov.vn / cafef.vn pages (tests/fixtures/pages)', () => {
  it.each(PAGES.map((p) => [p.file, p] as const))('%s', (file, e) => {
    const a = extractArticle(parseHtml(readFixture(`pages/${file}`)), e.url);
    expect(a.isArticle).toBe(e.isArticle);
    if (!e.isArticle) {
      expect(a.text).toBe('');
      expect(a.notArticleReason).toBeTruthy();
      return;
    }
    expect(a.title).toBe(e.title);
    expect(a.lead.startsWith(e.leadStartsWith!)).toBe(true);
    expect(a.text.startsWith(a.lead)).toBe(true);
    expect(a.publishedAt).toBe(e.publishedAt);
    expect(a.attribution).toBe(e.attribution);
    for (const s of e.mustNotContain) expect(a.text, `leaked: ${s}`).not.toContain(s);
    for (const label of ['Tin cùng chuyên mục', 'Tin liên quan', 'Xem tin theo ngày', 'CÙNG CHUYÊN MỤC', 'TIN MỚI', 'Đọc tiếp', 'Giấy phép']) {
      expect(a.text).not.toContain(label);
    }
  });

  it('never changes the live page', () => {
    const html = readFixture('pages/vov-putin-macron-2022-02-03.html');
    const doc = parseHtml(html);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, PAGES.find((p) => p.file === 'vov-putin-macron-2022-02-03.html')!.url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('gives the same article under jsdom and happy-dom', () => {
    const html = readFixture('pages/cafef-macron-putin-2026-01-07.html');
    const url = PAGES.find((p) => p.file === 'cafef-macron-putin-2026-01-07.html')!.url;
    const happy = extractArticle(parseHtml(html), url);
    const jsdom = extractArticle(new JSDOM(html).window.document, url);
    expect(jsdom.text).toBe(happy.text);
    expect(jsdom.publishedAt).toBe(happy.publishedAt);
  });

  it('keeps body text written in NFD and old tone placement as NFC', () => {
    const a = extractArticle(parseHtml(readFixture('pages/vov-putin-macron-2017-05-18.html')), PAGES[0]!.url);
    expect(a.text).toBe(a.text.normalize('NFC'));
    expect(a.text).toMatch(/thỏa thuận hòa bình/);
  });
});

/** Boilerplate blocks of the real pages, by the selectors SOURCES.md gives. */
const REAL_BOILERPLATE: Record<string, string[]> = {
  cafef: ['.tindnd', '.tincungmucdetail', '.sidebar_right', '.footer'],
  tuoitre: ['.detail__related', '#tto_news_same', '.footer', 'footer'],
  vnexpress: ['.box-tinlienquanv2', '.list-news', 'footer', '.footer', '.box_category'],
};
const REAL_PAGES: Array<[file: string, url: string, kind: 'article' | 'list', sapo: string | null]> = [
  ['cafef_thoi-diem-nang-hang-can-ke-mbs.html', 'https://cafef.vn/thoi-diem-nang-hang-can-ke-mbs-diem-ten-30-co-phieu-viet-nam-co-kha-nang-lot-ro-chi-so-ftse-18826030622484142.chn', 'article', 'h2.sapo'],
  ['cafef_tang-ho-tro-giam-ap-luc-tai.html', 'https://cafef.vn/tang-ho-tro-giam-ap-luc-tai-chinh-khi-chuyen-muc-dich-su-dung-dat-188260307071033787.chn', 'article', 'h2.sapo'],
  ['cafef_list_thi-truong-chung-khoan.html', 'https://cafef.vn/thi-truong-chung-khoan.chn', 'list', null],
  ['vnexpress_cach-cac-nuoc-doi-pho-cu-soc.html', 'https://vnexpress.net/cach-cac-nuoc-doi-pho-cu-soc-nang-luong-tu-trung-dong-5047363.html', 'article', 'p.description'],
  ['vnexpress_list_kinh-doanh.html', 'https://vnexpress.net/kinh-doanh', 'list', null],
  ['tuoitre_chien-su-day-gia-hoa-nhap-khau.html', 'https://tuoitre.vn/chien-su-day-gia-hoa-nhap-khau-dip-8-3-tang-manh-20260307075519174.htm', 'article', 'h2.detail-sapo'],
  ['tuoitre_list_kinh-doanh.html', 'https://tuoitre.vn/kinh-doanh.htm', 'list', null],
];

describe.skipIf(!HAS_SHARED)('extractArticle on real saved pages (../shared/fixtures/real-pages)', () => {
  it.each(REAL_PAGES)('%s', (file, url, kind, sapoSelector) => {
    const doc = parseHtml(readShared(`fixtures/real-pages/${file}`));
    const a = extractArticle(doc, url);
    if (kind === 'list') {
      expect(a.isArticle).toBe(false);
      expect(a.text).toBe('');
      return;
    }
    expect(a.isArticle).toBe(true);
    const sapo = doc.querySelector(sapoSelector!)!.textContent!.replace(/\s+/g, ' ').trim().normalize('NFC');
    expect(a.lead).toBe(sapo);
    expect(a.text.startsWith(sapo)).toBe(true);
    expect(a.publishedAt).toMatch(/^2026-03-0[67]T\d\d:\d\d:\d\d\+07:00$/);
    const site = file.split('_')[0]!;
    // Every headline of a related/sidebar/footer block stays out of the text.
    for (const sel of REAL_BOILERPLATE[site]!) {
      for (const block of Array.from(doc.querySelectorAll(sel))) {
        for (const link of Array.from(block.querySelectorAll('a'))) {
          const t = (link.textContent ?? '').replace(/\s+/g, ' ').trim().normalize('NFC');
          if (t.length >= 30) expect(a.text, `${sel} leaked "${t}"`).not.toContain(t);
        }
      }
    }
    for (const label of ['CÙNG CHUYÊN MỤC', 'TIN MỚI', 'Tin liên quan', 'Tin cùng chuyên mục', 'Đọc tiếp', 'Về trang Chủ đề', 'Giấy phép', 'Copyright']) {
      expect(a.text).not.toContain(label);
    }
  });
});
it.runIf(!HAS_SHARED)('real saved pages', () => console.warn(sharedMissing));

describe.skipIf(!HAS_SHARED)('real list pages at an address no profile serves (the generic path)', () => {
  // cafef's section page calls itself an article (og:type article, a time) and holds one paragraph of prose: a list all
  // the same, by its section-name headline and the stories it links.
  it.each(REAL_PAGES.filter(([, , kind]) => kind === 'list'))('%s', (file, url) => {
    const a = extractArticle(parseHtml(readShared(`fixtures/real-pages/${file}`)), `https://bao-dia-phuong.example${new URL(url).pathname}`);
    expect([a.isArticle, a.text]).toEqual([false, '']);
  });
});

describe('publication dates', () => {
  it.each([
    ['07-01-2026 - 21:25 PM', '2026-01-07T21:25:00+07:00'],
    ['23.12.2024 | 11:17 AM', '2024-12-23T11:17:00+07:00'],
    ['Thứ bảy, 7/3/2026, 10:00 (GMT+7)', '2026-03-07T10:00:00+07:00'],
    ['Thứ Sáu, 06:30, 19/05/2017', '2017-05-19T06:30:00+07:00'],
    ['07/03/2026 07:55 GMT+7', '2026-03-07T07:55:00+07:00'],
    ['9:25 PM 03/05/2017', '2017-05-03T21:25:00+07:00'],
    ['12/03/2024 10:00 GMT+0', '2024-03-12T17:00:00+07:00'],
  ])('%s', (text, iso) => {
    expect(parseDisplayDate(text)).toBe(iso);
  });

  it('reads the id in the address', () => {
    expect(dateFromUrl('https://tuoitre.vn/x-20260307075519174.htm')).toBe('2026-03-07T07:55:19+07:00');
    expect(dateFromUrl('https://cafef.vn/x-188260306224841.chn')).toBe('2026-03-06T22:48:41+07:00');
    expect(dateFromUrl('https://vnexpress.net/x-5047363.html')).toBeNull();
  });
});

describe('canonicalizeUrl', () => {
  it('removes tracking parameters and the fragment', () => {
    expect(canonicalizeUrl('https://VOV.vn/a-post1.vov?utm_source=fb&fbclid=x&id=2#top')).toBe('https://vov.vn/a-post1.vov?id=2');
    expect(canonicalizeUrl('javascript:alert(1)')).toBeNull();
  });
});

describe('bad pages', () => {
  it('an empty page is not an article', () => {
    const a = extractArticle(parseHtml(''), 'https://vov.vn/');
    expect(a.isArticle).toBe(false);
  });

  it('broken HTML still gives the article', () => {
    const html = '<html><body><h1>Tổng thống Nga điện đàm với Tổng thống Pháp<div class="article__body"><p>VOV.VN - Ngày 3/2, Tổng thống Nga Vladimir Putin và người đồng cấp Pháp Emmanuel Macron đã có cuộc điện đàm lần thứ 3 trong vòng 7 ngày qua, thảo luận về tình hình Ukraine<p>Hai nhà lãnh đạo nhất trí duy trì các cuộc tiếp xúc trong thời gian tới, đồng thời trao đổi về an ninh châu Âu và nhiều vấn đề quốc tế khác.<p>Trước đó, ngày 28 và 31/1, hai nhà lãnh đạo đã có các cuộc điện đàm.';
    const a = extractArticle(parseHtml(html), 'https://vov.vn/the-gioi/x-post1.vov');
    expect(a.text).toMatch(/lần thứ 3/);
  });

  it('an address written out under a list item is the text’s, a link to another article is not', () => {
    const items = Array.from({ length: 6 }, (_, i) => `${i + 1}) Bộ sách lịch sử ngoại giao tập ${i + 1}<br><a href="https://shop.example/s${i}">https://shop.example/s${i}</a><br>`).join('');
    const html = `<html><head><title>Sách hay về ngoại giao</title><meta property="og:type" content="article"><meta property="article:published_time" content="2025-10-02T08:00:00+07:00"></head><body><article><h1>Những cuốn sách hay về ngoại giao</h1><div class="entry-content"><p>Mùa sách năm nay có nhiều đầu sách về lịch sử ngoại giao, từ hồi ký của các nhà ngoại giao kỳ cựu đến những công trình nghiên cứu về các hiệp định quan trọng.</p><p>Dưới đây là danh sách do ban biên tập chọn, kèm địa chỉ để bạn đọc tìm mua:</p><p>${items}</p><p><a href="https://news.example/x">Hội chợ sách quốc tế khai mạc tại Hà Nội</a></p></div></article></body></html>`;
    const a = extractArticle(parseHtml(html), 'https://bao-mau.example/sach-ngoai-giao-123456.html');
    expect(a.text).toContain('https://shop.example/s3');
    expect(a.text).not.toContain('Hội chợ sách quốc tế khai mạc');
  });

  it('a line credited "Ảnh minh họa: …" or "Ảnh tư liệu: …" is a caption, not the sapo', () => {
    const a = articleFromText('Mở đường dây nóng giữa hai bộ quốc phòng\nBinh sĩ tuần tra ở vùng biên. Ảnh minh họa: Quang Huy\nHai nước vừa mở đường dây nóng giữa hai bộ quốc phòng để xử lý sự cố trên biển.\nChiều qua, hai thứ trưởng đã điện đàm lần đầu qua đường dây này.');
    expect(a.captions).toContain('Binh sĩ tuần tra ở vùng biên. Ảnh minh họa: Quang Huy');
    expect(a.lead).toMatch(/^Hai nước vừa mở đường dây nóng/);
    expect(articleFromText('Tiêu đề bài\nHai ông tại cuộc gặp năm 2019. Ảnh tư liệu: AFP\nNội dung chính của bài viết nằm ở đoạn này, dài hơn một dòng.').captions).toHaveLength(1);
  });

  it('an author’s byline with its source above the sapo (“Lan Chi (Theo Reuters)”) is the credit, not the sapo', () => {
    const body = 'Bộ trưởng Ngoại giao Chile cho biết nước này sẵn sàng gửi chuyên gia cứu hộ sang Peru sau trận động đất.\nHai bên sẽ lập nhóm điều phối chung trong tuần tới.';
    const a = articleFromText(`Chile sẵn sàng hỗ trợ Peru khắc phục động đất\nLan Chi (Theo Reuters)\n${body}`);
    expect(a.lead).toMatch(/^Bộ trưởng Ngoại giao Chile/);
    expect(a.attribution).toBe('Reuters');
    expect(a.text).not.toContain('Lan Chi');
    // The mirror: a sapo that ends with its source is the sapo.
    const sapo = 'Chile và Peru nhất trí lập nhóm điều phối cứu hộ chung (theo Reuters).';
    expect(articleFromText(`Chile sẵn sàng hỗ trợ Peru khắc phục động đất\n${sapo}\n${body}`).lead).toBe(sapo);
  });

  it('a text with a single short line is not an article', () => {
    expect(articleFromText('Chỉ một dòng').isArticle).toBe(false);
  });
});

describe('text that is not Vietnamese prose', () => {
  const page = (body: string) =>
    `<html><head><title>T</title><meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-02T08:00:00+09:00"></head><body><nav><a href="/">ホーム</a> <a href="/blog">ブログ</a></nav><article><h1>見出し</h1><div class="entry-content">${body}</div></article><footer>© 2024</footer></body></html>`;
  it('a short article in Japanese, whose sentences end in “。”, is an article', () => {
    const paragraphs = [
      '先月、市内の小さな図書館で古い地図の展示会が開かれました。',
      '会場には江戸時代から昭和までの地図が並び、多くの家族連れが足を止めていました。',
      '担当者によると、地図の多くは地元の人々から寄贈されたもので、修復に二年かかったそうです。',
      '来年は港の歴史をテーマにした展示を予定しているとのことです。',
      '入場は無料で、開館時間は午前九時から午後五時までです。',
    ];
    const a = extractArticle(parseHtml(page(paragraphs.map((p) => `<p>${p}</p>`).join(''))), 'https://blog.example.jp/2024/03/chizu.html');
    expect(a.isArticle).toBe(true);
    expect(a.text).toContain('修復に二年かかった');
    // (…its ad label and its related list under "関連記事" are no text.)
    const related = `<p>スポンサードリンク</p><h3>関連記事</h3>${['港の歴史展が開幕', '古地図の修復作業に密着'].map((t, i) => `<p><a href="/2024/0${i + 1}/x.html">${t}</a></p>`).join('')}`;
    const b = extractArticle(parseHtml(page(paragraphs.map((p) => `<p>${p}</p>`).join('') + related)), 'https://blog.example.jp/2024/03/chizu.html');
    expect(b.text).not.toMatch(/スポンサードリンク|関連記事|港の歴史展が開幕/u);
  });

  it('a page’s furniture inside the body (an ad’s label, a gallery without its script, a CMS shortcode, a comment heading) is no text', () => {
    const body = [
      '<p>The new touring saddle bag holds thirty litres and fits most rear racks without tools, which made it an easy choice for a week of riding.</p>',
      '<p><span>Advert</span></p>',
      '<p>This slideshow requires JavaScript.</p>',
      '<p>After seven days of rain the seams still kept the clothes inside dry, though the buckles were stiff when cold.</p>',
      '<p>[button link="https://bikes.example/submit" type="big"] Send us your own review[/button]</p>',
      '<p>At its price it is a sound buy for anyone who rides to work all year and would rather not carry a rucksack.</p>',
      '<h3>Tell us what YOU think...</h3>',
    ].join('');
    const a = extractArticle(parseHtml(page(body)), 'https://bikes.example/2024/03/saddle-bag-review/');
    expect(a.paragraphs.some((p) => /slideshow|\[button|Tell us|^Advert$/u.test(p))).toBe(false);
    expect(a.text).toContain('buckles were stiff');
  });

  it('a post quoted from a social network in a box of its own is the article’s text', () => {
    const post = '<div class="social-embed"><blockquote class="twitter-tweet"><p lang="vi">Tôi vừa điện đàm với Thủ tướng Nhật Bản về hợp tác chuỗi cung ứng. <a href="https://t.co/abc">https://t.co/abc</a></p>— Bộ trưởng (@botruong) <a href="https://x.com/botruong/status/1">3 tháng 3, 2024</a></blockquote><script src="https://platform.example/widgets.js"></script></div>';
    const body = [
      '<p>Chiều 3/3, bộ trưởng đã đăng lên mạng xã hội thông tin về cuộc trao đổi với người đứng đầu chính phủ Nhật Bản, chỉ vài giờ sau khi kết thúc chuyến công tác.</p>',
      post,
      '<p>Theo các nhà quan sát, đây là tín hiệu cho thấy hai nước sẽ sớm ký kết thỏa thuận về chuỗi cung ứng trong năm nay.</p>',
      '<p>Hai bên đã trải qua nhiều vòng đàm phán kể từ đầu năm ngoái, chủ yếu xoay quanh linh kiện điện tử và khoáng sản chiến lược.</p>',
      '<p>Một hội nghị doanh nghiệp hai nước dự kiến được tổ chức tại Osaka vào cuối tháng này để cụ thể hóa các cam kết.</p>',
    ].join('');
    const a = extractArticle(parseHtml(page(body)), 'https://bao-mau.example/the-gioi/bo-truong-dang-bai-123456.html');
    expect(a.text).toContain('Tôi vừa điện đàm với Thủ tướng Nhật Bản');
  });

  it('an author’s byline box with a biography after the body is no text', () => {
    const body = [
      '<p>The harbour authority said on Tuesday that the new ferry pier would open in May, two months later than planned, after storms delayed the work.</p>',
      '<p>Ferries will keep using the old pier until then, and the timetable will not change, a spokesman said.</p>',
      '<p>The project cost about twelve million dollars and adds two berths for larger boats.</p>',
      '<div class="articleBylineContainer"><div class="articleByline"><span class="articleByline__name">Jo Marsh</span><span class="articleByline__social"><a href="mailto:jo@news.example">email</a></span></div><p class="articleByline__bio">Jo Marsh is a reporter covering transport and the city’s harbour for the paper since 2019.</p></div>',
    ].join('');
    const a = extractArticle(parseHtml(page(body)), 'https://news.example/2024/03/ferry-pier-delay-n1234');
    expect(a.text).toContain('two berths');
    expect(a.text).not.toContain('reporter covering transport');
  });

  it('a post followed by teasers of other posts, each an <article>, is the post alone; its one paragraph is prose though its last full stop is lost', () => {
    const teaser = (i: number) => `<article class="post"><h2><a href="https://thoughts.example/post-${i}">Một suy ngẫm khác số ${i}</a></h2><p>Đoạn trích ngắn của bài suy ngẫm số ${i}, kể về một buổi chiều bình thường và những điều nhỏ bé đáng trân trọng trong cuộc sống hằng ngày.</p><a href="https://thoughts.example/post-${i}">Đọc tiếp</a></article>`;
    const html = `<html><head><title>Sống chậm</title><meta property="og:type" content="article"><meta property="article:published_time" content="2015-06-21T05:30:00+00:00"></head><body><header><a href="/">Suy ngẫm</a></header><main><article class="post-1806 type-post"><h1 class="entry-title">Sống chậm lại một chút</h1><p>Sống chậm không có nghĩa là lười biếng. Đó là khi ta cho mình thời gian để nhìn lại những gì đã qua. Ta lắng nghe người thân nhiều hơn và nói ít đi. Ta ăn một bữa cơm mà không nhìn vào điện thoại. Ta đi bộ thay vì vội vã, và nhận ra con đường quen có nhiều điều chưa từng thấy. Cuối cùng, sống chậm là học cách hài lòng với những gì mình đang có</p></article>${[1, 2, 3, 4, 5, 6].map(teaser).join('')}</main></body></html>`;
    const a = extractArticle(parseHtml(html), 'https://thoughts.example/song-cham');
    expect(a.isArticle).toBe(true);
    expect(a.text).toContain('hài lòng với những gì mình đang có');
    expect(a.text).not.toContain('suy ngẫm số 3');
    // (…and a list of such posts under a section's headline is still a list.)
    const list = `<html><head><title>Suy ngẫm</title></head><body><h1>Chuyên mục Suy ngẫm</h1><main>${[1, 2, 3, 4, 5, 6, 7, 8].map(teaser).join('')}</main></body></html>`;
    expect(extractArticle(parseHtml(list), 'https://thoughts.example/chuyen-muc/suy-ngam').isArticle).toBe(false);
  });

  it('a short item with neither metadata nor a date element is an article when a line over it gives its whole date', () => {
    const html = (dated: string) =>
      `<html><head><title>Tin địa phương</title></head><body><div class="menu"><ul>${['2019', '2020', '2021'].map((y) => `<li><a href="/tin.php?y=${y}">${y}</a></li>`).join('')}</ul></div><div class="col"><p class="titulo">Trạm y tế phường tạm ngừng tiếp dân một buổi</p>${dated}<p>Trạm y tế phường Bình Minh thông báo tạm ngừng tiếp dân sáng nay để sửa đường ống nước bị vỡ. Các ca tiêm chủng đã hẹn được dời sang chiều cùng ngày. Người dân cần cấp cứu vẫn được tiếp nhận tại phòng trực. Lãnh đạo trạm cho biết việc sửa chữa dự kiến xong trước 11 giờ.</p></div></body></html>`;
    const a = extractArticle(parseHtml(html('<small><b>05/10/2018</b> - Đăng bởi: Minh An - Chuyên mục: <a href="/tin.php?cat=3">Y tế</a></small>')), 'https://bao-mau.example/tin/tram-y-te-tam-ngung');
    expect(a.isArticle).toBe(true);
    expect(a.text).toContain('dời sang chiều cùng ngày');
    expect(extractArticle(parseHtml(html('')), 'https://bao-mau.example/tin/tram-y-te-tam-ngung').isArticle).toBe(false);
  });

  it('a date line is one in words of other languages too, and with Vietnamese weekdays', () => {
    for (const line of ['segunda-feira, 22 de janeiro de 2018 às 0:13', 'Thứ Sáu, 06/03/2026 - 18:30 (GMT+7)', 'lunedì 3 marzo 2025 alle 10:45', 'November 18, 2019 at 9:30 am']) expect(isDateLine(line), line).toBe(true);
    for (const line of ['Ngày 6/3, hai bên đã điện đàm.', 'Lúc 9:30, Thủ tướng tiếp Đại sứ Nhật Bản']) expect(isDateLine(line), line).toBe(false);
  });

  it('a table reads a row to a line, every cell kept, even a number a row above repeats', () => {
    const rows = [['1', 'Đội Sông Hồng', '30', '9'], ['2', 'Đội Bến Thành', '27', '9'], ['3', 'Đội Cửu Long', '27', '8']];
    const table = `<table><tr><th>Hạng</th><th>Đội</th><th>Điểm</th><th>Thắng</th></tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    const body = `<p>Sau vòng đấu cuối tuần qua, cuộc đua ở nhóm dẫn đầu giải bóng chuyền các câu lạc bộ càng thêm gay cấn khi ba đội chỉ cách nhau vài điểm.</p>${table}<p>Vòng đấu tới sẽ diễn ra tại nhà thi đấu tỉnh vào chiều thứ Bảy.</p>`;
    const a = extractArticle(parseHtml(page(body)), 'https://bao-mau.example/the-thao/bang-xep-hang-123456.html');
    expect(a.paragraphs).toEqual(expect.arrayContaining(['Hạng Đội Điểm Thắng', '1 Đội Sông Hồng 30 9', '2 Đội Bến Thành 27 9', '3 Đội Cửu Long 27 8']));
  });
});

describe('the outlet of an author line', () => {
  it('is the capitalised name or the domain after the slash, not any word', async () => {
    const { outletOfByline } = await import('../../lib/extract/attribution');
    expect(outletOfByline('Minh Hòa/VOV.VN (Theo Reuters)')).toBe('VOV.VN');
    expect(outletOfByline('Thu Trang/baoquocte.vn')).toBe('baoquocte.vn');
    expect(outletOfByline('Thu Trang/hanoi')).toBeNull();
  });
});
