import { describe, expect, it } from 'vitest';
import { flagEmoji, lookupPlace, placeName } from '../../lib/gazetteer/entities';
import { officeHolders } from '../../lib/gazetteer/offices';
import { findPeople } from '../../lib/gazetteer/people';
import { TITLES } from '../../lib/gazetteer/data/titles';

const title = (name: string) => TITLES.find((t) => t.name === name)!;

describe('places', () => {
  it.each([
    ['Mỹ', 'US'],
    ['Hoa Kỳ', 'US'],
    ['Nga', 'RU'],
    ['Liên bang Nga', 'RU'],
    ['Điện Kremlin', 'RU'],
    ['Nhà Trắng', 'US'],
    ['Điện Elysee', 'FR'],
    ['Moskva', 'RU'],
    ['Mátxcơva', 'RU'],
    ['Bắc Kinh', 'CN'],
    ['Triều Tiên', 'KP'],
    ['Ukraina', 'UA'],
    ['Ukraine', 'UA'],
    ['Trung Quốc', 'CN'],
    ['Liên hợp quốc', 'UN'],
    ['NATO', 'NATO'],
    ['EU', 'EU'],
    ['G-20', 'G20'],
    ['Nhóm G-7', 'G7'],
    // The older spelling with i for y, and the transliterations papers wrote before the original spellings took over.
    ['Mĩ', 'US'],
    ['Hoa Kì', 'US'],
    ['A-rập Xê-út', 'SA'],
    ['Gha-na', 'GH'],
    ['Ma-đa-ga-xca', 'MG'],
  ])('%s → %s', (name, code) => {
    expect(lookupPlace(name)).toBe(code);
  });

  it('names and flags', () => {
    expect(placeName('RU')).toBe('Nga');
    expect(placeName('RU', 'en')).toBe('Russia');
    expect(flagEmoji('FR')).toBe('🇫🇷');
    expect(flagEmoji('UN')).toBe('');
  });
});

describe('findPeople', () => {
  const people = (text: string) => findPeople(text).map((p) => ({ title: p.title?.name ?? null, country: p.country, name: p.name, ids: p.candidates.map((c) => c.id) }));

  it('reads title + country + known name', () => {
    expect(people('Tổng thống Nga Vladimir Putin điện đàm với Tổng thống Pháp Emmanuel Macron')).toEqual([
      { title: 'Tổng thống', country: 'RU', name: 'Vladimir Putin', ids: ['vladimir-putin'] },
      { title: 'Tổng thống', country: 'FR', name: 'Emmanuel Macron', ids: ['emmanuel-macron'] },
    ]);
  });

  it('reads a person absent from the gazetteer from title + country + name', () => {
    const [p] = people('Thủ tướng Tuvalu Feleti Teo đã điện đàm với …');
    expect(p).toMatchObject({ title: 'Thủ tướng', country: 'TV', name: 'Feleti Teo' });
  });

  it('reads "người đồng cấp Pháp Emmanuel Macron"', () => {
    const [p] = people('người đồng cấp Pháp Emmanuel Macron');
    expect(p).toMatchObject({ country: 'FR', name: 'Emmanuel Macron', ids: ['emmanuel-macron'] });
  });

  it('reads a title shared through "và" by a second country\'s official', () => {
    expect(people('Ông đã điện đàm với người đồng cấp Lào Chansamone Chanyalath và Campuchia Tea Seiha hôm qua')).toEqual([
      { title: 'Người đồng cấp', country: 'LA', name: 'Chansamone Chanyalath', ids: [] },
      { title: 'Người đồng cấp', country: 'KH', name: 'Tea Seiha', ids: [] },
    ]);
    // …but not a country that only goes on the sentence ("… và Nhật Bản cho biết").
    expect(people('Bộ trưởng Quốc phòng Mỹ Lloyd Austin và Nhật Bản cho biết').map((p) => p.name)).toEqual(['Lloyd Austin']);
  });

  it('gives a known leader named first and titled after a comma with a body\'s office that body', () => {
    expect(people('Thủ tướng gọi cho bà Ursula von der Leyen, Chủ tịch Ủy ban châu Âu, để bàn chuyện thuế')[1]).toMatchObject({ country: 'EU', ids: ['ursula-von-der-leyen'] });
    expect(people('ông António Guterres, Tổng Thư ký Liên hợp quốc, cho biết')[0]).toMatchObject({ country: 'UN' });
  });

  it('keeps an initial written without a space inside the name', () => {
    expect(people('Tổng thống Hoa Kỳ Donald J.Trump phát biểu')[0]).toMatchObject({ name: 'Donald J.Trump', ids: ['donald-trump'] });
  });

  it('knows Sino-Vietnamese, family-name-first and hyphenated names', () => {
    expect(people('Chủ tịch Trung Quốc Tập Cận Bình')[0]?.ids).toEqual(['xi-jinping']);
    expect(people('Thủ tướng Nhật Bản Kishida Fumio')[0]?.ids).toEqual(['fumio-kishida']);
    expect(people('Tổng thống Hàn Quốc Lee Jae-myung')[0]?.name).toBe('Lee Jae-myung');
  });

  it('keeps a role without a name', () => {
    expect(people('Tổng thống Nga điện đàm với Tổng thống Mỹ')).toEqual([
      { title: 'Tổng thống', country: 'RU', name: null, ids: [] },
      { title: 'Tổng thống', country: 'US', name: null, ids: [] },
    ]);
  });

  it('reads a seat metonym', () => {
    expect(findPeople('ông chủ Nhà Trắng gửi lời chia buồn')[0]).toMatchObject({ country: 'US', viaSeat: true });
  });

  it('gives a Vietnamese name without a country to Vietnam', () => {
    expect(people('Bộ trưởng Ngoại giao Bùi Thanh Sơn')[0]?.country).toBe('VN');
  });

  it('does not take an aide, a spouse or an office for the title holder', () => {
    expect(people('Trợ lý Tổng thống Nga Yury Ushakov cho biết').some((p) => p.title === 'Tổng thống')).toBe(false);
    expect(people('Văn phòng Tổng thống Hàn Quốc thông báo')).toEqual([]);
  });

  it('does not read a name into a pair of countries', () => {
    expect(people('Lãnh đạo Mỹ - Trung điện đàm').every((p) => p.name === null)).toBe(true);
  });

  it('does not read ordinary words as countries', () => {
    const codes = findPeople('Pháp luật của Tuấn Anh và ông Trần Đức Lương').map((p) => p.country);
    expect(codes).not.toContain('FR');
    expect(codes).not.toContain('GB');
    expect(codes).not.toContain('DE');
  });
});

describe('officeHolders', () => {
  it('names the office-holder of the time', () => {
    const at = (d: string) => [{ from: d, to: d }];
    expect(officeHolders('US', title('Tổng thống'), at('2019-06-01')).map((l) => l.id)).toEqual(['donald-trump']);
    expect(officeHolders('US', title('Tổng thống'), at('2022-06-01')).map((l) => l.id)).toEqual(['joe-biden']);
    expect(officeHolders('RU', title('Tổng thống'), at('2017-05-18')).map((l) => l.id)).toEqual(['vladimir-putin']);
    expect(officeHolders('JP', title('Thủ tướng'), at('2022-03-01')).map((l) => l.id)).toEqual(['fumio-kishida']);
  });

  it("names a country's leader: the head of government where the president or the monarch does not rule", () => {
    const at = (d: string) => [{ from: d, to: d }];
    const leader = { id: 'nha-lanh-dao', name: 'Nhà lãnh đạo', en: 'Leader', rank: 'leader' as const };
    expect(officeHolders('IN', leader, at('2024-03-01')).map((l) => l.id)).toEqual(['narendra-modi']);
    expect(officeHolders('DE', leader, at('2023-03-01')).map((l) => l.id)).toEqual(['olaf-scholz']);
    expect(officeHolders('JP', leader, at('2022-03-01')).map((l) => l.id)).toEqual(['fumio-kishida']);
    // A president who rules is the leader, whoever heads the government under him.
    expect(officeHolders('FR', leader, at('2023-03-01')).map((l) => l.id)).toEqual(['emmanuel-macron']);
    expect(officeHolders('RU', leader, at('2010-03-01')).map((l) => l.id)).toEqual(['dmitry-medvedev']);
  });
});
