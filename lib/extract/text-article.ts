import { foldKey, looksVietnamese, normalizeText } from '../text';
import { findAttribution, headBylineSource } from './attribution';
import { isBoilerplateLabel, isCaptionText, isFooterText, isHeadlineLike, isRelatedLabel, hasListTimestamp } from './boilerplate';
import { dateFromUrl, monthFromUrl, parseDisplayDate, parseMachineDate } from './published';
import type { Article } from './types';
import { addressWords, canonicalizeUrl, siteHostOf } from './url';
import { isListAddress } from './sites';

/**
 * An article given as plain text (a copy of the page's text): the first line is the title,
 * then the sapo, then one paragraph per line. Text copied from a whole page also carries the
 * page's furniture, handled here as in the DOM path:
 *
 * - lines above a date line near the top ("07-01-2026 - 21:25 PM | Tài chính quốc tế") are the
 *   site's header; the headline is the line just above the date;
 * - the first boilerplate label ("Tin cùng chuyên mục", "Tin liên quan", "CÙNG CHUYÊN MỤC") or
 *   the first run of list bullets ends the article;
 * - photo captions ("(Ảnh: AFP/TTXVN)", "- Ảnh 1.", short unpunctuated lines) are set apart;
 * - "Theo vov.vn" / "Theo Quỳnh Như" + "Tiền Phong" at the end become the attribution.
 */

/** How far from the top a date line is looked for. */
const DATE_LINE_WINDOW = 12;
/** A list of at least this many bullet lines ends the article. */
const LIST_RUN = 3;
/** Lines shorter than this (in words) without final punctuation read as captions or headings. */
const CAPTION_MAX_WORDS = 14;

/** A date written out: "Thứ Sáu, 26 tháng 6, 2020", "ngày 23 tháng 08 năm 2019". Such a line in a page's header marks
 *  the header as a numeric date does, but it is often the site's own clock ("…, 09:25:27"), not the article's date. */
const WRITTEN_DATE = /(?<!\d)\d{1,2}\s+tháng\s+\d{1,2}\s*(?:,|năm)\s*\d{4}(?!\d)/iu;

function isDateLine(line: string): boolean {
  if (line.length > 90) return false;
  if (!parseDisplayDate(line) && !WRITTEN_DATE.test(line)) return false;
  const rest = line.replace(/\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|(?:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}\s*(?:,|năm)\s*\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|AM|PM|GMT\s*[+-]\s*\d+|[|,\-–()]/gi, ' ').trim();
  // What is left is a weekday or a category name: a few words at most.
  return rest.split(/\s+/).filter(Boolean).length <= 6;
}

/** A time of day: "9:29", "08:00". */
const CLOCK_TIME = /(?<!\d)\d{1,2}:\d{2}(?!\d)/u;

/** A line of two sentences or more, the last closed by a full stop: a paragraph, never a headline. */
const SEVERAL_SENTENCES = /\p{Ll}[.!?]\s+\p{Lu}.*[.…]$/u;

/** A line that is only a day, in words and figures: a site's calendar widget ("Thứ Sáu, Tháng Ba 29, 2024", "Chủ nhật, ngày
 *  5 tháng 3 năm 2023"), which a copy keeps above the headline and which dates the copy, not the article. */
const DATE_ONLY = /^(?=.*\d)(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?(?:\d{1,2}\s+)?(?:tháng\s+(?:\p{L}+|\d{1,2})\s*)?[\d\s,/.:-]*(?:năm\s+\d{4})?\s*$/iu;

/** A headline: a handful of words, not a site/section header (capitals, " - Section", "|"), not a label. */
function looksLikeHeadline(line: string): boolean {
  const words = line.split(' ').length;
  if (words < 4 || words > 45 || isBoilerplateLabel(line) || /\|/.test(line) || /^\s*date\s+\d{4}-/i.test(line) || DATE_ONLY.test(line)) return false;
  const capitals = line.replace(/[^\p{L}]/gu, '');
  // Mostly capitals: a site name or a section header, not a Vietnamese headline.
  if (capitals && capitals === capitals.toUpperCase() && words < 8) return false;
  return !/^[\p{Lu}\s.]{4,}\s[-–]\s/u.test(line);
}

/** A date and time at the end of a headline line: "… 21/10/2025 08:00", "… - 19/08/2025 07:23". */
const TRAILING_DATELINE = /\s+[-–|]?\s*\d{1,2}\/\d{1,2}\/\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/u;
/** A site menu's or toolbar's line: a bullet, a few words between bars, "Advertisement", "Chia sẻ:". */
const isMenuLine = (line: string) =>
  isBullet(line) || RELATED_LINK.test(line) || /\|/.test(line) || /^(?:advertisement|quảng cáo|chia sẻ|share|home|trang chủ|menu|nhỏ bình thường lớn)(?![\p{L}])/iu.test(line) || FOLLOW_US.test(line) || isSectionTrail(line);
/** A site's "follow us" bar: "Theo dõi Baoquocte.vn trên", "Theo dõi thoidai.com.vn trên Google News". */
const FOLLOW_US = /^theo\s+dõi\s+\S+\.(?:vn|com|net)\S*\s+trên(?:\s+[\p{L} ]{1,20})?$/iu;
/** A section's name: "Tin tức", "Tin thế giới", "Thời sự", "Quốc tế", a breadcrumb's language ("vietnamese"). */
const SECTION_NAME = /^(?:tin(?:\s+[\p{L}]+){0,2}|thời\s+sự|quốc\s+tế|thế\s+giới|chính\s+trị|kinh\s+tế|xã\s+hội|ngoại\s+giao|trang\s+chủ|vietnamese|english|home)$/iu;
/** A breadcrumb or a page's sections in a row: "> vietnamese > Tin tức > Quốc tế", "Tin mới, Tin thế giới, Tin tức".
 *  Not a headline, however it stands where one would. */
function isSectionTrail(line: string): boolean {
  if (/^\s*[>»]/u.test(line)) return true;
  const parts = line.split(/\s*[,>»]\s*/u).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => SECTION_NAME.test(p));
}
/** A line of one capitalised word: a logo's alt text, a menu's item ("Logo", "Menu", "Video"); not an address, a number or
 *  a word a hard-wrapped copy left on a line of its own. */
const SINGLE_WORD = /^\p{Lu}\p{L}*$/u;
/** A related list's item as copied with its separator: "Sạt lở, … thoát chết trong gang tấc -", or the separator alone. */
const RELATED_LINK = /(?:^|\s)[-–]$/u;
/** A date and time run into the headline that follows it: "02/02/2017 20:56Trump nạt nộ …" (the copy lost the line break). */
const LEADING_DATELINE = /^(\d{1,2}\/\d{1,2}\/\d{4}\s+\d{1,2}:\d{2})\s*(?=\p{Lu})(?!GMT|UTC)/u;
const isBullet = (line: string) => /^[-•·▪►▸*]\s*\S/u.test(line) || /^\d+\.\s+\S/u.test(line);

/** A scraper's marker before the page's first line: "date 2025-08-04 Photo : YONHAP News", "date 2023-07 …". */
const SCRAPER_DATE = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b\s*/i;
/** An outlet's or a dateline's prefix before the sapo: "(VOV5) -", "(VTC News) –", "VOV.VN -", "HÀ NỘI -", "Dân trí -",
 *  "Theo Tân Hoa xã:". */
const LEAD_PREFIX = /^(?:\([^()]{2,30}\)\s*[-–—:]\s*|[\p{Lu}][\p{Lu}\d.\s]{1,25}\s[-–—]\s+(?=\p{Lu})|Theo\s+[^:,.]{2,30}:\s+(?=\p{Lu})|(?:Dân trí|Dân Trí|VietNamNet|Vietnamnet|Znews|Zing|Chinhphu\.vn|Baoquocte\.vn|Vietnam\+|Tiền Phong|Lao Động|Thanh Niên|Tuổi Trẻ|Nhân Dân|VnExpress|Hà Nội|TP\.?\s?HCM)\s[-–—]\s+(?=\p{Lu}))/u;
/** Words and final punctuation of a line of prose, as opposed to a headline, a menu item or a caption. */
/** How many lines under the headline may stand before a sapo that opens with its outlet ("(VOV5) - …"). */
const PREFIXED_LEAD_WINDOW = 5;
const PROSE_MIN_WORDS = 12;
const PROSE_ANY_WORDS = 50;
const ENDS_PROSE = /[.!…][)"”»]?\s*$/u;
/** A line of running text: a sentence of some length, or a long line. */
const isProse = (line: string) => {
  const words = line.split(' ').length;
  return (words >= PROSE_MIN_WORDS && ENDS_PROSE.test(line)) || words > PROSE_ANY_WORDS || (LEAD_PREFIX.test(line) && words >= PROSE_MIN_WORDS);
};
/** A related box inside the body stands after at most this many paragraphs of it (the sapo, and one more)… */
const BOX_AFTER_PARAGRAPHS = 2;
/** …holds at most this many lines (its headlines, their images' alt text, a caption)… */
const BOX_LINES = 10;
/** …and is followed by this many paragraphs in a row: a list of related stories with their sapos alternates a headline
 *  and a paragraph, the article's own text does not. */
const BODY_AGAIN_PARAGRAPHS = 2;

/** Where the body goes on after the related box whose label is line `at`, or -1 when the label ends the article. */
function bodyAfterBox(body: string[], at: number): number {
  if (body.slice(0, at).filter(isProse).length > BOX_AFTER_PARAGRAPHS) return -1;
  for (let j = at + 1; j <= at + BOX_LINES && j < body.length; j++) {
    if (!isProse(body[j]!)) continue;
    return body.slice(j, j + BODY_AGAIN_PARAGRAPHS).length === BODY_AGAIN_PARAGRAPHS && body.slice(j, j + BODY_AGAIN_PARAGRAPHS).every(isProse) ? j : -1;
  }
  return -1;
}

/** A text whose lines of some length mostly fill one width (WRAP_MIN–WRAP_MAX) without final punctuation is hard-wrapped. */
const WRAP_MIN = 45;
const WRAP_MAX = 100;
const WRAP_FILL = 0.7;
/** The width is the line length this share of the text's lines of some length stay within: a menu line or a caption
 *  longer than the wrap does not hide it. */
const WRAP_WIDTH_QUANTILE = 0.75;
/** Share of the open lines whose sentence goes on in a next line that starts in lower case (or with a number). */
const WRAP_GOES_ON = 0.4;
/** A line this much wider than the wrap was never wrapped. */
const WRAP_OVERFLOW = 1.15;

/**
 * Join the lines of a hard-wrapped copy ("… Bộ trưởng Ngoại giao Phạm Bình Minh và Ngoại trưởng Hoa Kỳ" /
 * "John Kerry đã có cuộc điện đàm."): a text whose lines mostly stop at a similar width without
 * ending a sentence is re-flowed, a paragraph ending where a line ends a sentence or is short.
 */
function reflow(lines: string[]): string[] {
  // (Short lines, a dateline or a byline, neither set the width nor count against it.)
  const long = lines.filter((l) => l.length >= WRAP_MIN * 0.6).map((l) => l.length).sort((a, b) => a - b);
  const width = long[Math.min(long.length - 1, Math.floor(long.length * WRAP_WIDTH_QUANTILE))] ?? 0;
  if (lines.length < 6 || width < WRAP_MIN || width > WRAP_MAX) return lines;
  // Wrapped lines fill the width (to within a word or two) and stop mid-sentence…
  const isFull = (l: string) => l.length >= width * WRAP_FILL && l.length <= width;
  const isOpen = (l: string) => isFull(l) && !ENDS_PROSE.test(l) && !/[:;?]$/.test(l);
  const full = lines.filter(isFull);
  const open = lines.flatMap((l, i) => (isOpen(l) ? [i] : []));
  if (full.length < long.length * 0.5 || open.length < full.length * 0.6) return lines;
  // …and the sentence goes on in the next line, mostly in lower case: a list of related headlines ("- Thủ tướng …") is
  // as wide and as open, but each line starts anew.
  const goesOn = open.filter((i) => /^[\p{Ll}\d]/u.test(lines[i + 1] ?? ''));
  if (goesOn.length < open.length * WRAP_GOES_ON) return lines;
  const out: string[] = [];
  let current = '';
  for (const l of lines) {
    // A line wider than the wrap (the site's menu, a long caption) is a paragraph of its own.
    if (l.length > width * WRAP_OVERFLOW) {
      if (current) out.push(current);
      out.push(l);
      current = '';
      continue;
    }
    current = current ? `${current} ${l}` : l;
    if (ENDS_PROSE.test(l) || l.length < WRAP_MIN * 0.6) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

export interface TextArticleOptions {
  url?: string | null;
  /** "YYYY-MM-DD" or ISO: used when the text carries no date line. */
  published?: string | null;
}

/** Shortest sapo whose repetition in the body is told from a short line that happens to recur. */
const REPEATED_SAPO_MIN_CHARS = 60;
/** A list page's own header: "Posts Tagged ‘…’", "Tag: …", "Từ khóa: …", "Kết quả tìm kiếm cho …". */
const LIST_HEADER = /^\s*(?:posts?\s+tagged|tags?\b|từ\s+kho[áa]|chủ\s+đề|kết\s+quả\s+tìm\s+kiếm|tìm\s+kiếm|chuyên\s+mục|search\s+results)/iu;
/** Fewest words of a headline for its slug to be told from an ordinary lower-case line. */
const SLUG_MIN_WORDS = 4;

/** The headline as an address's slug writes it, words apart: "Úc cảm ơn Việt Nam …" → "uc cam on viet nam …". */
function slugOfTitle(title: string): string | null {
  const slug = foldKey(title).replace(/[^a-z0-9]+/g, ' ').trim();
  return slug.split(' ').length >= SLUG_MIN_WORDS ? slug : null;
}

/** An office glued to the word before it, as a copy that lost a line break or a tag's space writes it ("… Keir
 *  StarmerThủ tướng Đức …"): a Vietnamese word never has a capital after a small letter. */
const GLUED_OFFICE = /(?<=\p{Ll})(?=(?:Thủ tướng|Tổng thống|Chủ tịch|Bộ trưởng|Ngoại trưởng|Tổng Bí thư|Phó Thủ tướng|Phó Tổng thống|Phó Chủ tịch|Quốc vương|Nhà vua|Thứ trưởng)\s)/gu;

/** Fewest words a line must share with the address's headline when one of the two is cut short (an address that shortens
 *  a long headline, a copy that wraps one): below it, a short line that happens to start the same is not the headline. */
const ADDRESS_HEADLINE_MIN_WORDS = 6;

/**
 * The line above the text's first paragraph that the article's address spells ("…/thu-tuong-an-do-dien-dam-voi-lanh-dao-
 * phap-va-duc-post552211.html"): the headline, whatever the copy kept above it (a hotline, the weather, a
 * "Breaking News" bar, a section's name). -1 when the address spells no line there.
 */
function headlineInAddress(lines: readonly string[], url: string | null): number {
  const words = addressWords(url);
  if (!words) return -1;
  const firstProse = lines.findIndex(isProse);
  const end = Math.min(lines.length, DATE_LINE_WINDOW, firstProse < 0 ? lines.length : firstProse);
  for (let i = 0; i < end; i++) {
    const l = lines[i]!;
    if (isCaptionText(l) || /\|/.test(l)) continue;
    const spelled = slugOfTitle(l);
    if (!spelled) continue;
    const long = (w: string) => w.split(' ').length >= ADDRESS_HEADLINE_MIN_WORDS;
    if (spelled === words || (long(words) && spelled.startsWith(`${words} `)) || (long(spelled) && words.startsWith(`${spelled} `))) return i;
  }
  return -1;
}

export function articleFromText(raw: string, options: TextArticleOptions = {}): Article {
  const lines = reflow(
    normalizeText(raw)
      .replace(GLUED_OFFICE, ' ')
      .split(/\r?\n/)
      .map((l) => l.replace(/\s+/g, ' ').trim())
      // (A line of punctuation alone, a copy's "." or "|" between blocks, says nothing and is no paragraph.)
      .filter((l) => /[\p{L}\p{N}]/u.test(l)),
  );
  // A scraper's date marker before the first line: the date is the page's, the rest of the line is the page's first line.
  const scraped = SCRAPER_DATE.exec(lines[0] ?? '');
  if (scraped) {
    const rest = lines[0]!.slice(scraped[0].length).trim();
    if (rest) lines[0] = rest;
    else lines.shift();
  }

  // A copy that starts with the site's menus or a related list drops them: the header's date line and
  // headline are looked for below them.
  // A photo's caption among them ("| Thủ tướng … điện đàm với … . (Nguồn: VGP) |", a table cell) stays a caption.
  const menus = lines.findIndex((l) => !isMenuLine(l));
  const leadingCaptions = menus > 0 ? lines.splice(0, menus).filter(isCaptionText) : [];
  const glued = lines.slice(0, DATE_LINE_WINDOW).findIndex((l) => LEADING_DATELINE.test(l));
  if (glued >= 0) {
    const date = LEADING_DATELINE.exec(lines[glued]!)!;
    lines.splice(glued, 1, date[1]!, lines[glued]!.slice(date[0].length));
  }

  // The header of a copied page: keep from the headline above the first date line.
  let publishedAt: string | null = null;
  let titleIndex = 0;
  let proseUnderDate = false;
  // The date line belongs to the header only if no paragraph (a long line ending like a sentence)
  // comes before it: later timestamps are the related lists'.
  let headerEnd = Math.min(lines.length, DATE_LINE_WINDOW);
  for (let i = 0; i < headerEnd; i++) {
    const l = lines[i]!;
    // (A question is a headline's: "… giờ ra sao?".)
    if (l.split(' ').length > 15 && /[.!…"”]$/.test(l)) headerEnd = i;
  }
  // A site's calendar ("Thứ Sáu, 27/9/2024") may stand above the article's own date line, which tells the time too ("Thứ
  // Bảy, 3/1/2015 9:29'(GMT+7)"): the one with a time is the article's.
  const dateLines = lines.slice(0, headerEnd).flatMap((l, i) => (isDateLine(l) ? [i] : []));
  const dateIndex = dateLines.find((i) => CLOCK_TIME.test(lines[i]!) && !CLOCK_TIME.test(lines[dateLines[0]!]!)) ?? dateLines[0] ?? -1;
  if (dateIndex >= 0) {
    publishedAt = parseDisplayDate(lines[dateIndex]!);
    // The headline is just above the date line (cafef: headline, date, sapo) or just below it
    // (baoquocte: site header, date, headline); a site header ("BÁO QUỐC TẾ - Thế giới") is not one.
    const above = lines.slice(0, dateIndex).map((l, i) => [l, i] as const).reverse().find(([l]) => looksLikeHeadline(l) && !isMenuLine(l));
    const below = lines[dateIndex + 1];
    // A date that was run into the line after it heads that line: the headline is below.
    // (Not a paragraph of sentences under the date: "23/11/2020, 18:29" over "Thế giới đang … . Ngày 22/11, …".)
    const headlineBelow = !!below && looksLikeHeadline(below) && !SEVERAL_SENTENCES.test(below);
    if (dateIndex === glued && headlineBelow) titleIndex = dateIndex;
    else if (above) titleIndex = above[1];
    else if (headlineBelow) titleIndex = dateIndex; // after the date line is removed
    else if (below && isProse(below)) {
      // Neither above nor below: the text starts under its date line with its first paragraph.
      titleIndex = dateIndex;
      proseUnderDate = true;
    }
    lines.splice(dateIndex, 1);
  }
  if (!publishedAt && scraped && scraped[1]!.length === 10) publishedAt = parseMachineDate(scraped[1]!);

  // Without a date line, the headline is the first line that reads as one before the text's first
  // sentence: a copy may start with the site's menu, a caption, or with the sapo itself (no headline).
  const captions: string[] = [...leadingCaptions];
  let noTitle = proseUnderDate;
  if (dateIndex < 0) {
    // In a Vietnamese text, a line without a single diacritic is the site's furniture in another language ("An
    // official website of the United States government"), not the headline.
    const vietnamese = looksVietnamese(lines.slice(0, DATE_LINE_WINDOW * 2).join(' '));
    const foreign = (l: string) => vietnamese && !/[\u0300-\u036fđĐ]/u.test(l.normalize('NFD'));
    // A site's banner and menu above the headline ("Đại hội thành phố Hà Nội" / "Logo" / "Đăng ký ấn phẩm|Đăng nhập"): the
    // headline is looked for after the header's last menu line, when that comes before the text's first sentence.
    const window = lines.slice(0, DATE_LINE_WINDOW);
    const firstProse = window.findIndex(isProse);
    const header = firstProse < 0 ? window : window.slice(0, firstProse);
    const lastMenu = header.reduce((last, l, i) => (isMenuLine(l) || SINGLE_WORD.test(l) ? i : last), -1);
    const from = lastMenu >= 0 && header.slice(lastMenu + 1).some((l) => looksLikeHeadline(l) && !isCaptionText(l)) ? lastMenu + 1 : 0;
    const found = window.slice(from).findIndex((l) => isProse(l) || (looksLikeHeadline(l) && !isCaptionText(l) && !isMenuLine(l) && !foreign(l)));
    const first = found < 0 ? -1 : found + from;
    if (first < 0 || isProse(lines[first]!)) noTitle = true;
    titleIndex = Math.max(0, first);
    for (const l of lines.slice(0, titleIndex)) if (isCaptionText(l)) captions.push(l);
  }
  const spelled = headlineInAddress(lines, options.url ?? null);
  if (spelled >= 0 && (noTitle || spelled !== titleIndex)) {
    for (const l of lines.slice(0, spelled)) if (isCaptionText(l) && !captions.includes(l)) captions.push(l);
    titleIndex = spelled;
    noTitle = false;
  }
  let title = noTitle ? '' : lines[titleIndex] ?? '';
  // "Ngoại trưởng Nga và Mỹ điện đàm … 21/10/2025 08:00": a copy may run the dateline into the headline.
  const trailing = TRAILING_DATELINE.exec(title);
  if (trailing) {
    publishedAt ??= parseDisplayDate(trailing[0]);
    title = title.slice(0, trailing.index).trim();
  }
  let body = lines.slice(noTitle ? titleIndex : titleIndex + 1);
  if (title && isCaptionText(title)) {
    // The first line is a photo caption, not a headline: there is no title.
    captions.push(title);
    title = '';
  }

  // The article ends at the first boilerplate label or list of bullets after its text has begun; before
  // that, labels, menus and timestamps are the page's header ("Chia sẻ:", "• Home", "• Kinh doanh").
  const firstProse = body.findIndex(isProse);
  if (firstProse > 0) {
    const header = body.slice(0, firstProse);
    body = [...header.filter((l) => !isBoilerplateLabel(l) && !isFooterText(l) && !isMenuLine(l) && !hasListTimestamp(l) && !isDateLine(l)), ...body.slice(firstProse)];
  }
  // "(VOV5) - Hai Bộ trưởng thảo luận …": the outlet's prefix opens the sapo, and is not part of it. Short lines a copy
  // kept between the headline and it (the headlines of a related list) are not the article's.
  const opened = body.slice(0, PREFIXED_LEAD_WINDOW).findIndex((l) => LEAD_PREFIX.test(l));
  if (opened > 0 && body.slice(0, opened).every((l) => !isProse(l) && !isCaptionText(l))) body = body.slice(opened);
  if (body[0] && LEAD_PREFIX.test(body[0])) body[0] = body[0].replace(LEAD_PREFIX, '');
  let end = body.length;
  const inBox = new Set<number>();
  for (let i = 0; i < body.length; i++) {
    const l = body[i]!;
    // A related box set under the sapo ("TIN LIÊN QUAN" and its headlines, then the body again) is skipped, not an end.
    const resumes = isRelatedLabel(l) ? bodyAfterBox(body, i) : -1;
    if (resumes > 0) {
      for (let j = i; j < resumes; j++) if (!isCaptionText(body[j]!)) inBox.add(j);
      i = resumes - 1;
      continue;
    }
    if (isBoilerplateLabel(l) || isFooterText(l)) {
      end = i;
      break;
    }
    // (Not bullets every other line: a bilingual page marks each translated paragraph so.)
    const alternating = i >= 2 && isBullet(body[i - 2]!) && !isBullet(body[i - 1]!);
    if (isBullet(l) && !alternating && body.slice(i, i + LIST_RUN).filter(isBullet).length >= Math.min(LIST_RUN, body.length - i) && i > 0) {
      end = i;
      break;
    }
    if (hasListTimestamp(l) && i > 0) {
      end = i;
      break;
    }
  }
  body = body.slice(0, end).filter((_, i) => !inBox.has(i));

  // Captions: explicit photo credits, and short unpunctuated lines before the credit lines.
  // A photo's alt text that some CMSs fill with the address's slug ("uc cam on viet nam ho tro …"), often run into
  // a related article's headline: the page's furniture, neither a paragraph nor a caption.
  const slug = slugOfTitle(title);
  if (slug) body = body.filter((l) => !l.replace(/-/g, ' ').startsWith(slug));
  const credit = findAttribution(body);
  const creditLines = new Set(credit.creditLines);
  // A byline above the sapo ("Nguyễn Phương (Theo Sputnik)") is a credit line too, never the sapo.
  const bylineSource = headBylineSource(body[0]);
  if (bylineSource) creditLines.add(0);
  const paragraphs: string[] = [];
  body.forEach((l, i) => {
    if (creditLines.has(i)) return;
    if (isCaptionText(l)) return void captions.push(l);
    // A photo's alt text right above the same words as its caption with the credit: the caption's copy.
    const next = body[i + 1];
    if (next && next.length > l.length && next.startsWith(l) && isCaptionText(next)) return;
    if (l.split(' ').length <= CAPTION_MAX_WORDS && isHeadlineLike(l)) return void captions.push(l);
    if (l === title) return;
    paragraphs.push(l);
  });

  // A sapo the page repeats as the body's first paragraph, whole or behind a clause of context ("Trong bối cảnh …, "
  // + the sapo): one paragraph, the fuller one.
  if (paragraphs.length > 1 && paragraphs[0]!.length >= REPEATED_SAPO_MIN_CHARS && foldKey(paragraphs[1]!).includes(foldKey(paragraphs[0]!).replace(/[.…]+$/u, ''))) paragraphs.shift();
  const lead = paragraphs.shift() ?? '';
  const url = options.url ?? null;
  // A copy of a list page (a tag, topic or search page, or a list's later page) is read in its first item alone: the
  // items after it are other stories. Under the list's own header ("Posts Tagged …", "Kết quả tìm kiếm") the first item is
  // its headline and its sapo; otherwise the headline is the item's and the first paragraph its sapo.
  if (isListAddress(url)) paragraphs.length = LIST_HEADER.test(title) ? Math.min(1, paragraphs.length) : 0;
  const text = [lead, ...paragraphs].filter(Boolean).join('\n');
  const isArticle = text.length >= 40;
  return {
    url,
    canonicalUrl: canonicalizeUrl(url),
    title,
    lead,
    paragraphs,
    captions,
    text,
    publishedAt: publishedAt ?? parseMachineDate(options.published ?? null) ?? dateFromUrl(url),
    yearHint: scraped ? scraped[1]!.slice(0, 7) : monthFromUrl(url),
    author: null,
    attribution: credit.attribution ?? bylineSource,
    siteName: siteHostOf(url),
    isArticle,
    notArticleReason: isArticle ? null : 'Quá ít nội dung để là một bài viết',
  };
}
