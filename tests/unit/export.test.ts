/**
 * The export formats (lib/export): Markdown (one note, or a zip of notes), CSV, CSL-JSON, file
 * names, and hostile content in every format.
 *
 * Golden files: tests/fixtures/export/ (see the README there). The collection they are made from
 * is the golden JSON export collection.json (written by export-import.test.ts), imported into a
 * fresh store here.
 */
import { bylineAuthors } from '../../lib/export/csl';
import { beforeEach, describe, expect, it } from 'vitest';
import { temporaryStores } from '../helpers/stores';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import type { Article } from '../../lib/extract/types';
import type { CallRecord, Participant } from '../../lib/summarize/types';
import { saveCall, setNote, type CallStore, type SavedArticle, type SavedCall } from '../../lib/store';
import {
  CSV_COLUMNS,
  callToMarkdown,
  csvCell,
  escapeMarkdownBlock,
  escapeMarkdownInline,
  exportCsl,
  exportCsv,
  exportFileName,
  exportJson,
  exportMarkdown,
  importJson,
  noteNameOf,
  parseImport,
  uniqueNames,
  vietnamDateOf,
  type CslItem,
  type ExportEnvelope,
} from '../../lib/export';

// ---- Golden files ----

const GOLDEN_DIR = fileURLToPath(new URL('../fixtures/export/', import.meta.url));
const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

/** Compare with a golden file; UPDATE_GOLDEN=1 (re)writes it instead. */
function expectGolden(name: string, actual: string): void {
  const path = GOLDEN_DIR + name;
  if (UPDATE_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`Golden file ${name} is missing: run the tests with UPDATE_GOLDEN=1 once`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

// ---- Stores ----

const NOW = new Date('2026-11-22T03:00:00.000Z');
const freshDb = temporaryStores('export-test');

/** A store holding the golden collection (4 articles, 4 calls of which one only mentioned, 2 notes). */
async function goldenCollection(): Promise<CallStore> {
  const parsed = parseImport(readFileSync(`${GOLDEN_DIR}collection.json`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const db = await freshDb();
  await importJson(db, parsed.data);
  return db;
}

const callByKey = async (db: CallStore, key: string) => (await db.calls.where('callKey').equals(key).first())!;
const REPORTED = 'phone|2022-02-03|emmanuel-macron,vladimir-putin';
const MENTIONED = 'mention|2022-01-31|emmanuel-macron,vladimir-putin';

// ---- A tiny RFC 4180 parser (strict: CRLF line ends, quotes only around whole fields) ----

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
      continue;
    }
    if (ch === '"') {
      if (field !== '' || wasQuoted) throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = wasQuoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      wasQuoted = false;
    } else if (ch === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      wasQuoted = false;
      i++;
    } else if (ch === '\n') {
      throw new Error(`bare LF at ${i}`);
    } else {
      if (wasQuoted) throw new Error(`text after a closing quote at ${i}`);
      field += ch;
    }
  }
  if (quoted) throw new Error('unclosed quote');
  if (field !== '' || row.length) throw new Error('last line does not end with CRLF');
  return rows;
}

const BOM = '\uFEFF';
const decode = (data: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(data);

// ---- File names ----

describe('file names', () => {
  it('carry the date of the export in Vietnam, whatever the machine’s time zone', () => {
    // 18:30 UTC on 21/11 is 01:30 on 22/11 in Hà Nội.
    const lateEvening = new Date('2026-11-21T18:30:00.000Z');
    expect(vietnamDateOf(lateEvening)).toBe('2026-11-22');
    expect(vietnamDateOf(new Date('2026-11-21T16:59:59.999Z'))).toBe('2026-11-21');
    expect(exportFileName('json', lateEvening)).toBe('dien-dam-2026-11-22.json');
    expect(exportFileName('csv', lateEvening)).toBe('dien-dam-2026-11-22.csv');
    expect(exportFileName('md', lateEvening)).toBe('dien-dam-2026-11-22.md');
    expect(exportFileName('zip', lateEvening)).toBe('dien-dam-2026-11-22.zip');
    expect(exportFileName('csl', lateEvening)).toBe('dien-dam-2026-11-22.csl.json');
  });

  it('names notes after date and participants, safely and uniquely', () => {
    const p = (over: Partial<Participant>): Participant => ({ name: null, title: null, country: null, leaderId: null, ...over });
    const call = (over: Partial<SavedCall>) => ({ kind: 'phone' as const, eventDate: null, eventDatePartial: null, participants: [], ...over });
    expect(noteNameOf(call({ eventDate: '2022-02-03', eventDatePartial: '--02-03', participants: [p({ leaderId: 'vladimir-putin' }), p({ name: 'Tập Cận Bình' })] }))).toBe(
      '2022-02-03-vladimir-putin-tap-can-binh',
    );
    expect(noteNameOf(call({ eventDatePartial: '--01-31', kind: 'video', participants: [p({ title: 'Ngoại trưởng', country: 'TR' })] }))).toBe(
      'xxxx-01-31-ngoai-truong-tr-truc-tuyen',
    );
    const hostile = noteNameOf(call({ participants: [p({ name: '../../etc/passwd <script> CON: "x"' })], kind: 'planned' }));
    expect(hostile).toBe('khong-ro-ngay-etc-passwd-script-con-x-du-kien');
    const long = noteNameOf(call({ eventDate: '2022-02-03', participants: Array.from({ length: 12 }, (_, i) => p({ name: `Người Thứ ${i}` })) }));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^[a-z0-9-]+$/);
    expect(uniqueNames(['a', 'b', 'a', 'A', 'a-2'])).toEqual(['a', 'b', 'a-2', 'A-3', 'a-2-2']);
  });
});

// ---- Markdown ----

/** Front matter and body of a note. */
function splitNote(md: string): { yaml: Record<string, unknown>; body: string } {
  const m = md.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  if (!m) throw new Error('no front matter');
  return { yaml: parseYaml(m[1]!) as Record<string, unknown>, body: m[2]! };
}

describe('Markdown', () => {
  let db: CallStore;
  beforeEach(async () => {
    db = await goldenCollection();
  });

  it('one call → one .md note with YAML front matter (golden file)', async () => {
    const call = await callByKey(db, REPORTED);
    const file = await exportMarkdown(db, { calls: [call], now: NOW });
    // Named as its note is in a zip: two calls exported on one day do not collide.
    expect(file.fileName).toBe('2022-02-03-vladimir-putin-emmanuel-macron.md');
    expect(file.mime).toBe('text/markdown;charset=utf-8');
    const md = decode(file.data);
    expectGolden('call.md', md);
    const { yaml, body } = splitNote(md);
    expect(yaml).toEqual({
      title: 'Tổng thống Nga điện đàm với Tổng thống Pháp',
      participants: ['Vladimir Putin', 'Emmanuel Macron'],
      countries: ['RU', 'FR'],
      kind: 'phone',
      event_date: '2022-02-03',
      published: '2022-02-04T08:00:00+07:00',
      source: 'https://vnexpress.net/nga-phap-dien-dam-4425150.html',
      site: 'VnExpress',
      attribution: 'TTXVN',
      topics: ['Ukraine', 'an ninh châu Âu', 'thương mại'],
      tags: ['dien-dam', 'dien-dam/phone', 'quoc-gia/ru', 'quoc-gia/fr', 'chu-de/ukraine', 'chu-de/an-ninh-chau-au', 'chu-de/thuong-mai'],
    });
    expect(body).toContain('Ngày 3/2/2022, Emmanuel Macron (Pháp) điện đàm với Vladimir Putin (Nga).');
    expect(body).toContain('## Ghi chú\nLần thứ ba trong tuần; xem thêm bài trên kremlin.ru.');
    // Sources as links; the mentioned earlier call as a related call, without an Obsidian link to
    // a note that is not in the export.
    expect(body).toContain('- [Lãnh đạo Nga, Pháp trao đổi về an ninh châu Âu](https://tuoitre.vn/lanh-dao-nga-phap-trao-doi-2022020409.htm) — Tuổi Trẻ, 4/2/2022');
    expect(body).toMatch(/^- 31\/1\/2022 · Vladimir Putin, Emmanuel Macron \(điện đàm\)$/m);
    expect(body).not.toContain('[[');
  });

  it('writes a note’s own words in English for the English UI, the press’s texts as they are', async () => {
    const call = await callByKey(db, REPORTED);
    const md = decode((await exportMarkdown(db, { calls: [call], now: NOW, language: 'en' })).data);
    const { yaml, body } = splitNote(md);
    // The data keeps the press's forms.
    expect(yaml.participants).toEqual(['Vladimir Putin', 'Emmanuel Macron']);
    expect(yaml.title).toBe('Tổng thống Nga điện đàm với Tổng thống Pháp');
    expect(body).toContain('On February 3, 2022, Emmanuel Macron (France) spoke by phone with Vladimir Putin (Russia).');
    expect(body).toContain('Initiated by: Emmanuel Macron.');
    expect(body).toContain('Topics: Ukraine, European security, trade.');
    expect(body).toMatch(/^## Note\n/m);
    expect(body).toMatch(/^## Sources\n- \[/m);
    expect(body).toContain('(https://tuoitre.vn/lanh-dao-nga-phap-trao-doi-2022020409.htm) — Tuổi Trẻ, February 4, 2022');
    expect(body).toMatch(/^## Related calls\n- January 31, 2022 · Vladimir Putin, Emmanuel Macron \(phone call\)$/m);
    expect(body).not.toMatch(/Ngày|Nguồn|Ghi chú|Bên chủ động|Chủ đề|Thỏa thuận/);
  });

  it('many calls → a deterministic .zip of one note per call (golden file list and entry)', async () => {
    const file = await exportMarkdown(db, { now: NOW });
    expect(file.fileName).toBe('dien-dam-2026-11-22.zip');
    expect(file.mime).toBe('application/zip');
    const entries = unzipSync(file.data);
    const names = Object.keys(entries);
    expectGolden('zip-files.txt', `${names.join('\n')}\n`);
    expect(names).toHaveLength(4);
    expect(new Set(names).size).toBe(4);
    for (const name of names) expect(name).toMatch(/^[a-z0-9-]+\.md$/);
    const mentioned = entries['2022-01-31-vladimir-putin-emmanuel-macron.md'];
    expect(mentioned).toBeDefined();
    expectGolden('zip-entry.md', strFromU8(mentioned!));
    // Same data, same time → same bytes.
    const again = await exportMarkdown(db, { now: NOW });
    expect(Buffer.from(again.data).equals(Buffer.from(file.data))).toBe(true);
    // Every entry has the export time as its modification time (DOS time, local time zone, 2-second steps).
    const view = new DataView(file.data.buffer, file.data.byteOffset, file.data.byteLength);
    const dosTime = view.getUint16(10, true);
    const dosDate = view.getUint16(12, true);
    const local = new Date(NOW);
    expect([(dosDate >> 9) + 1980, (dosDate >> 5) & 15, dosDate & 31, dosTime >> 11, (dosTime >> 5) & 63]).toEqual([
      local.getFullYear(),
      local.getMonth() + 1,
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
    ]);
  });

  it('links the notes of a zip to each other by their unique names', async () => {
    const entries = unzipSync((await exportMarkdown(db, { now: NOW })).data);
    const reported = strFromU8(entries['2022-02-03-vladimir-putin-emmanuel-macron.md']!);
    expect(reported).toContain('[[2022-01-31-vladimir-putin-emmanuel-macron]]');
    const mentioned = strFromU8(entries['2022-01-31-vladimir-putin-emmanuel-macron.md']!);
    expect(mentioned).toContain('[[2022-02-03-vladimir-putin-emmanuel-macron]]');
    expect(mentioned).toContain('## Được nhắc đến trong');
  });
});

// ---- CSV ----

describe('CSV', () => {
  it('one row per call, UTF-8 with BOM, RFC 4180 (golden file)', async () => {
    const db = await goldenCollection();
    const file = await exportCsv(db, { now: NOW });
    expect(file.fileName).toBe('dien-dam-2026-11-22.csv');
    expect(file.mime).toBe('text/csv;charset=utf-8');
    expect([...file.data.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decode(file.data);
    expectGolden('collection.csv', text);
    expect(text.startsWith(BOM)).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const records = rows.slice(1).map((r) => Object.fromEntries(rows[0]!.map((h, i) => [h, r[i]!])));
    const reported = records.find((r) => r.call_key === REPORTED)!;
    expect(reported).toMatchObject({
      event_date: '2022-02-03',
      kind: 'phone',
      participants: 'Vladimir Putin; Emmanuel Macron',
      titles: 'Tổng thống; Tổng thống',
      countries: 'RU; FR',
      initiator: 'Emmanuel Macron',
      initiator_country: 'FR',
      ordinal: '3',
      topics: 'Ukraine; an ninh châu Âu; thương mại',
      agreements: 'duy trì liên lạc; tiếp tục đối thoại',
      earlier_calls: '2022-01-31',
      source_urls: 'https://vnexpress.net/nga-phap-dien-dam-4425150.html; https://tuoitre.vn/lanh-dao-nga-phap-trao-doi-2022020409.htm',
      sites: 'VnExpress; Tuổi Trẻ',
      note: 'Lần thứ ba trong tuần; xem thêm bài trên kremlin.ru.',
      cameo: '041',
      plover: 'CONSULT',
      plover_mode: 'phone',
    });
    // Rows in date order; an undated call first.
    expect(records.map((r) => r.event_date)).toEqual(['', '2021-11-16', '2022-01-31', '2022-02-03']);
    expect(records.find((r) => r.call_key === MENTIONED)!.mentioned).toBe('1');
  });

  it('quotes and neutralises cells', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
  });

  it('any cell parses back to the text, neutralised (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), (cells) => {
        const line = `${cells.map(csvCell).join(',')}\r\n`;
        const [parsed] = parseCsv(line);
        expect(parsed).toEqual(cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
        for (const cell of parsed!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 300 },
    );
  });
});

// ---- CSL-JSON ----

describe('CSL-JSON', () => {
  it('one article-newspaper item per article (golden file)', async () => {
    const db = await goldenCollection();
    const file = await exportCsl(db, { now: NOW });
    expect(file.fileName).toBe('dien-dam-2026-11-22.csl.json');
    const text = decode(file.data);
    expectGolden('collection.csl.json', text);
    const items = JSON.parse(text) as CslItem[];
    expect(items).toHaveLength(4);
    expect(items.find((i) => i.id === 'vnexpress.net/nga-phap-dien-dam-4425150.html')).toEqual({
      id: 'vnexpress.net/nga-phap-dien-dam-4425150.html',
      type: 'article-newspaper',
      title: 'Tổng thống Nga điện đàm với Tổng thống Pháp',
      'container-title': 'VnExpress',
      author: [{ literal: 'Thanh Tâm' }],
      issued: { 'date-parts': [[2022, 2, 4]] },
      URL: 'https://vnexpress.net/nga-phap-dien-dam-4425150.html',
      // Saved at 02:00 UTC = 09:00 in Hà Nội, same day.
      accessed: { 'date-parts': [[2022, 2, 4]] },
      language: 'vi',
      abstract: 'Hai nhà lãnh đạo đã điện đàm.',
      // The credit line in Zotero's Extra, not in `source` (its library catalogue).
      note: 'TTXVN',
    });
    // An article without a publication date has no `issued`.
    expect(items.find((i) => i.id.startsWith('vov.vn'))).not.toHaveProperty('issued');
  });

  it('reads the people of a byline, and its outlet', () => {
    expect(bylineAuthors('Theo Bảo Ngọc')).toEqual({ authors: ['Bảo Ngọc'], outlet: null });
    expect(bylineAuthors('Hồng Vân/VOV.VN')).toEqual({ authors: ['Hồng Vân'], outlet: 'VOV.VN' });
    expect(bylineAuthors('Minh Hòa/VOV.VN (Theo Reuters)')).toEqual({ authors: ['Minh Hòa'], outlet: 'VOV.VN' });
    expect(bylineAuthors('Thanh Tâm, Ngọc Anh')).toEqual({ authors: ['Thanh Tâm', 'Ngọc Anh'], outlet: null });
    expect(bylineAuthors('Bài: Thu Hà - Minh Anh')).toEqual({ authors: ['Thu Hà', 'Minh Anh'], outlet: null });
    // An outlet alone names no one.
    expect(bylineAuthors('VOV.VN', 'VOV')).toEqual({ authors: [], outlet: null });
    expect(bylineAuthors('CafeF', 'CafeF')).toEqual({ authors: [], outlet: null });
    expect(bylineAuthors(null)).toEqual({ authors: [], outlet: null });
  });

  it('cites the byline’s people as authors and its outlet as the container (citeproc prints no "Theo")', async () => {
    const db = await goldenCollection();
    const [a] = await db.articles.toArray();
    await db.articles.update(a!.id, { author: 'Theo Bảo Ngọc/VOV.VN', siteName: null, attribution: 'VOV.VN' });
    const items = JSON.parse(decode((await exportCsl(db, { now: NOW })).data)) as CslItem[];
    const item = items.find((i) => i.id === a!.urlKey)!;
    expect(item.author).toEqual([{ literal: 'Bảo Ngọc' }]);
    expect(item['container-title']).toBe('VOV.VN');
    // The credit line repeats the outlet: not written again.
    expect(item).not.toHaveProperty('note');
    expect(item).not.toHaveProperty('source');
  });

  it('exports the articles of a subset of calls, including those that only mention them', async () => {
    const db = await goldenCollection();
    const mentioned = await callByKey(db, MENTIONED);
    const items = JSON.parse(decode((await exportCsl(db, { calls: [mentioned], now: NOW })).data)) as CslItem[];
    expect(items.map((i) => i.id)).toEqual(['vnexpress.net/nga-phap-dien-dam-4425150.html']);
  });
});

// ---- Hostile content ----

const HOSTILE = '---\ntitle: "hijacked": yes\n<script>alert(1)</script>\n=HYPERLINK("http://x","y")\n[[link]] [a](javascript:alert(1))\n# heading\n==mark== %%hidden%% $x$ &lt;b&gt;';
const HOSTILE_LINE = '=HYPERLINK("http://x","y") <script>alert(1)</script> [[link]] # heading';

function hostileArticle(): Article {
  return {
    url: 'https://example.vn/bai-doc-hai.html?a=(1)',
    canonicalUrl: null,
    title: HOSTILE,
    lead: HOSTILE,
    paragraphs: [HOSTILE],
    captions: [],
    text: HOSTILE,
    publishedAt: '2022-02-04T08:00:00+07:00',
    author: HOSTILE_LINE,
    attribution: HOSTILE_LINE,
    siteName: HOSTILE_LINE,
    isArticle: true,
    notArticleReason: null,
  };
}

function hostileRecord(): CallRecord {
  const p = (name: string, country: string): Participant => ({ name, title: HOSTILE_LINE, country, leaderId: null });
  return {
    kind: 'phone',
    eventDate: '2022-02-03',
    eventDatePartial: '--02-03',
    eventDateExpression: HOSTILE_LINE,
    participants: [p(HOSTILE, 'RU'), p('-1+1', 'FR')],
    initiator: HOSTILE,
    ordinal: 2,
    topics: [HOSTILE_LINE],
    agreements: [HOSTILE, HOSTILE_LINE],
    earlierCalls: [],
    attribution: HOSTILE_LINE,
    evidence: { kind: null, eventDate: null, participants: [], initiator: null, ordinal: null, topics: {}, agreements: [], earlierCalls: [] },
  };
}

describe('hostile content stays inert in every format', () => {
  let db: CallStore;
  let call: SavedCall;
  beforeEach(async () => {
    db = await freshDb();
    ({ call } = await saveCall(db, { article: hostileArticle(), record: hostileRecord(), savedAt: '2022-02-04T02:00:00.000Z' }));
    await setNote(db, call.id, HOSTILE, '2022-02-05T00:00:00.000Z');
  });

  it('Markdown: the front matter parses back to the same strings, the body has no raw HTML or live syntax', async () => {
    const md = decode((await exportMarkdown(db, { calls: [call], now: NOW })).data);
    expect(md.toLowerCase()).not.toContain('<script');
    expect(md).not.toMatch(/<[a-z!/]/i); // no HTML tag of any kind
    const { yaml, body } = splitNote(md);
    expect(yaml.title).toBe(HOSTILE);
    expect(yaml.participants).toEqual([HOSTILE, '-1+1']);
    expect(yaml.site).toBe(HOSTILE_LINE);
    expect(yaml.attribution).toBe(HOSTILE_LINE);
    expect(yaml.topics).toEqual([HOSTILE_LINE]);
    expect(Object.keys(yaml)).not.toContain('hijacked');
    // Exactly two front-matter delimiters.
    expect(md.split('\n').filter((l) => l === '---')).toHaveLength(2);
    // The only headings are ours; no wiki link, link, highlight, comment or math from the text.
    expect(body.split('\n').filter((l) => /^#{1,6} /.test(l))).toEqual([
      `# ${escapeMarkdownInline(HOSTILE)}`,
      '## Thỏa thuận',
      '## Ghi chú',
      '## Nguồn',
    ]);
    expect(body).not.toMatch(/(?<!\\)\[\[/);
    expect(body).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(body).not.toMatch(/(?<!\\)==/);
    expect(body).not.toMatch(/(?<!\\)%%/);
    expect(body).not.toMatch(/(?<!\\)\$/);
    expect(body).not.toMatch(/(?<!\\)&lt;b/); // the text's entity shows as written
    // Text never starts a block of its own: every line of the body is ours or escaped.
    for (const line of body.split('\n')) expect(line).not.toMatch(/^\s*(?:[-+*>=]|\d+[.)])(?!\s(?:\[|\\|\d|[A-Za-zĐđ]))/);
    // The source link keeps its address, parentheses encoded.
    expect(body).toContain('](https://example.vn/bai-doc-hai.html?a=%281%29)');
  });

  it('Markdown escaping: any text gives one inert line (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const out = escapeMarkdownInline(text);
        expect(out).not.toMatch(/[<>\n\r\u2028\u2029]/);
        expect(out).not.toMatch(/(?<!\\)[[\]`*_#|~$]/);
      }),
      { numRuns: 300 },
    );
    expect(escapeMarkdownBlock('- item\n1. one\n+ plus\n=====\n    code')).toBe('\\- item\n1\\. one\n\\+ plus\n\\=\\=\\=\\==\ncode');
  });

  it('Markdown front matter: any title and note survive the YAML round trip (property)', () => {
    const article: SavedArticle = { ...hostileArticle(), id: 1, urlKey: 'example.vn/x', savedAt: '2022-02-04T02:00:00.000Z' };
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (title, site) => {
        const md = callToMarkdown({ ...call, articleIds: [1] }, { articles: [{ ...article, title, siteName: site }] });
        const { yaml } = splitNote(md);
        expect(yaml.title).toBe(title.trim() || 'Điện đàm ' + (yaml.participants as string[]).join(' – ') + ', 3/2/2022');
        expect(yaml.site).toBe(site);
        expect(md).not.toMatch(/<[a-z!/?]/i);
      }),
      { numRuns: 200 },
    );
  });

  it('CSV: every cell is neutralised and the file parses back to the same strings', async () => {
    const text = decode((await exportCsv(db, { now: NOW })).data);
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const record = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]!]));
    expect(record.note).toBe(`'${HOSTILE}`);
    expect(record.source_titles).toBe(`'${HOSTILE}`);
    expect(record.initiator).toBe(`'${HOSTILE}`);
    expect(record.attribution).toBe(`'${HOSTILE_LINE}`);
    expect(record.participants).toBe(`'${HOSTILE}; -1+1`);
    expect(record.topics).toBe(`'${HOSTILE_LINE}`);
    expect(text).not.toMatch(/(^|,|\r\n)=HYPERLINK/);
  });

  it('CSL-JSON: valid JSON with the strings intact', async () => {
    const items = JSON.parse(decode((await exportCsl(db, { now: NOW })).data)) as CslItem[];
    expect(items).toHaveLength(1);
    expect(items[0]!.title).toBe(HOSTILE);
    expect(items[0]!.abstract).toBe(HOSTILE.trim());
    expect(items[0]!['container-title']).toBe(HOSTILE_LINE);
    // The byline is read for its people (bylineAuthors); whatever it gives comes through intact.
    expect(items[0]!.author ?? []).toEqual(bylineAuthors(HOSTILE_LINE, HOSTILE_LINE).authors.map((literal) => ({ literal })));
  });

  it('JSON: exported and imported back with the strings intact', async () => {
    const text = await exportJson(db, { now: NOW, extensionVersion: '0.1.0' });
    const env = JSON.parse(text) as ExportEnvelope;
    expect(env.articles[0]!.title).toBe(HOSTILE);
    expect(env.notes[0]!.text).toBe(HOSTILE);
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const other = await freshDb();
    await importJson(other, parsed.data);
    expect((await other.articles.toArray())[0]!.title).toBe(HOSTILE);
    expect((await other.notes.toArray())[0]!.text).toBe(HOSTILE);
    expect((await other.calls.toArray())[0]!.participants[0]!.name).toBe(HOSTILE);
  });

  it('keeps a topic with a comma in it one topic in the summary', () => {
    const one = callToMarkdown({ ...call, topics: ['ngừng bắn, hòa bình'] }, { articles: [] });
    expect(one).toContain('Chủ đề: “ngừng bắn, hòa bình”.');
    const two = callToMarkdown({ ...call, topics: ['ngừng bắn, hòa bình', 'Ukraine'] }, { articles: [] });
    expect(two).toContain('Chủ đề: “ngừng bắn, hòa bình”; Ukraine.');
    expect(callToMarkdown({ ...call, topics: ['Ukraine', 'Syria'] }, { articles: [] })).toContain('Chủ đề: Ukraine, Syria.');
  });

  it('links only to web addresses', () => {
    const article: SavedArticle = { ...hostileArticle(), id: 1, urlKey: 'x', url: 'javascript:alert(1)', title: 'Bài', savedAt: '2022-02-04T02:00:00.000Z' };
    const md = callToMarkdown({ ...call, articleIds: [1] }, { articles: [article] });
    const { yaml, body } = splitNote(md);
    expect(yaml.source).toBeNull();
    expect(body).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(body).toMatch(/^## Nguồn\n- Bài — /m);
  });
});
