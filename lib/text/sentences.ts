/**
 * Sentence splitting for Vietnamese news text.
 *
 * A sentence ends at . ! ? … (and the "./." that closes many Vietnamese articles), possibly
 * followed by closing quotes or brackets, when the next word starts a new sentence (a capital,
 * a digit, an opening quote or bracket). Abbreviations ("TP.", "ThS.", "St.") and initials
 * ("V. Putin") do not end a sentence. Line breaks always do: a paragraph never runs into the next. A
 * copy that lost the space after a full stop ("ngày.Lãnh đạo") is split there too.
 */

export interface Sentence {
  text: string;
  /** Offsets in the text that was split (end exclusive). */
  start: number;
  end: number;
  /** Index of the paragraph (line) the sentence belongs to. */
  paragraph: number;
}

/** Academic degrees the press abbreviates before a name, each with its dot ("GS. …", "PGS.TS. …"): no sentence ends at
 *  them, and the name reader takes the name after them (lib/gazetteer/people.ts). Case as written. */
export const ACADEMIC_DEGREES: readonly string[] = ['GS', 'PGS', 'TS', 'TSKH', 'ThS', 'Ths', 'BS', 'KS', 'NGND', 'NGƯT'];
/** Words that end with a period without ending the sentence. Compared case-sensitively. */
const ABBREVIATIONS = new Set([
  ...ACADEMIC_DEGREES,
  'TP', 'Tp', 'tp', 'St', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'NXB', 'Th', 'Co', 'Ltd', 'Inc', 'No', 'Jr', 'Sr', 'vs', 'v.v', 'Q', 'P',
  'TT', 'Mt', 'Ft',
]);

const SENTENCE_END = /[.!?…]+["'”’»)\]]*(?=\s)/gu;
const NEXT_STARTS_SENTENCE = /^\s+["'“‘«(\[-–—]?\s*[\p{Lu}\p{N}]/u;

function endsWithAbbreviation(before: string): boolean {
  const m = /([\p{L}.]+)\.$/u.exec(before);
  if (!m) return false;
  const word = m[1]!;
  // (Degrees run together: "PGS.TS.", "GS.TSKH.")
  if (ABBREVIATIONS.has(word) || word.split('.').every((w) => ABBREVIATIONS.has(w))) return true;
  // A single capital letter is an initial: "V. Putin", "J. Biden".
  return /^\p{Lu}$/u.test(word);
}

/** Split one paragraph (no line breaks) into sentences, with offsets relative to `offset`. */
function splitParagraph(paragraph: string, offset: number, index: number, out: Sentence[]): void {
  let start = 0;
  const ends: Array<{ index: number; text: string; glued: boolean }> = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(paragraph); m; m = SENTENCE_END.exec(paragraph)) ends.push({ index: m.index, text: m[0], glued: false });
  GLUED_END.lastIndex = 0;
  for (let m = GLUED_END.exec(paragraph); m; m = GLUED_END.exec(paragraph)) ends.push({ index: m.index, text: m[0], glued: true });
  ends.sort((a, b) => a.index - b.index);
  for (const m of ends) {
    const end = m.index + m.text.length;
    if (end <= start) continue;
    const rest = paragraph.slice(end);
    if (!m.glued && !NEXT_STARTS_SENTENCE.test(rest)) continue;
    if (m.text.startsWith('.') && m.text.length === 1 && !m.glued && endsWithAbbreviation(paragraph.slice(start, end))) continue;
    push(paragraph, start, end, offset, index, out);
    start = end;
  }
  push(paragraph, start, paragraph.length, offset, index, out);
}

/** A full stop a copied page lost the space after: "… vào cùng ngày.Lãnh đạo Nhà Trắng cho biết …", "… vào ngày
 *  24/7.Theo …" (a word of small letters or a number, then a capitalised word; not "TP.HCM" or "U.S."). */
const GLUED_END = /(?<=\p{Ll}\p{Ll}|\p{N})[.!?]["”’)]?(?=\p{Lu}\p{Ll})/gu;

function push(paragraph: string, start: number, end: number, offset: number, index: number, out: Sentence[]) {
  const raw = paragraph.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return;
  out.push({ text, start: offset + start + lead, end: offset + start + lead + text.length, paragraph: index });
}

/** Split text into sentences; every line is its own paragraph. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  let index = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) {
      splitParagraph(line, offset, index, out);
      index++;
    }
    offset += line.length + 1;
  }
  return out;
}
