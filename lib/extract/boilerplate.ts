import { foldKey, normalizeText } from '../text';

/**
 * What is not the article: the labels of related/latest/most-read boxes, footers, credit and
 * share lines. Plain tables and small predicates over one paragraph of text; the DOM and text
 * walkers in this folder decide what to drop with them.
 */

/** Labels that head a block of other articles or page furniture. Compared without diacritics or case. */
export const BOILERPLATE_LABELS: readonly string[] = [
  'Tin cùng chuyên mục', 'Cùng chuyên mục', 'Tin liên quan', 'Tin tức liên quan', 'Bài liên quan', 'Bài viết liên quan',
  'Tin bài liên quan', 'Xem tin theo ngày', 'Xem theo ngày', 'Tin mới', 'Tin mới nhất', 'Mới nhất', 'Tin mới cập nhật',
  'Đọc tiếp', 'Đọc thêm', 'Xem thêm', 'Xem tiếp', 'Tin khác', 'Các tin khác', 'Tin đã đưa', 'Các tin đã đưa',
  'Có thể bạn quan tâm', 'Bạn có thể quan tâm', 'Vấn đề bạn quan tâm', 'Có thể bạn muốn xem', 'Tin nổi bật', 'Nổi bật',
  'Đọc nhiều', 'Đọc nhiều nhất', 'Xem nhiều', 'Xem nhiều nhất', 'Tin đọc nhiều', 'Tin xem nhiều', 'Tin đáng chú ý',
  'Tin hay', 'Tin tiêu điểm', 'Tiêu điểm', 'Tin cùng chủ đề', 'Cùng chủ đề', 'Chủ đề', 'Từ khóa', 'Từ khoá', 'Tags', 'Tag',
  'Bình luận', 'Ý kiến bạn đọc', 'Gửi bình luận', 'Về trang Chủ đề', 'Đọc tiếp Về trang Chủ đề', 'Đọc nhanh',
  'Tin ảnh', 'Video nổi bật', 'Chia sẻ', 'In bài', 'Theo dõi chúng tôi', 'Bài đọc nhiều', 'Tin nóng', 'Tin 24h',
  'Tin tức 24h', 'Dòng sự kiện', 'Sự kiện', 'Tin mới đăng', 'Tin mới nhận', 'Cùng tác giả', 'Tin cùng tác giả',
  'Quay lại', 'Trở lên trên', 'Lên đầu trang', 'XEM', 'Đọc bài', 'Bài viết cùng chuyên mục', 'Mời bạn đọc xem thêm',
  'Bình chọn', 'Thăm dò', 'Thăm dò ý kiến', 'Bạn thấy bài viết thế nào?', 'Bạn thấy bài viết này thế nào?', 'Ý kiến của bạn',
  'Viết bình luận', 'Gửi ý kiến', 'Về tác giả', 'Tủ sách', 'Sách hay', 'Đón đọc', 'Related', 'Related articles', 'Related stories',
  'Read more', 'Read next', 'More stories', 'More from', 'Recommended', 'Recommended for you', 'Most read', 'Most popular',
  'Comments', 'Leave a comment', 'Leave a reply', 'Share this article', 'Share this', 'Sign up for our newsletter',
  'Tell us what you think', 'What do you think', 'Have your say', 'Join the conversation', 'Post a comment', 'Add a comment',
  // The same labels in the other languages of pages readers open: "read also", related, recommended, comments.
  'Leggi anche', 'Lesen Sie auch', 'Lire aussi', 'Leia também', 'Lee también', 'Articoli correlati', 'Artigos relacionados',
  '関連記事', 'おすすめ記事', '人気記事', 'コメント', '相关文章', '相关阅读', '推荐阅读', '관련기사', '관련 기사',
  'Читайте также', 'Похожие статьи', 'Комментарии', 'Отзывы', 'Добавить отзыв', 'Добавить комментарий',
  // A page's skip links, which a copy keeps as its first line.
  'Đường dẫn truy cập', 'Chuyển đến nội dung chính', 'Bỏ qua nội dung', 'Skip to content', 'Skip to main content',
];

/** Lines that stand alone among the paragraphs and are dropped alone (what follows them is the article again). */
const FURNITURE_LINES = new Set(
  [
    'Advertisement', 'Advert', 'Quảng cáo', 'Story continues below advertisement', 'Continue reading below', 'Scroll to continue with content', 'Article continues below', 'Sponsored',
    // What a gallery or player writes where a script did not run.
    'This slideshow requires JavaScript', 'This video requires JavaScript', 'Please enable JavaScript', 'Trình duyệt của bạn không hỗ trợ video',
    'スポンサードリンク', 'スポンサーリンク', '広告', '广告', '광고', 'Pubblicità', 'Publicidade', 'Publicidad', 'Anzeige', 'Publicité', 'Реклама',
  ].map((l) => foldKey(l)),
);

/** A content shortcode a CMS left unrendered, alone on its line: "[button link=… ] Send us YOUR kit review[/button]". */
const UNRENDERED_SHORTCODE = /^\[[a-z_-]+(?:\s[^\]]*)?\][^[\]]{0,80}\[\/[a-z_-]+\]$/iu;

/** "Advertisement", "Quảng cáo": a line of the page's furniture inside the body. */
export function isFurnitureLine(text: string): boolean {
  return (text.length <= MAX_LABEL_CHARS && FURNITURE_LINES.has(labelKey(text))) || UNRENDERED_SHORTCODE.test(text.trim());
}

const LABEL_KEYS = new Set(BOILERPLATE_LABELS.map((l) => foldKey(l)));

/** Normalised fold key of a short text with trailing punctuation/arrows removed. */
function labelKey(text: string): string {
  return foldKey(normalizeText(text))
    .replace(/[\s:>»›…!.\-–|]+$/u, '')
    .replace(/^[\s\-–|»›]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** No label is longer than this (spaces around it included). */
export const MAX_LABEL_CHARS = 60;

/** "Tin cùng chuyên mục", "CÙNG CHUYÊN MỤC", "Đọc nhanh >>", "MỚI NHẤT!". */
export function isBoilerplateLabel(text: string): boolean {
  if (text.length > MAX_LABEL_CHARS) return false;
  return LABEL_KEYS.has(labelKey(text));
}

/** Labels of a box of related links, which some sites set inside the body, right under the sapo, as well as after it. */
export const RELATED_LABELS: readonly string[] = [
  'Tin liên quan', 'Tin tức liên quan', 'Bài liên quan', 'Bài viết liên quan', 'Tin bài liên quan', 'Đọc thêm', 'Xem thêm',
  'Related', 'Related articles', 'Related stories', 'Read more',
];
const RELATED_KEYS = new Set(RELATED_LABELS.map((l) => foldKey(l)));
/** "TIN LIÊN QUAN", "Đọc thêm": a label that may stand over a box inside the body (see RELATED_LABELS). */
export function isRelatedLabel(text: string): boolean {
  return text.length <= MAX_LABEL_CHARS && RELATED_KEYS.has(labelKey(text));
}

/** Words that mark a footer: the outlet's address, licence, copyright, editors. */
const FOOTER_MARKERS = [
  /giấy phép/iu, /©|copyright|bản quyền/iu, /chịu trách nhiệm (nội dung|xuất bản)/iu, /tổng biên tập/iu,
  /^\s*địa chỉ\s*:/iu, /điện thoại\s*:/iu, /^\s*email\s*:|e-mail\s*:/iu, /hotline/iu, /liên hệ quảng cáo/iu,
  /cơ quan chủ quản/iu, /số \d+\/GP/u, /chính sách bảo mật/iu, /fax\s*:/iu,
];

/** A marker that alone makes a short line an imprint: "giấy phép số …", "© 2026", "Copyright …", not an
 *  article's "cấp giấy phép xây dựng" or "vi phạm bản quyền" (those cost articles a sentence). */
const FOOTER_STRONG = /©|^\s*(?:copyright|bản quyền)\b|bản quyền thuộc|all rights reserved|giấy phép (?:số|hoạt động|thiết lập|xuất bản)|cơ quan chủ quản|chịu trách nhiệm (?:nội dung|xuất bản)/iu;

/** A photo's credit after its caption's sentence: "… về tình hình Ukraina. © AP / Eric Gaillard" (no year: not an imprint's
 *  "© 2026 Báo …"). */
const COPYRIGHT_PHOTO_CREDIT = /[.!?…]\s*©\s*[^©\d]{2,60}$/u;

/** A footer or imprint line: two markers, or one strong one in a short line; never a photo's caption with its credit. */
export function isFooterText(text: string): boolean {
  if (COPYRIGHT_PHOTO_CREDIT.test(text)) return false;
  let n = 0;
  for (const re of FOOTER_MARKERS) if (re.test(text)) n++;
  if (n >= 2) return true;
  return n === 1 && text.length < 200 && FOOTER_STRONG.test(text);
}

/** Timestamps that headline lists carry: "23.12.2024 | 11:17 AM", "11:13 | 15/01/2025", "21:07 , 07/01/2026". */
const LIST_TIMESTAMP = /(\d{1,2}[./-]\d{1,2}[./-]\d{4}\s*\|\s*\d{1,2}:\d{2})|(\d{1,2}:\d{2}\s*[|,]\s*\d{1,2}[./-]\d{1,2}[./-]\d{4})|(\d{1,2}:\d{2}\s*(AM|PM))/u;

export function hasListTimestamp(text: string): boolean {
  return LIST_TIMESTAMP.test(text);
}

/** Sentence-final punctuation, possibly followed by a closing quote or bracket. */
const ENDS_SENTENCE = /[.!?…:;"”’)\]]\s*$/u;

/**
 * A line that reads as a headline in a list rather than as a paragraph: short, no final
 * full stop, or carrying a list timestamp; "- 1. Australia: ..." bullets.
 */
export function isHeadlineLike(text: string): boolean {
  const t = text.trim();
  if (hasListTimestamp(t)) return true;
  if (/^[-•·▪►▸]\s*(\d+\.\s*)?\S/u.test(t)) return true;
  if (/^\d+\.\s+\S/u.test(t) && t.length < 200) return true;
  return t.length < 200 && !ENDS_SENTENCE.test(t);
}

/** Photo captions and credits: "(Ảnh: AFP/TTXVN)", "Ảnh: Reuters", "(Nguồn: newseu.cgtn.com)", "… Việt Nam. Nguồn: TTXVN.", "- Ảnh 1.",
 *  "… tại Hà Nội - Ảnh: VGP/Hải Minh", and the "Nguồn hình ảnh, …" / "Chụp lại hình ảnh, …" lines of some outlets. */
const CAPTION_MARKERS = /(\(\s*(ảnh|ảnh tư liệu|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|photo|nguồn)\s*:[^)]*\)\s*\.?\s*\|?\s*$)|(^\s*(ảnh|nguồn ảnh|photo)\s*:)|([-–]\s*Ảnh\s*\d+\s*\.?\s*$)|(\(\s*ảnh\s+minh\s+họa\s*\)\s*\.?\s*$)|(^\s*ảnh\s+minh\s+họa)|([-–|.]\s*(ảnh|ảnh minh họa|ảnh minh hoạ|ảnh tư liệu|photo|nguồn ảnh|nguồn)\s*:\s*[^:]{1,60}\|?\s*$)|(^\s*(nguồn hình ảnh|chụp lại hình ảnh|chú thích ảnh)\b)/iu;

/** Where someone stands in the photo: "Tổng thống Mỹ (trái) và Chủ tịch Trung Quốc.", "(thứ hai từ phải)", "(giữa)". */
const PHOTO_POSITION = /\((?:bên\s+|đứng\s+)?(?:trái|phải|giữa)\)|\(thứ\s+(?:\d+|hai|ba|tư|năm)\s+từ\s+(?:trái|phải)(?:\s+sang)?\)|\(từ\s+trái\s+(?:qua|sang)\s+phải\)/iu;
/** …in a line as short as a caption. */
const POSITION_CAPTION_MAX_WORDS = 35;

/** A credit after a caption's last word with no mark between, as plain copies run them together: "… tại Canberra ẢNH:
 *  REUTERS", "… sáng 3-4 Ảnh: Phủ Thủ tướng". */
const RUN_ON_CREDIT = /\s(?:ảnh|photo)\s*:\s*[^:!?]{1,60}\|?\s*$/iu;

/** The title of an embedded video, set above or under its player: "VIDEO: Anh 0-1 Brazil", "Clip: Lễ đón tại sân bay". */
const VIDEO_TITLE = /^\s*(?:video|clip)\s*[:|]\s*[^.!?…]{1,100}$/iu;

/** A credit without its colon after the caption's last sentence: "Tổng thống Ukraine Zelensky. Ảnh GLP", "… . Ảnh Reuters".
 *  (Capitalised, so that a sentence that goes on "Ảnh hưởng …" is no credit.) */
const CREDIT_WITHOUT_COLON = /[.!?]\s+Ảnh\s+\p{Lu}[\p{L}\d/&.-]*(?:\s+\p{Lu}[\p{L}\d/&.-]*){0,3}\s*\.?\s*$/u;

export function isCaptionText(text: string): boolean {
  return CAPTION_MARKERS.test(text) || CREDIT_WITHOUT_COLON.test(text) || VIDEO_TITLE.test(text) || RUN_ON_CREDIT.test(text) || COPYRIGHT_PHOTO_CREDIT.test(text) || (PHOTO_POSITION.test(text) && text.split(/\s+/).length <= POSITION_CAPTION_MAX_WORDS);
}

/**
 * The sentences of a promotion: a book series' blurb that ends "Mời bạn đọc đón đọc…", "đặt mua",
 * "phát hành tại các nhà sách", a discount code. The box holding one is cut whole
 * (lib/extract/extract-article.ts, removePromoBoxes).
 */
const PROMO_MARKERS = [
  /(?:kính )?mời (?:quý )?(?:bạn đọc|độc giả|quý vị)(?: [\p{L}]+){0,2} (?:đón đọc|tìm đọc|đặt mua|đặt sách|đón xem)/iu,
  /\bđặt mua (?:sách|ngay|trọn bộ|tại)/iu,
  /(?:phát hành|có mặt|có bán) (?:tại|trên) (?:các|hệ thống) (?:nhà sách|hiệu sách)/iu,
  /\bmã giảm giá\b|\bgiảm (?:giá )?\d+ ?% (?:khi|cho)/iu,
];

/** The words every promotion's sentence has one of: a cheap first test on a page's text nodes. */
export const PROMO_WORDS = /đón đọc|tìm đọc|đón xem|đặt mua|đặt sách|nhà sách|hiệu sách|giảm giá|giảm \d/iu;

export function isPromoText(text: string): boolean {
  return text.length < 600 && PROMO_MARKERS.some((re) => re.test(text));
}

/** Words a date line is made of besides its numbers ("Thứ Sáu, 06/03/2026 - 18:30 (GMT+7)", "21:40 6/3/2026"). */
const DATE_WORDS = new RegExp(
  String.raw`(?<![\p{L}])(?:thứ|hai|ba|tư|năm|sáu|bảy|chủ|nhật|ngày|tháng|cập|giờ|phút|trước|lúc|gmt|utc|am|pm|sa|ch|monday|tuesday|wednesday|thursday|friday|saturday|sunday|updated|published|` +
    // …and a date written out in the other languages of pages readers open ("segunda-feira, 22 de janeiro de 2018 às 0:13").
    String.raw`january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|of|at|on|` +
    String.raw`janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|segunda|terça|quarta|quinta|sexta|feira|sábado|domingo|de|às|` +
    String.raw`enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|lunes|martes|miércoles|jueves|viernes|del|` +
    String.raw`gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|lunedì|martedì|mercoledì|giovedì|venerdì|di|alle|` +
    String.raw`janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le|à|` +
    String.raw`januar|februar|märz|juni|juli|oktober|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|um|uhr)(?![\p{L}])`,
  'giu',
);

/** A line that is only a date and a time: the article's date line inside the body. */
export function isDateLine(text: string): boolean {
  if (text.length > 60 || !/\d{1,2}[:/.-]\d{1,2}/.test(text)) return false;
  return text.replace(DATE_WORDS, '').replace(/[\d\s:/.,|()+\-–]/gu, '').length <= 2;
}
