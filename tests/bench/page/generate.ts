/**
 * A collection of n generated calls in the JSON export format (lib/export), realistic enough to
 * load the store the way a reader's years of saving would:
 * - participants: leaders of the gazetteer (~550) with their title and country, chosen by a
 *   Zipf law over a ranking that puts Vietnam's leaders and the great powers first (as in the
 *   Vietnamese press: a few leaders take most calls; Putin–Macron recurs); mostly two people of
 *   two countries, sometimes three;
 * - dates spread over 2015–2026, a tenth of calls only mentioned by another call's article, kinds
 *   phone / video / planned, topics (1–6) and agreements drawn from the engine's tables, evidence
 *   sentences;
 * - one article per reported call, ~2,000–6,000 characters of real Vietnamese news text
 *   (paragraphs of the bundled corpora, passed in), a title naming the two leaders, outlet, date;
 * - a note on one call in twenty.
 * Deterministic for a given n and seed. Browser-safe (bundled into the benchmark's page script).
 */
import { LEADERS } from '../../../lib/gazetteer/data/leaders';
import { TITLES } from '../../../lib/gazetteer/data/titles';
import { placeName } from '../../../lib/gazetteer/places';
import { TOPICS } from '../../../lib/summarize/data/topics';
import type { CallKind, Participant } from '../../../lib/summarize/types';
import type { ExportEnvelope } from '../../../lib/export/envelope';
import type { SavedArticle, SavedCall } from '../../../lib/store/types';
import { uncomputedKeys } from '../../helpers/call-rows';
import { seededRandom as random } from '../../helpers/random';

/** Leaders the Vietnamese press names most, first; the rest of the table follows in its order. */
const FIRST = [
  'vladimir-putin', 'emmanuel-macron', 'pham-minh-chinh', 'donald-trump', 'xi-jinping', 'joe-biden', 'volodymyr-zelensky',
  'to-lam', 'bui-thanh-son', 'olaf-scholz', 'recep-tayyip-erdogan', 'sergei-lavrov', 'antony-blinken', 'wang-yi',
  'fumio-kishida', 'narendra-modi', 'luong-cuong', 'shigeru-ishiba', 'keir-starmer', 'anthony-albanese', 'nguyen-phu-trong',
];

const OUTLETS = [
  { site: 'VOV', host: 'vov.vn', path: (slug: string, i: number) => `/the-gioi/${slug}-post${100000 + i}.vov` },
  { site: 'CafeF', host: 'cafef.vn', path: (slug: string, i: number) => `/${slug}-1882${600000000 + i}.chn` },
  { site: 'VnExpress', host: 'vnexpress.net', path: (slug: string, i: number) => `/${slug}-${4000000 + i}.html` },
  { site: 'Tuổi Trẻ', host: 'tuoitre.vn', path: (slug: string, i: number) => `/${slug}-2026${10000000 + i}.htm` },
  { site: 'Báo Quốc tế', host: 'baoquocte.vn', path: (slug: string, i: number) => `/${slug}-${300000 + i}.html` },
  { site: 'VietnamPlus', host: 'vietnamplus.vn', path: (slug: string, i: number) => `/${slug}-post${1000000 + i}.vnp` },
];

const AGREEMENTS = [
  'nhất trí duy trì tiếp xúc thường xuyên', 'nhất trí tăng cường hợp tác kinh tế, thương mại và đầu tư',
  'nhất trí thúc đẩy trao đổi đoàn các cấp', 'nhất trí phối hợp chặt chẽ tại các diễn đàn đa phương',
  'nhất trí sớm tổ chức kỳ họp Ủy ban liên chính phủ', 'nhất trí tiếp tục đối thoại', 'nhất trí nâng cấp quan hệ',
];

const slugOf = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function generateCollection(n: number, paragraphs: readonly string[], seed = 6): ExportEnvelope {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const ranked = [...FIRST.map((id) => LEADERS.find((l) => l.id === id)).filter((l) => !!l), ...LEADERS.filter((l) => !FIRST.includes(l.id))];
  // Zipf (s = 1.1) over the ranking, as a cumulative table.
  const weights = ranked.map((_, i) => 1 / Math.pow(i + 1, 1.1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((acc, w) => (cumulative.push((acc + w) / total), acc + w), 0);
  const leader = () => {
    const x = rnd();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return ranked[lo]!;
  };
  const titleName = new Map(TITLES.map((t) => [t.id, t.name]));
  const participantOf = (l: (typeof LEADERS)[number]): Participant => ({
    name: l.name,
    title: titleName.get(l.offices[l.offices.length - 1]?.title ?? '') ?? null,
    country: l.country,
    leaderId: l.id,
  });
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  const env: ExportEnvelope = { format: 'dien-dam-export', schemaVersion: 2, exportedAt: new Date(Date.UTC(2026, 10, 22)).toISOString(), extensionVersion: '0.1.0', articles: [], calls: [], notes: [] };
  let articleId = 0;
  const usedKeys = new Set<string>();
  for (let i = 1; i <= n; i++) {
    const a = leader();
    let b = leader();
    for (let k = 0; k < 20 && (b.id === a.id || b.country === a.country); k++) b = leader();
    const people = [a, b];
    if (rnd() < 0.05) {
      const c = leader();
      if (!people.some((p) => p.id === c.id)) people.push(c);
    }
    const participants = people.map(participantOf);
    const date = new Date(start + Math.floor(rnd() * span)).toISOString().slice(0, 10);
    const keys = people.map((p) => p.id).sort();
    let eventKey = `${date}|${keys.join(',')}`;
    if (usedKeys.has(eventKey)) continue; // the same event twice: one call
    usedKeys.add(eventKey);
    const r = rnd();
    const kind: CallKind = r < 0.8 ? 'phone' : r < 0.95 ? 'video' : 'planned';
    const mentioned = i > 10 && rnd() < 0.1;
    const topics = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => TOPICS[Math.floor(Math.pow(rnd(), 2) * TOPICS.length)]!.label))];
    const agreements = [...new Set(Array.from({ length: Math.floor(rnd() * 3) }, () => pick(AGREEMENTS)))];
    const [d, m, y] = [Number(date.slice(8)), Number(date.slice(5, 7)), date.slice(0, 4)];
    const p0 = participants[0]!;
    const p1 = participants[1]!;
    const sentence = `Ngày ${d}/${m}, ${p0.title} ${placeName(p0.country!)} ${p0.name} đã ${kind === 'video' ? 'hội đàm trực tuyến' : kind === 'planned' ? 'dự kiến điện đàm' : 'điện đàm'} với ${p1.title} ${placeName(p1.country!)} ${p1.name}.`;
    const created = `${date}T0${1 + Math.floor(rnd() * 8)}:00:00.000Z`;
    let articleIds: number[] = [];
    let mentionedIn: number[] = [];
    if (mentioned) {
      mentionedIn = [1 + Math.floor(rnd() * articleId)];
    } else {
      articleId++;
      const outlet = pick(OUTLETS);
      const title = `${p0.title} ${placeName(p0.country!)} ${p0.name} ${kind === 'video' ? 'hội đàm trực tuyến' : 'điện đàm'} với ${p1.title} ${placeName(p1.country!)} ${p1.name}`;
      const length = 2000 + Math.floor(rnd() * 4000);
      let text = sentence;
      while (text.length < length) text += `\n${pick(paragraphs)}`;
      const path = outlet.path(slugOf(title).slice(0, 90), i);
      const article: SavedArticle = {
        id: articleId,
        urlKey: `${outlet.host}${path}`,
        url: `https://${outlet.host}${path}`,
        canonicalUrl: null,
        title,
        lead: sentence,
        text,
        siteName: outlet.site,
        publishedAt: `${date}T10:00:00+07:00`,
        author: rnd() < 0.5 ? 'Minh Hòa' : null,
        attribution: outlet.host,
        savedAt: created,
      };
      env.articles.push(article);
      articleIds = [articleId];
    }
    const call = {
      id: i,
      callKey: `${mentioned ? 'mention' : kind}|${eventKey}`,
      eventKey,
      mentioned: mentioned ? 1 : 0,
      kind,
      eventDate: date,
      eventDatePartial: `--${date.slice(5)}`,
      eventDateExpression: `ngày ${d}/${m}/${y}`,
      participants,
      initiator: rnd() < 0.3 ? p0.name : null,
      ordinal: rnd() < 0.1 ? 1 + Math.floor(rnd() * 5) : null,
      topics,
      agreements,
      earlierCalls: [],
      attribution: null,
      evidence: {
        kind: sentence,
        eventDate: sentence,
        participants: [sentence, sentence],
        initiator: null,
        ordinal: null,
        topics: Object.fromEntries(topics.map((t) => [t, `Hai bên trao đổi về ${t}.`])),
        agreements: agreements.map((x) => `Hai nhà lãnh đạo ${x}.`),
        earlierCalls: [],
      },
      articleIds,
      mentionedIn,
      ...uncomputedKeys(),
      sortDate: date,
      createdAt: created,
      updatedAt: created,
      eventCodes: { cameo: '041', plover: 'CONSULT', ploverMode: kind, actors: [] },
    } as unknown as ExportEnvelope['calls'][number];
    env.calls.push(call as SavedCall as ExportEnvelope['calls'][number]);
    if (i % 20 === 0) env.notes.push({ id: env.notes.length + 1, callId: i, text: `Ghi chú: theo dõi quan hệ ${placeName(p0.country!)} – ${placeName(p1.country!)}.`, updatedAt: created });
    eventKey = '';
  }
  return env;
}
