import { describe, expect, it } from 'vitest';
import { findDateExpressions, resolveDate } from '../../lib/summarize/dates';

/** [sentence, publication date, direction, expected dates (ISO, or --MM-DD)] */
const TABLE: Array<[string, string | null, 'past' | 'future', string[]]> = [
  ['Một trợ lý hôm qua (18/5) cho biết', '2017-05-19', 'past', ['2017-05-18']],
  ['Một trợ lý hôm qua (18/5) cho biết', null, 'past', ['--05-18']],
  ['Hôm qua, hai nhà lãnh đạo điện đàm', '2023-04-27', 'past', ['2023-04-26']],
  ['hai nhà lãnh đạo điện đàm tối qua', '2024-01-01', 'past', ['2023-12-31']],
  ['Sáng nay, Thủ tướng điện đàm', '2021-10-12', 'past', ['2021-10-12']],
  ['Ngày 3/2, Tổng thống Nga', '2022-02-04', 'past', ['2022-02-03']],
  ['Ngày 3/2, Tổng thống Nga', null, 'past', ['--02-03']],
  ['Trước đó, ngày 28 và 31/1, hai nhà lãnh đạo', '2022-02-04', 'past', ['2022-01-28', '2022-01-31']],
  ['cuộc điện đàm đầu tiên hôm 28/1', '2017-05-03', 'past', ['2017-01-28']],
  ['ngày 25-10 vừa qua', '2025-01-05', 'past', ['2024-10-25']],
  ['Hôm 30/12, hai nhà lãnh đạo', '2022-01-01', 'past', ['2021-12-30']],
  ['tối 12-2 (giờ Mỹ)', '2025-02-13', 'past', ['2025-02-12']],
  ['chiều 15.3, Thủ tướng', '2024-03-16', 'past', ['2024-03-15']],
  ['ngày 14/2/2018 và tỷ lệ 3/4 số phiếu', '2025-01-01', 'past', ['2018-02-14']],
  ['ngày 3 tháng Hai năm 2022', null, 'past', ['2022-02-03']],
  ['Hai nhà lãnh đạo từng điện đàm hôm 12.2 và 18.3', '2025-05-20', 'past', ['2025-02-12', '2025-03-18']],
  ['vào thứ Hai, hai ông', '2025-02-13', 'past', ['2025-02-10']],
  ['sẽ điện đàm vào thứ Ba tới', '2025-02-13', 'future', ['2025-02-18']],
  ['dự kiến điện đàm vào thứ Năm (28/7)', '2022-07-27', 'future', ['2022-07-28']],
  ['đã điện đàm vào chiều thứ Sáu 14/03 về thương mại', null, 'past', ['--03-14']],
  ['đã điện đàm vào chiều thứ Sáu 14/03 về thương mại', '2014-03-16', 'past', ['2014-03-14']],
  ['sẽ điện đàm vào ngày 3/1', '2024-12-28', 'future', ['2025-01-03']],
  // A day a little after a copy's date (a scraper's "date" line is not always the article's): still that year.
  ['Vào ngày 9/8, Ngoại trưởng hai nước điện đàm', '2025-08-06', 'past', ['2025-08-09']],
  // One far after it is last year's.
  ['Vào ngày 20/11, Ngoại trưởng hai nước điện đàm', '2025-08-06', 'past', ['2024-11-20']],
  // A headline's day in brackets, written in words; a range whose first day has its own "ngày".
  ['Điện đàm giữa hai Ngoại trưởng (12 tháng 3 năm 2022)', null, 'past', ['2022-03-12']],
  ['họp trực tuyến từ ngày 14 đến ngày 15/9/2021', null, 'past', ['2021-09-14', '2021-09-15']],
  ['khoảng (3 tháng tuổi)', '2025-02-13', 'past', []],
  ['lần thứ hai trong tháng', '2025-02-13', 'past', []],
  ['tăng 3/4 so với 2/3 năm trước', '2025-02-13', 'past', []],
  ['ngày 31/2', '2025-02-13', 'past', []],
];

describe('date expressions and their resolution', () => {
  it.each(TABLE)('%s (published %s, %s)', (sentence, published, direction, expected) => {
    const got = findDateExpressions(sentence).map((e) => {
      const r = resolveDate(e, published, direction);
      return r.date ?? r.partial;
    });
    expect(got).toEqual(expected);
  });

  it('keeps the words the date came from', () => {
    expect(findDateExpressions('Một trợ lý hôm qua (18/5) cho biết')[0]?.text).toBe('hôm qua (18/5)');
  });

  it('has no year without a publication date for relative days', () => {
    expect(resolveDate(findDateExpressions('hôm qua')[0]!, null)).toEqual({ date: null, partial: null });
  });
});

describe('a publication date as pages give it', () => {
  const [friday] = findDateExpressions('hôm thứ Sáu vừa qua');
  const [yesterday] = findDateExpressions('hôm qua');
  it('a day with a time and zone after it is that day; anything else is no day, never an error', () => {
    expect(resolveDate(yesterday!, '2016-12-13T11:24:00+07:00').date).toBe('2016-12-12');
    expect(resolveDate(friday!, '2016-12-13T11:24:00+07:00').date).toBe('2016-12-09');
    for (const bad of ['2016-13-45', 'Thứ Ba', '', '13/12/2016']) expect(resolveDate(yesterday!, bad)).toEqual({ date: null, partial: null });
  });
});

describe('a span of days after "từ"', () => {
  const days = (t: string) => findDateExpressions(t).map((e) => [e.day, e.month]);
  it('"từ 12-15/11" and "từ 14 đến 15/9" give their days; a count of people or a month and year do not', () => {
    expect(days('Trong vòng bốn ngày từ 12-15/11, Tổng thống sẽ dự năm hội nghị trực tuyến.')).toEqual([[12, 11], [15, 11]]);
    expect(days('Hội nghị diễn ra từ 14 đến 15/9 theo hình thức trực tuyến.')).toEqual([[14, 9], [15, 9]]);
    expect(days('Mỗi đoàn có từ 5-7 người tham dự.')).toEqual([]);
    expect(days('Giá tăng từ 10-12/2024 đến nay.')).toEqual([]);
  });
});
