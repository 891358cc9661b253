/**
 * Markdown notes, one per call, for Obsidian and other note-taking tools.
 *
 *   ---
 *   title: "Tổng thống Nga điện đàm với Tổng thống Pháp"
 *   participants: ["Vladimir Putin", "Emmanuel Macron"]
 *   countries: ["RU", "FR"]
 *   kind: "phone"
 *   event_date: "2022-02-03"
 *   …
 *   ---
 *
 *   # Tổng thống Nga điện đàm với Tổng thống Pháp
 *   Ngày 3/2/2022, Vladimir Putin (Nga) điện đàm với Emmanuel Macron (Pháp). …
 *
 * Safety: every text comes from web pages or from the user, so
 * - the front matter is written by the `yaml` library, every string double-quoted on one line
 *   (newlines escaped), so no value can end the front matter ("---") or add a key; "<" and ">"
 *   are written as \u003C / \u003E escapes so that the file holds no raw HTML tag anywhere;
 * - body text is escaped: Markdown and Obsidian syntax (links, [[wiki links]], emphasis, #tags,
 *   headings, lists, ==highlights==, %%comments%%, $math$) is backslash-escaped, "<" / ">"
 *   become &lt; / &gt; (no raw HTML is ever emitted), and links only point to http(s) addresses.
 */
import { stringify } from 'yaml';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { placeName } from '../gazetteer/entities';
import { relatedCalls } from '../store/query';
import { inTransaction, type CallStore } from '../store/schema';
import type { CallNote, SavedArticle, SavedCall, TimelineCall } from '../store/types';
import { collectForExport } from './envelope';
import {
  KIND_LABELS,
  articleUrl,
  articlesOfCall,
  byOldest,
  dateLabel,
  eventDateValue,
  initiatorIndex,
  participantName,
  participantNameIn,
  webUrl,
} from './format';
import { englishName } from '../names';
import { TOPICS } from '../summarize/data/topics';
import { exportFileName, noteNameOf, slugify, uniqueNames, type ExportFile } from './names';

export const MARKDOWN_MIME = 'text/markdown;charset=utf-8';
export const ZIP_MIME = 'application/zip';
/** Related calls listed at the end of a note. */
export const MARKDOWN_RELATED_LIMIT = 10;
/** Tag every note carries, and the prefixes of the other tags (Obsidian nested tags). */
const BASE_TAG = 'dien-dam';
const TAG_PREFIX = { kind: 'dien-dam/', country: 'quoc-gia/', topic: 'chu-de/' } as const;
/** Compression level of the zip (fflate, 0–9). */
const ZIP_LEVEL = 6;

/** The languages a note is written in: the UI's (the data — titles, quotes, topics — stays as the press wrote it). */
export type NoteLanguage = 'vi' | 'en';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The words of a note in each language. */
const WORDS = {
  vi: {
    kind: KIND_LABELS,
    verb: { phone: 'điện đàm', video: 'điện đàm trực tuyến', planned: 'dự kiến điện đàm' },
    with: 'với',
    on: (date: string) => `Ngày ${date}, `,
    initiator: 'Bên chủ động',
    first: 'Đây là lần đầu tiên.',
    nth: (n: number) => `Đây là lần thứ ${n}.`,
    topics: 'Chủ đề',
    mentionedOnly: 'Cuộc điện đàm này chỉ được nhắc đến trong các bài báo khác.',
    agreements: 'Thỏa thuận',
    note: 'Ghi chú',
    sources: 'Nguồn',
    mentionedIn: 'Được nhắc đến trong',
    related: 'Các cuộc điện đàm liên quan',
    unknownDate: 'không rõ ngày',
  },
  en: {
    kind: { phone: 'phone call', video: 'video call', planned: 'planned call' } as Readonly<Record<SavedCall['kind'], string>>,
    verb: { phone: 'spoke by phone', video: 'held a video call', planned: 'are to speak by phone' },
    with: 'with',
    on: (date: string) => `On ${date}, `,
    initiator: 'Initiated by',
    first: 'This was their first call.',
    nth: (n: number) => `This was call no. ${n}.`,
    topics: 'Topics',
    mentionedOnly: 'This call is only mentioned in other articles.',
    agreements: 'Agreements',
    note: 'Note',
    sources: 'Sources',
    mentionedIn: 'Mentioned in',
    related: 'Related calls',
    unknownDate: 'date unknown',
  },
} as const;

/** The topic table's labels in English ("ngừng bắn, hòa bình" → "ceasefire and peace talks"). */
const TOPIC_ENGLISH = new Map(TOPICS.map((t) => [t.label, t.en]));

/** A call's date in the note's language: "3/2/2022", "February 3, 2022"; "3/2", "February 3". */
function dateIn(language: NoteLanguage, call: Pick<SavedCall, 'eventDate' | 'eventDatePartial'>): string | null {
  if (language === 'vi') return dateLabel(call);
  const full = call.eventDate?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (full) return `${MONTHS[Number(full[2]) - 1]} ${Number(full[3])}, ${full[1]}`;
  const partial = call.eventDatePartial?.match(/^--(\d{2})-(\d{2})$/);
  return partial ? `${MONTHS[Number(partial[1]) - 1]} ${Number(partial[2])}` : null;
}

/** A participant in the note's language: the English name of a leader the press names in Sino-Vietnamese. */
const nameIn = (language: NoteLanguage, p: SavedCall['participants'][number]) => (language === 'en' && englishName(p.leaderId)) || participantNameIn(p, language);

/** A related call to link to from a note. */
export interface RelatedCallLink {
  /** The call as a timeline shows it (a whole SavedCall is one too). */
  call: TimelineCall;
  /** Its articles (the first reporting article with a web address is linked). */
  articles: readonly SavedArticle[];
  /** Name of its note (without .md) when it exists beside this one: linked as [[name]]. */
  noteName?: string | null;
}

export interface CallMarkdownContext {
  /** The call's articles (reporting and mentioning; others are ignored). */
  articles: readonly SavedArticle[];
  note?: CallNote | null;
  related?: readonly RelatedCallLink[];
  /** The language of the note's own words (default Vietnamese). */
  language?: NoteLanguage;
}

// ---- Escaping ----

/** Characters that are Markdown / Obsidian syntax anywhere in a line. */
const INLINE_SYNTAX = /[\\`*_[\]#|~$]/g;
/** An HTML character reference ("&amp;", "&#60;"): escaped so it shows as written. */
const CHARACTER_REFERENCE = /&(?=#?[a-z0-9]+;)/gi;
/** Syntax that only works doubled: ==highlight== and %%comment%% (Obsidian). */
const DOUBLED_SYNTAX = /([=%])(?=\1)/g;
/** Line starts that open a block: list items, headings by underline, quotes, thematic breaks. */
const BLOCK_START = /^([-+=]|\d+(?=[.)]))/;

/** Text as inert Markdown on one line: what it shows is exactly the text. */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(CHARACTER_REFERENCE, '\\&')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(DOUBLED_SYNTAX, '\\$1');
}

/** Text as inert Markdown on one line that may start a block (where "-", "1." … open one). */
export function escapeMarkdownLine(line: string): string {
  const escaped = escapeMarkdownInline(line.trim());
  return escaped.replace(BLOCK_START, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/** A multi-line text as inert Markdown paragraphs (lines kept, runs of blank lines made one). */
export function escapeMarkdownBlock(text: string): string {
  return text
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map(escapeMarkdownLine)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A Markdown link to a web address, or the escaped text alone when the address is not http(s). */
function link(text: string, url: string | null): string {
  const label = escapeMarkdownInline(text) || escapeMarkdownInline(url ?? '');
  const safe = webUrl(url);
  return safe ? `[${label}](${safe.replace(/\(/g, '%28').replace(/\)/g, '%29')})` : escapeMarkdownLine(text || (url ?? ''));
}

// ---- Front matter ----

/** YAML front matter: one double-quoted line per string, no raw "<" / ">" (see the top of this file). */
function frontMatter(fields: Record<string, unknown>): string {
  const yaml = stringify(fields, {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    doubleQuotedAsJSON: true,
    lineWidth: 0,
  })
    // Outside strings there is no "<", ">" or line separator: the keys are ours, the values quoted.
    .replace(/</g, '\\u003C')
    .replace(/>/g, '\\u003E')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `---\n${yaml}---\n`;
}

// ---- One call ----

/** The title of a call's note: its first article's title, else a description. */
export function callTitle(call: SavedCall, reporting: readonly SavedArticle[], language: NoteLanguage = 'vi'): string {
  const fromArticle = reporting.find((a) => a.title.trim())?.title.trim();
  if (fromArticle) return fromArticle;
  const people = call.participants.map((p) => nameIn(language, p)).join(' – ');
  const date = dateIn(language, call);
  const kind = WORDS[language].kind[call.kind];
  return `${kind[0]!.toUpperCase()}${kind.slice(1)}${people ? ` ${people}` : ''}${date ? `, ${date}` : ''}`;
}

/** "Vladimir Putin (Nga)", "Vladimir Putin (Russia)". */
const personWithCountry = (p: SavedCall['participants'][number], language: NoteLanguage) => {
  const name = nameIn(language, p);
  return p.country && !name.includes(placeName(p.country, language)) ? `${name} (${placeName(p.country, language)})` : name;
};

/** One or two sentences saying what the call was (plain text, escaped by the caller). */
export function callSummary(call: SavedCall, language: NoteLanguage = 'vi'): string {
  const w = WORDS[language];
  const date = dateIn(language, call);
  const people = call.participants.map((p) => personWithCountry(p, language));
  const first = initiatorIndex(call);
  const ordered = first > 0 ? [people[first]!, ...people.filter((_, i) => i !== first)] : people;
  const verb = w.verb[call.kind];
  const [lead, ...others] = ordered;
  let sentence = lead ? `${lead} ${verb}${others.length ? ` ${w.with} ${others.join(', ')}` : ''}` : language === 'vi' ? `Cuộc ${KIND_LABELS[call.kind]}` : `A ${w.kind[call.kind]}`;
  if (date) sentence = `${w.on(date)}${sentence}`;
  const parts = [`${sentence}.`];
  if (first >= 0) parts.push(`${w.initiator}: ${nameIn(language, call.participants[first]!)}.`);
  if (call.ordinal) parts.push(call.ordinal === 1 ? w.first : w.nth(call.ordinal));
  // A topic with a comma in it ("ngừng bắn, hòa bình") is one topic: it is quoted, and the list split by semicolons.
  const topics = language === 'en' ? call.topics.map((t) => TOPIC_ENGLISH.get(t) ?? t) : call.topics;
  const commas = topics.some((t) => t.includes(','));
  if (topics.length) parts.push(`${w.topics}: ${commas ? topics.map((t) => (t.includes(',') ? `“${t}”` : t)).join('; ') : topics.join(', ')}.`);
  if (call.mentioned) parts.push(w.mentionedOnly);
  return parts.join(' ');
}

function tagsOf(call: SavedCall, countries: readonly string[]): string[] {
  const tags = [BASE_TAG, TAG_PREFIX.kind + call.kind, ...countries.map((c) => TAG_PREFIX.country + c.toLowerCase())];
  for (const topic of call.topics) {
    const slug = slugify(topic);
    if (slug) tags.push(TAG_PREFIX.topic + slug);
  }
  return [...new Set(tags)];
}

/** An article as a list item: "[title](url) — VnExpress, 4/2/2022" (in English "February 4, 2022"). */
function articleItem(a: SavedArticle, language: NoteLanguage): string {
  const day = a.publishedAt?.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? null;
  const meta = [a.siteName, day ? dateIn(language, { eventDate: day, eventDatePartial: null }) : null].filter((x): x is string => !!x);
  return `- ${link(a.title || articleUrl(a) || a.urlKey, articleUrl(a))}${meta.length ? ` — ${escapeMarkdownInline(meta.join(', '))}` : ''}`;
}

function relatedItem(r: RelatedCallLink, language: NoteLanguage): string {
  const date = dateIn(language, r.call) ?? WORDS[language].unknownDate;
  const people = r.call.participants.map((p) => nameIn(language, p)).join(', ');
  const parts = [escapeMarkdownLine(`${date} · ${people} (${WORDS[language].kind[r.call.kind]})`)];
  if (r.noteName) parts.push(`[[${r.noteName}]]`);
  const source = r.articles.find((a) => r.call.articleIds.includes(a.id) && webUrl(articleUrl(a))) ?? r.articles.find((a) => webUrl(articleUrl(a)));
  if (source) parts.push(link(source.siteName ?? source.title, articleUrl(source)));
  return `- ${parts.join(' · ')}`;
}

/** The Markdown note of one call. */
export function callToMarkdown(call: SavedCall, { articles, note, related = [], language = 'vi' }: CallMarkdownContext): string {
  const w = WORDS[language];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const { reporting, mentioning } = articlesOfCall(call, byId);
  const first = reporting[0] ?? null;
  const countries = [...new Set(call.participants.map((p) => p.country).filter((c): c is string => !!c))];
  const title = callTitle(call, reporting, language);

  const head = frontMatter({
    title,
    participants: call.participants.map(participantName),
    countries,
    kind: call.kind,
    event_date: eventDateValue(call),
    published: first?.publishedAt ?? null,
    source: first ? webUrl(articleUrl(first)) : null, // Obsidian shows URL properties as links: web addresses only
    site: first?.siteName ?? null,
    attribution: call.attribution ?? first?.attribution ?? null,
    topics: [...call.topics],
    tags: tagsOf(call, countries),
  });

  const sections: string[] = [`# ${escapeMarkdownInline(title)}`, escapeMarkdownLine(callSummary(call, language))];
  if (first?.lead.trim()) sections.push(escapeMarkdownBlock(first.lead));
  if (call.agreements.length) sections.push([`## ${w.agreements}`, ...call.agreements.map((a) => `- ${escapeMarkdownLine(a)}`)].join('\n'));
  if (note?.text.trim()) sections.push(`## ${w.note}\n${escapeMarkdownBlock(note.text)}`);
  if (reporting.length) sections.push([`## ${w.sources}`, ...reporting.map((a) => articleItem(a, language))].join('\n'));
  if (mentioning.length) sections.push([`## ${w.mentionedIn}`, ...mentioning.map((a) => articleItem(a, language))].join('\n'));
  if (related.length) sections.push([`## ${w.related}`, ...related.map((r) => relatedItem(r, language))].join('\n'));
  return `${head}\n${sections.join('\n\n')}\n`;
}

// ---- Export ----

export interface ExportMarkdownOptions {
  /** The calls to export; default: all. One call gives a .md file, several a .zip. */
  calls?: readonly SavedCall[];
  /** Time of the export: file name, and the modification time of every zip entry. */
  now: Date;
  /** The language of the notes' own words (default Vietnamese). */
  language?: NoteLanguage;
}

/** The calls of a date-ordered list nearest to `call` (the ones just before and after it). */
function nearby(list: readonly SavedCall[] | undefined, call: SavedCall): SavedCall[] {
  if (!list) return [];
  const half = Math.ceil(MARKDOWN_RELATED_LIMIT / 2);
  const i = list.indexOf(call);
  return i < 0 ? list.slice(0, MARKDOWN_RELATED_LIMIT) : list.slice(Math.max(0, i - half), i + half + 1);
}

/**
 * Related calls of each call among the exported ones (no query per call): the earlier calls its
 * articles mention, the calls that mention it, then the nearest calls in time with the same
 * pair of leaders, then with the same pair of countries; at most MARKDOWN_RELATED_LIMIT, oldest
 * first. `calls` must be in date order.
 */
function relatedWithin(calls: readonly SavedCall[]): Map<number, SavedCall[]> {
  const byMentioningArticle = new Map<number, SavedCall[]>();
  const byReportingArticle = new Map<number, SavedCall[]>();
  const byPair = new Map<string, SavedCall[]>();
  const byCountryPair = new Map<string, SavedCall[]>();
  const push = <K>(map: Map<K, SavedCall[]>, key: K, c: SavedCall) => {
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  };
  for (const c of calls) {
    for (const id of c.mentionedIn) push(byMentioningArticle, id, c);
    for (const id of c.articleIds) push(byReportingArticle, id, c);
    for (const k of c.pairKeys) push(byPair, k, c);
    for (const k of c.countryPairKeys) push(byCountryPair, k, c);
  }
  const out = new Map<number, SavedCall[]>();
  for (const c of calls) {
    const found = new Map<number, SavedCall>();
    const add = (list: readonly SavedCall[] | undefined) => {
      for (const r of list ?? []) {
        if (found.size >= MARKDOWN_RELATED_LIMIT) return;
        if (r.id !== c.id) found.set(r.id, r);
      }
    };
    for (const id of c.articleIds) add(byMentioningArticle.get(id));
    for (const id of c.mentionedIn) add(byReportingArticle.get(id));
    for (const k of c.pairKeys) add(nearby(byPair.get(k), c));
    for (const k of c.countryPairKeys) add(nearby(byCountryPair.get(k), c));
    out.set(c.id, [...found.values()].sort(byOldest));
  }
  return out;
}

/** Related calls of a single call, from the whole store (a few indexed queries): linked to their articles only (their notes are not in the export). */
async function relatedFromStore(db: CallStore, call: SavedCall): Promise<RelatedCallLink[]> {
  const { samePair, sameCountries } = await relatedCalls(db, call, { limit: MARKDOWN_RELATED_LIMIT });
  return inTransaction(db, 'r', async (t) => {
    const mentioned = call.articleIds.length ? await t.calls.where('mentionedIn').anyOf(call.articleIds).toArray() : [];
    const found = new Map<number, TimelineCall>();
    for (const r of [...mentioned, ...samePair, ...sameCountries]) if (r.id !== call.id && found.size < MARKDOWN_RELATED_LIMIT) found.set(r.id, r);
    const calls = [...found.values()].sort(byOldest);
    const articleIds = [...new Set(calls.flatMap((c) => c.articleIds))];
    const articles = (await t.articles.bulkGet(articleIds)).filter((a): a is SavedArticle => !!a);
    return calls.map((c) => ({ call: c, articles: articles.filter((a) => c.articleIds.includes(a.id)), noteName: null }));
  });
}

/**
 * Export calls as Markdown: one call → its note, named as in the zip ("2022-02-03-vladimir-putin-
 * emmanuel-macron.md": two calls exported on one day do not take the same name); otherwise (several, or none)
 * → "dien-dam-YYYY-MM-DD.zip" with one note per call named after its date and participants,
 * unique, in date order. The zip is deterministic: same data and `now` → same bytes.
 */
export async function exportMarkdown(db: CallStore, options: ExportMarkdownOptions): Promise<ExportFile> {
  const { articles, calls, notes } = await collectForExport(db, options.calls);
  const articlesById = new Map(articles.map((a) => [a.id, a]));
  const noteOf = new Map(notes.map((n) => [n.callId, n]));
  const articlesFor = (c: SavedCall) => [...c.articleIds, ...c.mentionedIn].map((id) => articlesById.get(id)).filter((a): a is SavedArticle => !!a);

  if (calls.length === 1) {
    const call = calls[0]!;
    const related = await relatedFromStore(db, call);
    const text = callToMarkdown(call, { articles: articlesFor(call), note: noteOf.get(call.id) ?? null, related, language: options.language });
    return { fileName: `${noteNameOf(call)}.md`, data: strToU8(text), mime: MARKDOWN_MIME };
  }

  const ordered = [...calls].sort(byOldest);
  const names = uniqueNames(ordered.map(noteNameOf));
  const nameOf = new Map(ordered.map((c, i) => [c.id, names[i]!]));
  const related = relatedWithin(ordered);
  const files: Zippable = {};
  ordered.forEach((call, i) => {
    const links = (related.get(call.id) ?? []).map((r) => ({ call: r, articles: articlesFor(r), noteName: nameOf.get(r.id) ?? null }));
    const text = callToMarkdown(call, { articles: articlesFor(call), note: noteOf.get(call.id) ?? null, related: links, language: options.language });
    files[`${names[i]!}.md`] = strToU8(text);
  });
  const data = zipSync(files, { level: ZIP_LEVEL, mtime: options.now });
  return { fileName: exportFileName('zip', options.now), data, mime: ZIP_MIME };
}
