/**
 * Source attribution: who the outlet credits for the text it republishes.
 *
 *   "Theo vov.vn"                      → "vov.vn"
 *   "Theo Quỳnh Như" + "Tiền Phong"    → "Quỳnh Như / Tiền Phong"   (person, then outlet on its own line)
 *   "(TTXVN)" / "Hà Nội (TTXVN) - ..." → "TTXVN"
 *   "Minh Hòa/VOV.VN (Theo Reuters)"   → "VOV.VN"   (the outlet whose text this is; Reuters is its source)
 *   "Thu Hằng/VOV.VN"                  → "VOV.VN"
 *   "Như Tâm (Theo Reuters, AP)"       → "Reuters, AP"
 *   "Nguồn: baoquocte.vn"              → "baoquocte.vn"
 *
 * Photo credits ("Ảnh: AFP/TTXVN", "(Nguồn: newseu.cgtn.com)" in a caption) are never
 * attribution: callers pass only body paragraphs, and captions are removed before.
 */

/** Agencies written in brackets at the start or the end of a text. */
const AGENCY_IN_BRACKETS = /\(\s*(TTXVN(?:\s*\/\s*[\p{L}+.\s]+)?|Vietnam\+|VNA|AFP|Reuters|AP|Xinhua|TASS|Sputnik|Kyodo|Yonhap|Bernama)\s*\)/u;
/** "Theo X" alone on a line, optionally in brackets, optionally ending with a full stop. */
const THEO_LINE = /^\(?\s*theo\s+([^!?;]{2,80}?)\s*\)?\s*\.?$/iu;
/** "Nguồn: X" alone on a line. */
const SOURCE_LINE = /^\(?\s*nguồn\s*:\s*([^!?;]{2,80}?)\s*\)?\s*\.?$/iu;
/** "(Theo Reuters, AFP)" at the end of an author line. */
const THEO_IN_BRACKETS = /\(\s*theo\s+([^()]{2,80}?)\s*\)\s*\.?$/iu;
/** What may stand before such a bracket on a credit line: an author's capitalised name, or nothing. */
const NAME_BEFORE_SOURCE = /^\s*(?:\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,5})?\s*[-–,]?\s*$/u;
/** "Minh Hòa/VOV.VN (Theo Reuters)": an author, the outlet after a slash, optionally its source. */
// No "i" flag: with it \p{Lu} matches small letters too, and any word after a slash would read as an outlet's name.
const AUTHOR_OUTLET = /^[\p{L} .'-]{2,40}?\s*\/\s*([\p{L}\d.+-]*\.(?:vn|com|net|org|VN|COM|NET|ORG)|[\p{Lu}\d][\p{Lu}\d.+-]{1,15})\s*(?:\(\s*[Tt]heo\s+[^()]{2,80}\)\s*)?\.?$/u;
/** A line that is only an outlet or a person's name: short, capitalised, no sentence punctuation. */
const NAME_LINE = /^[\p{Lu}\d][\p{L}\d .&+\-/]{1,40}$/u;
/** "Theo" followed by a verb phrase is reported speech ("Theo ông Putin, ..."), not attribution. */
const REPORTED_SPEECH = /,(?:\s*[\p{L}\d.+-]+){4,}|\.\s|(?<!\p{L})(cho biết|nói|thì|đó|đây|kế hoạch|quy định|lộ trình|thống kê|báo cáo|ông|bà)(?!\p{L})/iu;

/** A web address ("vov.vn", "baochinhphu.vn"). */
const OUTLET_ADDRESS = /^(?:[\p{L}\d-]+\.)+(?:vn|com|net|org|info)$/iu;
/** An acronym ("TTXVN", "VOV", "QĐND", "VOV.VN"): one word in capitals. A person's name set in capitals ("THANH SƠN") has
 *  two words or more. No "i" flag, as AUTHOR_OUTLET. */
const OUTLET_ACRONYM = /^[\p{Lu}\d][\p{Lu}\d+&.-]{1,19}$/u;
/** A name that opens with the kind of outlet it is ("Báo Chính phủ", "Tạp chí Cộng sản", "Đài Tiếng nói Việt Nam", "Cổng
 *  Thông tin điện tử Chính phủ", "Thông tấn xã Việt Nam"). */
const OUTLET_KIND = /^(?:báo|tạp chí|đài|cổng|thông tấn xã|hãng|kênh|tuần báo|nhật báo|truyền hình|phát thanh|trang tin)(?!\p{L})/iu;
/** Agencies written in small letters. */
const AGENCY_NAME = /^(?:vietnam\+|vietnamplus|reuters|xinhua|sputnik|kyodo|yonhap|bernama|bloomberg)$/iu;

/** Does `name` name an outlet or an agency rather than a person ("TTXVN", "vov.vn", "Báo Chính phủ"; "TTXVN/Vietnam+")? */
function isOutletName(name: string): boolean {
  const first = name.split('/')[0]!.trim();
  return OUTLET_ADDRESS.test(first) || OUTLET_ACRONYM.test(first) || OUTLET_KIND.test(first) || AGENCY_NAME.test(first);
}

/**
 * The outlet a line credits when the line is that credit and nothing else ("Theo TTXVN", "Nguồn: VOV", "(TTXVN)", "(Theo
 * Báo Chính phủ)"), or null. A paper that republishes an agency's story sets its credit where the author's name stands (a
 * right-aligned bold last paragraph, the CMS's author field): the line names the story's source, not a person, and the
 * page has no author of its own. "Theo Quỳnh Như" credits a person (another outlet's reporter) and is no such line.
 */
export function outletCredit(line: string | null): string | null {
  const t = line?.trim();
  if (!t) return null;
  const agency = AGENCY_IN_BRACKETS.exec(t);
  if (agency && agency[0] === t) return agency[1]!.split('/')[0]!.trim();
  const source = SOURCE_LINE.exec(t);
  if (source) return source[1]!.trim();
  const theo = THEO_LINE.exec(t);
  if (theo && !REPORTED_SPEECH.test(theo[1]!) && isOutletName(theo[1]!)) return theo[1]!.trim();
  return null;
}

export interface Attribution {
  attribution: string | null;
  /** Indices (in the paragraphs given) of lines that only carry the credit and can be dropped from the text. */
  creditLines: number[];
}

/** An author's byline with its source, as some copies put it above the sapo: "Nguyễn Phương (Theo Sputnik)". */
const HEAD_BYLINE = /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,4}\s*\(\s*theo\s+([^()]{2,40}?)\s*\)\s*\.?$/iu;
/** The source of such a byline on the body's first line, or null. */
export const headBylineSource = (line: string | undefined): string | null => (line ? HEAD_BYLINE.exec(line.trim())?.[1]?.trim() ?? null : null);

/** How many lines at the end of the body are searched for a credit line. */
const TAIL_LINES = 4;

/** The outlet of a byline such as "Minh Hòa/VOV.VN (Theo Reuters)", or null. */
export function outletOfByline(byline: string | null): string | null {
  return byline ? AUTHOR_OUTLET.exec(byline.trim())?.[1] ?? null : null;
}

export function findAttribution(paragraphs: string[], lead = ''): Attribution {
  const n = paragraphs.length;
  for (let i = n - 1; i >= Math.max(0, n - TAIL_LINES); i--) {
    const line = paragraphs[i]!.trim();
    const theo = THEO_LINE.exec(line);
    if (theo && !REPORTED_SPEECH.test(theo[1]!)) {
      const next = paragraphs[i + 1]?.trim();
      if (next && NAME_LINE.test(next) && i + 1 === n - 1) {
        return { attribution: `${theo[1]!.trim()} / ${next}`, creditLines: [i, i + 1] };
      }
      return { attribution: theo[1]!.trim(), creditLines: [i] };
    }
    const outlet = AUTHOR_OUTLET.exec(line);
    if (outlet) return { attribution: outlet[1]!, creditLines: [i] };
    const source = SOURCE_LINE.exec(line);
    if (source) return { attribution: source[1]!.trim(), creditLines: [i] };
    const bracket = THEO_IN_BRACKETS.exec(line);
    // (Only after an author's name or nothing: a sentence that ends with its source, "… nhất trí … (theo Reuters).", is text.)
    if (bracket && line.length < 120 && NAME_BEFORE_SOURCE.test(line.slice(0, bracket.index))) return { attribution: bracket[1]!.trim(), creditLines: [i] };
  }
  // An agency in brackets: the dateline of the lead or the first paragraph, or the last line.
  const places: Array<[text: string, index: number]> = [[lead, -1], [paragraphs[0] ?? '', 0], [paragraphs[n - 1] ?? '', n - 1]];
  for (const [text, index] of places) {
    const agency = AGENCY_IN_BRACKETS.exec(text);
    if (agency) {
      const creditOnly = index >= 0 && text.trim() === agency[0];
      // "(TTXVN/Vietnam+)": the agency, published through its own outlet.
      return { attribution: agency[1]!.split('/')[0]!.trim(), creditLines: creditOnly ? [index] : [] };
    }
  }
  return { attribution: null, creditLines: [] };
}
