import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/engine';
import { HAS_SHARED, readShared, sharedMissing } from '../helpers/shared';

/**
 * The five source articles (../shared/seeds, text copies of whole pages: sidebars included),
 * each with its record written by hand from reading the article.
 */
interface SeedRecord {
  kind: 'phone' | 'video' | 'planned';
  eventDate: string | null;
  eventDatePartial: string | null;
  participants: Array<{ name: string; title: string; country: string }>;
  initiator: string | null;
  ordinal: number | null;
  topics: string[];
  notTopics?: string[];
  agreements: string[];
  earlierCalls: string[];
  attribution: string | null;
  title: string;
  publishedAt?: string;
}

const PUTIN = { name: 'Vladimir Putin', title: 'Tổng thống', country: 'RU' };
const MACRON = { name: 'Emmanuel Macron', title: 'Tổng thống', country: 'FR' };
const TRUMP = { name: 'Donald Trump', title: 'Tổng thống', country: 'US' };

const SEEDS: Record<string, SeedRecord> = {
  '000_c4a614b16a4b5896.txt': {
    title: 'Tổng thống Nga Putin lần đầu điện đàm với Tổng thống Pháp Macron',
    kind: 'phone',
    eventDate: null,
    eventDatePartial: '--05-18', // "hôm qua (18/5)"; the text gives no year
    participants: [PUTIN, MACRON],
    initiator: 'Vladimir Putin', // "Tổng thống Putin là người đã khởi xướng cuộc điện đàm này"
    ordinal: 1, // "lần đầu"
    topics: ['Ukraine', 'Syria'],
    agreements: ['nhất trí tiếp tục thảo luận về các cuộc khủng hoảng trong khu vực như ở Ukraine và Syria bất chấp những quan điểm trái ngược hiện nay giữa hai bên'],
    earlierCalls: [],
    attribution: 'vov.vn',
  },
  '001_d94c0c49a8f30f67.txt': {
    title: 'Lãnh đạo Nga, Pháp nhất trí duy trì tiếp xúc sau đối thoại về Ukraine',
    kind: 'phone',
    eventDate: null,
    eventDatePartial: '--02-03', // "Ngày 3/2"; the caption's 26/6/2020 is not the call's date
    participants: [PUTIN, MACRON],
    initiator: null,
    ordinal: 3, // "lần thứ 3 trong vòng 7 ngày qua"
    topics: ['Ukraine', 'an ninh châu Âu'],
    agreements: ['nhất trí duy trì các cuộc tiếp xúc'],
    earlierCalls: ['--01-28', '--01-31'], // "Trước đó, ngày 28 và 31/1"
    attribution: null, // "(Ảnh: AFP/TTXVN)" is a photo credit
  },
  '002_888fbeca05db9694.txt': {
    title: '', // the first line is a photo caption, not a headline
    kind: 'video', // "cuộc họp thượng đỉnh trực tuyến"
    eventDate: null,
    eventDatePartial: '--06-26',
    participants: [PUTIN, MACRON],
    initiator: null,
    ordinal: null,
    topics: ['COVID-19', 'chống khủng bố', 'biến đổi khí hậu', 'Ukraine', 'Libya', 'Syria'],
    agreements: [
      'nhất trí cho rằng nhiệm vụ cấp bách trước mắt vẫn là phối kết hợp các nỗ lực chống lại sự lây lan của đại dịch COVID-19 và khắc phục hậu quả của dịch',
      'nhất trí triển khai phối hợp theo định dạng 2+2 với sự tham gia của Bộ trưởng Ngoại giao và Quốc phòng hai nước',
    ],
    earlierCalls: [],
    attribution: null, // "(Nguồn: newseu.cgtn.com)" is the photo's source
  },
  '003_ead625933131e22d.txt': {
    title: 'Tổng thống Nga điện đàm với Tổng thống Mỹ về các vấn đề nóng',
    kind: 'phone',
    eventDate: null, // the text never dates this call; 28/1 and 3/4 are the earlier ones
    eventDatePartial: null,
    participants: [PUTIN, TRUMP], // "Tổng thống Nga" named from the text
    initiator: null,
    ordinal: 3, // "Đây là lần thứ 3"
    topics: ['Syria', 'Triều Tiên', 'chống khủng bố'],
    notTopics: ['Ukraine'], // Ukraine was a topic of the first call, not of this one
    agreements: [
      'nhất trí đấy mạnh đối thoại giữa cơ quan ngoại giao hai nước nhằm tìm kiếm các phương án cho phép củng cố, duy trì lệnh ngừng bắn ở Syria và triển vọng phối hợp hành động chống Tổ chức khủng bố Nhà nước Hồi giáo IS tự xưng',
    ],
    earlierCalls: ['--01-28', '--04-03'],
    attribution: 'vov.vn',
  },
  '004_bac092736ce2dc05.txt': {
    title: 'Tổng thống Pháp Macron tính thiết lập lại liên lạc với Tổng thống Nga Putin',
    publishedAt: '2026-01-07T21:25:00+07:00', // "07-01-2026 - 21:25 PM"
    kind: 'planned', // "đang sắp xếp việc thiết lập liên lạc … trong những tuần tới"
    eventDate: null,
    eventDatePartial: null,
    participants: [MACRON, PUTIN],
    initiator: 'Emmanuel Macron',
    ordinal: null,
    topics: [],
    agreements: [], // "việc thống nhất lập trường chung" is another meeting's
    earlierCalls: [],
    attribution: 'Quỳnh Như / Tiền Phong',
  },
};

describe.skipIf(!HAS_SHARED)('the five seed articles', () => {
  it.each(Object.entries(SEEDS))('%s', (file, want) => {
    const raw = readShared(`seeds/${file}`);
    const r = analyzeText(raw);
    const a = r.article!;
    expect(a.title).toBe(want.title);
    if (want.publishedAt) expect(a.publishedAt).toBe(want.publishedAt);
    expect(a.attribution).toBe(want.attribution);
    // Sidebars never reach the text: their headlines and their 2023–2025 dates.
    expect(a.text).not.toMatch(/Tin cùng chuyên mục|Tin liên quan|Xem tin theo ngày|CÙNG CHUYÊN MỤC|Tin mới|Giấy phép/);
    expect(a.text).not.toMatch(/\b(2023|2024|2025)\b/);
    expect(r.detection.isCall).toBe(true);
    const c = r.call!;
    expect(c.kind).toBe(want.kind);
    expect(c.eventDate).toBe(want.eventDate);
    expect(c.eventDatePartial).toBe(want.eventDatePartial);
    expect(c.participants.map(({ name, title, country }) => ({ name, title, country }))).toEqual(want.participants);
    expect(c.initiator).toBe(want.initiator);
    expect(c.ordinal).toBe(want.ordinal);
    for (const t of want.topics) expect(c.topics).toContain(t);
    for (const t of want.notTopics ?? []) expect(c.topics).not.toContain(t);
    expect(c.agreements).toEqual(want.agreements);
    expect(c.earlierCalls.map((e) => e.date ?? e.datePartial)).toEqual(want.earlierCalls);
    // Every field names the sentence it came from, and that sentence is in the article.
    const whole = `${a.title}\n${a.text}`;
    if (c.eventDatePartial) expect(whole).toContain(c.evidence.eventDate!);
    if (c.initiator) expect(whole).toContain(c.evidence.initiator!);
    if (c.ordinal) expect(whole).toContain(c.evidence.ordinal!);
    for (const s of [...c.evidence.agreements, ...c.evidence.earlierCalls, ...c.evidence.participants]) expect(whole).toContain(s);
  });
});
it.runIf(!HAS_SHARED)('seed articles', () => console.warn(sharedMissing));
