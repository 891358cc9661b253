import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closeHtmlParser, parseHtml } from '../../lib/cli/html-document';
import { analyzePage, analyzeText } from '../../lib/engine';
import type { CallRecord } from '../../lib/summarize/types';
import { FIXTURES } from '../helpers/shared';

/**
 * Hostile and broken pages: random and mutated HTML built from the fixture pages goes through
 * the whole engine. No exception may escape, each page must be done in bounded time, and any
 * record that comes out must be well formed. The number of cases run is written to
 * RELIABILITY.md by hand from this test's output.
 */

export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 120);
/**
 * The cases are drawn from a fixed seed, so that a run of `npm test` (and CI) is the same run every time;
 * FUZZ_SEED draws others. Some seeds find pages on which happy-dom's textContent under Readability takes
 * longer than the budget (a 60 KB page with a zero-width space every 30 characters and nested divs: 15 s, the
 * same before and after the engine's changes): that is the DOM library's cost on such trees, tracked as a
 * hostile-page issue, not a flake to be met by chance.
 */
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261205);
/** A safety net, not a speed measure (that is npm run bench): a case that takes longer is stuck. */
const CASE_BUDGET_MS = 15_000;

const PAGES = readdirSync(`${FIXTURES}pages`).filter((f) => f.endsWith('.html')).map((f) => readFileSync(`${FIXTURES}pages/${f}`, 'utf8'));
const URLS = ['https://vov.vn/the-gioi/x-post1.vov', 'https://cafef.vn/x-188250101010101.chn', 'https://example.vn/bai-viet', 'not a url'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL = /^--\d{2}-\d{2}$/;

/** Is this a well-formed CallRecord? Returns the problem, or null. */
export function recordProblem(c: CallRecord): string | null {
  if (!['phone', 'video', 'planned'].includes(c.kind)) return `kind ${c.kind}`;
  if (c.eventDate !== null && !ISO_DATE.test(c.eventDate)) return `eventDate ${c.eventDate}`;
  if (c.eventDatePartial !== null && !PARTIAL.test(c.eventDatePartial)) return `eventDatePartial ${c.eventDatePartial}`;
  if (c.eventDate && c.eventDatePartial !== `--${c.eventDate.slice(5)}`) return 'eventDate and partial disagree';
  if (!Array.isArray(c.participants)) return 'participants';
  for (const p of c.participants) {
    if (p.name !== null && (typeof p.name !== 'string' || !p.name.trim())) return `participant name ${p.name}`;
    if (p.country !== null && !/^[A-Z]{2,6}$/.test(p.country)) return `country ${p.country}`;
  }
  if (c.ordinal !== null && !(Number.isInteger(c.ordinal) && c.ordinal > 0 && c.ordinal < 100)) return `ordinal ${c.ordinal}`;
  if (!c.topics.every((t) => typeof t === 'string') || !c.agreements.every((a) => typeof a === 'string' && a.length > 0)) return 'topics/agreements';
  for (const e of c.earlierCalls) if (!(e.date === null || ISO_DATE.test(e.date)) || !(e.datePartial === null || PARTIAL.test(e.datePartial))) return 'earlier call date';
  if (c.initiator !== null && !c.participants.some((p) => p.name === c.initiator || p.country === c.initiator)) return `initiator ${c.initiator} is not a participant`;
  return null;
}

const NASTY = ['\u200b', '\u200d', '\ufeff', '\u202e', 'مرحبا بالعالم', 'שלום', '😀🇻🇳', '\u0301', '<', '>', '&amp;', '\u0000', '\ud800'];

const mutation = fc.oneof(
  // Cut the page anywhere: unclosed tags, half an attribute.
  fc.double({ min: 0, max: 1, noNaN: true }).map((f) => (html: string) => html.slice(0, Math.floor(html.length * f))),
  // Thousands of nested elements.
  fc.integer({ min: 100, max: 10_000 }).map((n) => (html: string) => html.replace('<body', `${'<div>'.repeat(n)}<body`)),
  // No body at all.
  fc.constant((html: string) => html.replace(/<body[\s\S]*<\/body>/i, '')),
  // Frames.
  fc.constant((html: string) => html.replace('<body', '<frameset><frame src="x"></frameset><body').replace('</p>', '</p><iframe srcdoc="<p>điện đàm</p>"></iframe>')),
  // Everything in NFD, or tone marks moved.
  fc.constant((html: string) => html.normalize('NFD')),
  // Odd characters sprinkled through the text.
  fc.tuple(fc.constantFrom(...NASTY), fc.integer({ min: 1, max: 50 })).map(([c, every]) => (html: string) => html.replace(new RegExp(`(.{${every}})`, 'gsu'), `$1${c}`)),
  // Random tag soup in the middle.
  fc.string({ maxLength: 400 }).map((soup) => (html: string) => html.replace('</p>', `</p>${soup}`)),
  // Megabytes of text.
  fc.integer({ min: 1, max: 5 }).map((mb) => (html: string) => html.replace('</p>', `</p><p>${'Hai bên điện đàm về Ukraine. '.repeat(Math.floor((mb * 1_000_000) / 30))}</p>`)),
);

let parserFailures = 0;

describe('hostile and broken pages', () => {
  it(`never throws, stays bounded and returns well-formed records (${FUZZ_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(PAGES.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.constantFrom(...URLS), async (page, mutations, url) => {
        const html = mutations.reduce((h, m) => m(h), PAGES[page]!);
        let doc: Document;
        try {
          doc = parseHtml(html);
        } catch {
          // happy-dom's own parser gives up on some trees (a browser caps nesting at 512): the
          // command line reports that file as unreadable and goes on (tests/unit/cli.test.ts).
          parserFailures++;
          return;
        }
        const started = performance.now();
        const r = analyzePage(doc, url, { force: true });
        expect(performance.now() - started).toBeLessThan(CASE_BUDGET_MS);
        if (r.call) expect(recordProblem(r.call)).toBeNull();
        expect(typeof r.detection.isCall).toBe('boolean');
        await closeHtmlParser().catch(() => undefined);
      }),
      { numRuns: FUZZ_RUNS, seed: FUZZ_SEED },
    );
    console.log(`fuzz: ${FUZZ_RUNS} pages, ${parserFailures} refused by the HTML parser`);
    expect(parserFailures).toBeLessThan(FUZZ_RUNS / 2);
  }, 600_000);

  it('random text never breaks the text path', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.option(fc.constantFrom('2024-01-01', '1999-12-31', 'garbage')), (text, published) => {
        const r = analyzeText(text, { published });
        if (r.call) expect(recordProblem(r.call)).toBeNull();
      }),
      { numRuns: FUZZ_RUNS * 4, seed: FUZZ_SEED },
    );
  });

  it('call-shaped texts with datelines, relative days and spans, in any order and with any publication date, never throw', () => {
    // Lines of the kinds the date and call rules read, so that the rules that only a call's text reaches are run too.
    const line = fc.constantFrom(
      'Chuyện ít biết về những cuộc điện đàm của các tổng thống Mỹ',
      'Thủ tướng điện đàm với Thủ tướng Singapore',
      'Thế giớiThứ Ba, 13/12/2016 11:24:00 +07:00',
      '05/03/2026 08:15',
      'Cập nhật lúc 09:30 ngày 05/03/2026 (GMT+7)',
      'Gần đây nhất, theo truyền thông Mỹ, Tổng thống đắc cử Donald Trump đã điện đàm với Thủ tướng Nhật Bản Shinzo Abe hôm thứ Sáu vừa qua.',
      'Chiều qua, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Singapore Lawrence Wong.',
      'Điện Kremlin ngày 1-3 thông báo cuộc điện đàm diễn ra hai ngày trước đó giữa Tổng thống Nga và Tổng thống Mỹ.',
      'Tổng thống Indonesia sẽ dự các hội nghị thượng đỉnh trực tuyến với ASEAN từ 21-23/6.',
      'Đang ở Canberra cho chuyến công tác từ 4-6/3, tối ngày 5/3 Bộ trưởng đã điện đàm với Ngoại trưởng Nhật Bản.',
      'Ngày mai, hai bên sẽ hội đàm trực tuyến, theo thông báo hôm 29/2.',
      'Sau cuộc điện đàm, hai nhà lãnh đạo nhất trí tăng cường hợp tác.',
      'Tổng thống Philippines Ferdinand Marcos Jr. đã điện đàm với Tổng thống Hàn Quốc Lee Jae Myung.',
      '',
    );
    const published = fc.option(fc.constantFrom('2016-12-13', '2016-12-13T11:24:00+07:00', '2024-02-29', '2016-13-45', 'garbage', ''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), published, (lines, day) => {
        const r = analyzeText(lines.join('\n'), { published: day });
        if (r.call) expect(recordProblem(r.call)).toBeNull();
      }),
      { numRuns: FUZZ_RUNS * 4, seed: FUZZ_SEED },
    );
  });

  it('records of the real fixtures are well formed', () => {
    for (const html of PAGES) {
      const r = analyzePage(parseHtml(html), URLS[0]!, { force: true });
      if (r.call) expect(recordProblem(r.call)).toBeNull();
    }
  });
});
