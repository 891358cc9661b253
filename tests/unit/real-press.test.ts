import { describe, expect, it } from 'vitest';
import { findPeople } from '../../lib/gazetteer/people';
import { analyzeText } from '../../lib/engine';
import { articleFromText } from '../../lib/extract';
import { gateCall } from '../../lib/detect/gate';
import { findCallHits } from '../../lib/detect/call-phrases';
import { analyzeArticle } from '../../lib/detect/analysis';

/**
 * What the real press writes that texts of our own making had not shown: officials known by their title
 * chains, headlines that say something else, copies of pages as they come from the web, call wording
 * without "điện đàm", several parties, and the near misses that look like each. Every text here is our
 * own writing, in the patterns the press uses (names of real offices and people are facts).
 */

const person = (text: string, name: string) => findPeople(text).find((p) => p.name === name || p.candidates.some((c) => c.name === name));
const run = (text: string, published: string | null = '2025-06-10') => analyzeText(text, { published });
const sides = (text: string, published?: string | null) => run(text, published).call?.participants.map((p) => [p.name, p.country]);

describe('title chains', () => {
  it('reads the country from the party body a chain names', () => {
    const p = person('Chiều 3/6, đồng chí Lê Hoài Trung đã điện đàm với Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc Lưu Kiến Siêu.', 'Lưu Kiến Siêu');
    expect(p?.country).toBe('CN');
    expect(p?.titleText).toBe('Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc');
  });

  it('reads the country written right after a name (“tướng X của Trung Quốc”) before taking a Sino-Vietnamese name for Vietnam’s', () => {
    const p = findPeople('Theo cuốn sách, viên tướng Mỹ đã gọi điện cho tướng Trương Hựu Hiệp của Trung Quốc hai lần.').find((x) => x.name === 'Trương Hựu Hiệp');
    expect(p?.country).toBe('CN');
    expect(findPeople('Đại tá Trương Văn Hiệp của Sư đoàn 5 phát biểu.').find((x) => x.name === 'Trương Văn Hiệp')?.country).toBe('VN');
  });

  it('a country after a bare comma that a verb follows starts a clause of its own, not a second counterpart', () => {
    const text = 'Ngoại trưởng Ấn Độ điện đàm người đồng cấp Trung Quốc, Pakistan lên tiếng phản đối\nTối 12/5, Bộ Ngoại giao Ấn Độ cho biết Ngoại trưởng Subrahmanyam Jaishankar đã điện đàm với người đồng cấp Trung Quốc Vương Nghị về tình hình biên giới.';
    expect(sides(text)).toEqual([['Subrahmanyam Jaishankar', 'IN'], ['Vương Nghị', 'CN']]);
    // The mirror: a list of two countries the office is shared with.
    expect(findPeople('Ngoại trưởng Ấn Độ điện đàm người đồng cấp Trung Quốc, Pakistan về biên giới').map((p) => p.country)).toEqual(['IN', 'CN', 'PK']);
  });

  it('"lãnh đạo các quốc gia trong khối" counts several countries, none of them Vietnam; a chain of bodies alone still is', () => {
    expect(findPeople('Bản đề xuất đã được gửi tới lãnh đạo các quốc gia trong khối từ tuần trước.').filter((p) => p.country === 'VN')).toEqual([]);
    const text = 'EU bàn cách ứng phó thuế thép qua hội nghị trực tuyến\nChủ tịch Ủy ban châu Âu Ursula von der Leyen tối 9/3 đã chủ trì hội nghị trực tuyến với lãnh đạo các quốc gia thành viên về biện pháp đáp trả thuế thép.';
    expect(run(text, '2020-03-09').call?.participants.map((p) => p.country)).not.toContain('VN');
    expect(person('Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung đã điện đàm với đối tác.', 'Lê Hoài Trung')?.country).toBe('VN');
  });

  it('reads a youth union’s chain, and a country after a body’s long abbreviation (“Đoàn TNNDCM Lào”)', () => {
    const own = person('Bí thư thứ nhất Trung ương Đoàn TNCS Hồ Chí Minh Bùi Quang Huy đã điện đàm với đối tác Lào.', 'Bùi Quang Huy');
    expect(own?.country).toBe('VN');
    expect(own?.titleText).toBe('Bí thư thứ nhất Trung ương Đoàn TNCS Hồ Chí Minh');
    const lao = findPeople('Bí thư Trung ương Đoàn TNNDCM Lào Phonesavanh Vongsay phát biểu.')[0];
    expect(lao?.country).toBe('LA');
    expect(lao?.name).toBe('Phonesavanh Vongsay');
  });

  it('reads the United Kingdom’s long name in either order, its “và Bắc Ireland” inside the country', () => {
    for (const uk of ['Liên hiệp Vương quốc Anh và Bắc Ireland', 'Vương quốc Liên hiệp Anh và Bắc Ireland']) {
      expect(sides(`Chiều 2/11, Bộ trưởng Công an Tô Lâm đã điện đàm với Bộ trưởng Bộ Nội vụ ${uk} Priti Patel về hợp tác phòng chống mua bán người.`, '2019-11-03')).toEqual([
        ['Tô Lâm', 'VN'],
        ['Priti Patel', 'GB'],
      ]);
    }
  });

  it('reads a name after an abbreviated degree (“GS.”, “PGS.TS.”) with the office in apposition after it', () => {
    for (const degree of ['GS. ', 'PGS.TS. ', 'TS.']) {
      const text = `Ngày 9/4, Thứ trưởng Bộ Y tế Trần Văn Thuấn đã họp trực tuyến với ${degree}Phouthone Meuangpak, Bộ trưởng Bộ Y tế Lào, về phòng chống dịch.`;
      expect(sides(text, '2021-04-10')).toEqual([['Trần Văn Thuấn', 'VN'], ['Phouthone Meuangpak', 'LA']]);
    }
  });

  it('reads a joint body’s office by the side after it (“… Việt Nam - Campuchia phía Campuchia”), the pair naming the body', () => {
    const text = 'Chiều 3/6, Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng, Chủ tịch phân ban Ủy ban hợp tác song phương Việt Nam - Campuchia phía Việt Nam, đã họp trực tuyến với Phó Thủ tướng Campuchia, Chủ tịch phân ban Ủy ban hợp tác song phương Việt Nam - Campuchia phía Campuchia Sun Chanthol.';
    expect(sides(text, '2024-06-04')).toEqual([['Nguyễn Chí Dũng', 'VN'], ['Sun Chanthol', 'KH']]);
  });

  it('keeps the dot of a generational suffix (“Marcos Jr.”) inside the name', () => {
    expect(sides('Chiều 9/9, Tổng thống Philippines Ferdinand Marcos Jr. đã điện đàm với Tổng thống Hàn Quốc Lee Jae Myung về thương mại.', '2025-09-10')).toEqual([
      ['Ferdinand Marcos Jr.', 'PH'],
      ['Lee Jae Myung', 'KR'],
    ]);
  });

  it('reads the US Joint Chiefs named without a country as the US’s, and another country’s with its name', () => {
    const people = findPeople('Chủ tịch Hội đồng Tham mưu trưởng Liên quân Charles Brown điện đàm với Chủ tịch Hội đồng Tham mưu trưởng Liên quân Philippines Romeo Brawner.');
    expect(people.map((p) => [p.name, p.country])).toEqual([['Charles Brown', 'US'], ['Romeo Brawner', 'PH']]);
  });

  it('reads “tân cử” (newly elected) as “đắc cử”: “vị tổng thống tân cử của Mỹ” is the US President-elect', () => {
    const p = findPeople('Ông Duterte cho biết vị tổng thống tân cử của Mỹ ủng hộ chiến dịch của Manila.').find((x) => x.title);
    expect([p?.title?.id, p?.country]).toEqual(['tong-thong-dac-cu', 'US']);
  });

  it('takes a Vietnamese body without a country word as Vietnam, and a body only one country has as that country', () => {
    expect(person('Bộ trưởng Bộ Công Thương Nguyễn Văn Bình phát biểu.', 'Nguyễn Văn Bình')?.country).toBe('VN');
    expect(findPeople('Trưởng Ban Đối ngoại Trung ương điện đàm với bạn.')[0]?.country).toBe('VN');
    expect(person('Trưởng Ban Liên lạc Đối ngoại Trung ương Vương Minh Đạt cho biết.', 'Vương Minh Đạt')?.country).toBe('CN');
  });

  it('completes a name given first from the chain in apposition, through commas and dashes', () => {
    const text = 'Sáng 5/6, đồng chí Trần Minh Khoa, Ủy viên Trung ương Đảng, Bí thư Thành ủy Thiên Tân (Trung Quốc) gọi điện cho đồng chí Hà Văn Lâm - Ủy viên Bộ Chính trị, Trưởng Ban Tuyên giáo Trung ương.';
    expect(person(text, 'Trần Minh Khoa')?.country).toBe('CN');
    expect(person(text, 'Trần Minh Khoa')?.title?.id).toBe('bi-thu');
    expect(person(text, 'Hà Văn Lâm')?.country).toBe('VN');
    expect(person(text, 'Hà Văn Lâm')?.title?.id).toBe('truong-ban');
  });

  it('reads a list of titles before a name as one person, the office before the grade', () => {
    const people = findPeople('Phó Thủ tướng Chính phủ, Bộ trưởng Ngoại giao Bùi Thanh Sơn và Tổng tham mưu trưởng các lực lượng vũ trang Liên bang Nga - Đại tướng Oleg Sorokin.');
    expect(people.map((p) => p.name)).toEqual(['Bùi Thanh Sơn', 'Oleg Sorokin']);
    expect(people[1]!.country).toBe('RU');
    expect(people[1]!.title?.id).toBe('tong-tham-muu-truong');
  });

  it('passes over an abbreviation in brackets, a deputy rank and "this country"', () => {
    expect(person('Đại diện Thương mại Hoa Kỳ (USTR) Emily Carter nói.', 'Emily Carter')?.country).toBe('US');
    expect(person('Thứ trưởng thứ nhất Bộ Ngoại giao Hàn Quốc Park Ji-won đến.', 'Park Ji-won')?.country).toBe('KR');
    const xi = findPeople('Truyền hình trung ương Trung Quốc cho biết Chủ tịch nước này Tập Cận Bình đã điện đàm.');
    expect(xi.map((p) => p.name)).toEqual(['Tập Cận Bình']);
  });

  it('reads "nước <country>" in a chain as the country: "Thủ tướng Quốc vụ viện nước CHND Trung Hoa Lý Khắc Cường"', () => {
    const p = person('Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Quốc vụ viện nước CHND Trung Hoa Lý Khắc Cường.', 'Lý Khắc Cường');
    expect([p?.country, p?.title?.id]).toEqual(['CN', 'thu-tuong-quoc-vu-vien']);
  });

  it('reads a province after its body as a place, and the person after it', () => {
    const p = findPeople('Bí thư Tỉnh ủy Lạng Sơn Đoàn Minh Tuấn hội đàm trực tuyến với Bí thư Khu ủy Quảng Tây.');
    expect(p[0]!.name).toBe('Đoàn Minh Tuấn');
    expect(p[0]!.country).toBe('VN');
    expect(p[1]!.country).toBe('CN');
  });

  it('does not take a title in lower case, with neither name nor country, for a person', () => {
    expect(findPeople('sau cuộc bầu cử tổng thống vừa qua')).toEqual([]);
  });

  it('does not take a short form for someone whose offices do not fit the title', () => {
    const p = findPeople('Tổng thống Hàn - Mỹ sẽ điện đàm tối nay.');
    expect(p.every((m) => m.candidates.every((c) => c.id !== 'han-zheng'))).toBe(true);
  });
});

describe('calls the press reports between officials outside any leaders list', () => {
  it('party, military and trade officials with their countries', () => {
    expect(sides('Trưởng Ban Đối ngoại Trung ương điện đàm với Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc\nChiều 3/6, đồng chí Lê Hoài Trung, Bí thư Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương đã điện đàm với đồng chí Lưu Kiến Siêu, Ủy viên Trung ương Đảng, Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc.')).toEqual([
      ['Lê Hoài Trung', 'VN'],
      ['Lưu Kiến Siêu', 'CN'],
    ]);
    expect(sides('Bộ trưởng Công Thương trao đổi trực tuyến với Đại diện Thương mại Hoa Kỳ\nTối 2/6, Bộ trưởng Bộ Công Thương Nguyễn Văn Bình đã có cuộc trao đổi trực tuyến với Đại diện Thương mại Hoa Kỳ (USTR) Emily Carter về thuế đối ứng.')).toEqual([
      ['Nguyễn Văn Bình', 'VN'],
      ['Emily Carter', 'US'],
    ]);
  });

  it('a ministry the chain names by what it is for, written in words of two syllables', () => {
    expect(person('Hôm 4/3, ông Lê Văn Hòa điện đàm với Bộ trưởng An ninh Công cộng Trung Quốc Tôn Minh Hải về tội phạm mạng.', 'Tôn Minh Hải')?.country).toBe('CN');
    expect(person('Bộ trưởng An ninh Nội địa Mỹ Laura Kent cho biết sẽ gọi lại.', 'Laura Kent')?.country).toBe('US');
    expect(findPeople('Bà đã điện đàm với Bộ trưởng Nhập cư Canada chiều qua.')[0]?.country).toBe('CA');
  });

  it('the heads of two countries’ state audit offices', () => {
    expect(sides('Kiểm toán Nhà nước hai nước hội đàm trực tuyến\nSáng 8/7, Tổng Kiểm toán Nhà nước Việt Nam Ngô Văn Tuấn đã hội đàm trực tuyến với Chủ tịch Kiểm toán Nhà nước Campuchia Sok Dara về hợp tác đào tạo.', '2024-07-09')).toEqual([
      ['Ngô Văn Tuấn', 'VN'],
      ['Sok Dara', 'KH'],
    ]);
  });

  it('a ministry named by a list of what it is for ("Y tế, Lao động và Phúc lợi") stays in the chain to its country', () => {
    expect(person('Bà Nguyễn Thị Lan đã điện đàm với Bộ trưởng Y tế, Lao động và Phúc lợi Nhật Bản Sato Kenji hôm qua.', 'Sato Kenji')?.country).toBe('JP');
    expect(person('Bộ trưởng Nông nghiệp, Thủy sản và Lâm nghiệp Australia Mary Brown phát biểu.', 'Mary Brown')?.country).toBe('AU');
    // …but a second country after "và" is not part of the ministry's name: it is that office of another country.
    expect(findPeople('Bộ trưởng Ngoại giao Việt Nam và Trung Quốc đã điện đàm.').map((p) => p.country)).toEqual(['VN', 'CN']);
  });

  it('an office of “the Government” with no country is Vietnam’s, not a foreign official of the same title the text names', () => {
    const r = run('Thủ tướng Malaysia Anwar Ibrahim mong muốn nâng tầm hợp tác với Việt Nam\nTại cuộc điện đàm, Thủ tướng Chính phủ đã chúc mừng ông Anwar Ibrahim nhân dịp Malaysia đảm nhận vai trò Chủ tịch ASEAN.', '2025-01-10');
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['MY', 'VN']);
  });

  it('a bare minister’s title in the headline is the named minister of that country; a name cut short is the same person', () => {
    const r = run('Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Bộ trưởng New Zealand\nSáng 3/3, Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh đã điện đàm với Bộ trưởng Ngoại giao New Zealand Winston Peters về hợp tác song phương.', '2025-03-04');
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([
      ['Bùi Thanh Sơn', 'VN'],
      ['Winston Peters', 'NZ'],
    ]);
  });

  it('a legislature’s head titled one way in the headline and another in the opening is one party', () => {
    const r = run('Chủ tịch Quốc hội điện đàm với Chủ tịch Hạ viện Campuchia\nSáng 8/5, Chủ tịch Quốc hội Trần Thanh Mẫn đã điện đàm với Chủ tịch Quốc hội Campuchia Khuon Sudary về hợp tác nghị viện.');
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([
      ['Trần Thanh Mẫn', 'VN'],
      ['Khuon Sudary', 'KH'],
    ]);
  });

  it('two bodies of two countries as the sides of an online meeting: provinces, border guards, police, departments', () => {
    const countries = (text: string) => run(text, '2021-09-10').call?.participants.map((p) => p.country).sort();
    expect(countries('Hội đàm trực tuyến giữa UBND tỉnh Cao Bằng và Chính quyền thành phố Bách Sắc (Trung Quốc)\nSáng 14/4 đã diễn ra hội đàm trực tuyến giữa UBND tỉnh Cao Bằng và Chính quyền Nhân dân thành phố Bách Sắc, Khu tự trị Quảng Tây (Trung Quốc) về mở lại cửa khẩu.')).toEqual(['CN', 'VN']);
    expect(countries('Biên phòng Kon Tum và Ratanakiri hội đàm trực tuyến\nNgày 2/8, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum đã hội đàm trực tuyến với Bộ Chỉ huy Biên phòng tỉnh Ratanakiri (Campuchia).')).toEqual(['KH', 'VN']);
    expect(countries('Sở Y tế hội đàm trực tuyến với Sở Y tế tỉnh Champasak\nChiều 9/9, Sở Y tế tỉnh An Giang đã hội đàm trực tuyến phối hợp phòng dịch với Sở Y tế tỉnh Champasak, Lào.')).toEqual(['LA', 'VN']);
  });

  it('but a ministry or a province meeting its own country’s bodies online is domestic, wherever they are', () => {
    for (const text of [
      'Bộ Công Thương họp trực tuyến với các Thương vụ\nSáng 5/3, Bộ Công Thương tổ chức hội nghị trực tuyến với Văn phòng Thương mại Việt Nam tại Hoa Kỳ và các Thương vụ ở nước ngoài.',
      'Hội nghị trực tuyến giữa Bộ Y tế và Sở Y tế các tỉnh\nNgày 3/3, Bộ Y tế đã tổ chức hội nghị trực tuyến với Sở Y tế 63 tỉnh, thành phố về tiêm chủng.',
      'Công an tỉnh Quảng Trị họp trực tuyến với Công an các huyện\nSáng 1/6, Công an tỉnh Quảng Trị họp trực tuyến với Công an các huyện giáp biên giới Lào.',
    ]) expect(run(text, '2021-09-10').detection.isCall).toBe(false);
  });

  it('countries named as the sides before a two-word verb of holding the call', () => {
    for (const verb of ['thực hiện', 'tiến hành']) {
      const r = run(`Tư lệnh hải quân Ấn Độ, Indonesia lần đầu điện đàm\nSáng 3/7, các tư lệnh hải quân của Ấn Độ và Indonesia đã ${verb} cuộc điện đàm đầu tiên qua kênh liên lạc vừa mở.`);
      expect(r.detection.isCall).toBe(true);
      expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['ID', 'IN']);
    }
  });

  it('the subject who talked by phone with two leaders stays on the call ("nói chuyện" is no verb of saying)', () => {
    expect(sides('Canada và Úc bàn về thuế quan với Mỹ\nThủ tướng Canada Mark Carney đã nói chuyện qua điện thoại với Thủ tướng Úc Anthony Albanese và Thủ tướng New Zealand Christopher Luxon.', '2025-05-02')).toEqual([
      ['Mark Carney', 'CA'],
      ['Anthony Albanese', 'AU'],
      ['Christopher Luxon', 'NZ'],
    ]);
  });

  it('countries named as the sides, each an unnamed party', () => {
    const r = run('Mỹ, Trung Quốc điện đàm về quan hệ song phương\nNgày 2/6, quan chức ngoại giao Mỹ và Trung Quốc đã có cuộc điện đàm về nhiều vấn đề song phương.');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['CN', 'US']);
  });

  it('an online meeting: every leader its attendance names, the chair and the grouping not beside its members', () => {
    const r = run('Lãnh đạo nhóm G7 họp trực tuyến về thương mại\nCác nhà lãnh đạo nhóm G7 hôm thứ Hai (9/6) đã tổ chức cuộc họp theo hình thức trực tuyến.\nCuộc họp do Thủ tướng Canada Mark Carney chủ trì. Tham dự có Tổng thống Pháp Emmanuel Macron, Thủ tướng Nhật Bản Ishiba Shigeru và Thủ tướng Anh Keir Starmer.');
    expect(r.detection.kind).toBe('video');
    // The G7's members all take part: those the text names by name, the others by their country.
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['CA', 'DE', 'FR', 'GB', 'IT', 'JP', 'US']);
    expect(r.call?.participants.filter((p) => p.name).map((p) => p.country)).toEqual(['CA', 'FR', 'JP', 'GB']);
  });
});

describe('every party of a multi-party online meeting', () => {
  const countries = (text: string) => run(text).call?.participants.map((p) => p.country);

  it('names the attendance the call sentence lists, and leaders named only by their countries', () => {
    const text = 'Hãng tin nước ngoài cho hay phiên họp trực tuyến tối qua do Thủ tướng Anh Keir Starmer điều hành, có sự tham dự của ông Trump, Tổng thống Ukraine Volodymyr Zelensky cùng lãnh đạo Hà Lan, Đan Mạch, Na Uy, cũng như các quan chức cấp cao của NATO và Liên minh châu Âu (EU).';
    expect(countries(text)).toEqual(['GB', 'US', 'UA', 'NL', 'DK', 'NO', 'NATO', 'EU']);
  });

  it('takes the co-chairs of a meeting still to come from the sentence after it', () => {
    const text = 'Văn phòng Thủ tướng Anh ngày 8/6 cho biết lãnh đạo các nước ủng hộ Ukraine sẽ họp trực tuyến vào tối 9/6.\nCuộc họp sẽ do Thủ tướng Anh Keir Starmer và Tổng thống Pháp Emmanuel Macron đồng chủ trì.';
    const r = run(text);
    expect(r.detection.kind).toBe('planned');
    expect(r.call?.participants.map((p) => p.name)).toEqual(['Keir Starmer', 'Emmanuel Macron']);
  });

  it('the minister the call sentence says attended, and a grouping whose meeting names one member', () => {
    expect(countries('Tối 8/6, các Bộ trưởng Ngoại giao ASEAN họp bất thường theo hình thức trực tuyến để bàn về an ninh hàng hải ở Biển Đỏ, Bộ trưởng Ngoại giao Lê Hoài Trung tham dự phiên họp.')).toEqual(['ASEAN', 'VN']);
    const chaired = run('Hôm qua (9/6), Thủ tướng Phạm Minh Chính - trên cương vị chủ nhà - chủ trì Hội nghị trực tuyến Cấp cao đặc biệt ASEAN về an ninh năng lượng.');
    expect(chaired.call?.participants.map((p) => [p.name, p.country])).toEqual([['Phạm Minh Chính', 'VN'], [null, 'ASEAN']]);
  });

  it('the chair a sentence after the meeting’s names, but not one who chaired something else', () => {
    // (Not held from Hanoi: a meeting held from Vietnam's capital has Vietnam as a side whoever chaired it.)
    const meeting = 'Khai mạc Hội nghị Cấp cao ASEAN lần thứ 37\nSáng 12/11, Hội nghị Cấp cao ASEAN lần thứ 37 được tổ chức theo hình thức trực tuyến.';
    expect(countries(`${meeting} Là nước giữ vai trò Chủ tịch ASEAN năm nay, Thủ tướng Nguyễn Xuân Phúc chủ trì hội nghị và phát biểu khai mạc.`)).toContain('VN');
    expect(countries(`${meeting} Trước đó một ngày, Thủ tướng Nguyễn Xuân Phúc đã dự lễ kỷ niệm ngày thành lập ngành y tế.`)).not.toContain('VN');
  });

  it('a list of provinces inside one side’s title does not end the list of sides', () => {
    const text = 'Hội nghị trực tuyến giữa Bí thư Tỉnh ủy các tỉnh Hà Giang, Tuyên Quang (Việt Nam) và Bí thư Khu ủy Quảng Tây (Trung Quốc)\nSáng 21/4, hai bên đã tổ chức Hội nghị trực tuyến giữa Bí thư Tỉnh ủy các tỉnh Hà Giang, Tuyên Quang (Việt Nam) và Bí thư Khu ủy Quảng Tây (Trung Quốc) về hợp tác cửa khẩu.';
    expect(countries(text)).toEqual(['VN', 'CN']);
    // A comma followed by something else still ends the sides: "…, Hà Nội và Bắc Kinh cùng chuẩn bị …" is the sentence moving on.
    expect(countries('Ngoại trưởng Việt Nam và Ngoại trưởng Lào điện đàm, Bộ trưởng Bộ Tài chính Lào cho biết sau đó.')).toEqual(['VN', 'LA']);
  });

  it('a meeting a foreign body holds is with that body’s country; a domestic body’s meeting stays domestic', () => {
    const text = 'Thường trực Ban Bí thư dự hội nghị của các chính đảng\nTối 3/9, tại Hà Nội, Thường trực Ban Bí thư Trần Cẩm Tú dẫn đầu đoàn đại biểu Đảng ta dự Hội nghị cấp cao trực tuyến giữa Đảng Cộng sản Trung Quốc với các chính đảng châu Á.';
    expect(countries(text)).toEqual(['VN', 'CN']);
    // The same wording, written with the eth some newsrooms put for Đ.
    expect(countries(text.replace(/Đ/g, '\u00D0'))).toEqual(['VN', 'CN']);
    const domestic = 'Thủ tướng dự hội nghị với các địa phương\nSáng 3/9, Thủ tướng Phạm Minh Chính chủ trì hội nghị trực tuyến giữa Chính phủ với 63 tỉnh, thành phố về giải ngân vốn đầu tư công.';
    expect(run(domestic).detection.isCall).toBe(false);
  });

  it('a small grouping’s own meeting is a meeting of its members, named where the text names them', () => {
    const text = 'Các nhà lãnh đạo nhóm G7 sẽ họp trực tuyến với Tổng thống Ukraine Volodymyr Zelensky vào ngày 12/6.\nThủ tướng Canada Mark Carney, nước chủ tịch G7 năm nay, sẽ chủ trì cuộc họp.';
    const r = run(text);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['CA', 'DE', 'FR', 'GB', 'IT', 'JP', 'UA', 'US']);
    expect(r.call?.participants.find((p) => p.country === 'CA')?.name).toBe('Mark Carney');
    // A grouping without a fixed membership in the data stays one party: its members are not guessed.
    expect(countries('Các nhà lãnh đạo nhóm G20 đã họp trực tuyến hôm 8/6 để bàn về kinh tế thế giới.')).not.toContain('US');
  });
});

describe('headlines that do not carry the call', () => {
  it('decides from the opening when the headline is silent and the opening reports the call', () => {
    const r = run('Hai nước thúc đẩy hợp tác kinh tế\n(VOV5) - Hai Bộ trưởng bàn biện pháp đẩy mạnh thương mại.\nNgày 4/6, Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Bộ trưởng Ngoại giao Singapore Vivian Balakrishnan.');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.eventDate).toBe('2025-06-04');
  });

  it('but not when the opening only cites a call inside another story', () => {
    const r = run('Luận tội: trợ lý ra làm chứng\nCuộc điện thoại giữa Tổng thống Mỹ Donald Trump và người đồng cấp Ukraine là không phù hợp, một trợ lý nói với các nhà lập pháp hôm 6/6.');
    expect(r.detection.isCall).toBe(false);
  });

  it('a headline about a meeting still to come sums up a call the opening reports', () => {
    const r = run('Mỹ mời Thủ tướng sang thăm trong năm nay\nNgày 3/6, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã có cuộc điện đàm với Ngoại trưởng Mỹ Marco Rubio về quan hệ hai nước.');
    expect(r.detection.isCall).toBe(true);
  });

  it('a copy that starts mid-article with the call named first and its two sides counted, named in the next sentence', () => {
    const r = run('Trong cuộc điện đàm đó, hai vị thủ tướng còn bàn về đoàn doanh nghiệp Indonesia sắp sang thăm.\n"Thủ tướng Anthony Albanese và Thủ tướng Christopher Luxon nhất trí phối hợp chặt chẽ hơn ở Thái Bình Dương", thông cáo viết.\nTheo AFP', '2024-03-02');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['AU', 'NZ']);
  });

  it('…or with the two sides it counts named under the first photo, after an adverbial (“Ngoài ra, trong cuộc điện đàm, …”)', () => {
    const photo = run('Quan hệ hợp tác thương mại giữa hai nước sẽ được đẩy mạnh trong năm tới.\nTổng thống Chile Gabriel Boric và Tổng thống Argentina Javier Milei. Ảnh: EFE\nNgoài ra, trong cuộc điện đàm, hai vị tổng thống còn thảo luận về vấn đề năng lượng.', null);
    expect(photo.detection.isCall).toBe(true);
    expect(photo.call?.participants.map((p) => p.country).sort()).toEqual(['AR', 'CL']);
  });

  it('a page copy that starts with its sapo has no headline; one that starts with a menu skips it', () => {
    const brief = articleFromText('Sáng nay (6/11), Đại tướng Phan Văn Giang, Bộ trưởng Quốc phòng đã điện đàm với Bộ trưởng Quốc phòng Trung Quốc Đổng Quân.');
    expect(brief.title).toBe('');
    expect(brief.isArticle).toBe(true);
    const menu = articleFromText('Trang chủ | Thế giới | Kinh tế\nChia sẻ:\nThủ tướng điện đàm với Thủ tướng Thái Lan\nChiều 3/6, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Thái Lan về hợp tác kinh tế giữa hai nước láng giềng.');
    expect(menu.title).toBe('Thủ tướng điện đàm với Thủ tướng Thái Lan');
  });

  it('a line in another language is the site’s furniture, not the headline', () => {
    const a = articleFromText('Cờ\nAn official website of the United States government\nĐiện đàm giữa Ngoại trưởng Mỹ và Bộ trưởng Ngoại giao Việt Nam\nNội dung sau đây do Người phát ngôn cung cấp: Ngoại trưởng Mỹ Marco Rubio đã điện đàm với Bộ trưởng Ngoại giao Bùi Thanh Sơn hôm nay.');
    expect(a.title).toBe('Điện đàm giữa Ngoại trưởng Mỹ và Bộ trưởng Ngoại giao Việt Nam');
    expect(articleFromText('Leaders talk by phone\nThe two presidents spoke by phone on Monday about trade and security in the region.').title).toBe('Leaders talk by phone');
  });

  it('re-flows a hard-wrapped copy and takes a dateline run into the headline as the dateline', () => {
    const wrapped = articleFromText(
      [
        'Ngày 16/2 vừa qua, Bộ trưởng Ngoại giao Phạm Bình Minh và Ngoại trưởng Hoa Kỳ',
        'John Kerry đã có cuộc điện đàm nhân dịp đầu năm mới, trao đổi về quan hệ song',
        'phương và các chuyến thăm cấp cao sắp tới giữa hai nước trong năm nay và năm sau.',
        'Hai Bộ trưởng nhất trí thúc đẩy quan hệ Đối tác toàn diện lên tầm cao mới trong',
        'thời gian tới, tăng cường hợp tác kinh tế, giáo dục và khắc phục hậu quả chiến',
        'tranh, đồng thời phối hợp chặt chẽ tại các diễn đàn khu vực và quốc tế quan trọng.',
      ].join('\n'),
    );
    expect(wrapped.lead.startsWith('Ngày 16/2 vừa qua, Bộ trưởng Ngoại giao Phạm Bình Minh và Ngoại trưởng Hoa Kỳ John Kerry đã có cuộc điện đàm')).toBe(true);
    // A site's line wider than the wrap (a menu, a long caption) does not hide it.
    const under = articleFromText(
      [
        'Trang chủ | Thời sự | Thế giới | Kinh tế | Văn hóa | Thể thao | Công nghệ | Đời sống | Bạn đọc | Video | Ảnh | Podcast',
        'Trong thông báo phát đi tối 14/3, Điện Kremlin cho biết Tổng thống Nga',
        'Vladimir Putin và Tổng thống Kazakhstan Kassym-Jomart Tokayev vừa điện đàm,',
        'bàn về nguồn cung khí đốt qua lãnh thổ hai nước trong mùa đông năm sau và',
        'việc hoàn thiện tuyến đường sắt nối cảng biển ở phía nam với mạng lưới chung.',
        'Hai nhà lãnh đạo cũng trao đổi về lịch trình các cuộc gặp cấp cao trong năm',
        'và nhất trí giao các bộ ngành liên quan chuẩn bị nội dung cho các cuộc gặp đó.',
      ].join('\n'),
    );
    expect(under.text).toMatch(/Tổng thống Nga Vladimir Putin và Tổng thống Kazakhstan Kassym-Jomart Tokayev vừa điện đàm/);
    // A list of related headlines is as wide and as open, but each line starts anew: not re-flowed into the article.
    const related = articleFromText(
      [
        'Thủ tướng Việt Nam điện đàm với Thủ tướng Singapore',
        'Chiều 12/5, Thủ tướng Singapore Lawrence Wong và Thủ tướng Phạm Minh Chính trao đổi qua điện thoại về kinh tế số và năng lượng sạch.',
        'Tin cùng chuyên mục',
        '- Hội chợ hàng Việt khai mạc tại thủ đô của một nước láng giềng phía tây',
        '- Giá lúa gạo xuất khẩu tăng lần thứ ba liên tiếp trong tháng này',
        '- Đoàn đại biểu tỉnh ven biển thăm và làm việc tại một cảng cá lớn',
        '- Mưa lớn kéo dài gây ngập nhiều tuyến phố ở các quận nội thành',
        '- Hai trường đại học ký kết hợp tác đào tạo nhân lực ngành bán dẫn',
      ].join('\n'),
    );
    expect(related.title).toBe('Thủ tướng Việt Nam điện đàm với Thủ tướng Singapore');
    expect(related.text).toBe('Chiều 12/5, Thủ tướng Singapore Lawrence Wong và Thủ tướng Phạm Minh Chính trao đổi qua điện thoại về kinh tế số và năng lượng sạch.');
    const dated = articleFromText('Ngoại trưởng Nga và Mỹ điện đàm 21/10/2025 08:00\nNgày 20-10, Ngoại trưởng Nga Sergey Lavrov đã có cuộc điện đàm với Ngoại trưởng Mỹ Marco Rubio.');
    expect(dated.title).toBe('Ngoại trưởng Nga và Mỹ điện đàm');
    expect(dated.publishedAt?.slice(0, 10)).toBe('2025-10-21');
  });
});

describe('who the opening says took part', () => {
  it('the first sentence that names anyone, when the first call sentence names nobody', () => {
    const r = run('Bắc Kinh chỉ công bố cuộc điện đàm vào rạng sáng 9/6. Theo thông cáo, cuộc điện đàm giữa Ngoại trưởng Vương Nghị và Ngoại trưởng Mỹ Marco Rubio diễn ra thẳng thắn.');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['CN', 'US']);
  });

  it('those a later sentence says joined the call, and a short title for a body’s office', () => {
    const joined = run('Tổng thống Mỹ Donald Trump đã điện đàm với Tổng thống Ukraine Volodymyr Zelensky hôm 8/6.\nHai bên bàn về lệnh ngừng bắn.\nNhà Trắng nói thêm rằng ông Steve Witkoff cũng tham gia cuộc gọi này.');
    expect(joined.call?.participants.map((p) => p.name)).toEqual(['Donald Trump', 'Volodymyr Zelensky', 'Steve Witkoff']);
    const eu = run('Chủ tịch Trung Quốc Tập Cận Bình sẽ có cuộc hội đàm trực tuyến với hai nhà lãnh đạo châu Âu là Chủ tịch Costa và Chủ tịch Leyen.');
    expect(eu.call?.participants.map((p) => p.country)).toEqual(['CN', 'EU', 'EU']);
  });

  it('"hai nhà lãnh đạo" named in the next sentences, "ông và …", a counterpart called a colleague, a time before "giữa"', () => {
    const pair = run('Truyền thông Bắc Kinh đưa tin hai nhà lãnh đạo đã điện đàm tối 9/6, không nêu nội dung.\nPhía Washington nói ông Donald Trump sẽ tự kể về cuộc gọi với ông Tập Cận Bình trên mạng xã hội.');
    expect(pair.detection.isCall).toBe(true);
    expect(pair.call?.participants.map((p) => p.country).sort()).toEqual(['CN', 'US']);
    const he = run('Theo lời kể của Tổng thống Mỹ Donald Trump cho hay, trong cuộc điện đàm, ông và Thủ tướng Ấn Độ Narendra Modi đã đi đến đồng thuận về thuế quan.');
    expect(he.call?.participants.map((p) => p.country)).toEqual(['US', 'IN']);
    const colleague = run('Trong cuộc điện đàm với người đồng nghiệp Ukraine, Tổng thống Baiden khẳng định Washington đứng về phía Kiev.\nHai ông cũng bàn về cải cách mà Zelenski theo đuổi.', '2021-05-10');
    expect(colleague.call?.participants.map((p) => p.country).sort()).toEqual(['UA', 'US']);
    const before = run('Moskva ngày 8/6 xác nhận cuộc điện đàm diễn ra một ngày trước đó giữa Thư ký Hội đồng An ninh Nga Sergei Shoigu và Cố vấn An ninh Quốc gia Mỹ Mike Waltz.');
    expect(before.call?.participants.map((p) => p.country)).toEqual(['RU', 'US']);
  });

  it('the one who speaks a quote in the first person, named where it closes', () => {
    const r = run('“Tôi đã có cuộc điện đàm hữu ích với Thủ tướng Ấn Độ Narendra Modi. Thương mại là chủ đề chính”, ông Trump chia sẻ trên mạng xã hội hôm 9/6.');
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([['Narendra Modi', 'IN'], ['Donald Trump', 'US']]);
  });
});

describe('a call the text speaks of as already known', () => {
  it('a copy that starts at "Tại cuộc điện đàm," takes both sides from its paragraph', () => {
    const r = run('Tại cuộc điện đàm, hai bên đánh giá tốt hợp tác Việt Nam - Liên hợp quốc. Chủ tịch nước Lương Cường cảm ơn Tổng Thư ký Liên hợp quốc Antonio Guterres về sự hỗ trợ trong thời gian qua.\nHai bên nhất trí tăng cường phối hợp tại các diễn đàn đa phương.');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['VN', 'UN']);
  });

  it('a call the story reaches only in its fourth paragraph, about the people of its opening', () => {
    const text = [
      'Thủ tướng Phạm Minh Chính chúc mừng Thủ tướng Nhật Bản Ishiba Shigeru nhậm chức, tin tưởng quan hệ hai nước sẽ tiếp tục phát triển.',
      'Thủ tướng cũng gửi lời thăm hỏi tới người dân vùng bị động đất ở tỉnh Ishikawa hôm 2/6.',
      'Thủ tướng Ishiba khẳng định Nhật Bản coi Việt Nam là đối tác quan trọng hàng đầu ở Đông Nam Á.',
      'Tại cuộc điện đàm, Thủ tướng Phạm Minh Chính mời Thủ tướng Ishiba Shigeru thăm Việt Nam. Thủ tướng Ishiba nhận lời.',
    ].join('\n');
    const r = run(text);
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['VN', 'JP']);
    // A call under another story's opening, with none of its people, is not the article's.
    const other = run(['Giá vàng trong nước tăng mạnh phiên sáng nay, theo các doanh nghiệp kinh doanh vàng bạc lớn tại Hà Nội.', 'Các nhà đầu tư theo dõi sát diễn biến thị trường thế giới trong tuần này.', 'Thị trường chứng khoán cũng tăng điểm.', 'Tại cuộc điện đàm, Tổng thống Mỹ Donald Trump và Chủ tịch Trung Quốc Tập Cận Bình bàn về thuế quan.'].join('\n'));
    expect(other.detection.isCall).toBe(false);
  });

  it('"Cuộc gọi diễn ra hôm nay" dates the call and the quotes before it name its sides', () => {
    const text = [
      '“Tổng thống Trump đã nghe tôi nói về những gì mà thành phố của chúng tôi phải chịu đựng”, ông Zelensky viết trên mạng xã hội.',
      'Cuộc gọi diễn ra hôm nay 9/6, ngay sau một đêm mất điện trên diện rộng.',
    ].join('\n');
    const r = run(text);
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.eventDate).toBe('2025-06-09');
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['UA', 'US']);
  });

  it('a copy that starts with a related list, its dateline run into the headline; hanging up ends a call', () => {
    const text = [
      '-',
      'Mưa lớn gây ngập nhiều tuyến phố ở Hà Nội -',
      'Giá xăng dầu tiếp tục giảm trong kỳ điều hành này -',
      'Đội tuyển bóng đá nữ giành vé dự giải châu Á -',
      'Vì sao cá voi mắc cạn ngày càng nhiều ở bờ biển miền Trung?',
      'Thế giới',
      '03/06/2025 09:15Tổng thống Mỹ cúp máy giữa cuộc nói chuyện với Thủ tướng Canada',
      'Tổng thống Mỹ Donald Trump đã đột ngột cúp máy với Thủ tướng Canada Mark Carney sau khi hai bên tranh cãi về thuế quan, một quan chức giấu tên cho biết.',
    ].join('\n');
    const a = articleFromText(text);
    expect(a.title).toBe('Tổng thống Mỹ cúp máy giữa cuộc nói chuyện với Thủ tướng Canada');
    expect(a.publishedAt?.slice(0, 10)).toBe('2025-06-03');
    const r = run(text, null);
    expect(r.detection.kind).toBe('phone');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['US', 'CA']);
  });
});

describe('call wording without "điện đàm", and near misses', () => {
  it('a conversation is a call when the opening speaks of a phone call', () => {
    const r = run('Anh và Mỹ nhất trí phối hợp\nThủ tướng Anh Keir Starmer đã nói chuyện với Tổng thống Mỹ Donald Trump hôm 7/6 về thương mại.\nTrong cuộc trò chuyện qua điện thoại, hai nhà lãnh đạo nhất trí thúc đẩy đàm phán.');
    expect(r.detection.kind).toBe('phone');
    expect(r.call?.eventDate).toBe('2025-06-07');
  });

  it('a call’s record, published or leaked, is the news; what the call said is still the call', () => {
    expect(run('Văn phòng Tổng thống Brazil công bố biên bản cuộc gọi giữa ông Lula và ông Milei\nNgày 4/2, văn phòng công bố bản ghi chép cuộc điện đàm hồi tháng trước giữa Tổng thống Brazil và Tổng thống Argentina, giữa lúc quốc hội mở phiên điều trần.').detection.isCall).toBe(false);
    expect(run('Rò rỉ đoạn ghi âm cuộc điện thoại giữa hai thủ tướng\nĐoạn ghi âm cuộc điện thoại giữa Thủ tướng Slovakia và Thủ tướng Hungary bị phát tán ngày 9/3, gây tranh cãi.').detection.isCall).toBe(false);
    expect(run('Điện Kremlin công bố nội dung cuộc điện đàm giữa Tổng thống Nga và Tổng thống Pháp\nNgày 4/2, Tổng thống Nga Vladimir Putin đã điện đàm với Tổng thống Pháp Emmanuel Macron về an ninh châu Âu.').detection.isCall).toBe(true);
  });

  it('what a side suffers or owes for a call (an apology, a suspension, a resignation) is the news; the call its cause', () => {
    const opening = '\nNgày 2/7, Bộ trưởng Ngoại giao Slovakia đã lên tiếng sau khi nội dung cuộc điện đàm giữa ông và Ngoại trưởng Hungary bị công bố, khiến nhiều nghị sĩ phản đối.';
    for (const headline of ['Ngoại trưởng Slovakia xin lỗi vì cuộc điện đàm với người đồng cấp Hungary', 'Ngoại trưởng Slovakia bị đình chỉ chức vụ vì cuộc điện đàm với người đồng cấp Hungary', 'Ngoại trưởng Slovakia từ chức vì cuộc điện đàm với người đồng cấp Hungary']) {
      expect(run(headline + opening, '2025-07-03').detection.isCall).toBe(false);
    }
    // The mirror: a call the headline tells for its own sake, with what one side said of it.
    expect(run('Ngoại trưởng Slovakia hài lòng về cuộc điện đàm với người đồng cấp Hungary\nNgày 2/7, Bộ trưởng Ngoại giao Slovakia đã điện đàm với Ngoại trưởng Hungary về hợp tác năng lượng.', '2025-07-03').detection.isCall).toBe(true);
  });

  it('remarks told after the quote they end, the call right after the speaker’s verb (“…”, ông X viết … sau cuộc điện đàm với Y)', () => {
    const copy = (after: string) =>
      `Thủ tướng Ba Lan Donald Tusk. Ảnh PAP\n“Châu Âu phải có tiếng nói trong mọi cuộc đàm phán về an ninh của lục địa.\nVì vậy, chúng tôi sẽ phối hợp chặt chẽ với các đối tác”, ông Tusk viết trên mạng xã hội ${after} Thủ tướng Anh Keir Starmer hôm 4/8.\nHai bên cũng nhất trí duy trì liên lạc thường xuyên.`;
    const r = run(copy('sau cuộc điện đàm với'), '2025-08-05');
    expect(r.article?.title).toBe('');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['GB', 'PL']);
    expect(run(copy('sau cuộc gặp tại London với'), '2025-08-05').detection.isCall).toBe(false);
  });

  it('remarks to the press after a call tell the call; a letter after a call does not', () => {
    const r = run('Phát biểu sau cuộc điện đàm với Thủ tướng Ấn Độ\nPhát biểu với phóng viên sau cuộc điện đàm hơn nửa giờ với Thủ tướng Ấn Độ Narendra Modi tối 11/3, Thủ tướng Anh Keir Starmer cho biết hai nước sắp ký hiệp định.');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['GB', 'IN']);
    expect(run('Thủ tướng Anh gửi thư cảm ơn sau cuộc điện đàm với Thủ tướng Ấn Độ\nThủ tướng Anh Keir Starmer ngày 14/3 đã gửi thư cảm ơn Thủ tướng Ấn Độ Narendra Modi.').detection.isCall).toBe(false);
  });

  it('a call the opening says did not get through is what a headline naming the call is about', () => {
    const r = run('Thủ tướng Armenia tiết lộ về cuộc gọi cho Tổng thống Azerbaijan\nPAN - Thủ tướng Armenia kêu gọi hai nước nối lại đàm phán trong bài phát biểu tối qua.\nÔng cho biết đã cố gọi điện cho Tổng thống Azerbaijan Ilham Aliyev nhưng không nhận được phản hồi.');
    expect(r.detection.isCall).toBe(false);
  });

  it('the subject after a long opening of time and occasion reports the call', () => {
    const r = run('Chủ tịch nước chúc mừng năm mới Lào và Thái Lan\nChiều 13/4, nhân dịp Tết cổ truyền của nhân dân hai nước láng giềng Lào và Thái Lan năm nay, Chủ tịch nước Lương Cường đã gọi điện chúc mừng Chủ tịch nước Lào Thongloun Sisoulith.', '2025-04-14');
    expect(r.detection.isCall).toBe(true);
  });

  it('a call a leader missed is no call', () => {
    const text = 'Thủ tướng Canada nổi giận vì bị nhỡ cuộc điện thoại của Tổng thống Pháp\nThủ tướng Canada Mark Carney đã trách trợ lý vì không báo cho ông về cuộc gọi của Tổng thống Pháp Emmanuel Macron hồi tháng trước.';
    expect(run(text).detection.isCall).toBe(false);
    expect(run(text.replace('bị nhỡ cuộc điện thoại', 'bỏ lỡ cuộc gọi')).detection.isCall).toBe(false);
  });

  it('a third country’s reaction to a call is the news when the opening goes on with it; a reaction headline over the call’s own report is the call', () => {
    expect(run('Hàn Quốc hài lòng về cách ông Trump nhắc tới cuộc điện đàm với ông Kim\nHàn Quốc hoan nghênh việc Tổng thống Mỹ không nêu vấn đề quân đội Mỹ đồn trú sau cuộc điện đàm với nhà lãnh đạo Triều Tiên.\nTổng thống Mỹ Donald Trump và nhà lãnh đạo Triều Tiên Kim Jong-un ngày 20/5 đã điện đàm về phi hạt nhân hóa.').detection.isCall).toBe(false);
    expect(run('Nhật Bản phản ứng sau cuộc điện đàm giữa ông Putin và ông Kim\nTổng thống Nga Vladimir Putin ngày 20/5 đã điện đàm với nhà lãnh đạo Triều Tiên Kim Jong-un, thảo luận về hợp tác quân sự.').detection.isCall).toBe(true);
  });

  it('a recent call another story recalls (“cuộc điện đàm gần đây với …”) is not its news', () => {
    expect(run('Phó Tổng thống Mỹ khẳng định Washington muốn làm sâu sắc thêm quan hệ với Việt Nam.\nThủ tướng nhắc lại cuộc điện đàm gần đây với Tổng thống Pháp và đề nghị phía Mỹ giúp sớm giao thiết bị y tế.', null).detection.isCall).toBe(false);
  });

  it('a leader’s congratulation call about a match is still a call between leaders', () => {
    const r = run('Tổng thống Nga gọi điện chúc mừng người đồng cấp Pháp\nTổng thống Nga Vladimir Putin đã gọi điện chúc mừng người đồng cấp Emmanuel Macron sau khi đội tuyển Pháp vô địch giải bóng đá thế giới.');
    expect(r.detection.kind).toBe('phone');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['RU', 'FR']);
  });

  it.each([
    ['a call that did not get through', 'Tổng thống Ukraine nói về cuộc điện thoại không thành với Tổng thống Nga\nTổng thống Ukraine cho biết ông đã cố gắng điện đàm với Tổng thống Nga nhưng không thành công.'],
    ['pranksters', 'Hai danh hài chơi khăm Tổng thống Pháp\nHai danh hài người Nga đã đóng giả Tổng thống Ukraine và gọi điện cho Tổng thống Pháp Emmanuel Macron để chơi khăm.'],
    ['a hotline being set up', 'Hai nước khai thông đường dây nóng giữa lãnh đạo\nTổng thống Hàn Quốc sẽ điện đàm với nhà lãnh đạo Triều Tiên qua đường dây nóng vừa được thiết lập.'],
    ['calls in general', 'Bí mật đằng sau các cuộc điện đàm của Tổng thống Mỹ\nNhững cuộc gọi của lãnh đạo Nhà Trắng luôn được chuẩn bị kỹ lưỡng bởi nhiều cơ quan.'],
    ['calls in general, one told as the example', 'Hậu trường các cuộc điện đàm của Tổng thống Mỹ\nSau cuộc điện đàm gây tranh cãi của Tổng thống Mỹ Donald Trump với Tổng thống Nga Vladimir Putin hôm 5/6, nhiều người tò mò về cách Nhà Trắng chuẩn bị.\nMọi cuộc gọi của lãnh đạo Nhà Trắng đều được lên kế hoạch kỹ lưỡng.'],
    ['a call cited inside another story whose headline names one side', 'Điều trần ở Quốc hội: trợ lý của ông Trump ra làm chứng\nCuộc điện thoại giữa Tổng thống Mỹ Donald Trump và người đồng cấp Ukraine là không phù hợp, một trợ lý nói với các nhà lập pháp hôm 6/6.'],
    ['a meeting in person after a call and online sessions', 'Việt Nam và Hoa Kỳ kết thúc vòng đàm phán tại Washington\nĐoàn hai nước đã họp tại Washington từ ngày 2 đến 5/6.\nĐây là lần đầu tiên Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và Đại diện Thương mại Hoa Kỳ Jamieson Greer gặp trực tiếp, sau cuộc điện đàm tối 10/4 và các phiên trao đổi trực tuyến trong tháng 5.'],
    ['a domestic call', 'Tổng thống Mỹ gọi điện chúc mừng người kế nhiệm\nTổng thống Mỹ Joe Biden đã gọi điện chúc mừng ứng cử viên tổng thống của Đảng Cộng hòa Donald Trump sau cuộc bầu cử tổng thống.'],
  ])('not a call: %s', (_, text) => {
    expect(run(text).detection.isCall).toBe(false);
  });
});

describe('copies of pages and reporting sources', () => {
  it('a copy that starts with the call spoken of as known takes its sides from the first photo’s caption', () => {
    const r = run('Cuộc điện đàm kéo dài gần một giờ, chỉ hai ngày sau khi Nhật Bản công bố gói viện trợ mới cho châu Âu.\nThủ tướng Ý Giorgia Meloni (trái) và Thủ tướng Nhật Bản Ishiba Shigeru. Ảnh: Kyodo\nThông cáo của phía Nhật Bản cho biết, tại cuộc điện đàm, hai bên thống nhất mở rộng hợp tác quốc phòng.', '2025-03-10');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([
      ['Giorgia Meloni', 'IT'],
      ['Ishiba Shigeru', 'JP'],
    ]);
  });

  it('a headline quoting what someone said of a call at a meeting the opening reports is the meeting’s news', () => {
    const r = run('Bộ trưởng Thương mại Ấn Độ: Australia là đối tác đầu tiên điện đàm với chúng tôi sau quyết định áp thuế\nNgày 12/8, tại New Delhi, Bộ trưởng Thương mại và Công nghiệp Ấn Độ Piyush Goyal đã tiếp Đại sứ Australia tại Ấn Độ Philip Green.\nChia sẻ về cuộc điện đàm hôm 9/8 giữa Thủ tướng Narendra Modi và Thủ tướng Australia Anthony Albanese, Bộ trưởng Goyal khẳng định Ấn Độ sẵn sàng đàm phán.', '2025-08-13');
    expect(r.detection.isCall).toBe(false);
  });

  it('splits a sentence a copy glued to the next, and keeps the one who reports his own call', () => {
    const r = run('Trên mạng xã hội ngày 9/6, Tổng thống Mỹ Donald Trump cho biết ông đã có cuộc điện đàm tốt đẹp với Chủ tịch Trung Quốc Tập Cận Bình.Nhà Trắng cho biết hai bên sẽ gặp nhau.');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['US', 'CN']);
  });

  it('gives an official with no country of his own the country of the body whose statement names him', () => {
    expect(person('Bộ Ngoại giao Hàn Quốc cho biết Thứ trưởng Ngoại giao Choi Min-seok đã điện đàm.', 'Choi Min-seok')?.country).toBe('KR');
    expect(person('Bộ Thương mại Trung Quốc cho biết Bộ trưởng Thương mại Vương Văn Đào đã nói chuyện.', 'Vương Văn Đào')?.country).toBe('CN');
  });

  it('a headline’s bare Vietnamese office is the named official below who held it', () => {
    const text = 'Điểm lại tuần qua: Phó Thủ tướng điện đàm với Ngoại trưởng Mỹ\nSáng 7/1, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đã có cuộc điện đàm với Ngoại trưởng Mỹ Mike Pompeo về hợp tác khắc phục hậu quả chiến tranh.';
    expect(sides(text, '2021-01-09')).toEqual([
      ['Phạm Bình Minh', 'VN'],
      ['Mike Pompeo', 'US'],
    ]);
  });

  it('does not take a spokesperson named with his office, a dash and a rank for a party', () => {
    const text = 'Người đứng đầu quốc phòng Mỹ và Nga điện đàm\nThư ký báo chí Lầu Năm Góc - Thiếu tướng Pat Ryder xác nhận cuộc điện đàm sáng 12/7 và cho biết Bộ trưởng Quốc phòng Mỹ Lloyd Austin đã trao đổi với Bộ trưởng Quốc phòng Nga Andrei Belousov về nguy cơ leo thang.';
    expect(sides(text, '2024-06-26')?.some(([name]) => name === 'Pat Ryder')).toBe(false);
  });

  it('does not take a reporter who speaks after the call is told for a party', () => {
    const r = run('Tân Thủ tướng Nhật Bản có kế hoạch điện đàm với Tổng thống Mỹ\nTân Thủ tướng Nhật Bản Ishiba Shigeru có kế hoạch điện đàm với Tổng thống Mỹ Donald Trump, Chánh văn phòng Nội các Hayashi Yoshimasa cho biết ngày 8/6.');
    expect(r.call?.participants.map((p) => p.name)).toEqual(['Ishiba Shigeru', 'Donald Trump']);
  });
});

describe('the call’s own date', () => {
  it('a day without its month, at the head of the call sentence, is in the month of publication', () => {
    expect(run('Sáng ngày 9, Tổng thống Hàn Quốc Lee Jae-myung đã có cuộc điện đàm với Chủ tịch nước Lương Cường.').call?.eventDate).toBe('2025-06-09');
  });

  it('not the date of another event the call sentence goes on to (“trước khi … diễn ra vào ngày …”), but the call’s own further down', () => {
    const r = run('Ba Lan chuẩn bị cho hội nghị NATO\nTổng thống Ba Lan Karol Nawrocki đã điện đàm với Thủ tướng Canada Mark Carney trước khi hội nghị thượng đỉnh NATO khai mạc vào ngày 24/6.\nTheo văn phòng tổng thống, ông Nawrocki đã điện đàm với ông Carney vào chiều 8/6 để bàn về an ninh khu vực.', '2025-06-10');
    expect(r.call?.eventDate).toBe('2025-06-08');
  });

  it('a date in the call’s clause, given as its day, over the report’s date', () => {
    expect(run('Ngày 10/6, các nguồn tin cho biết Bộ trưởng Quốc phòng Trung Quốc Đổng Quân đã hội đàm trực tuyến với người đồng cấp Mỹ Pete Hegseth trong ngày 9/6.').call?.eventDate).toBe('2025-06-09');
  });

  it('a first call still to come is this one, and a call being arranged is dated by the sentence that says when', () => {
    expect(run('Tổng thống Pháp và tân Thủ tướng Anh dự kiến tiến hành cuộc điện đàm đầu tiên vào ngày 12/6 tới.').call?.eventDate).toBe('2025-06-12');
    const arranged = run('Tân Thủ tướng Nhật Bản có kế hoạch điện đàm với Tổng thống Mỹ\nTân Thủ tướng Nhật Bản Ishiba Shigeru có kế hoạch điện đàm với Tổng thống Mỹ Donald Trump trong thời gian tới.\nTruyền hình NHK đưa tin hai bên đang chuẩn bị điện đàm vào tối ngày 13/6.');
    expect(arranged.detection.kind).toBe('planned');
    expect(arranged.call?.eventDate).toBe('2025-06-13');
  });

  it('the day between the report’s verb and the call phrase, not the report’s own day', () => {
    expect(run('Văn phòng Tổng thống Hàn Quốc ngày 9/6 cho biết Tổng thống Lee Jae-myung chiều ngày 8/6 đã có cuộc điện đàm với Thủ tướng Anh Keir Starmer.').call?.eventDate).toBe('2025-06-08');
  });

  it('the call’s own day, not the span of the visit it was made during (“chuyến thăm … từ 12-14/3, chiều ngày 13/3, …”)', () => {
    const text = 'Đang ở Canberra cho chuyến công tác từ 4-6/3/2024, Bộ trưởng Ngoại giao Bùi Thanh Sơn tối ngày 5/3 đã điện đàm với Ngoại trưởng Nhật Bản Kamikawa Yoko về biển Đông.';
    expect(run(text, '2024-03-06').call?.eventDate).toBe('2024-03-05');
    // A span alone is the days of the online meetings it tells: the first.
    expect(run('Tổng thống Indonesia Joko Widodo sẽ dự các hội nghị thượng đỉnh trực tuyến với ASEAN từ 21-23/6, văn phòng tổng thống cho biết.', '2020-06-18').call?.eventDate).toBe('2020-06-21');
  });

  it('a call "một ngày trước đó" the day the report gives', () => {
    expect(run('Điện Kremlin ngày 8-6 thông báo cuộc điện đàm diễn ra một ngày trước đó giữa Tổng thống Nga Vladimir Putin và Tổng thống Mỹ Donald Trump.').call?.eventDate).toBe('2025-06-07');
    // Without a year, the day and month before it; never the report's own day, even where a leap year leaves it open.
    const call = (day: string) => run(`Điện Kremlin ngày ${day} thông báo cuộc điện đàm diễn ra hai ngày trước đó giữa Tổng thống Nga Vladimir Putin và Tổng thống Mỹ Donald Trump.`, null).call;
    expect([call('8-6')?.eventDate, call('8-6')?.eventDatePartial]).toEqual([null, '--06-06']);
    expect([call('1-3')?.eventDate, call('1-3')?.eventDatePartial]).toEqual([null, null]);
  });

  it('a photo caption dates the call when the text does not, only in the week before publication', () => {
    const text = (day: string) =>
      `Tổng thống Mỹ nổi giận với Thủ tướng Australia\nTổng thống Mỹ Donald Trump đã có cuộc điện đàm căng thẳng với Thủ tướng Australia Anthony Albanese về thỏa thuận tị nạn.\nÔng Trump gọi cho ông Albanese từ Phòng Bầu dục trong cuộc điện đàm ${day}. Ảnh: Reuters.\nHai bên không đạt được đồng thuận.`;
    expect(run(text('hôm 7/6')).call?.eventDate).toBe('2025-06-07');
    expect(run(text('hôm 7/6/2023')).call?.eventDate).toBeNull();
  });

  it('a day and month take the year of the copy when there is no publication date, and only then', () => {
    const text = 'date 2024-11 Photo : Thông tấn\nNgày 16/11, Tổng thống Mỹ Joe Biden đã có cuộc hội đàm trực tuyến với Chủ tịch Trung Quốc Tập Cận Bình.';
    expect(run(text, null).call?.eventDate).toBe('2024-11-16');
    expect(run('Ngày 16/11, Tổng thống Mỹ Joe Biden đã có cuộc hội đàm trực tuyến với Chủ tịch Trung Quốc Tập Cận Bình, năm 2015 đã qua.', null).call?.eventDate).toBeNull();
  });
});

describe('what a fourth set of real articles showed (real-press-f)', () => {
  const countries = (text: string, published?: string | null) => run(text, published).call?.participants.map((p) => p.country);

  it('an opening that names the call as the source of the headline’s news', () => {
    const text = 'Hàn Quốc cam kết hỗ trợ Việt Nam phát triển điện hạt nhân\nĐó là nội dung chính trong cuộc điện đàm chiều 9/4 giữa Thủ tướng Phạm Minh Chính với Thủ tướng Hàn Quốc Han Duck-soo. Hai nhà lãnh đạo cũng bàn về thương mại.';
    expect(countries(text, '2024-04-10')).toEqual(['VN', 'KR']);
    expect(run(text, '2024-04-10').call?.eventDate).toBe('2024-04-09');
    // …but not an earlier call the story recalls.
    const recalled = 'Giá gạo xuất khẩu tăng mạnh trong quý I\nCác doanh nghiệp cho biết giá gạo tăng 12% so với cùng kỳ. Đó là điều từng được nhắc tới trong cuộc điện đàm năm ngoái giữa Thủ tướng Phạm Minh Chính với Tổng thống Philippines Ferdinand Marcos.';
    expect(run(recalled, '2024-04-10').detection.isCall).toBe(false);
  });
  it('a meeting the next sentence says was held online, with the people of the sentence that names it', () => {
    const g20 = 'Lãnh đạo G20 họp khẩn về khủng hoảng lương thực\nTối 14/9, Tổng thống Indonesia Joko Widodo chủ trì Hội nghị thượng đỉnh bất thường của Nhóm các nền kinh tế lớn (G20). Hội nghị được tổ chức theo hình thức trực tuyến theo đề nghị của nhiều nước.';
    expect(run(g20, '2022-09-15').detection.kind).toBe('video');
    expect(countries(g20, '2022-09-15')).toEqual(['ID', 'G20']);
    const provinces = 'Các tỉnh biên giới hai nước chúc Tết nhau\nChiều 3/2, Bí thư Tỉnh ủy các tỉnh Lào Cai, Hà Giang (Việt Nam) và Bí thư Tỉnh ủy Vân Nam (Trung Quốc) đã tổ chức chương trình gặp mặt đầu năm 2024. Chương trình năm nay được tổ chức bằng hình thức trực tuyến, nối hai điểm cầu.';
    expect(countries(provinces, '2024-02-04')).toEqual(['VN', 'CN']);
    // The same meeting in person is no call; nor is one held online in another paragraph's story.
    expect(run(g20.replace('theo hình thức trực tuyến theo đề nghị của nhiều nước', 'tại đảo Bali'), '2022-09-15').detection.isCall).toBe(false);
  });

  it('a meeting whose long name runs past the usual window before "được tổ chức theo hình thức trực tuyến", its members listed', () => {
    const text = 'Thượng đỉnh BRICS bàn về chuỗi cung ứng\nTối 23/6, phiên thảo luận chính của Hội nghị cấp cao thường niên lần thứ 14 của nhóm năm nền kinh tế mới nổi (BRICS) được tổ chức theo hình thức trực tuyến với sự chủ trì của Chủ tịch Trung Quốc Tập Cận Bình và sự tham dự của lãnh đạo các nước thành viên: Brazil, Nga, Ấn Độ và Nam Phi.';
    expect(countries(text, '2022-06-24')).toEqual(['CN', 'BR', 'RU', 'IN', 'ZA']);
    // Without the held-by words the window still bounds how far a marker may be from its meeting.
    expect(run(text.replace('được tổ chức theo hình thức trực tuyến', 'diễn ra sôi nổi, nhiều đại biểu theo dõi trực tuyến'), '2022-06-24').detection.isCall).toBe(false);
  });

  it('a summit to be held online on a given day, its members listed after "gồm:"', () => {
    const text = 'Hội nghị cấp cao hợp tác Mekong - Lan Thương lần thứ tư sẽ diễn ra ngày 9/9 theo hình thức trực tuyến với sự tham gia lãnh đạo cấp cao 6 nước thành viên gồm: Thái Lan, Trung Quốc, Lào, Campuchia, Myanmar và Việt Nam.\nThủ tướng Việt Nam sẽ phát biểu tại phiên toàn thể của hội nghị.';
    const r = run(text, '2025-09-05');
    expect(r.detection.kind).toBe('planned');
    expect(new Set(countries(text, '2025-09-05'))).toEqual(new Set(['KH', 'LA', 'MM', 'TH', 'VN', 'CN']));
    // The same summit held in a capital is no call.
    expect(run(text.replace('theo hình thức trực tuyến', 'tại thủ đô Viêng Chăn'), '2025-09-05').detection.isCall).toBe(false);
  });
  it('a meeting still to come, named by one sentence and said by the next to be held online, is planned', () => {
    const text = 'Tổng Bí thư sẽ dự hội nghị của các chính đảng\nNhận lời mời của Đảng Cộng sản Trung Quốc, Tổng Bí thư Tô Lâm sẽ dẫn đầu đoàn đại biểu Đảng ta tham dự Hội nghị cấp cao giữa Đảng Cộng sản Trung Quốc với các chính đảng trên thế giới, dự kiến diễn ra tối 15/10. Hội nghị được tổ chức theo hình thức trực tuyến.';
    const r = run(text, '2025-10-12');
    expect(r.detection.kind).toBe('planned');
    expect(countries(text, '2025-10-12')).toEqual(['VN', 'CN']);
  });
  it('a grouping’s leaders before its long name and its short name in brackets', () => {
    const text = 'Các nhà lãnh đạo Nhóm 7 nước công nghiệp phát triển hàng đầu thế giới (G7) hôm 24/2 đã họp trực tuyến với Tổng thống Ukraine Volodymyr Zelensky nhân dịp tròn một năm xung đột.';
    expect(countries(text, '2022-05-09')).toEqual(['UA', 'US', 'JP', 'DE', 'GB', 'FR', 'IT', 'CA']);
    // "Nhóm" after a leaders' word is the grouping's name, never a person.
    expect(run(text, '2022-05-09').call?.participants.some((p) => p.name === 'Nhóm')).toBe(false);
  });
  it('a sentence that names the story’s news a call ("Đây là cuộc điện đàm thứ hai …") under a headline about a meeting to come', () => {
    const text = 'Lãnh đạo Mỹ, Trung Quốc sắp gặp nhau tại Hàn Quốc\nTổng thống Mỹ Donald Trump ngày 19/9 thông báo đã cùng Chủ tịch Trung Quốc Tập Cận Bình đạt tiến triển về thương mại và nhất trí sẽ gặp trực tiếp vào tháng tới.\nĐây là cuộc điện đàm thứ hai của hai nhà lãnh đạo Mỹ và Trung Quốc kể từ đầu năm.';
    expect(countries(text, '2025-09-20')).toEqual(['US', 'CN']);
    // Without that sentence the story is the meeting to come.
    expect(run(text.split('\n').slice(0, 2).join('\n'), '2025-09-20').detection.isCall).toBe(false);
  });
  it('a ruling party abroad named with its abbreviation in brackets and "cầm quyền <country>"', () => {
    const text = 'Trưởng Ban Đối ngoại Trung ương hội đàm với lãnh đạo Đảng FLN của Algeria\nChiều 12/5, đồng chí Lê Hoài Trung, Bí thư Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương đã có cuộc hội đàm trực tuyến với đồng chí Ủy viên Trung ương phụ trách Đối ngoại Đảng Mặt trận Giải phóng Dân tộc (FLN) cầm quyền Algeria, Ahmed Benali.';
    expect(countries(text, '2024-05-13')).toEqual(['VN', 'DZ']);
    // The chain still ends at the name after an abbreviation: "Đại diện Thương mại Hoa Kỳ (USTR) Jamieson Greer".
    expect(person('Đại diện Thương mại Hoa Kỳ (USTR) Jamieson Greer cho biết', 'Jamieson Greer')?.country).toBe('US');
  });
  it('a body named by its long name and its short one in brackets after the meeting’s "của"', () => {
    const text = 'Tối 22/11, Thủ tướng Ấn Độ Narendra Modi đã chủ trì Hội nghị đặc biệt của Nhóm các nền kinh tế phát triển và mới nổi lớn nhất thế giới (G20).\nĐây là lần đầu tiên Hội nghị được tổ chức bằng hình thức trực tuyến dưới nhiệm kỳ của Ấn Độ.';
    expect(countries(text, '2023-11-23')).toEqual(['IN', 'G20']);
  });
  it('a story about a letter that recalls a congratulation call once is not the call’s news', () => {
    const letter = 'Sau khi ông Lee Jae-myung đắc cử Tổng thống Hàn Quốc, Chủ tịch nước Lương Cường đã gọi điện chúc mừng. Tổng thống Hàn Quốc vừa gửi thư cảm ơn Chủ tịch nước, nêu mong muốn nâng tầm hợp tác.\nTrong bức thư, ông Lee Jae-myung mời Chủ tịch nước sớm sang thăm Seoul.';
    expect(run(letter, '2025-07-02').detection.isCall).toBe(false);
    // A call story that mentions a letter goes on about the call.
    const call = 'Sau khi ông Lee Jae-myung đắc cử Tổng thống Hàn Quốc, Chủ tịch nước Lương Cường đã gọi điện chúc mừng. Trong cuộc điện đàm, hai bên nhất trí nâng tầm hợp tác. Trước đó, Chủ tịch nước đã gửi thư chúc mừng.\nHai nhà lãnh đạo cũng trao đổi thư về hợp tác văn hóa.';
    expect(run(call, '2025-06-05').detection.isCall).toBe(true);
  });
  it('a line opened with a call the opening reports is the call’s news; a line opened without one is not', () => {
    const call = 'Hai Bộ Quốc phòng lập đường dây liên lạc trực tiếp\nSáng 28/12, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam đã điện đàm với Bộ trưởng Quốc phòng Lào Chansamone Chanyalath nhân dịp hai bộ chính thức thiết lập đường dây liên lạc trực tiếp.';
    expect(countries(call, '2024-12-28')).toEqual(['VN', 'LA']);
    const line = 'Hai Bộ Quốc phòng lập đường dây liên lạc trực tiếp\nSáng 28/12, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Lào chính thức thiết lập đường dây liên lạc trực tiếp giữa hai bộ trưởng, với một cuộc thử kết nối ngắn.';
    expect(run(line, '2024-12-28').detection.isCall).toBe(false);
  });
  it('the call’s counterpart before a verb whose subject is the caller ("… điện đàm với Tổng thống X, khẳng định …")', () => {
    expect(sides('Tổng Bí thư Tô Lâm điện đàm với Tổng thống Lee Jae-myung, nhấn mạnh hai nước cần sớm nâng kim ngạch thương mại.', '2026-01-30')).toEqual([
      ['Tô Lâm', 'VN'],
      ['Lee Jae-myung', 'KR'],
    ]);
    // One who reports the call after a comma is still no party.
    expect(sides('Thủ tướng Nhật Bản Ishiba Shigeru đã điện đàm với Tổng thống Mỹ Donald Trump, Chánh văn phòng Nội các Hayashi Yoshimasa cho biết.', '2025-02-10')).toEqual([
      ['Ishiba Shigeru', 'JP'],
      ['Donald Trump', 'US'],
    ]);
  });
  it('a side the call’s sentence leaves out, from a later sentence that tells the same call with both sides', () => {
    const text = 'Trong cuộc điện đàm Bộ trưởng Pete Hegseth nói rằng Mỹ muốn ổn định quan hệ quân sự với Trung Quốc.\nẢnh minh họa: hai bộ trưởng quốc phòng.\nNgười phát ngôn Lầu Năm Góc hôm 10/9 cho biết ông Hegseth và ông Đổng Quân đã có cuộc điện đàm kéo dài một giờ.';
    expect(countries(text, '2025-09-11')).toEqual(['US', 'CN']);
    // …not from a later sentence about an earlier call.
    const other = 'Trong cuộc điện đàm Bộ trưởng Pete Hegseth nói rằng Mỹ muốn ổn định quan hệ quân sự với Trung Quốc.\nLầu Năm Góc chưa công bố thêm chi tiết.\nHồi tháng 5, ông Hegseth và ông Đổng Quân đã có cuộc điện đàm đầu tiên.';
    expect(run(other, '2025-09-11').detection.isCall).toBe(false);
  });
  it('a speech at a summit the opening says is online, dated by the range of its days', () => {
    const text = 'Thủ tướng phát biểu tại phiên họp về y tế của Thượng đỉnh G20\nTừ ngày 21-22/11, Thủ tướng Nguyễn Xuân Phúc sẽ dự Hội nghị Thượng đỉnh G20 theo hình thức trực tuyến cùng lãnh đạo các nền kinh tế lớn.';
    const r = run(text, '2020-11-19');
    expect(r.detection.kind).toBe('planned');
    expect(r.call?.eventDate).toBe('2020-11-21');
    // A single day after "từ" is still a date the call runs from, not its own.
    expect(run('Thủ tướng điện đàm với Thủ tướng Lào Sonexay Siphandone\nTừ ngày 5/11, hai bên đã nhiều lần trao đổi; chiều 19/11, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Lào Sonexay Siphandone.', '2024-11-20').call?.eventDate).toBe('2024-11-19');
  });
  it('a meeting told by who attended it at the end of one paragraph and as held online at the start of the next', () => {
    const text = 'Thủ tướng Ấn Độ dự họp khẩn với các nước BRICS\nThủ tướng Ấn Độ Narendra Modi dự hội nghị bất thường của nhóm BRICS trong ngày 8.9.\nTheo hãng tin PTI, hội nghị bất thường của BRICS diễn ra theo hình thức trực tuyến.';
    const r = run(text, '2025-09-08');
    expect(r.call?.eventDate).toBe('2025-09-08');
    expect(r.call?.participants.map((p) => p.country)).toContain('IN');
    // A paragraph about an earlier event before it lends neither its people nor its day.
    const earlier = 'Các nước BRICS họp khẩn\nHồi tháng 3, Thủ tướng Ấn Độ Narendra Modi đã dự hội nghị thường niên của nhóm BRICS.\nTheo hãng tin PTI, hội nghị bất thường của BRICS diễn ra theo hình thức trực tuyến.';
    expect(run(earlier, '2025-09-08').call?.participants.map((p) => p.country) ?? []).not.toContain('IN');
  });
  it('a meeting named by the letters the text defined for it ("… ASEAN về an ninh mạng lần thứ 3 (ADGMIN 3)")', () => {
    const text = 'Hà Nội chuẩn bị đón hội nghị bộ trưởng ASEAN về an ninh mạng\nSáng 10-1, Bộ Thông tin và Truyền thông họp báo về Hội nghị Bộ trưởng ASEAN về an ninh mạng lần thứ 3 (ADGMIN 3) dưới sự chủ trì của Thứ trưởng Phan Tâm.\nTại buổi họp báo, Thứ trưởng Phan Tâm cho biết, Hội nghị ADGMIN 3 diễn ra từ ngày 21 đến 22-1-2021 theo hình thức trực tuyến.';
    const r = run(text, '2021-01-10');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toContain('ASEAN');
    expect(r.call?.eventDate).toBe('2021-01-21');
    // An agency's letters are no meeting's: its reporters are no side of a call between two others.
    const agency = 'Hai ngoại trưởng điện đàm\nTheo Thông tấn xã Việt Nam (TTXVN), Ngoại trưởng Nga Sergei Lavrov ngày 3/2 đã điện đàm với Ngoại trưởng Mỹ Marco Rubio. Phóng viên TTXVN tại Moskva cho biết hai bên bàn về Ukraine.';
    expect(run(agency, '2025-02-04').call?.participants.map((p) => p.country).sort()).toEqual(['RU', 'US']);
  });
  it('one title over a list of countries is that office of each ("với Bộ trưởng Ngoại giao Malaysia, Thái Lan và Ấn Độ")', () => {
    const text = 'Bộ trưởng Ngoại giao điện đàm với ba người đồng cấp\nTối 9/6, Bộ trưởng Bùi Thanh Sơn lần lượt điện đàm với Bộ trưởng Ngoại giao Malaysia, Thái Lan và Ấn Độ về tình hình khu vực.';
    expect((countries(text, '2023-06-10') ?? []).sort()).toEqual(['IN', 'MY', 'TH', 'VN']);
    // A name after the comma is the same minister's, not a country of the list.
    const named = 'Hai ngoại trưởng điện đàm\nNgày 9/6, Bộ trưởng Ngoại giao Nga, Sergei Lavrov, đã điện đàm với Ngoại trưởng Mỹ Marco Rubio.';
    expect((countries(named, '2025-06-10') ?? []).sort()).toEqual(['RU', 'US']);
  });
  it('a known leader’s name misspelt a letter or two off is the same side, shown as the gazetteer spells it', () => {
    const text = 'Tổng thống Nga điện đàm với Tổng thống Pháp Macorn\nNgày 3/5, Tổng thống Nga Vladimir Putin đã điện đàm với Tổng thống Pháp Emmanuel Macron. Ông Putin thông báo cho ông Maccron về tình hình.';
    const parties = run(text, '2022-05-04').call?.participants ?? [];
    expect(parties.map((p) => p.country).sort()).toEqual(['FR', 'RU']);
    expect(parties.find((p) => p.country === 'FR')?.name).toBe('Emmanuel Macron');
  });
  it('what one leader said to another ("nói với") in an opening that speaks of a phone call whose sentence names one side', () => {
    const text = 'Quan hệ Nga - Mỹ sẽ ra sao dưới thời tổng thống mới\nTổng thống Nga Vladimir Putin nói với ông Joe Biden rằng đối thoại là con đường duy nhất, theo điện Kremlin.\nÔng Biden sẽ nhậm chức ngày 20/1/2021.\nĐiện Kremlin cho biết ông Putin đã phát biểu qua điện thoại rằng hai nước có nhiều việc phải làm cùng nhau.';
    const r = run(text, null);
    expect(r.detection.kind).toBe('phone');
    expect((r.call?.participants.map((p) => p.country) ?? []).sort()).toEqual(['RU', 'US']);
    // The day the president-elect takes office is still to come: not the call's.
    expect(r.call?.eventDate ?? null).toBeNull();
    // Without a call in the opening, what was said to someone is no call.
    expect(run('Quan hệ Nga - Mỹ sẽ ra sao\nTổng thống Nga Vladimir Putin nói với ông Joe Biden rằng đối thoại là con đường duy nhất, tại hội nghị ở Geneva.', null).detection.isCall).toBe(false);
  });
  it('a grouping spoken of again as "nhóm này" in the sentence that says its leaders met online', () => {
    const text = 'G20 kêu gọi ngừng bắn ở Trung Đông\nNam Phi, nước giữ chức chủ tịch G20, cho biết đã mời các nhà lãnh đạo thành viên của nhóm này họp bất thường vào ngày 3-5 theo hình thức trực tuyến.';
    const r = run(text, '2025-05-03');
    expect(r.detection.kind).toBe('video');
    expect(r.call?.participants.map((p) => p.country)).toContain('G20');
    // Without a grouping named before it, "nhóm này" names no side.
    expect(run('Kêu gọi ngừng bắn ở Trung Đông\nCác nhà tài trợ cho biết đã triệu tập cuộc họp khẩn cấp của các thành viên thuộc nhóm này ngay trong ngày 3-5 theo hình thức trực tuyến.', '2025-05-03').detection.isCall).toBe(false);
  });
  it('an online meeting dated after the day the text was published is still to come', () => {
    const text = 'Thủ tướng Anh mời lãnh đạo châu Âu họp trực tuyến về Ukraine\nThủ tướng Anh Keir Starmer ngày 4/3 đã mời Tổng thống Pháp Emmanuel Macron và Thủ tướng Ba Lan Donald Tusk tham dự cuộc họp trực tuyến vào ngày 6/3.';
    const r = run(text, '2025-03-05');
    expect(r.call?.kind).toBe('planned');
    expect(r.detection.kind).toBe('planned');
    expect(r.call?.eventDate).toBe('2025-03-06');
    // Published the day after, the same meeting has taken place.
    expect(run(text, '2025-03-07').call?.kind).toBe('video');
  });
  it('calls listed with other kinds of contact ("các cuộc điện đàm, gặp gỡ") are contacts in general, not a call the text knows', () => {
    const text = 'Đại sứ Nguyễn Văn An: Peru coi Việt Nam là cửa ngõ vào Đông Nam Á\nNhân dịp Bộ trưởng Ngoại giao Peru Javier González thăm chính thức Việt Nam, được Bộ trưởng Bùi Thanh Sơn mời sang, Đại sứ Việt Nam tại Peru Nguyễn Văn An đã trả lời phỏng vấn báo chí.\nXin Đại sứ cho biết ý nghĩa chuyến thăm?\nQuan hệ hai nước không ngừng phát triển. Trong các cuộc điện đàm, gặp gỡ giữa lãnh đạo cấp cao hai bên, phía Peru luôn khẳng định coi trọng quan hệ với Việt Nam.';
    expect(run(text, '2024-05-20').detection.isCall).toBe(false);
    // A call the text knows, framed alone, still is one.
    expect(run(text.replace('Trong các cuộc điện đàm, gặp gỡ giữa lãnh đạo cấp cao hai bên,', 'Tại cuộc điện đàm,'), '2024-05-20').detection.isCall).toBe(true);
  });
  it('a call told further down after "Cũng theo …," is more news beside the headline’s, not its call', () => {
    const text = 'Lãnh đạo hai nước hoan nghênh lệnh ngừng bắn\nCác nhà lãnh đạo hai nước đều hoan nghênh lệnh ngừng bắn đạt được sau cuộc đàm phán tại Kuala Lumpur.\nTheo báo Bangkok Post, Thủ tướng Thái Lan ngày 2/8 đã bình luận về lệnh ngừng bắn.\nCũng theo người đứng đầu chính phủ Thái Lan, vài giờ sau khi thỏa thuận ngừng bắn được loan báo chính ông đã điện đàm với ông Trump.';
    expect(run(text, '2025-08-02').detection.isCall).toBe(false);
  });
  it('a video call the sentence’s own call is told after ("vài tiếng sau cuộc gọi video với …") does not make it a video call', () => {
    const text = 'Lãnh đạo Nhật Bản và Hàn Quốc điện đàm\nThủ tướng Nhật Bản đã điện đàm với Tổng thống Hàn Quốc vào chiều thứ Ba, vài tiếng sau cuộc gọi video với Thủ tướng Australia.';
    expect(run(text, '2026-03-04').detection.kind).toBe('phone');
    // The video call told as its own is still one.
    expect(run('Lãnh đạo Nhật Bản và Hàn Quốc điện đàm\nThủ tướng Nhật Bản đã có cuộc gọi video với Tổng thống Hàn Quốc vào chiều thứ Ba.', '2026-03-04').detection.kind).toBe('video');
  });
  it('a day said to be still to come dates another event, not a meeting already held', () => {
    const text = 'Quan chức quốc phòng cấp cao các nước ASEAN và đối tác dự hội nghị trực tuyến\nCập nhật: 15/03/2022\n(VOV) - Các trưởng đoàn bàn việc chuẩn bị Hội nghị ADMM+ lần thứ 9 (dự kiến diễn ra ngày 20/6).\nHội nghị các quan chức quốc phòng cấp cao thuộc Hiệp hội các quốc gia Đông Nam Á (ASEAN) mở rộng (ADSOM+) diễn ra ngày 15/3 theo hình thức trực tuyến, dưới sự chủ trì của Campuchia.';
    expect(run(text, '2022-03-15').call?.eventDate).toBe('2022-03-15');
  });
  it('a meeting held online over days written "từ ngày 14 đến ngày 15/9", dated by its first day', () => {
    const text = 'Bộ trưởng Công an dự hội nghị bộ trưởng ASEAN\nThượng tướng Tô Lâm, Bộ trưởng Bộ Công an, sẽ chủ trì Hội nghị Bộ trưởng ASEAN về phòng, chống ma túy theo hình thức trực tuyến từ ngày 14 đến ngày 15/9/2021.';
    expect(run(text, '2021-09-10').call?.eventDate).toBe('2021-09-14');
    // "đến ngày" alone still ends a period, not a day of the meeting.
    const until = 'Thủ tướng điện đàm với Thủ tướng Lào Sonexay Siphandone\nChiều 19/11, Thủ tướng Phạm Minh Chính và người đồng cấp Lào Sonexay Siphandone đã điện đàm; hai bên sẽ trao đổi thường xuyên đến ngày 30/11.';
    expect(run(until, '2024-11-20').call?.eventDate).toBe('2024-11-19');
  });
  it('a headline’s meeting word for the call its opening first tells between the same sides', () => {
    const text = 'Moskva xác nhận cuộc hội đàm của hai ông Putin-Trump sẽ diễn ra đầu tuần tới\nThư ký báo chí của Tổng thống Nga Dmitry Peskov từ chối nói trước những chủ đề của cuộc điện đàm sắp tới giữa Tổng thống Nga Vladimir Putin và Tổng thống Mỹ Donald Trump.';
    expect(run(text, '2025-03-17').detection.kind).toBe('planned');
    // A visit's report whose next sentence recalls an earlier call between the same leaders stays a visit.
    const visit = 'Thủ tướng hội kiến Tổng thống Donald Trump\nChiều 12/11, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc đã hội kiến Tổng thống Hoa Kỳ Donald Trump đang thăm Việt Nam. Thủ tướng nhắc lại cuộc điện đàm giữa hai nhà lãnh đạo Việt Nam và Hoa Kỳ cuối năm ngoái.';
    expect(run(visit, '2017-11-12').detection.isCall).toBe(false);
  });
});

describe('what sets f and g showed on a second reading', () => {
  const countries = (text: string, published?: string | null) => run(text, published).call?.participants.map((p) => p.country);

  it('people who attend "the event held online" make the meeting the sentence before names a video call', () => {
    const text = 'Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 52 khai mạc\nSáng 8/9, Bộ trưởng Công Thương Trần Tuấn Anh, với vai trò nước giữ ghế Chủ tịch ASEAN, chủ trì lễ khai mạc Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 52.\nCác bộ trưởng kinh tế trong khối, Tổng Thư ký ASEAN cùng đại diện nhiều đối tác dự sự kiện được tổ chức theo hình thức trực tuyến.';
    const r = run(text, '2020-09-08');
    expect(r.detection.kind).toBe('video');
    expect(new Set(countries(text, '2020-09-08'))).toEqual(new Set(['VN', 'ASEAN']));
    expect(r.call?.eventDate).toBe('2020-09-08');
    // The same event in a hall is a meeting in person; one of a single country's people online is domestic.
    expect(run(text.replace('được tổ chức theo hình thức trực tuyến', 'tại Trung tâm Hội nghị Quốc gia'), '2020-09-08').detection.isCall).toBe(false);
    const domestic = 'Khai mạc Hội nghị tổng kết ngành Công Thương\nSáng 8/1, Bộ trưởng Công Thương Nguyễn Hồng Diên chủ trì lễ khai mạc Hội nghị tổng kết năm.\nLãnh đạo Sở Công Thương 63 tỉnh, thành phố dự sự kiện được tổ chức theo hình thức trực tuyến.';
    expect(run(domestic, '2024-01-08').detection.isCall).toBe(false);
  });

  it('the caption of a copy without a headline, when it tells the call the opening goes on about', () => {
    const text = '![]() |\n| Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Singapore Lawrence Wong. (Nguồn: VGP) |\nThủ tướng Phạm Minh Chính vui mừng có cuộc trao đổi với Thủ tướng Lawrence Wong ít ngày sau cuộc gặp bên lề Hội nghị Cấp cao ASEAN.\nHai Thủ tướng nhất trí thúc đẩy kết nối lưới điện và năng lượng sạch giữa hai nước.';
    expect(countries(text, '2025-11-02')).toEqual(['VN', 'SG']);
    // …in the call's other wordings too.
    expect(countries(text.replace('điện đàm với', 'trao đổi qua điện thoại với'), '2025-11-02')).toEqual(['VN', 'SG']);
    // A caption of an earlier call the text recalls, or an archive photo, is no headline.
    const recalled = 'Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Singapore Lawrence Wong, ngày 3/6/2024 - Ảnh: VGP.\nBộ Ngoại giao Singapore vừa thông báo lịch trình chuyến thăm Hà Nội của Bộ trưởng Ngoại giao nước này vào tuần tới.\nTrước đó, ngày 3/6/2024, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Lawrence Wong.';
    expect(run(recalled, '2025-03-10').detection.isCall).toBe(false);
    const archive = '| Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Singapore Lawrence Wong. (Ảnh tư liệu: VGP) |\nHai nước vừa ký bản ghi nhớ về thương mại điện tử tại Singapore.\nBản ghi nhớ do hai bộ trưởng thương mại ký trong chuyến thăm của đoàn Việt Nam.';
    expect(run(archive, '2025-03-10').detection.isCall).toBe(false);
  });

  it('a caption that names no one, over an opening that speaks of no call, is a file photo, not the headline', () => {
    const body = '\nCuộc gặp thượng đỉnh Pháp - Đức dự kiến ở Strasbourg cuối tháng này sẽ không diễn ra đúng hẹn, một quan chức Điện Élysée nói với báo giới.\nLịch mới còn tùy vào vòng đàm phán ngân sách của Liên minh châu Âu.';
    expect(run(`| Ngoại trưởng Pháp - Đức điện đàm | Ảnh: AFP |${body}`, '2025-10-21').detection.isCall).toBe(false);
    // The mirror: a caption that names the officials still tells the call of a copy without a headline.
    const named = '| Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Singapore Lawrence Wong. (Nguồn: VGP) |\nHai Thủ tướng nhất trí thúc đẩy kết nối lưới điện và năng lượng sạch giữa hai nước.';
    expect(run(named, '2025-11-02').detection.isCall).toBe(true);
  });

  it('a programme’s or an alliance’s head by the body after "Giám đốc điều hành"; a company’s chief is no side', () => {
    const text = 'Phó Thủ tướng Lê Văn Thành và ông Seth Berkley, Giám đốc điều hành Liên minh Vắc-xin và Tiêm chủng toàn cầu (Gavi), đã họp trực tuyến chiều 14/10.\nHai bên bàn về nguồn vaccine cho trẻ em.';
    expect(countries(text, '2021-10-15')).toEqual(['VN', 'GAVI']);
    const company = 'Phó Thủ tướng Lê Văn Thành và ông Trần Quang Huy, Giám đốc điều hành Tập đoàn Năng lượng Miền Trung, đã họp trực tuyến chiều 14/10.\nHai bên bàn về tiến độ dự án điện gió.';
    expect(run(company, '2021-10-15').detection.isCall).toBe(false);
  });

  it('a country’s one-syllable form right after a leader’s title; a surname after one starts a name', () => {
    expect(sides('Chủ tịch nước Lương Cường điện đàm với Thủ tướng Thái chiều 4/3 về hợp tác du lịch.\nCuộc điện đàm của Chủ tịch nước với Thủ tướng Thái Lan Anutin Charnvirakul diễn ra trong 40 phút.', '2026-03-05')).toEqual([
      ['Lương Cường', 'VN'],
      ['Anutin Charnvirakul', 'TH'],
    ]);
    expect(person('Bộ trưởng Thái Văn Hòa phát biểu tại hội nghị.', 'Thái Văn Hòa')?.country).toBe('VN');
  });

  it('an online meeting whose name lists its partners before "dưới hình thức trực tuyến"', () => {
    const text = 'Malaysia kêu gọi lập quỹ dự trữ lương thực chung\nTại cuộc họp Bộ trưởng Nông nghiệp ASEAN+3 hôm 6/10 với các đối tác Trung Quốc, Nhật Bản và Hàn Quốc dưới hình thức trực tuyến, đại diện Malaysia kêu gọi lập quỹ dự trữ gạo khẩn cấp của khu vực.';
    expect(new Set(countries(text, '2021-10-07'))).toEqual(new Set(['ASEAN', 'CN', 'JP', 'KR']));
    expect(run(text, '2021-10-07').detection.kind).toBe('video');
    // The same meeting in a capital is no call.
    expect(run(text.replace('dưới hình thức trực tuyến', 'tại Kuala Lumpur'), '2021-10-07').detection.isCall).toBe(false);
  });

  it('a call still to come dated by the next sentence that says it is being prepared for a weekday; what is not told of it is no denial', () => {
    const text = 'Văn phòng Tổng thống Pháp không nêu nội dung của cuộc điện đàm sắp tới giữa Tổng thống Pháp Emmanuel Macron và Thủ tướng Anh Keir Starmer.\nMột quan chức Pháp cho biết cuộc điện đàm giữa hai ông Macron và Starmer đang được chuẩn bị vào thứ Năm.';
    const r = run(text, '2025-10-20');
    expect(r.detection.kind).toBe('planned');
    expect(r.call?.eventDate).toBe('2025-10-23');
    // An earlier call's day told after it is not the day of the call to come; a call denied stays denied.
    const earlier = text.replace('đang được chuẩn bị vào thứ Năm', 'sẽ là lần thứ hai; trước đó, hai ông đã điện đàm hôm 2/10');
    expect(run(earlier, '2025-10-20').call?.eventDate ?? null).toBeNull();
    expect(run('Văn phòng Tổng thống Pháp bác bỏ thông tin về cuộc điện đàm giữa Tổng thống Pháp Emmanuel Macron và Thủ tướng Anh Keir Starmer.', '2025-10-20').detection.isCall).toBe(false);
  });

  it('a name alone after a chain of bodies or a country, between commas', () => {
    const text = 'Sáng 9/5, đồng chí Ủy viên Bộ Chính trị phụ trách Đối ngoại Đảng Nhân dân Campuchia (CPP) cầm quyền Campuchia, Chea Vandeth Rithy, đã dự buổi lễ.';
    expect(person(text, 'Chea Vandeth Rithy')?.country).toBe('KH');
    expect(person('Ngoại trưởng Estonia, Kalev Rebane, cho biết hai bên đã trao đổi.', 'Kalev Rebane')?.country).toBe('EE');
    // Places after the comma are no name.
    expect(findPeople('Tổng thống Pháp, Hà Nội và Bắc Kinh đều lên tiếng.').some((p) => p.name === 'Hà Nội')).toBe(false);
  });

  it('the counterpart whose chain gives no country is of the one country the headline names', () => {
    const online = 'Trưởng Ban Đối ngoại Trung ương hội đàm với lãnh đạo Đảng Lao động Brazil\nChiều 3/4, đồng chí Lê Hoài Trung, Trưởng Ban Đối ngoại Trung ương đã hội đàm trực tuyến với đồng chí Chủ tịch Đảng Lao động cầm quyền Brasill, Gleisi Hoffmann.';
    expect(sides(online, '2025-04-04')).toEqual([
      ['Lê Hoài Trung', 'VN'],
      ['Gleisi Hoffmann', 'BR'],
    ]);
    const phone = 'Bộ trưởng Quốc phòng điện đàm với Bộ trưởng Quốc phòng Brazil\nChiều 3/4, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng điện đàm với Bộ trưởng Quốc phòng José Múcio Monteiro.';
    expect(sides(phone, '2025-04-04')).toEqual([
      ['Phan Văn Giang', 'VN'],
      ['José Múcio Monteiro', 'BR'],
    ]);
    // A Vietnamese body's chain with no country word stays Vietnam's: the headline's country is the other side.
    expect(countries('Trưởng Ban Đối ngoại Trung ương điện đàm với Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc\nChiều 3/4, Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung điện đàm với Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc Lưu Hải Tinh.', '2025-04-04')).toEqual(['VN', 'CN']);
  });

  it('"the call between the two leaders" opening a text is between the officials its headline names', () => {
    const text = 'Thủ tướng Nhật Bản Ishiba Shigeru chúc mừng Tổng thống Hàn Quốc Lee Jae-myung nhậm chức\nCuộc điện đàm giữa hai nhà lãnh đạo diễn ra tối 9/6, năm ngày sau lễ nhậm chức của Tổng thống Lee.\nHai bên nhất trí sớm nối lại đối thoại con thoi.';
    expect(countries(text, '2025-06-10')).toEqual(['JP', 'KR']);
    expect(run(text, '2025-06-10').call?.eventDate).toBe('2025-06-09');
    // An earlier call between them, recalled under the same headline, is not the news.
    const earlier = text.replace('Cuộc điện đàm giữa hai nhà lãnh đạo diễn ra tối 9/6, năm ngày sau lễ nhậm chức của Tổng thống Lee.', 'Trước đó, cuộc điện đàm giữa hai nhà lãnh đạo diễn ra hồi tháng 3, khi ông Lee còn là ứng viên.');
    expect(run(earlier, '2025-06-10').detection.isCall).toBe(false);
  });
});

describe('what real-press-j showed', () => {
  const countries = (text: string, published?: string | null) => run(text, published).call?.participants.map((p) => p.country);

  it('sides named by their countries after "với phía"', () => {
    expect(new Set(countries('Văn phòng Tổng thống Pháp cho biết chiều 3/2, Tổng thống Emmanuel Macron đã điện đàm với phía Armenia và Azerbaijan về đường biên giới.', '2026-02-04'))).toEqual(new Set(['FR', 'AM', 'AZ']));
  });

  it('who announces "that he called …" is the caller', () => {
    expect(sides('Tối 5/3, Thủ tướng Canada Mark Carney thông báo trên mạng xã hội rằng đã gọi điện cho Tổng thống Mexico Claudia Sheinbaum và Tổng thống Mỹ Donald Trump.', '2026-03-06')).toEqual([
      ['Mark Carney', 'CA'],
      ['Claudia Sheinbaum', 'MX'],
      ['Donald Trump', 'US'],
    ]);
    // One who reports another's call is still not on it.
    expect(sides('Người phát ngôn Văn phòng Thủ tướng Canada thông báo rằng Thủ tướng Mark Carney đã gọi điện cho Tổng thống Mexico Claudia Sheinbaum.', '2026-03-06')).toEqual([
      ['Mark Carney', 'CA'],
      ['Claudia Sheinbaum', 'MX'],
    ]);
  });

  it('"Tại cuộc điện đàm, …" after a first line that names the two officials', () => {
    const text = 'Theo Văn phòng Tổng thống Chile, Tổng thống Gabriel Boric và Thủ tướng Tây Ban Nha Pedro Sánchez đã thảo luận về hợp tác năng lượng tái tạo.\nTại cuộc điện đàm, Tổng thống Chile đề nghị mở rộng đầu tư vào hydro xanh.';
    expect(new Set(countries(text, '2025-05-20'))).toEqual(new Set(['CL', 'ES']));
    // A first line about something else leaves a call spoken of as known to its own paragraph.
    const other = 'Giá đồng thế giới tăng mạnh trong phiên giao dịch đầu tuần.\nTại cuộc điện đàm, Tổng thống Chile đề nghị mở rộng đầu tư vào hydro xanh.';
    expect(run(other, '2025-05-20').detection.isCall).toBe(false);
  });

  it('who attended an online summit, listed by the next sentence whatever it starts with', () => {
    const text = 'Lãnh đạo G20 họp về an ninh lương thực\nPhiên khai mạc Hội nghị thượng đỉnh Nhóm các nền kinh tế lớn (G20) bắt đầu tối 22/11 theo hình thức trực tuyến, do Thủ tướng Ấn Độ Narendra Modi chủ trì.\nHội nghị năm nay còn quy tụ nhiều nguyên thủ, trong đó có sự tham dự của Thủ tướng Anh Rishi Sunak, Thủ tướng Nhật Bản Kishida Fumio.\nThủ tướng Chính phủ Việt Nam Phạm Minh Chính cũng tham dự và phát biểu tại phiên về lương thực.';
    expect(new Set(countries(text, '2023-11-23'))).toEqual(new Set(['IN', 'GB', 'JP', 'VN']));
  });

  it('a call called off is no call; a call told as done stays done whatever its content was to be', () => {
    const cancelled = 'Cuộc điện đàm Modi - Albanese bị hủy vào phút chót\nTheo báo chí Australia, cuộc điện đàm đã được lên lịch vào ngày 12/3 giữa Thủ tướng Ấn Độ Narendra Modi và Thủ tướng Australia Anthony Albanese đã bị hủy sau tranh cãi về thuế quan.';
    expect(run(cancelled, '2025-03-13').detection.isCall).toBe(false);
    const done = 'Ngày 12/3, Thủ tướng Ấn Độ Narendra Modi và Thủ tướng Australia Anthony Albanese đã tiến hành cuộc điện đàm, trong đó hai bên dự kiến thảo luận về thuế quan và khoáng sản.';
    expect(run(done, '2025-03-13').detection.kind).toBe('phone');
    // A call still to come stays so.
    expect(run('Thủ tướng Ấn Độ Narendra Modi và Thủ tướng Australia Anthony Albanese dự kiến điện đàm vào tuần tới về thuế quan.', '2025-03-13').detection.kind).toBe('planned');
  });

  it('a letter the headline says came after a call is the news, not the call', () => {
    const letter = 'Thủ tướng Lào Sonexay Siphandone gửi thư cảm ơn Thủ tướng Phạm Minh Chính sau cuộc điện đàm\nTrong thư, Thủ tướng Lào cảm ơn Việt Nam đã hỗ trợ khắc phục hậu quả lũ lụt.';
    expect(run(letter, '2025-09-20').detection.isCall).toBe(false);
    // A headline that asks what came after a call, over an opening that reports it, is the call's.
    const call = 'Hai Thủ tướng nói gì sau cuộc điện đàm?\nTối 18/9, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Lào Sonexay Siphandone về khắc phục hậu quả lũ lụt.';
    expect(run(call, '2025-09-20').detection.isCall).toBe(true);
  });

  it('an office of "hai nước" is no Vietnamese official', () => {
    const text = 'Anh - Pháp điện đàm về an ninh châu Âu\nBộ trưởng Quốc phòng hai nước đã trao đổi qua điện thoại hôm 14/3.';
    expect(new Set(countries(text, '2025-03-15'))).toEqual(new Set(['GB', 'FR']));
  });
});

describe('what real-press-k showed (2008–2017)', () => {
  it('knows the leaders of those years, and names a bare office by whoever held it then', () => {
    expect(sides('Tổng thống Mỹ George W. Bush đã gọi điện thoại cho Chủ tịch Hồ Cẩm Đào của Trung Quốc để bàn về Triều Tiên.', '2008-03-27')).toEqual([
      ['George W. Bush', 'US'],
      ['Hồ Cẩm Đào', 'CN'],
    ]);
    expect(sides('Thủ tướng Nhật Bản điện đàm với Tổng thống Hàn Quốc về vụ tàu chìm\nChiều 24/5, Thủ tướng Nhật Bản đã điện đàm với Tổng thống Hàn Quốc Lee Myung-bak.', '2010-05-25')).toEqual([
      ['Hatoyama Yukio', 'JP'],
      ['Lee Myung-bak', 'KR'],
    ]);
    // A common surname after a title of another year is nobody of this table.
    expect(sides('Tổng tham mưu trưởng Nga Valery Gerasimov điện đàm với Chủ tịch Hội đồng Tham mưu trưởng liên quân Mỹ, Tướng Charles Brown.', '2024-11-28')?.map((p) => p[1])).toEqual(['RU', 'US']);
  });

  it('"2 nhà lãnh đạo có cuộc điện đàm" named by the next sentence; a phone-tapping story is none', () => {
    const text = 'Obama, Harper bàn về an ninh Bắc Cực\n2 nhà lãnh đạo có cuộc điện đàm trước hội nghị thượng đỉnh.\nTổng thống Mỹ Barack Obama và Thủ tướng Canada Stephen Harper nói chuyện qua điện thoại vào sáng thứ Hai để thảo luận về Bắc Cực.';
    expect(new Set(run(text, '2013-03-12').call?.participants.map((p) => p.country))).toEqual(new Set(['US', 'CA']));
    const tapped = 'Cơ quan tình báo nước ngoài đã nghe lén 40 cuộc điện thoại của các quan chức cấp cao của Italy.\nThủ tướng Italy Matteo Renzi yêu cầu Đại sứ Mỹ giải thích.';
    expect(run(tapped, '2016-02-24').detection.isCall).toBe(false);
  });

  it('a call that other news hangs on, or a call recounted, is not the news', () => {
    const market = 'Chứng khoán châu Á đi lên\nCác chỉ số chứng khoán châu Á đồng loạt tăng điểm sau khi Thủ tướng Nhật Bản Ishiba Shigeru điện đàm với Tổng thống Mỹ Donald Trump tối qua.';
    expect(run(market, '2025-04-08').detection.isCall).toBe(false);
    const recounted = 'Cựu Thủ tướng Anh Boris Johnson kể về cuộc điện thoại với ông Putin trước chiến sự\nTrong một bộ phim tài liệu, ông Johnson nói Tổng thống Nga Vladimir Putin từng dọa tấn công tên lửa nhằm vào ông.';
    expect(run(recounted, '2023-01-30').detection.isCall).toBe(false);
    // A sentence that opens with the call it goes on from still reports it.
    const call = 'Sau khi Thủ tướng Nhật Bản Ishiba Shigeru điện đàm với Tổng thống Mỹ Donald Trump tối 7/4, hai bên nhất trí lập nhóm đàm phán thuế quan.';
    expect(run(call, '2025-04-08').detection.isCall).toBe(true);
  });
});


describe('one party written two ways, and a list of parties through a long state name', () => {
  it('a word of a state’s full name does not end the list of those called', () => {
    // "Nhân" of "Cộng hòa Dân chủ Nhân dân Lào" is also the word that opens "nhân dịp …".
    const text = 'Sáng 14/4, nhân dịp Tết cổ truyền, Chủ tịch nước Lương Cường đã gọi điện chúc mừng Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào Thongloun Sisoulith và Quốc vương Vương quốc Campuchia Norodom Sihamoni.';
    expect(sides(text, '2025-04-14')?.map((p) => p[1])).toEqual(['VN', 'LA', 'KH']);
    // The word still ends the clause where it is not part of a name.
    expect(sides('Sáng 14/4, Chủ tịch nước Lương Cường đã gọi điện cho Chủ tịch nước Lào Thongloun Sisoulith nhân dịp Tết Bun Pi May của Lào.', '2025-04-14')?.map((p) => p[1])).toEqual(['VN', 'LA']);
  });

  it('a headline’s single name and the opening’s full name are one party', () => {
    // A machine-made spelling the leaders table does not hold, under the headline's surname it does.
    const text = 'Tổng thống Yoon và Thủ tướng Kishida điện đàm lần đầu\nVăn phòng Tổng thống Hàn Quốc cho biết Tổng thống Hàn Quốc Yoon Sok-yol đã điện đàm 20 phút với Thủ tướng Nhật Bản Kishida Fumio chiều 11/5.';
    expect(sides(text, '2022-05-11')).toEqual([
      ['Yoon Sok-yol', 'KR'],
      ['Kishida Fumio', 'JP'],
    ]);
    const cut = 'Tổng thống Putin sẽ điện đàm với tân Tổng thống Mỹ Donald trong ngày mai, lần đầu kể từ khi ông Trump nhậm chức.';
    expect(sides(cut, '2017-01-27')?.map((p) => p[1])).toEqual(['RU', 'US']);
  });

  it('a headline that names the sides by role takes its people from the call, not from an earlier one the opening recalls', () => {
    const text = 'Ngoại trưởng Nhật - Trung điện đàm về căng thẳng biển\nCuộc điện đàm này do phía Nhật Bản đề nghị và diễn ra sau khi Thủ tướng Nhật Bản Kishida Fumio điện đàm với Chủ tịch Trung Quốc Tập Cận Bình về hợp tác.\nTheo Kyodo, trong cuộc điện đàm tối 3/8, Ngoại trưởng Nhật Bản Kamikawa Yoko và người đồng cấp Trung Quốc Vương Nghị đã bàn về các vụ việc trên biển.\nBộ Ngoại giao Nhật Bản cho biết, cuộc điện đàm này nằm trong sáng kiến của Tokyo và diễn ra sau khi Thủ tướng Nhật Bản Kishida Fumio điện đàm với Chủ tịch Trung Quốc Tập Cận Bình để bàn về thương mại.';
    expect(sides(text, '2024-08-04')?.map((p) => p[0])).toEqual(['Kamikawa Yoko', 'Vương Nghị']);
  });
});

describe('a call whose sides are counted or named in the sentences around it', () => {
  it('"… trong cuộc điện đàm … giữa hai nhà lãnh đạo" takes its sides from the sentence before it', () => {
    const text = 'Thủ tướng Canada Mark Carney yêu cầu Tổng thống Mỹ Donald Trump gỡ bỏ thuế 35% với gỗ xẻ.\nYêu cầu được nêu trong cuộc điện đàm kéo dài 40 phút sáng 14/10 giữa hai nhà lãnh đạo. Văn phòng Thủ tướng Canada cho biết hai bên nhất trí giao cho các bộ trưởng tiếp tục đàm phán.';
    const r = run(text, '2025-10-14');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['CA', 'US']);
  });

  it('"… trong cuộc điện đàm … giữa hai nhà ngoại giao": diplomats counted, named the sentence before', () => {
    const text = 'Ngoại trưởng Nhật mời người đồng cấp Việt Nam đến Tokyo\nNgoại trưởng Nhật Bản Hayashi Yoshimasa đã mời Bộ trưởng Ngoại giao Bùi Thanh Sơn thăm Tokyo trong năm nay, Bộ Ngoại giao Nhật Bản cho biết.\nÔng Hayashi nêu lời mời trong cuộc điện đàm chiều 8/6 giữa hai nhà ngoại giao.';
    expect(sides(text, '2023-06-09')?.map((p) => p[1])).toEqual(['JP', 'VN']);
  });

  it('a copy cut from mid-article whose first line is "Cuộc điện đàm …" names the sides a few lines on', () => {
    const text = 'Cuộc điện đàm xoay quanh việc trao đổi tù binh và an ninh nhà máy điện hạt nhân.\nHai nhà lãnh đạo nhất trí giữ liên lạc thường xuyên.\nCuộc trao đổi diễn ra theo đề nghị của phía Pháp.\nÔng Macron và ông Putin cũng bàn về tình hình Trung Đông.';
    const r = run(text, '2025-07-02');
    expect(r.detection.isCall).toBe(true);
    expect(new Set(r.call?.participants.map((p) => p.country))).toEqual(new Set(['FR', 'RU']));
    // Lines that go on with one side only leave the call without its second side.
    expect(run(text.replace('Ông Macron và ông Putin', 'Ông Macron và Bộ trưởng Quốc phòng Pháp'), '2025-07-02').detection.isCall).toBe(false);
  });
});

describe('names and titles as party papers write them', () => {
  it('a transliterated name of many hyphenated syllables, and its own spelling in brackets, are one person', () => {
    const people = findPeople('Chủ tịch nước Lương Cường đã điện đàm với đồng chí Mi-ghen Đi-át Ca-nên Bê-mu-đết (Miguel Díaz-Canel Bermúdez), Bí thư thứ nhất Ban Chấp hành Trung ương Đảng Cộng sản Cu-ba.');
    expect(people.map((p) => [p.name, p.country])).toEqual([
      ['Lương Cường', 'VN'],
      ['Mi-ghen Đi-át Ca-nên Bê-mu-đết', 'CU'],
    ]);
    // …and the headline's mention of him without the brackets is the same party of the call.
    const text = 'Chủ tịch nước Lương Cường điện đàm với đồng chí Mi-ghen Đi-át Ca-nên Bê-mu-đết, Bí thư thứ nhất Ban Chấp hành Trung ương Đảng Cộng sản Cu-ba\nNgày 20/4, Chủ tịch nước Lương Cường đã có cuộc điện đàm với đồng chí Mi-ghen Đi-át Ca-nên Bê-mu-đết (Miguel Díaz-Canel Bermúdez), Bí thư thứ nhất Ban Chấp hành Trung ương Đảng Cộng sản Cu-ba.';
    expect(sides(text, '2025-04-20')).toEqual([
      ['Lương Cường', 'VN'],
      ['Mi-ghen Đi-át Ca-nên Bê-mu-đết', 'CU'],
    ]);
  });

  it('a foreign party’s office before the head of government’s is one person’s, and not Vietnam’s', () => {
    const people = findPeople('Thường trực Ban Bí thư Trần Cẩm Tú điện đàm với Tổng Thư ký Đảng Hành động Nhân dân (PAP), Thủ tướng Singapore Lawrence Wong.');
    expect(people.map((p) => [p.name, p.country])).toEqual([
      ['Trần Cẩm Tú', 'VN'],
      ['Lawrence Wong', 'SG'],
    ]);
    expect(people[1]!.titleText).toContain('Đảng Hành động Nhân dân');
    // The party's abbreviation before the name is no part of it.
    expect(findPeople('Ông bày tỏ vui mừng được điện đàm với Tổng Thư ký PAP Lawrence Wong.').map((p) => p.name)).toEqual(['Lawrence Wong']);
  });

  it('the first words of a body’s name after a title are nobody’s name', () => {
    expect(findPeople('Thủ tướng sẽ phát biểu qua mạng trước các nhà Lãnh đạo Diễn đàn Kinh tế châu Á - Thái Bình Dương (APEC).').map((p) => p.name)).not.toContain('Diễn');
    expect(findPeople('Ông trao đổi với Chủ tịch Liên minh Dân chủ Tự do.').map((p) => p.name)).not.toContain('Liên');
  });
});

describe('a framed call that addresses the other side by its capital, and a written-out date over the headline', () => {
  it('"Trong cuộc điện đàm …, Ngoại trưởng Ukraine … đề nghị Bắc Kinh …" under a headline naming both countries', () => {
    const text = 'Trung Quốc muốn sớm có đàm phán về Ukraine\nTrong cuộc điện đàm tối 12/5, Ngoại trưởng Ukraine Andrii Sybiha đề nghị Bắc Kinh dùng ảnh hưởng của mình để thúc đẩy lệnh ngừng bắn.\nPhía Ukraine cho biết hai bên cũng bàn về trao đổi thương mại nông sản.';
    const r = run(text, '2025-05-13');
    expect(r.detection.isCall).toBe(true);
    expect(new Set(r.call?.participants.map((p) => p.country))).toEqual(new Set(['UA', 'CN']));
  });

  it('a banner and a menu above the headline are the site’s, not the headline', () => {
    const text = 'Báo điện tử của Hội Nhà báo tỉnh\nLogo\nĐăng ký|Đăng nhập|Liên hệ\nThủ tướng Nhật Bản và Tổng thống Hàn Quốc điện đàm\nTối 9/6, Thủ tướng Nhật Bản Ishiba Shigeru đã điện đàm với Tổng thống Hàn Quốc Lee Jae-myung, lần đầu kể từ khi ông Lee nhậm chức.';
    expect(analyzeText(text, { published: '2025-06-10' }).article?.title).toBe('Thủ tướng Nhật Bản và Tổng thống Hàn Quốc điện đàm');
  });

  it('an address or a word a hard-wrapped copy left on its own line is no menu: the headline stays the first line', () => {
    const text = 'Hai nước bàn về an ninh lương thực,\nhướng tới hợp tác lâu dài?\nhttps://example.org/node/12\nTheo nguồn tin, đây là nội\ndung chính của cuộc điện đàm giữa hai bộ trưởng nông nghiệp tuần\nqua, được báo chí trong nước đưa tin\nrầm rộ\nthành\nMột nội dung khác của cuộc trao đổi là giá phân bón';
    expect(analyzeText(text, { published: '2024-05-02' }).article?.title).toBe('Hai nước bàn về an ninh lương thực,');
  });

  it('a weekday and a date written out above the headline mark the page’s header, without becoming its date', () => {
    const text = 'Thứ Năm, 14 tháng 5, 2020\nLần đầu hội nghị các bộ trưởng ASEAN họp theo hình thức trực tuyến\nSáng nay, các bộ trưởng kinh tế ASEAN đã họp theo hình thức trực tuyến, do Bộ trưởng Công Thương Trần Tuấn Anh chủ trì.';
    const r = analyzeText(text, { published: null });
    expect(r.article?.title).toBe('Lần đầu hội nghị các bộ trưởng ASEAN họp theo hình thức trực tuyến');
    expect(r.article?.publishedAt).toBeNull();
  });
});

describe('an overseas site’s retelling of a party-to-party online meeting', () => {
  it('"… loan tin, vào ngày …, ông X … chủ trì hội nghị trực tuyến … Đại diện cho phía Trung Cộng là ông Y"', () => {
    const text = 'Hà Nội báo cáo với Bắc Kinh về kết quả hội nghị trung ương\nTin Việt Nam.- Báo chí trong nước loan tin, vào ngày 9 tháng 11, ông Lê Hoài Trung, Trưởng ban Đối ngoại trung ương, đã chủ trì hội nghị trực tuyến thông báo kết quả hội nghị trung ương cho Trung Cộng. Đại diện cho phía Trung Cộng là ông Lưu Kiến Siêu, Trưởng ban Liên lạc đối ngoại trung ương.\nTại hội nghị, hai bên nhấn mạnh quan hệ giữa hai đảng.';
    const r = run(text, '2023-11-10');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([
      ['Lê Hoài Trung', 'VN'],
      ['Lưu Kiến Siêu', 'CN'],
    ]);
  });
});

describe('online meetings of summits and contact groups', () => {
  const countries = (text: string, published = '2025-06-10') => run(text, published).call?.participants.map((p) => p.country);

  it('a summit the press names by its own name is a party beside the leader who joined it', () => {
    const text = 'Thủ tướng Nhật Bản Kishida Fumio tối 7/9 đã tham dự Hội nghị Cấp cao Đông Á (EAS) lần thứ 18 được tổ chức trực tuyến, kêu gọi giữ tự do hàng hải.';
    expect(countries(text, '2023-09-08')).toEqual(['JP', 'EAS']);
  });

  it('a contact group that holds a meeting online is that meeting’s subject', () => {
    const text = 'Nhóm Liên lạc Quốc phòng Ukraine (UDCG), hay còn gọi là nhóm Ramstein, sẽ tổ chức cuộc họp kế tiếp theo hình thức trực tuyến vào cuối tháng này, một quan chức Anh cho biết hôm 3/6.';
    const r = run(text, '2025-06-04');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('planned');
    // The group named elsewhere in a sentence about something else holds nothing.
    expect(run('Các nước thành viên Nhóm Liên lạc Quốc phòng Ukraine (UDCG) cam kết thêm viện trợ, sau khi cuộc họp trực tuyến tuần trước bị hoãn.', '2025-06-04').detection.isCall).toBe(false);
  });

  it('a ministers’ meeting named with its compound words ("Bộ trưởng Y tế ASEAN"), and a trade pact’s ministers', () => {
    const health = 'Sáng 7/4, Việt Nam chủ trì cuộc họp trực tuyến Bộ trưởng Y tế ASEAN về dự trữ vật tư y tế chung, với Thứ trưởng Đỗ Xuân Tuyên phát biểu từ Hà Nội.';
    expect(run(health, '2020-04-08').detection.isCall).toBe(true);
    const trade = 'Các bộ trưởng của Hiệp định Đối tác Kinh tế toàn diện khu vực (RCEP) họp trực tuyến chiều 15/8 để rà soát lộ trình cắt giảm thuế.';
    expect(run(trade, '2020-08-16').call?.participants.map((p) => p.country)).toContain('RCEP');
  });

  it('an online summit whose next sentence names its co-chairs', () => {
    const text = 'Mekong - Nhật Bản bàn phục hồi sau dịch\nHội nghị Cấp cao Mekong - Nhật Bản lần thứ 12 được tổ chức trực tuyến chiều 13/11, tập trung vào chuỗi cung ứng. Hội nghị do Thủ tướng Suga Yoshihide và Thủ tướng Campuchia Hun Sen đồng chủ trì.';
    expect(run(text, '2020-11-14').detection.isCall).toBe(true);
  });

  it('the leaders the next sentence lists as taking part are the meeting’s sides', () => {
    const text = 'Giá dầu giảm mạnh trong tuần qua do nhu cầu yếu. Tại cuộc họp trực tuyến ngày 10/4, lãnh đạo các nước sản xuất dầu đã bàn cách ổn định thị trường.\nCuộc họp do Saudi Arabia chủ trì với sự tham gia của lãnh đạo Nga, Kuwait, Iraq và Kazakhstan.';
    const r = run(text, '2020-04-11');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['RU', 'KW', 'IQ', 'KZ']));
  });
});

describe('the other side told further along the call’s sentence', () => {
  it('"… dập máy khi đang điện đàm với Thủ tướng …": the second call phrase goes on telling the first call', () => {
    const text = 'Tổng thống Brazil dập máy khi đang điện đàm với Thủ tướng Israel\nHôm 3/2, Tổng thống Brazil Luiz Inácio Lula da Silva được cho là đã dập máy khi đang điện đàm với Thủ tướng Israel Benjamin Netanyahu.';
    expect(sides(text, '2025-02-04')).toEqual([
      ['Luiz Inácio Lula da Silva', 'BR'],
      ['Benjamin Netanyahu', 'IL'],
    ]);
  });

  it('in a sentence a call frames, the one its subject agreed with is the other side', () => {
    const text = 'Trong cuộc điện đàm ngày 4/3, các nhà lãnh đạo Italia, Ba Lan và Anh đã nhất trí với Tổng thống Ukraine Volodymyr Zelensky về việc tăng cường phòng không.';
    expect(new Set(run(text, '2025-03-05').call?.participants.map((p) => p.country))).toEqual(new Set(['IT', 'PL', 'GB', 'UA']));
  });
});

describe('a call the text shows further down was by video', () => {
  it('the opening says "điện đàm", a later sentence or a caption "điện đàm trực tuyến" / "cuộc gọi video"', () => {
    const text = 'Bộ trưởng Quốc phòng Mỹ và Trung Quốc điện đàm\nNgày 15/11, Bộ trưởng Quốc phòng Mỹ Pete Hegseth đã điện đàm với Bộ trưởng Quốc phòng Trung Quốc Đổng Quân về tình hình eo biển.\nHai bên nhất trí duy trì kênh liên lạc quân sự.\nTruyền thông Trung Quốc cho biết cuộc gọi video được thực hiện theo đề nghị của phía Mỹ.';
    expect(run(text, '2025-11-16').detection.kind).toBe('video');
    // A meeting by video that the text recalls from before is another.
    const earlier = text.replace('Truyền thông Trung Quốc cho biết cuộc gọi video được thực hiện theo đề nghị của phía Mỹ.', 'Trước đó, hồi tháng 9, hai ông đã có cuộc gọi video đầu tiên.');
    expect(run(earlier, '2025-11-16').detection.kind).toBe('phone');
  });
});

describe('the year of a call’s day and month in a copy without its date', () => {
  it('comes from a full date the opening writes within a month of it, never from one far away', () => {
    const text = 'Thủ tướng điện đàm chúc mừng Thủ tướng Canada\nNgày 2/5, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Canada Mark Carney, chúc mừng Đảng Tự do thắng cử trong cuộc bầu cử ngày 28/4/2025.';
    expect(run(text, null).call?.eventDate).toBe('2025-05-02');
    const far = 'Thủ tướng điện đàm với Thủ tướng Canada\nNgày 2/5, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Canada Mark Carney, nhắc lại quan hệ Đối tác toàn diện thiết lập ngày 10/11/2017.';
    expect(run(far, null).call?.eventDate).toBeNull();
    // Across the new year: a call on 3/1 told with an election on 28/12/2025.
    const turn = 'Chủ tịch nước điện đàm với Tổng thống đắc cử\nNgày 3/1, Chủ tịch nước Lương Cường đã điện đàm với Tổng thống đắc cử Chile José Antonio Kast, người thắng cuộc bầu cử ngày 14/12/2025.';
    expect(run(turn, null).call?.eventDate).toBe('2026-01-03');
  });

  it('…or from the year the text says it is written in: an anniversary’s span, a grouping’s year', () => {
    const anniversary = 'Thủ tướng điện đàm với Thủ tướng Hà Lan\nTối 14/3, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Hà Lan Dick Schoof. Hai bên nhất trí tổ chức các hoạt động kỷ niệm 52 năm quan hệ ngoại giao Việt Nam - Hà Lan (1973 - 2025).';
    expect(run(anniversary, null).call?.eventDate).toBe('2025-03-14');
    const grouping = 'Thủ tướng chủ trì hội nghị trực tuyến\nSáng 10/4, trên cương vị Chủ tịch ASEAN 2020, Thủ tướng Nguyễn Xuân Phúc đã chủ trì Hội nghị Cấp cao đặc biệt ASEAN với Trung Quốc, Nhật Bản và Hàn Quốc theo hình thức trực tuyến.';
    expect(run(grouping, null).call?.eventDate).toBe('2020-04-10');
    // A span of a plan, or a year told of an earlier event, says nothing of the text's own.
    const plan = 'Thủ tướng điện đàm với Thủ tướng Hà Lan\nTối 14/3, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Hà Lan Dick Schoof về kế hoạch hợp tác giai đoạn 2021 - 2030 và chuyến thăm tháng 11/2023.';
    expect(run(plan, null).call?.eventDate).toBeNull();
  });

  it('…or from the month folder its address files it under', () => {
    const r = analyzeText('Ngày 16/11, Tổng thống Mỹ Joe Biden đã có cuộc hội đàm trực tuyến với Chủ tịch Trung Quốc Tập Cận Bình.', { url: 'https://baotinh.example.vn/quoc-te/202111/my-trung-hoi-dam-truc-tuyen-123.html', published: null });
    expect(r.call?.eventDate).toBe('2021-11-16');
  });
});

describe('routine calls over a standing line', () => {
  it('daily calls through a liaison office or hotline are the line’s news; one call between leaders is not', () => {
    const routine = 'Hàn Quốc và Triều Tiên đã tiến hành điện đàm hằng ngày qua văn phòng liên lạc liên Triều và đường dây nóng quân sự sáng 10/8, sau khi phía Bắc nối lại liên lạc hôm 9/8.\nBộ Thống nhất Hàn Quốc nói các cuộc gọi buổi sáng diễn ra suôn sẻ.';
    expect(run(routine, '2025-08-10').detection.isCall).toBe(false);
    const call = 'Tổng thống Hàn Quốc điện đàm với Chủ tịch Triều Tiên\nSáng 10/8, Tổng thống Hàn Quốc Lee Jae-myung đã điện đàm với nhà lãnh đạo Triều Tiên Kim Jong-un qua đường dây nóng mới nối lại.';
    expect(run(call, '2025-08-10').detection.isCall).toBe(true);
  });
});

describe('a side named as "phía …", a leaked call, a third country’s anger', () => {
  it('"Trong cuộc điện đàm này, Bộ trưởng … Mỹ … thông báo cho phía Trung Quốc …" is a call of both', () => {
    const text = 'Trong cuộc điện đàm này, Bộ trưởng Thương mại Mỹ Howard Lutnick đã thông báo cho phía Trung Quốc về các mức thuế mới.\nPhó Thủ tướng Trung Quốc Hà Lập Phong đề nghị hai bên tiếp tục đàm phán.';
    const r = run(text, '2025-05-06');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['US', 'CN']));
  });

  it('a call whose leak is the news, and a third country’s anger at a call, are not the call', () => {
    const leaked = 'Chính trường Thái Lan chao đảo vì cuộc điện đàm giữa Thủ tướng và ông Hun Sen bị lộ\nPhe đối lập yêu cầu Thủ tướng Paetongtarn Shinawatra từ chức sau khi đoạn ghi âm lan truyền trên mạng.';
    expect(run(leaked, '2025-06-19').detection.isCall).toBe(false);
    // …leaked by someone the sentence names ("… bị một tờ báo Anh tiết lộ"), in a copy whose first line stands for the headline.
    const byWhom =
      'Ngoại trưởng Hungary sáng 3/12 từ chối bình luận sau khi đoạn trích cuộc điện đàm với Ngoại trưởng Nga bị một tờ báo Anh tiết lộ.\n\nBudapest gọi việc công bố này là hành động thiếu thiện chí.';
    expect(run(byWhom, '2025-12-03').detection.isCall).toBe(false);
    const angry = 'Bắc Kinh nổi giận khi Tổng thống Mỹ điện đàm với lãnh đạo Đài Loan\nBộ Ngoại giao Trung Quốc bày tỏ sự bất bình sau khi Tổng thống Mỹ có cuộc điện đàm 15 phút với lãnh đạo Đài Loan Lại Thanh Đức.';
    expect(run(angry, '2025-06-19').detection.isCall).toBe(false);
  });
});

describe('online summits told with a comma, and a host’s preparations', () => {
  it('"… Hội nghị Cấp cao … lần thứ 37, được tổ chức theo hình thức trực tuyến" is the online summit', () => {
    const text = 'Thủ tướng dự Hội nghị Cấp cao ASEAN - Trung Quốc\nTối 12/11, Thủ tướng Nguyễn Xuân Phúc tham dự Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ 23, được tổ chức theo hình thức trực tuyến.';
    expect(run(text, '2020-11-13').detection.kind).toBe('video');
  });

  it('a "virtual" summit is an online one', () => {
    const text = 'Lãnh đạo BRICS nhóm họp thượng đỉnh ảo\nTối 9/9, Thủ tướng Ấn Độ Narendra Modi chủ trì hội nghị thượng đỉnh ảo của nhóm BRICS với sự tham dự của Tổng thống Nga Vladimir Putin và Chủ tịch Trung Quốc Tập Cận Bình.';
    const r = run(text, '2021-09-10');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'video']);
  });

  it('the host inspecting the preparations for a summit is not the summit', () => {
    const text = 'Phó Thủ tướng kiểm tra công tác chuẩn bị cho cấp cao ASEAN trực tuyến\nSáng 2/11, Phó Thủ tướng Phạm Bình Minh đã xem xét khâu hậu cần tại Trung tâm Hội nghị Quốc gia, nơi Việt Nam sẽ kết nối với các nước trong Hội nghị Cấp cao ASEAN lần thứ 37, được tổ chức theo hình thức trực tuyến.';
    expect(run(text, '2020-11-10').detection.isCall).toBe(false);
  });
});

describe('a call confirmed as a bare noun, its sides named by the line above', () => {
  it('"… xác nhận cuộc gọi đã diễn ra …" under a line that names both leaders', () => {
    const text = 'Tổng thống Mỹ Donald Trump đã yêu cầu Tổng thống Colombia Gustavo Petro dừng ngay việc đánh thuế hàng Mỹ, theo tin của Reuters.\nHôm 12/3, Tổng thống Mỹ xác nhận cuộc gọi đã diễn ra nhưng không nói thêm chi tiết.';
    const r = run(text, '2025-03-13');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([
      ['Donald Trump', 'US'],
      ['Gustavo Petro', 'CO'],
    ]);
  });
});

describe('a congratulation call that names the one congratulated only in its occasion', () => {
  it('"Nhân dịp đồng chí X được bầu …, Y đã gọi điện chúc mừng."', () => {
    const text = 'Nhân dịp đồng chí Lê Hoài Trung được bổ nhiệm giữ chức Bộ trưởng Ngoại giao, ngày 20-10, Bộ trưởng Ngoại giao Campuchia Prak Sokhonn đã gọi điện chúc mừng.\nHai bộ trưởng nhất trí phối hợp chuẩn bị các chuyến thăm cấp cao.';
    expect(sides(text, '2025-10-21')).toEqual([
      ['Prak Sokhonn', 'KH'],
      ['Lê Hoài Trung', 'VN'],
    ]);
  });
});

describe('a copy under its photo that names the call as a bare noun', () => {
  it('"Theo thông cáo …, cuộc gọi do … chủ động thực hiện, …" takes its sides from the photo caption above it', () => {
    const text = 'Thủ tướng Anh Keir Starmer và Tổng thống Ukraine Volodymyr Zelensky. Ảnh: Reuters\nTheo thông cáo ngày 3/3 của Phố Downing, cuộc gọi do Thủ tướng Anh chủ động thực hiện, trong đó hai nhà lãnh đạo đã bàn về lực lượng bảo đảm an ninh cho Ukraine.';
    const r = run(text, '2025-03-04');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([
      ['Keir Starmer', 'GB'],
      ['Volodymyr Zelensky', 'UA'],
    ]);
  });
});

describe('a call framed as "trong buổi điện đàm …" under a headline about what was said', () => {
  it('"buổi" frames the call as "cuộc" does, and the headline naming both countries makes it the news', () => {
    const text = 'Nhật Bản ghi nhận Việt Nam phục hồi du lịch nhanh\nTrao đổi với Thủ tướng Phạm Minh Chính, Thủ tướng Nhật Bản Ishiba Shigeru đánh giá cao đà phục hồi của ngành du lịch Việt Nam.\nTối 9/5, trong buổi điện đàm Thủ tướng Nhật Bản Ishiba Shigeru, Thủ tướng Phạm Minh Chính đã giới thiệu các chính sách miễn thị thực mới.';
    const r = run(text, '2025-05-09');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['JP', 'VN']);
  });
});

describe('a copy whose photos carry the address’s slug as their text', () => {
  it('slug lines run into related headlines are dropped, so the call stays in the opening', () => {
    const text = [
      'Trang chủ Thời sự',
      '20:05 | 11/06/2024 GMT+7',
      'Úc cảm ơn Việt Nam hỗ trợ công dân',
      'Trao đổi với Thủ tướng Phạm Minh Chính, Thủ tướng Australia Anthony Albanese gửi lời cảm ơn về sự giúp đỡ dành cho công dân Australia.',
      'uc cam on viet nam ho tro cong dan Giá lúa gạo tuần này tăng nhẹ ở đồng bằng',
      'uc cam on viet nam ho tro cong dan Một cây cầu mới thông xe ở miền Trung',
      'Chiều 11/6, trong buổi điện đàm với Thủ tướng Australia Anthony Albanese, Thủ tướng Phạm Minh Chính đã khẳng định sự quan tâm tới công dân nước bạn.',
    ].join('\n');
    const art = articleFromText(text);
    expect(art.text).not.toMatch(/uc cam on/);
    expect(art.paragraphs.some((p) => /Giá lúa gạo/.test(p))).toBe(false);
    expect(run(text, '2024-06-11').detection.isCall).toBe(true);
  });
});

describe('a Governor-General, and a news agency after a reporter’s title', () => {
  it('"Toàn quyền Australia, bà …" is a side; "Đặc phái viên TTXVN" names no one', () => {
    const text = 'Thủ tướng điện đàm với Toàn quyền Australia\nĐặc phái viên TTXVN đưa tin từ Sydney: Thủ tướng Phạm Minh Chính, khi điện đàm, đã cảm ơn Australia về chuyến thăm chu đáo.\nToàn quyền Australia, bà Sam Mostyn bày tỏ tiếc vì không thể gặp trực tiếp Thủ tướng tại Canberra.';
    expect(sides(text, '2024-03-07')).toEqual([
      ['Phạm Minh Chính', 'VN'],
      ['Sam Mostyn', 'AU'],
    ]);
  });
});

describe('a conversation in scare quotes whose medium the text names further down', () => {
  it('"X “đã nói chuyện” với Y" is read through the quotes, and a later "cuộc điện đàm" makes it a call', () => {
    const text = [
      'Thủ tướng Canada “đã nói chuyện” với Tổng thống Mexico Claudia Sheinbaum',
      'Trả lời báo chí sáng 8-3, Thủ tướng Canada Mark Carney cho biết “đã nói chuyện” với Tổng thống Mexico Claudia Sheinbaum về thuế quan.',
      '“Chúng tôi đã nói chuyện khá lâu”, ông Carney nói.',
      'Ông cho biết hai nước láng giềng đều chịu mức thuế mới từ tuần trước.',
      'Thủ tướng Canada không nói rõ thời điểm của cuộc điện đàm.',
    ].join('\n');
    const r = run(text, '2025-03-08');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['CA', 'MX']);
  });
  it('without a word of the medium, a conversation stays no call', () => {
    const text = 'Thủ tướng Canada “đã nói chuyện” với Tổng thống Mexico Claudia Sheinbaum\nTại hội nghị ở Ottawa sáng 8-3, Thủ tướng Canada Mark Carney cho biết “đã nói chuyện” với Tổng thống Mexico Claudia Sheinbaum về thuế quan.';
    expect(run(text, '2025-03-08').detection.isCall).toBe(false);
  });
});

describe('a copy that lost its line breaks', () => {
  const sentencesAbout = 'Thủ tướng cho biết kinh tế tăng trưởng khá trong quý hai.Ông nói xuất khẩu điện tử tăng mạnh.Các doanh nghiệp được khuyến khích tìm thị trường mới.Chính phủ sẽ giảm thêm một số loại phí.Đầu tư công được đẩy nhanh ở các tỉnh phía Bắc.';
  it('a call named near the end of its one long paragraph is not the opening’s news', () => {
    const text = `Báo nước ngoài đưa tin ngày 3/7 về bài phát biểu của Thủ tướng Phạm Minh Chính tại một diễn đàn ở Singapore. ${sentencesAbout}Cũng trong tuần, Thứ trưởng Công Thương Phan Thị Thắng họp trực tuyến với Phó Đại diện Thương mại Mỹ Sarah Bianchi.`;
    expect(run(text, '2025-07-04').detection.isCall).toBe(false);
  });
  it('a call in the first sentences of that paragraph still is', () => {
    const text = `Tối 2/7, Thứ trưởng Công Thương Phan Thị Thắng họp trực tuyến với Phó Đại diện Thương mại Mỹ Sarah Bianchi. ${sentencesAbout}`;
    expect(run(text, '2025-07-04').detection.isCall).toBe(true);
  });
});

describe('a call the text frames after its source, or as "một cuộc điện đàm"', () => {
  it('"Theo phóng viên … tại Lima, trong buổi điện đàm, hai nhà lãnh đạo …" under an opening that names both', () => {
    const text = 'Peru muốn mở rộng xuất khẩu nông sản sang Hàn Quốc\nTổng thống Peru và người đồng cấp Hàn Quốc bày tỏ mong muốn tăng cường thương mại song phương.\nNgày 9/8, Tổng thống Peru Dina Boluarte và Tổng thống Hàn Quốc Lee Jae-myung nhất trí thúc đẩy hợp tác về khoáng sản.\nTheo phóng viên TTXVN tại Lima, trong buổi điện đàm, hai nhà lãnh đạo cũng bàn về việc mở đường bay thẳng.';
    const r = run(text, '2025-08-10');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['PE', 'KR']);
  });
  it('"Trong một cuộc điện đàm, Ngoại trưởng X và người đồng cấp Y …" under a headline about what they agreed', () => {
    const text = 'Úc - New Zealand nhất trí tăng cường tuần tra chung ở Thái Bình Dương\nMới đây, Bộ Ngoại giao Australia thông báo, ngoại trưởng hai nước đã khẳng định cam kết hợp tác an ninh biển.\nTrong một cuộc điện đàm, Ngoại trưởng Australia Penny Wong và người đồng cấp New Zealand Winston Peters đã nhất trí mở rộng tuần tra chung.';
    const r = run(text, '2025-04-02');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['AU', 'NZ']);
  });
});

describe('a photo caption ending in its source', () => {
  it('"… Bộ trưởng Bộ Công an Việt Nam. Nguồn: TTXVN." is a caption, so the call after it is still the opening', () => {
    const art = articleFromText('Theo Bộ trưởng, hợp tác phòng chống tội phạm giữa hai bộ đạt nhiều kết quả.\nĐại tướng Lương Tam Quang, Bộ trưởng Bộ Công an Việt Nam. Nguồn: TTXVN.\nChiều 3/6, Bộ trưởng Bộ Công an Lương Tam Quang có cuộc điện đàm với Bộ trưởng Bộ Công an Lào Vilay Lakhamfong.');
    expect(art.captions).toContain('Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an Việt Nam. Nguồn: TTXVN.');
    expect(art.paragraphs).toHaveLength(1);
  });
});

describe('a nameless counterpart with two offices and a country', () => {
  it('"… điện đàm với Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao và Hợp tác quốc tế Campuchia" is one Cambodian side, named below', () => {
    const text = 'Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao và Hợp tác quốc tế Campuchia. Ảnh: Bộ Ngoại giao\nPhó Thủ tướng, Bộ trưởng Prak Sokhonn cảm ơn Việt Nam đã hỗ trợ tổ chức diễn tập cứu hộ chung.';
    expect(sides(text, '2022-05-12')).toEqual([
      ['Bùi Thanh Sơn', 'VN'],
      ['Prak Sokhonn', 'KH'],
    ]);
  });
});

describe('countries as the sides of an online meeting, with its day between', () => {
  it('"Ấn Độ, Australia và Nhật Bản ngày 4/6 đã tổ chức … theo hình thức trực tuyến" is a meeting of the three', () => {
    const text = 'Ấn Độ, Australia và Nhật Bản ngày 4/6 đã tổ chức Đối thoại chuỗi cung ứng ba bên lần thứ năm theo hình thức trực tuyến; quan chức thương mại ba nước dự.';
    const r = run(text, '2021-06-05');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['AU', 'IN', 'JP']);
  });
  it('a meeting two countries push for is planned', () => {
    const text = 'Pháp - Đức thúc đẩy họp trực tuyến cấp bộ trưởng tài chính\nPháp và Đức đang làm việc với nhau để tổ chức cuộc họp trực tuyến đầu tiên của hai bộ trưởng tài chính trong tháng tới.';
    const r = run(text, '2021-03-02');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.kind).toBe('planned');
  });
});

describe('a sapo the page repeats as the body’s first paragraph', () => {
  it('is one paragraph, so the call after it is still in the opening', () => {
    const text = [
      'Chile tìm cách giữ ổn định thị trường đồng',
      'Chile vừa có những bước đi ngoại giao quan trọng với Peru và Argentina nhằm ổn định giá đồng.',
      'Trong bối cảnh giá kim loại biến động mạnh, Chile vừa có những bước đi ngoại giao quan trọng với Peru và Argentina nhằm ổn định giá đồng.',
      'Ngày 12/2, Tổng thống Chile Gabriel Boric đã điện đàm với người đồng cấp Peru Dina Boluarte.',
    ].join('\n');
    const art = articleFromText(text);
    expect(art.lead).toMatch(/^Trong bối cảnh/);
    expect(art.paragraphs).toHaveLength(1);
    expect(sides(text, '2024-02-13')).toEqual([
      ['Gabriel Boric', 'CL'],
      ['Dina Boluarte', 'PE'],
    ]);
  });
});

describe('a copy that starts with an archive photo’s caption', () => {
  it('"… phát biểu tại Doha. (Ảnh tư liệu: …)" is no headline, and a long Arab name keeps its particles', () => {
    const text = 'Tiểu vương Qatar phát biểu tại Doha. (Ảnh tư liệu: QNA/TTXVN)\nTheo hãng thông tấn QNA, tại cuộc điện đàm với Tổng thống Ai Cập Abdel Fattah al-Sisi, Tiểu vương Qatar Sheikh Tamim bin Hamad Al Thani kêu gọi sớm nối lại đàm phán ngừng bắn.';
    const art = articleFromText(text);
    expect(art.title).toBe('');
    expect(sides(text, '2024-05-08')).toEqual(expect.arrayContaining([['Sheikh Tamim bin Hamad Al Thani', 'QA']]));
  });
});

describe('a call to a country, and its sides told after the source', () => {
  it('"Đây là cuộc điện đàm đầu tiên tới Hàn Quốc …" names its counterpart by country', () => {
    const text = 'Đây là cuộc điện đàm đầu tiên tới Hàn Quốc kể từ khi ông Vương Nghị trở lại cương vị Ngoại trưởng Trung Quốc.\nThông cáo của phía Bắc Kinh cho biết, tại cuộc điện đàm, ông Vương Nghị mong Seoul giữ ổn định chuỗi cung ứng.';
    const r = run(text, '2023-08-02');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.reasons).toContain('các bên: CN, KR');
  });
  it('"…, tại cuộc điện đàm, hai bên …" after an earlier call the text has just told is that earlier call', () => {
    const text = 'Anh và Ấn Độ hướng tới hiệp định thương mại trong năm nay\nThủ tướng Anh Keir Starmer có kế hoạch đón Thủ tướng Ấn Độ Narendra Modi vào cuối tháng này.\nTrước đó, ngày 2/7, ông Starmer đã có cuộc điện đàm với ông Modi.\nPhủ Thủ tướng Anh thông báo, tại cuộc điện đàm, hai bên đã trao đổi về thương mại và an ninh.';
    expect(run(text, '2025-07-05').detection.isCall).toBe(false);
  });
});

describe('an online meeting the sapo tells with one side and the first paragraph with all', () => {
  it('"… chủ trì hội nghị trực tuyến với 20 lãnh đạo từ châu Âu, Nhật Bản, Hàn Quốc …" under a headline about its topic', () => {
    const text = '20 nước bàn cách giữ tuyến hàng hải qua Biển Đỏ\nPháp chủ trì thảo luận trực tuyến cùng các đối tác về an ninh hàng hải.\nNgày 4/2, Tổng thống Pháp Emmanuel Macron chủ trì hội nghị trực tuyến với 20 lãnh đạo từ châu Âu, Nhật Bản, Hàn Quốc và Canada nhằm bàn việc hộ tống tàu buôn.';
    const r = run(text, '2024-02-05');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.kind).toBe('video');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['FR', 'JP', 'KR', 'CA']);
  });
  it('keeping "in close touch" after an in-person meeting is no call', () => {
    const text = 'Thái Lan và Malaysia đã nhất trí nối lại hoạt động tuần tra chung. Đó là tuyên bố được Thủ tướng Thái Lan Paetongtarn Shinawatra và Thủ tướng Malaysia Anwar Ibrahim đưa ra vào ngày 9/1.\nTrong cuộc gặp bên lề Hội nghị cấp cao ở Bangkok, Thủ tướng Thái Lan bày tỏ hy vọng xây dựng quan hệ theo hướng mới. Bà Paetongtarn nói bà muốn liên lạc chặt chẽ với Thủ tướng Anwar và thúc đẩy trao đổi trong mọi lĩnh vực.';
    expect(run(text, '2025-01-10').detection.isCall).toBe(false);
  });
});

describe('a slip of the keyboard in the call’s word', () => {
  it('"có cuộc điệm đàm với …" is a call, for the gate and the engine', () => {
    const text = 'Chiều 6/4, Tổng thống Indonesia Prabowo Subianto đã có cuộc điệm đàm với Thủ tướng Phạm Minh Chính để bàn về hợp tác nghề cá.';
    const r = run(text, '2025-04-07');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['ID', 'VN']);
  });
});

describe('a photo credited "© Agency / Photographer" under its alt text', () => {
  it('is a caption, not the page’s imprint, and its alt text above it goes with it', () => {
    const text = [
      'Pháp và Đức bàn về an ninh năng lượng',
      'Thủ tướng Đức Friedrich Merz phát biểu tại Berlin chiều 4/3.',
      'Thủ tướng Đức Friedrich Merz phát biểu tại Berlin chiều 4/3. © Reuters / Lisi Niesner',
      'Trong cuộc điện đàm, hôm 4/3, tổng thống Pháp Emmanuel Macron và thủ tướng Đức Friedrich Merz đã nhất trí mua chung khí đốt.',
      'Hai nhà lãnh đạo cũng bàn về lưới điện liên kết.',
    ].join('\n');
    const art = articleFromText(text);
    expect(art.captions).toEqual(['Thủ tướng Đức Friedrich Merz phát biểu tại Berlin chiều 4/3. © Reuters / Lisi Niesner']);
    expect(art.lead).toMatch(/^Trong cuộc điện đàm/);
    expect(art.paragraphs).toHaveLength(1);
    expect(sides(text, '2025-03-05')).toEqual([
      ['Emmanuel Macron', 'FR'],
      ['Friedrich Merz', 'DE'],
    ]);
  });
  it('an imprint "© 2025 Báo …" still ends the article', () => {
    const art = articleFromText('Tiêu đề một bài viết về thương mại quốc tế\nĐoạn mở đầu của bài viết kể về kim ngạch xuất khẩu trong quý một năm nay.\n© 2025 Báo Điện tử Mẫu. Giấy phép số 12/GP-BTTTT.\nTin liên quan khác ở cuối trang');
    expect(art.text).not.toMatch(/Giấy phép|Tin liên quan/);
  });
});

describe('"hồi đầu tuần": the start of this week is the news’s own time', () => {
  it('a call "hồi đầu tuần" is the article’s call; one "hồi đầu năm" is an earlier one', () => {
    const call = 'Hàn Quốc ghi nhận Việt Nam hỗ trợ công dân\nBộ trưởng Ngoại giao Bùi Thanh Sơn hồi đầu tuần điện đàm với người đồng cấp Hàn Quốc Cho Tae-yul về bảo hộ công dân.';
    expect(sides(call, '2024-06-14')).toEqual([
      ['Bùi Thanh Sơn', 'VN'],
      ['Cho Tae-yul', 'KR'],
    ]);
    const earlier = 'Hàn Quốc ghi nhận Việt Nam hỗ trợ công dân\nBộ trưởng Ngoại giao Bùi Thanh Sơn hồi đầu năm điện đàm với người đồng cấp Hàn Quốc Cho Tae-yul về bảo hộ công dân.';
    expect(run(earlier, '2024-06-14').detection.isCall).toBe(false);
  });
});

describe('a framed call after two short time phrases', () => {
  it('"Hôm qua, 12/10/2024, trong cuộc điện đàm với …, X kêu gọi …" in a copy that starts with its topic', () => {
    const text = 'Nguy cơ mất an toàn tại đập thủy điện ở biên giới vẫn còn nguyên, sau nhiều ngày mưa lớn.\nHôm qua, 12/10/2024, trong cuộc điện đàm với Thủ tướng Lào Sonexay Siphandone, Thủ tướng Thái Lan Paetongtarn Shinawatra kêu gọi hai bên chia sẻ số liệu mực nước.';
    const r = run(text, '2024-10-13');
    expect(r.detection.isCall).toBe(true);
    expect(new Set(r.call?.participants.map((p) => p.country))).toEqual(new Set(['LA', 'TH']));
  });
});

describe('an online meeting whose sides the text counts rather than names', () => {
  it('"… chủ trì cuộc họp trực tuyến với đại diện của 18 quốc gia" is a call; so is a count of leaders after the meeting', () => {
    const counted = 'Canada kêu gọi duy trì viện trợ cho Ukraine\nThủ tướng Canada Mark Carney ngày 9/4 chủ trì cuộc họp trực tuyến với đại diện của 18 quốc gia, bàn cách bảo đảm một lệnh ngừng bắn lâu dài.';
    const r = run(counted, '2025-04-10');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
    expect(r.call?.participants.map((p) => p.country)).toContain('CA');
    const later = 'Canada kêu gọi duy trì viện trợ cho Ukraine\nNgày 9/4, Thủ tướng Canada Mark Carney đã chủ trì một hội nghị trực tuyến về tình hình Ukraine. Tham dự có lãnh đạo chừng 18 nước, phần lớn là đối tác châu Âu.';
    expect(run(later, '2025-04-10').detection.isCall).toBe(true);
  });
  it('a count of firms or provinces at an online event is no count of sides; nor is a count without an official', () => {
    const firms = 'Hội chợ trực tuyến hàng nông sản thu hút hàng nghìn doanh nghiệp\nHội chợ trực tuyến hàng nông sản khai mạc ngày 9/4 với sự tham gia của hơn 1.500 doanh nghiệp đến từ 14 quốc gia và vùng lãnh thổ.';
    expect(run(firms, '2025-04-10').detection.isCall).toBe(false);
    const provinces = 'Bộ Y tế họp trực tuyến với các địa phương\nSáng 9/4, Bộ trưởng Bộ Y tế chủ trì hội nghị trực tuyến với 63 tỉnh, thành phố về phòng chống dịch sốt xuất huyết.';
    expect(run(provinces, '2025-04-10').detection.isCall).toBe(false);
  });
});

describe('a bilingual page: its Vietnamese version after a release in another language', () => {
  const english = [
    'Telephone conversation between the Prime Minister and the Prime Minister of Malaysia',
    'Posted on: March 3, 2021 | Back | Print',
    'The Prime Minister had a telephone conversation today with the Prime Minister of Malaysia. The two leaders reviewed the trade and health cooperation between their countries.',
    'They agreed to keep in close touch on the supply of medical goods and vaccines.',
    'New Delhi',
  ];
  const vietnamese = [
    'Cuộc điện đàm giữa Thủ tướng Ấn Độ và Thủ tướng Malaysia',
    'Ngày 3 tháng 3 năm 2021',
    'Thủ tướng Ấn Độ Narendra Modi hôm nay điện đàm với Thủ tướng Malaysia Muhyiddin Yassin. Hai nhà lãnh đạo điểm lại hợp tác thương mại và y tế giữa hai nước.',
    'Hai bên nhất trí giữ liên lạc chặt chẽ về nguồn cung thiết bị y tế và vắc-xin.',
  ];
  it('reads the call from the Vietnamese version', () => {
    const r = run([...english, ...vietnamese].join('\n'), '2021-03-03');
    expect(r.detection.isCall).toBe(true);
    expect(r.article?.text.startsWith('Thủ tướng Ấn Độ Narendra Modi')).toBe(true);
    expect(r.article?.text).not.toMatch(/telephone conversation|agreed/i);
    expect(new Set(r.call?.participants.map((p) => p.country))).toEqual(new Set(['IN', 'MY']));
  });
  it('leaves a page in one language as it is: English alone is still not Vietnamese, a Vietnamese article under a quote in English keeps its text', () => {
    expect(run(english.join('\n'), '2021-03-03').detection.reasons).toContain('Không phải bài tiếng Việt');
    const quoted = '"We will talk again soon"\nThủ tướng Ấn Độ Narendra Modi ngày 3/3 đã điện đàm với Thủ tướng Malaysia Muhyiddin Yassin về hợp tác y tế giữa hai nước.';
    const r = run(quoted, '2021-03-03');
    expect(r.detection.isCall).toBe(true);
    expect(r.article?.lead).toMatch(/^Thủ tướng Ấn Độ Narendra Modi ngày 3\/3/);
    // A Vietnamese name or a short phrase in an English story is no Vietnamese version.
    const phrase = [...english.slice(0, 3), 'Local papers called it a "cuộc điện đàm thân mật".'].join('\n');
    expect(run(phrase, '2021-03-03').detection.reasons).toContain('Không phải bài tiếng Việt');
  });
});

describe('a copy whose first line is the site’s section trail', () => {
  it('a breadcrumb or a row of section names is no headline: the call’s sentence stands in for one', () => {
    const call = 'Cuộc điện đàm giữa Thủ tướng Ấn Độ Narendra Modi và Tổng thống Brazil Luiz Inácio Lula da Silva được giới phân tích coi là bước mở đầu cho vòng đàm phán thương mại mới.';
    for (const trail of ['Tin mới, Tin thế giới, Tin tức', '> vietnamese > Tin tức > Tin quốc tế']) {
      const r = run(`${trail}\n${call}`, '2025-08-08');
      expect(r.article?.title).toBe('');
      expect(r.detection.isCall).toBe(true);
    }
    // A headline that lists countries is a headline.
    expect(articleFromText(`Ấn Độ, Brazil bàn thương mại\n${call}`).title).toBe('Ấn Độ, Brazil bàn thương mại');
  });
});

describe('"hội nghị truyền hình": a video conference by its older name', () => {
  it('ministers of a grouping in a "hội nghị truyền hình" hold an online meeting; a sapo that names nobody gives way to the line that names the grouping', () => {
    const ministers = 'Ngày 15/4, ngoại trưởng các nước G7 tổ chức hội nghị truyền hình, bàn việc phối hợp đưa công dân về nước.';
    const r = run(ministers, '2020-04-16');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
    const sapo = 'Dịch bệnh thay đổi lịch làm việc của các nhà lãnh đạo G20\nMùa dịch này, ngay cả các nguyên thủ cũng phải làm việc với nhau qua hội nghị truyền hình.\nCác nhà lãnh đạo G20 đã họp trực tuyến tối thứ Năm để bàn cách ứng phó với suy thoái.';
    expect(run(sapo, '2020-03-27').detection.isCall).toBe(true);
  });
});

describe('a photo’s caption told by where each one stands, and a page’s skip link', () => {
  it('"X (trái) và Y." is the photo’s caption, not a paragraph: the call below it stays in the opening', () => {
    const text = [
      'Tổng thống Pháp và Thủ tướng Ấn Độ nhất trí đẩy nhanh thương vụ tiêm kích',
      'Thỏa thuận có thể được ký trước cuối năm, theo giới chức hai nước.',
      'Tổng thống Pháp Emmanuel Macron (trái) và Thủ tướng Ấn Độ Narendra Modi.',
      'Trong cuộc điện đàm kéo dài gần một giờ với Thủ tướng Ấn Độ Narendra Modi, Tổng thống Pháp Emmanuel Macron đề nghị hai bên sớm hoàn tất hợp đồng mua thêm tiêm kích.',
    ].join('\n');
    const r = run(text, '2025-09-20');
    expect(r.article?.captions).toContain('Tổng thống Pháp Emmanuel Macron (trái) và Thủ tướng Ấn Độ Narendra Modi.');
    expect(r.detection.isCall).toBe(true);
    // A sentence of the body that happens to say "bên trái" is no caption.
    expect(articleFromText(`${text}\nPhía Pháp đề nghị đặt nhà máy lắp ráp ở bờ bên trái của con sông lớn nhất bang.`).text).toMatch(/bờ bên trái/);
  });
  it('a skip link ("Đường dẫn truy cập") is no headline; a protest by "TQ" against a call is that protest’s news', () => {
    const text = [
      'Đường dẫn truy cập',
      'TQ phản đối cuộc điện đàm của Tổng thống Mỹ với lãnh đạo Đài Loan',
      'Hôm 5/1, Trung Quốc lên tiếng phản đối việc Tổng thống Mỹ điện đàm với nhà lãnh đạo Đài Loan Lại Thanh Đức.',
      'Bộ Ngoại giao Trung Quốc nhắc lại lập trường một Trung Quốc và yêu cầu phía Mỹ thận trọng.',
    ].join('\n');
    const r = run(text, '2026-01-06');
    expect(r.article?.title).toBe('TQ phản đối cuộc điện đàm của Tổng thống Mỹ với lãnh đạo Đài Loan');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('a dateline in GMT+7, and an online meeting whose phrase holds its host', () => {
  it('"07/07/2021 10:57 GMT+7" is the dateline, not a headline glued to it', () => {
    const a = articleFromText('14/05/2022 09:30 GMT+7\nChủ tịch nước dự hội nghị các chính đảng châu Á\nChủ tịch nước đã dự và phát biểu tại hội nghị tối 13-5, theo thông báo của Văn phòng Chủ tịch nước.');
    expect(a.title).toBe('Chủ tịch nước dự hội nghị các chính đảng châu Á');
    expect(a.publishedAt?.slice(0, 10)).toBe('2022-05-14');
  });
  it('"Hội nghị … giữa Đảng Cộng sản Việt Nam với các chính đảng … theo hình thức trực tuyến" has its host as a side', () => {
    const text = 'Lãnh đạo Đảng Nhân dân Campuchia dự hội nghị các chính đảng châu Á\nTối 14-5, tại Phnom Penh, Chủ tịch Đảng Nhân dân Campuchia Hun Sen đã dự Hội nghị giữa Đảng Cộng sản Việt Nam với các chính đảng châu Á theo hình thức trực tuyến.';
    const r = run(text, '2022-05-15');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
  });
});

describe('a third country’s reaction told by its own leader', () => {
  it('"Nhật Bản phản ứng về cuộc điện đàm …" over the Japanese leader’s words is the reaction’s news, not the call’s', () => {
    const text = 'Nhật Bản phản ứng về cuộc điện đàm giữa ông Trump và ông Tập\nThủ tướng Nhật Bản Ishiba Shigeru khẳng định liên minh Mỹ - Nhật vẫn vững chắc, một ngày sau khi lãnh đạo Mỹ và Trung Quốc nói chuyện qua điện thoại.';
    expect(run(text, '2025-06-06').detection.isCall).toBe(false);
    // The call told by its own sides under the same kind of headline stays a call.
    const told = 'Nhật Bản phản ứng về cuộc điện đàm giữa ông Trump và ông Tập\nNgày 5/6, Chủ tịch Trung Quốc Tập Cận Bình điện đàm với Tổng thống Mỹ Donald Trump về đất hiếm và thuế quan.';
    expect(run(told, '2025-06-06').detection.isCall).toBe(true);
  });
});

describe('sides named by their places: a province with its country in brackets, the leaders of "các nước" X, Y', () => {
  it('"Cuộc họp trực tuyến của Chủ tịch UBND hai tỉnh Quảng Ninh, Lạng Sơn (Việt Nam) và … Quảng Tây (Trung Quốc)" has both countries as sides', () => {
    const text = 'Họp trực tuyến giữa hai tỉnh Quảng Ninh, Lạng Sơn và Khu tự trị Quảng Tây\nSáng 12/3, cuộc họp trực tuyến của Chủ tịch UBND hai tỉnh Quảng Ninh, Lạng Sơn (Việt Nam) và lãnh đạo Khu tự trị Quảng Tây (Trung Quốc) đã bàn việc mở lại cửa khẩu.';
    const r = run(text, '2022-03-12');
    expect(r.detection.isCall).toBe(true);
    expect(new Set(r.call?.participants.map((p) => p.country))).toEqual(new Set(['VN', 'CN']));
    // Where a meeting is held is no side: "tại Geneva (Thụy Sĩ)".
    const venue = 'Ngoại trưởng Nga và Mỹ điện đàm\nNgày 3/3, Ngoại trưởng Nga Sergei Lavrov điện đàm với Ngoại trưởng Mỹ Marco Rubio về vòng đàm phán sắp tới tại Geneva (Thụy Sĩ).';
    expect(new Set(run(venue, '2025-03-04').call?.participants.map((p) => p.country))).toEqual(new Set(['RU', 'US']));
  });
  it('"điện đàm với lãnh đạo Bộ Ngoại giao các nước Ấn Độ, Nhật Bản và Mỹ": each country a side', () => {
    const text = 'Điện đàm về bảo hộ công dân\nThứ trưởng Ngoại giao Đỗ Hùng Việt hôm nay điện đàm với lãnh đạo Bộ Ngoại giao các nước Ấn Độ, Nhật Bản và Mỹ về việc đưa công dân về nước.';
    const r = run(text, '2020-04-09');
    expect(r.detection.isCall).toBe(true);
    expect(new Set(r.call?.participants.map((p) => p.country))).toEqual(new Set(['VN', 'US', 'JP', 'IN']));
    // A country in brackets after a firm is no side of a domestic meeting.
    const firm = 'Bộ Công Thương họp trực tuyến với các doanh nghiệp\nSáng 12/3, Bộ Công Thương họp trực tuyến với các doanh nghiệp dệt may, trong đó có đại diện hãng Uniqlo (Nhật Bản), về đơn hàng xuất khẩu.';
    expect(run(firm, '2022-03-12').detection.isCall).toBe(false);
  });
});

describe('a sapo that opens with its outlet, under related headlines the copy kept', () => {
  it('"(VOV5) - …" is the sapo; the short lines between it and the headline are another list’s', () => {
    const text = [
      'Việt Nam và Chile nhất trí mở rộng thương mại nông sản',
      'Hà Nội khởi công tuyến đường vành đai mới ở phía tây thành phố',
      'Đội tuyển bóng chuyền nữ giành vé dự giải vô địch châu Á',
      '(VOV5) - Chiều 14/9, trong cuộc điện đàm với người đồng cấp Chile Alberto van Klaveren, Bộ trưởng Ngoại giao Bùi Thanh Sơn đề nghị hai bên mở rộng thương mại nông sản.',
      'Tại điện đàm, hai Bộ trưởng nhất trí sớm họp Ủy ban hỗn hợp.',
    ].join('\n');
    const r = run(text, '2024-09-15');
    expect(r.article?.lead.startsWith('Chiều 14/9, trong cuộc điện đàm')).toBe(true);
    expect(r.detection.isCall).toBe(true);
  });
});

describe('calls the opening tells in other frames, and meetings that only look like calls', () => {
  it('"CITY (Agency) – Trong cuộc trao đổi qua điện thoại, A và B đã thảo luận …" reports the call', () => {
    const text = [
      'Hai nhà lãnh đạo bàn về thuế quan ô tô',
      'OTTAWA (AFP) – Trong cuộc trao đổi qua điện thoại, Thủ tướng Canada Mark Carney và Tổng thống Hoa Kỳ Donald Trump đã thảo luận về thuế nhập khẩu ô tô, theo văn phòng Thủ tướng Canada hôm thứ Sáu.',
      'Hai bên nhất trí giao cho các bộ trưởng tiếp tục đàm phán trong tháng tới.',
    ].join('\n');
    const r = run(text, '2025-08-02');
    expect(r.detection.isCall).toBe(true);
    expect(new Set(r.call?.participants.map((p) => p.country))).toEqual(new Set(['US', 'CA']));
  });

  it('a copy without a headline, whose first line stands in for it, tells the call in its third paragraph', () => {
    const text = [
      'Bộ trưởng Ngoại giao Đức Johann Wadephul và người đồng cấp Ba Lan Radosław Sikorski cùng ủng hộ một lệnh ngừng bắn lâu dài.',
      'Đức và Ba Lan nhất trí phối hợp chặt chẽ trong viện trợ nhân đạo.',
      'Theo Bộ Ngoại giao Đức, trong cuộc điện đàm kéo dài 40 phút, Bộ trưởng Ngoại giao Đức Johann Wadephul và Bộ trưởng Ngoại giao Ba Lan Radosław Sikorski đã bàn về tình hình an ninh châu Âu.',
    ].join('\n');
    const r = run(text, '2025-09-20');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toContain('DE');
  });

  it('an online meeting that counts its delegations, chaired by an official later in the paragraph, has its sides', () => {
    const text = [
      'Với vai trò chủ trì của Việt Nam, Hội nghị trực tuyến các quan chức quốc phòng cấp cao ASEAN mở rộng đã khai mạc. Hội nghị có sự tham gia của 18 đoàn đối tác và Ban Thư ký ASEAN. Thứ trưởng Bộ Quốc phòng Hoàng Xuân Chiến chủ trì hội nghị.',
      'Các đại biểu trao đổi về an ninh biển và ứng phó thiên tai.',
    ].join('\n');
    const r = run(text, '2021-06-16');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
    // Its sides, when the official who chairs it is named only well down its paragraph: that official and the grouping
    // its name gives, not a record of no one.
    const later = 'Với vai trò chủ trì của Việt Nam, Hội nghị trực tuyến Quan chức Quốc phòng Diễn đàn khu vực ASEAN (ARF) đã khai mạc sáng nay. Hội nghị có sự tham gia của 18 đoàn đối tác và Ban Thư ký ASEAN. Hội nghị bàn về an ninh biển, ứng phó thiên tai và hợp tác quân y trong bối cảnh dịch bệnh. Thứ trưởng Bộ Quốc phòng, Thượng tướng Hoàng Xuân Chiến làm chủ tọa hội nghị.';
    expect(run(later, '2021-06-16').call?.participants.map((p) => [p.name, p.country])).toEqual([['Hoàng Xuân Chiến', 'VN'], [null, 'ASEAN']]);
    // Firms counted at an online fair, with no official, are no sides.
    const fair = 'Hội chợ trực tuyến hàng nông sản khai mạc. Hội chợ có sự tham gia của 18 đoàn doanh nghiệp từ các tỉnh phía Nam.\nBan tổ chức cho biết sẽ kéo dài hội chợ thêm một tuần.';
    expect(run(fair, '2021-06-16').detection.isCall).toBe(false);
  });

  it('"X gặp Y" in the headline is an in-person meeting, though X phoned someone else after it', () => {
    const text = [
      'Thủ tướng Hy Lạp gặp Tổng thống Thổ Nhĩ Kỳ Erdogan tại Ankara',
      'Người phát ngôn của Thủ tướng Hy Lạp Kyriakos Mitsotakis cho biết ông đã gặp Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan tại Ankara, sau đó đã nói chuyện qua điện thoại với Tổng thống Síp Nikos Christodoulides.',
      'Hai nhà lãnh đạo bàn về tranh chấp vùng biển và di cư.',
    ].join('\n');
    expect(run(text, '2025-04-12').detection.isCall).toBe(false);
    // An online "gặp" is still a call: "Tổng thống Mỹ gặp trực tuyến Chủ tịch Trung Quốc".
    const online = 'Tổng thống Mỹ gặp trực tuyến Chủ tịch Trung Quốc\nTối 15/11 theo giờ Washington, hai nhà lãnh đạo Mỹ và Trung Quốc đã có cuộc gặp trực tuyến kéo dài ba giờ.';
    expect(run(online, '2021-11-16').detection.isCall).toBe(true);
  });
});

describe('who is on the call, when the sentence frames it or a copy glued its sentences', () => {
  it('"người đồng cấp Mỹ …" in a framed sentence is the other side, whatever verb comes before it', () => {
    const text = 'Cuộc điện đàm được tổ chức ba ngày sau khi ông Ishiba Shigeru được Quốc hội bầu làm thủ tướng Nhật Bản.\nBộ Ngoại giao Nhật Bản cho hay, trong cuộc điện đàm dài 20 phút, Ngoại trưởng Takeshi Iwaya nhấn mạnh Tokyo muốn làm việc sát sao với người đồng cấp Mỹ Marco Rubio về vấn đề Triều Tiên.';
    expect(new Set(run(text, null).call?.participants.map((p) => p.country))).toEqual(new Set(['JP', 'US']));
  });

  it('splits sentences a copy glued after a date ("… ngày 24/7.Theo …") so each call sentence is read alone', () => {
    const text = 'Hàn Quốc và Australia thảo luận hợp tác quốc phòng\nTheo Yonhap, Bộ Ngoại giao Hàn Quốc cho hay hai nhà ngoại giao hàng đầu của Seoul và Canberra đã bàn về hợp tác quốc phòng trong một cuộc điện đàm vào ngày 12/5.Theo thông cáo, trong cuộc điện đàm với Ngoại trưởng Australia Penny Wong, Ngoại trưởng Hàn Quốc Cho Tae-yul đề nghị tăng cường trao đổi đoàn.';
    expect(run(text, '2024-05-13').call?.participants.map((p) => [p.name, p.country])).toEqual(expect.arrayContaining([['Cho Tae-yul', 'KR'], ['Penny Wong', 'AU']]));
  });

  it('"Phát biểu tại cuộc họp trực tuyến với …, ông X khẳng định …": X is on the meeting', () => {
    const text = 'Mỹ cam kết ủng hộ các nước ASEAN\nPhát biểu tại cuộc họp trực tuyến với các ngoại trưởng ASEAN hôm 9/8, ông Blinken khẳng định Washington sẽ tiếp tục hỗ trợ khu vực.';
    expect(run(text, '2022-08-10').call?.participants.some((p) => /Blinken/.test(p.name ?? '') && p.country === 'US')).toBe(true);
  });

  it('"chính quyền Tổng thống …" is the administration, not an acting president', () => {
    const people = findPeople('Ông nói chính quyền Tổng thống Biden coi trọng quan hệ với khu vực, còn Quyền Tổng thống Hàn Quốc Choi Sang-mok cảm ơn.');
    expect(people.some((p) => p.titleText?.toLowerCase() === 'quyền tổng thống' && p.name === 'Biden')).toBe(false);
    expect(people.find((p) => p.name === 'Choi Sang-mok')?.titleText).toBe('Quyền Tổng thống');
  });

  it('"Tại hội nghị, Ngoại trưởng Mỹ …" after the meeting is told names a side of it', () => {
    const text = 'Sáng 6/9, Bộ trưởng Ngoại giao Bùi Thanh Sơn dự Hội nghị trực tuyến các Bộ trưởng Ngoại giao ASEAN - Nhật Bản.\nTại hội nghị, Ngoại trưởng Nhật Bản Yoko Kamikawa khẳng định Tokyo coi trọng quan hệ với ASEAN.';
    const r = run(text, '2023-09-06');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['VN', 'JP']));
  });
});

describe('a call named at the head of its sentence, with its sides after it', () => {
  it('"Các cuộc điện đàm hôm qua của ông X với A và B …" under a caption reports the calls', () => {
    const text = [
      'Tân Thủ tướng Anh Keir Starmer.',
      'Các cuộc điện đàm hôm qua của ông Starmer với Tổng thống Mỹ Joe Biden và Thủ tướng Canada Justin Trudeau nhằm khẳng định các liên minh truyền thống của London.',
      'Ông Starmer cũng mời hai nhà lãnh đạo tới dự hội nghị về an ninh châu Âu.',
    ].join('\n');
    const r = run(text, '2024-07-08');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('phone');
    expect(new Set(r.call?.participants.map((p) => p.country))).toEqual(new Set(['GB', 'US', 'CA']));
  });

  it('"Cuộc gặp trực tuyến giữa A, B và C … sẽ …" is an online meeting still to come', () => {
    const text = [
      'Lãnh đạo ba nước sắp có cuộc gặp đầu tiên',
      'Cuộc gặp trực tuyến giữa Thủ tướng Nhật Bản Fumio Kishida, Tổng thống Hàn Quốc Yoon Suk Yeol và Tổng thống Mỹ Joe Biden được cho là sẽ tập trung vào an ninh khu vực, theo Nhà Trắng.',
    ].join('\n');
    const r = run(text, '2023-06-20');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('planned');
  });

  it('a call the sentence judges ("… là không thích hợp") is not reported by naming it', () => {
    const text = [
      'Cựu cố vấn lên tiếng trước ủy ban điều tra',
      'Cuộc điện thoại giữa Tổng thống Mỹ Donald Trump và Tổng thống Ukraine Volodymyr Zelensky là không thích hợp, cựu cố vấn nói với các nghị sĩ hôm thứ Ba.',
    ].join('\n');
    expect(run(text, '2019-11-20').detection.isCall).toBe(false);
  });
});

describe('a copy that starts with its date line over its first paragraph', () => {
  it('takes no headline from a paragraph of several sentences under "dd/mm/yyyy, hh:mm"', () => {
    const text = '14/07/2021, 20:05\n\nCác nước châu Á đang chịu sức ép lớn từ làn sóng dịch mới. Ngày 13/7, Hội nghị trực tuyến Bộ trưởng Ngoại giao ASEAN - Trung Quốc đã nhất trí đẩy nhanh việc chia sẻ vắc xin cho khu vực.';
    const a = articleFromText(text);
    expect(a.title).toBe('');
    expect(a.lead.startsWith('Các nước châu Á')).toBe(true);
    expect(a.isArticle).toBe(true);
    // A headline under the date line is still one.
    expect(articleFromText('14/07/2021, 20:05\nASEAN và Trung Quốc họp trực tuyến về vắc xin\nNgày 13/7, các bộ trưởng đã họp trực tuyến.').title).toBe('ASEAN và Trung Quốc họp trực tuyến về vắc xin');
  });
});

describe('groupings by the names the press gives them', () => {
  it('"Lan Thương - Mê Kông" is the Mekong–Lancang grouping, whose online summit is a meeting', () => {
    const text = 'Đại sứ nói về hợp tác sông nước\nHội nghị Cấp cao Lan Thương - Mê Kông lần thứ 5 ngày 12/9 sẽ được tổ chức theo hình thức trực tuyến. Trước thềm hội nghị, Đại sứ Trung Quốc tại Lào cho biết hai bên sẽ ký nhiều văn kiện.';
    const r = run(text, '2024-09-10');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('planned');
    expect(r.call?.participants.map((p) => p.country)).toContain('MLC');
  });
});

describe('more title chains the press writes', () => {
  it('"Trợ lý Ngoại trưởng Hàn Quốc …" is an official of that country, on the call', () => {
    const text = 'Trợ lý Ngoại trưởng Nhật Bản Funakoshi Takehiro ngày 5/3 đã họp trực tuyến cùng Thứ trưởng Ngoại giao Trung Quốc Tôn Vệ Đông về an ninh khu vực.';
    const r = run(text, '2024-03-06');
    expect(r.detection.isCall).toBe(true);
    expect(new Set(r.call?.participants.map((p) => p.country))).toEqual(new Set(['JP', 'CN']));
  });

  it('"Tổng thống lâm thời Venezuela - bà …": the name after a dash and a form of address is the title’s', () => {
    const p = findPeople('Ông Trump kể về cuộc gọi tới Tổng thống lâm thời Venezuela - bà Delcy Rodríguez về dầu mỏ.').find((m) => m.name === 'Delcy Rodríguez');
    expect(p?.country).toBe('VE');
    expect(p?.titleText).toBe('Tổng thống lâm thời');
    // A pair of countries after a dash is no name: "Lãnh đạo Mỹ - Trung".
    expect(findPeople('Lãnh đạo Mỹ - Trung sẽ điện đàm.').some((m) => m.name === 'Trung')).toBe(false);
  });
});

describe('a call as a participle at the head of its sentence', () => {
  it('"Điện đàm với A, B khẳng định …" under a headline of what B said reports the call between B and A', () => {
    const text = [
      'Thủ tướng Lê Quang Vinh: Việt Nam sẵn lòng mở rộng hợp tác năng lượng với Canada',
      'Điện đàm với Thủ tướng Canada Mark Carney, Thủ tướng Lê Quang Vinh khẳng định Việt Nam muốn mở rộng hợp tác về năng lượng sạch.',
      'Tối 14/5, hai nhà lãnh đạo đã trao đổi về thương mại và đầu tư.',
    ].join('\n\n');
    const r = run(text);
    expect(r.detection.isCall).toBe(true);
    expect(sides(text)).toEqual(expect.arrayContaining([['Mark Carney', 'CA'], ['Lê Quang Vinh', 'VN']]));
  });

  it('a participle with both sides of one country is no diplomatic call', () => {
    const text = [
      'Bộ trưởng Trần Văn Hải: sẽ đẩy nhanh tiến độ công trình',
      'Trao đổi với Chủ tịch tỉnh Nguyễn Hữu Lộc, Bộ trưởng Trần Văn Hải cho biết công trình sẽ xong trong năm nay.',
    ].join('\n\n');
    expect(run(text).detection.isCall).toBe(false);
  });
});

describe('scam news is told by several scam words, not one word said often', () => {
  it('a call about the victims of a disaster, "nạn nhân" in every paragraph, stays a call', () => {
    const text = [
      'Thứ trưởng Ngoại giao điện đàm với Bộ trưởng Ngoại giao Bỉ về vụ tai nạn xe khách',
      'Chiều 8/4, Thứ trưởng Bộ Ngoại giao Đặng Minh Châu đã điện đàm với Bộ trưởng Ngoại giao Bỉ Maxime Prévot về vụ tai nạn khiến 12 nạn nhân tử vong.',
      'Hai bên bày tỏ thương tiếc các nạn nhân.',
      'Phía Bỉ cho biết đang xác minh danh tính các nạn nhân.',
      'Thứ trưởng đề nghị hỗ trợ gia đình các nạn nhân làm thủ tục.',
      'Cơ quan chức năng hai nước sẽ thông tin về các nạn nhân khi có kết quả.',
    ].join('\n\n');
    const r = run(text);
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.reasons.join(' ')).not.toMatch(/scam/);
  });
});

describe('more offices and the ministries after them', () => {
  it('"bà X, Quốc vụ khanh, Bộ Ngoại giao Anh …": the ministry after the comma gives the title its country', () => {
    const p = person('Chiều 2/3, Thứ trưởng Đỗ Hùng Việt điện đàm với bà Catherine West, Quốc vụ khanh, Bộ Ngoại giao Anh phụ trách châu Á.', 'Catherine West');
    expect(p?.country).toBe('GB');
    expect(p?.title?.id).toBe('quoc-vu-khanh');
  });

  it('"Quốc vụ khanh BNG Anh": a country after a body’s abbreviation is no given name', () => {
    const p = findPeople('Quốc vụ khanh BNG Anh trao đổi qua điện thoại với Thứ trưởng Ngoại giao Việt Nam').find((m) => m.title?.id === 'quoc-vu-khanh');
    expect(p?.country).toBe('GB');
    expect(p?.name).toBeNull();
  });
});

describe('what a copy keeps above its headline', () => {
  it('a site calendar’s day ("Thứ Năm, Tháng Hai 12, 2026") is neither headline nor publication date', () => {
    const a = articleFromText(['18.0 C', 'Hà Nội', 'Thứ Năm, Tháng Hai 12, 2026', 'Phó Thủ tướng điện đàm với Ngoại trưởng Ai Cập', 'Chiều 3/9, Phó Thủ tướng Bùi Thanh Sơn đã điện đàm với Ngoại trưởng Ai Cập Badr Abdelatty về hợp tác song phương.'].join('\n\n'));
    expect(a.title).toBe('Phó Thủ tướng điện đàm với Ngoại trưởng Ai Cập');
    expect(a.publishedAt).toBeNull();
  });

  it('a site calendar in figures above a section and the article’s own date line with a time: the one with the time dates it', () => {
    const a = articleFromText(['Thứ Hai, 14/10/2024', 'Quốc tế', 'Thứ Năm, 5/2/2015 21:14\'(GMT+7)', 'Ngoại trưởng ba nước điện đàm về khủng hoảng Yemen', 'Ngoại trưởng Ả Rập Xê Út, Ngoại trưởng Oman và Ngoại trưởng Iran đã trao đổi qua điện thoại về lệnh ngừng bắn.'].join('\n\n'));
    expect(a.title).toBe('Ngoại trưởng ba nước điện đàm về khủng hoảng Yemen');
    expect(a.publishedAt?.slice(0, 10)).toBe('2015-02-05');
  });

  it('an address that files the article under a year and a month gives a day and month their year', () => {
    const text = 'Phó Thủ tướng điện đàm với Ngoại trưởng Ai Cập\n\nChiều 3/9, Phó Thủ tướng Bùi Thanh Sơn đã điện đàm với Ngoại trưởng Ai Cập Badr Abdelatty về hợp tác song phương.';
    const r = analyzeText(text, { url: 'https://tinhnha.example.vn/2025/09/81234/pho-thu-tuong-dien-dam/', published: null });
    expect(r.call?.eventDate).toBe('2025-09-03');
  });
});

describe('a call the opening speaks of by weaker words', () => {
  it('"nói chuyện với" in the headline is a phone call when the opening says "cuộc gọi" twice', () => {
    const text = [
      'Tổng tham mưu trưởng Pháp nói chuyện với người đồng cấp Nga lần đầu sau hai năm',
      'Đại tướng Fabien Mandon đã nhiều lần đề nghị trao đổi với tướng Valery Gerasimov, các nguồn tin cho hay.',
      'Theo một quan chức quân đội Pháp, cuộc gọi hôm thứ Ba do phía Pháp đề nghị và kéo dài gần một giờ.',
      'Bộ Quốc phòng Nga cho biết cuộc gọi đề cập tình hình an ninh châu Âu.',
    ].join('\n\n');
    const r = run(text);
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('phone');
  });

  it('one "cuộc gọi" in passing does not make a talk in person a call', () => {
    const text = [
      'Ngoại trưởng Pháp nói chuyện với người đồng cấp Đức tại Berlin',
      'Ngoại trưởng Pháp Jean-Noël Barrot đã gặp người đồng cấp Đức Johann Wadephul tại Berlin để bàn về ngân sách quốc phòng chung.',
      'Hai bên thống nhất lịch làm việc cho quý tới; một cuộc gọi với Ba Lan được nêu trong chương trình.',
    ].join('\n\n');
    expect(run(text).detection.isCall).toBe(false);
  });
});

describe('an opening that names its source first', () => {
  it('"Thông tin từ Vụ …, Bộ …, tối 23/4, Bộ trưởng X đã có cuộc điện đàm với …" under a headline of the talks it opened', () => {
    const text = [
      'Bắt đầu đàm phán hiệp định thương mại Việt Nam - Canada',
      'Việt Nam mong muốn quan hệ thương mại với Canada phát triển cân bằng và bền vững.',
      'Thông tin từ Vụ Thị trường châu Mỹ, Bộ Công Thương, chiều 9/6, Bộ trưởng Bộ Công Thương Nguyễn Thanh Tùng đã có cuộc điện đàm với Bộ trưởng Thương mại quốc tế Canada Maninder Sidhu để khởi động vòng đàm phán đầu tiên.',
    ].join('\n\n');
    const r = run(text);
    expect(r.detection.isCall).toBe(true);
    expect(sides(text)).toEqual(expect.arrayContaining([['Nguyễn Thanh Tùng', 'VN'], ['Maninder Sidhu', 'CA']]));
  });
});

describe('a call named with its sides by their countries', () => {
  it('"Cuộc điện đàm cấp cao giữa A và B ngày 18/10 được xem là …" reports a call between the two countries', () => {
    const text = [
      '[Video] Nhật - Hàn nối lại kênh đối thoại về thương mại',
      'Cuộc điện đàm cấp cao giữa Nhật Bản và Hàn Quốc ngày 21/3 được xem là bước mở lại các cuộc tham vấn thương mại.',
      'Hai bên nhất trí sẽ họp trực tiếp trong tháng tới.',
    ].join('\n\n');
    const r = run(text);
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['JP', 'KR']);
  });

  it('"Cuộc điện đàm giữa A và B là …" with no day judges a call the story is not about', () => {
    const text = [
      'Quốc hội nước này điều trần về chính sách đối ngoại',
      'Cuộc điện đàm giữa Nhật Bản và Hàn Quốc là chủ đề được nhiều nghị sĩ chất vấn trong phiên điều trần.',
    ].join('\n\n');
    expect(run(text).detection.isCall).toBe(false);
  });
});

describe('calls told from a report and in the plural', () => {
  it('"Tờ … ngày 12/5 cho biết, trong cuộc điện đàm hai ngày trước đó với …" is the news, dated two days before', () => {
    const text = 'Tờ Financial Times ngày 12/5 cho biết, trong cuộc điện đàm hai ngày trước đó với Thủ tướng Anh Keir Starmer, Thủ tướng Canada Mark Carney đề nghị hai nước phối hợp về thuế quan.\n\nHai bên sẽ gặp nhau tại hội nghị G7.';
    const r = run(text, '2025-05-13');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.eventDate).toBe('2025-05-10');
  });

  it('"Trước đó một ngày, … điện đàm …" is still an earlier call', () => {
    const text = 'Thủ tướng Canada thăm Mexico\n\nThủ tướng Canada Mark Carney đã đến Mexico City ngày 12/5. Trước đó một ngày, ông điện đàm với Thủ tướng Anh Keir Starmer.';
    expect(run(text).detection.isCall).toBe(false);
  });

  it('"Trong các cuộc điện đàm với A và B ngày 9/3, ông X …": X, the subject after the plural frame, is on the calls', () => {
    const text = 'Trong các cuộc điện đàm với Thủ tướng Hà Lan Dick Schoof và Thủ tướng Bỉ Bart De Wever ngày 9/3, ông Putin cho biết Nga sẵn sàng đàm phán.\n\nĐiện Kremlin ra thông cáo sau đó.';
    expect(sides(text)?.map((s) => s[1]).sort()).toEqual(['BE', 'NL', 'RU']);
  });

  it('"… điện đàm với Ngoại trưởng các nước A, B, C và …": each country a side', () => {
    const text = 'Ngày 4/2, Ngoại trưởng Trung Quốc Vương Nghị điện đàm với Bộ trưởng Ngoại giao các nước Ai Cập, Brazil, Chile và Bộ trưởng Điều phối Kinh tế Indonesia Airlangga Hartarto về hợp tác chống dịch.';
    const countries = run(text).call?.participants.map((p) => p.country).sort();
    expect(countries).toEqual(['BR', 'CL', 'CN', 'EG', 'ID']);
  });
});

describe('who is who around a framed call', () => {
  it('"… với nhà lãnh đạo Iran, ông Macron …": a known leader of another country after the comma is the subject, not the title’s', () => {
    const text = 'Điện Élysée nói rằng trong cuộc điện đàm hôm thứ Bảy với nhà lãnh đạo Iran, ông Macron kêu gọi Tehran sớm nối lại đối thoại.\n\nTổng thống Iran Masoud Pezeshkian cũng có mặt trong thông báo của phía Iran.';
    const byName = Object.fromEntries(sides(text, null) ?? []);
    expect(byName['Emmanuel Macron'] ?? byName['Macron']).toBe('FR');
    expect(Object.values(byName)).toContain('IR');
  });

  it('"Tổng thống Nga, ông Putin" is still one person', () => {
    const p = findPeople('Tổng thống Nga, ông Putin, cho biết.')[0];
    expect(p?.name).toBe('Putin');
    expect(p?.country).toBe('RU');
  });
});

describe('a learner’s page: each paragraph in English, then in Vietnamese', () => {
  it('reads the Vietnamese lines together, without their bullets', () => {
    const text = [
      'Albanese phones Luxon about the Pacific fisheries deal',
      'March 4, 2026',
      'Australian Prime Minister Anthony Albanese held a phone call with New Zealand Prime Minister Christopher Luxon on Tuesday about a fisheries agreement.',
      '• Thủ tướng Australia Anthony Albanese đã điện đàm với Thủ tướng New Zealand Christopher Luxon hôm thứ Ba về một thỏa thuận nghề cá.',
      'The two leaders agreed that their ministers would meet in Suva next month.',
      '• Hai nhà lãnh đạo nhất trí để các bộ trưởng của hai nước gặp nhau tại Suva vào tháng tới.',
      'They also spoke about the cyclone season and relief supplies.',
      '• Họ cũng trao đổi về mùa bão và hàng cứu trợ cho các đảo quốc.',
    ].join('\n');
    const r = run(text, '2026-03-04');
    expect(r.article?.text).not.toMatch(/fisheries|•/);
    expect(r.article?.text).toMatch(/^Thủ tướng Australia Anthony Albanese/);
    expect(r.detection.isCall).toBe(true);
    expect(new Set(r.call?.participants.map((p) => p.country))).toEqual(new Set(['AU', 'NZ']));
  });
});

describe('what an earlier call brought', () => {
  it('"… tiếp Đại sứ … để thúc đẩy thực hiện kết quả điện đàm giữa …" is a reception, not a call', () => {
    const text = [
      'Đẩy mạnh hợp tác năng lượng với Kuwait',
      'Thủ tướng Phạm Minh Chính sáng 2/6 đã tiếp Đại sứ Kuwait tại Việt Nam Ali Al-Dhafiri tại Hà Nội để bàn cách thực hiện kết quả điện đàm của hai Thủ tướng hồi tháng trước.',
      'Thủ tướng đề nghị hai bên sớm ký thỏa thuận cung cấp dầu thô dài hạn.',
    ].join('\n\n');
    expect(run(text).detection.isCall).toBe(false);
  });
});

describe('a call dated by the week or month before the news', () => {
  it('"… sau cuộc điện đàm giữa hai bên tuần trước" under a headline about a meeting to come is the call recalled', () => {
    const text = (when: string) =>
      `Thủ tướng Ba Lan nói có thể sớm gặp Thủ tướng Hungary\nThủ tướng Ba Lan Donald Tusk hôm 12/5 cho biết ông có thể sớm gặp Thủ tướng Hungary Viktor Orban, sau cuộc điện đàm giữa hai bên ${when}.`;
    const hitOf = (when: string) => analyzeArticle(articleFromText(text(when))).sentences[1]!.hits[0]!;
    expect(hitOf('tuần trước').earlier).toBe(true);
    expect(hitOf('tháng trước').earlier).toBe(true);
    expect(run(text('tuần trước'), '2025-05-13').detection.isCall).toBe(false);
    // The mirror: the call of the news's own day, or the day before, is no earlier one.
    expect(hitOf('tối qua').earlier).toBe(false);
  });
});

describe('a leader the article names by the surname alone', () => {
  it('takes the gazetteer’s full name (“Tập” → Tập Cận Bình); a fuller form the article writes is kept', () => {
    const names = (text: string) => run(text, '2022-07-29').call?.participants.map((p) => p.name);
    expect(names('Hai nhà lãnh đạo Mỹ - Trung điện đàm hơn hai giờ\nChủ tịch Tập và Tổng thống Biden đã điện đàm tối 28/7 về thương mại và an ninh khu vực.')?.sort()).toEqual(['Joe Biden', 'Tập Cận Bình']);
    expect(names('Hai nhà lãnh đạo Mỹ - Trung điện đàm hơn hai giờ\nChủ tịch Trung Quốc Tập Cận Bình và Tổng thống Mỹ Joseph R. Biden đã điện đàm tối 28/7 về thương mại và an ninh khu vực.')?.sort()).toEqual(['Joseph R. Biden', 'Tập Cận Bình']);
  });
});

describe('what was said in a call, framed by the call', () => {
  it('"Phát biểu trong cuộc điện đàm với X hôm …, Y cho biết …" under a headline about the help offered is the call', () => {
    const text = 'Lều bạt và máy lọc nước từ Nhật Bản lên đường tới vùng động đất\nChuyến hàng đầu tiên gồm 300 lều bạt rời sân bay Narita sáng 8/2.\nPhát biểu trong cuộc điện đàm với Ngoại trưởng Thổ Nhĩ Kỳ Hakan Fidan hôm 7/2, Ngoại trưởng Nhật Bản Iwaya Takeshi cho biết các chuyến tiếp theo sẽ chở thiết bị y tế.';
    const r = run(text, '2025-02-08');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['JP', 'TR']);
    // The mirror: what was said at a meeting in person is no call.
    expect(run(text.replace('trong cuộc điện đàm với', 'tại cuộc gặp với'), '2025-02-08').detection.isCall).toBe(false);
  });
});

describe('remarks in a post right after a call', () => {
  const copy = (frame: string) =>
    run(
      [
        'Các nhà xuất khẩu cà phê Brazil đón tin vui khi mức thuế mới có thể được áp dụng từ đầu quý tới.',
        `${frame}, Tổng thống Trump cho biết hai bên sẽ sớm ký văn kiện.`,
        'Giới phân tích cho rằng giá cà phê tại New York có thể giảm trong ngắn hạn.',
      ].join('\n\n'),
      null,
    );

  it('"Trong bài đăng trên mạng xã hội sau cuộc điện đàm với X, Y cho biết …": the call is the news', () => {
    const r = copy('Trong bài đăng trên mạng xã hội Truth Social sau cuộc điện đàm với Tổng thống Brazil Lula da Silva');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['BR', 'US']);
  });

  it('…not a post that a call with his own aide came before', () => {
    expect(copy('Trong bài đăng trên mạng xã hội Truth Social sau cuộc điện đàm với Bộ trưởng Tài chính Mỹ Scott Bessent').detection.isCall).toBe(false);
  });
});

describe('talks that only the photos show were held online', () => {
  const text = (caption: string) =>
    `Việt Nam và Lào tăng cường hợp tác quản lý lao động\n\nChiều 12/8, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà đã hội đàm với Bộ trưởng Bộ Nội vụ Lào Vilayvong Bouddakham về hợp tác đào tạo cán bộ.\n\n${caption}\n\nHai bên nhất trí trao đổi đoàn công tác thường xuyên.`;

  it('"… ở đầu cầu Hà Nội" under talks of two countries’ ministers: a video meeting, its sides the talks’', () => {
    const r = run(text('Bộ trưởng Phạm Thị Thanh Trà và đoàn Việt Nam ở đầu cầu Hà Nội. Ảnh: Bộ Nội vụ'), '2025-08-13');
    expect(r.detection.kind).toBe('video');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['VN', 'LA']);
  });

  it('…not talks in a ministry’s hall, nor a domestic meeting’s provincial ends', () => {
    expect(run(text('Toàn cảnh hội đàm tại trụ sở Bộ Nội vụ. Ảnh: Bộ Nội vụ'), '2025-08-13').detection.isCall).toBe(false);
    expect(run(text('Quang cảnh hội nghị tại điểm cầu các tỉnh. Ảnh: Bộ Nội vụ'), '2025-08-13').detection.isCall).toBe(false);
  });
});

describe('remarks right after a call whose frame names no one', () => {
  const copy = (other: string) =>
    run(
      [
        'Giá điện tại Phần Lan tăng mạnh trong tuần qua do thời tiết lạnh kéo dài.',
        'Chính phủ đang cân nhắc các biện pháp hỗ trợ hộ gia đình.',
        `Sau cuộc điện đàm, Tổng thống Phần Lan Alexander Stubb cho biết cuộc trao đổi với ${other} đã đi vào chi tiết các dự án lưới điện.`,
      ].join('\n\n'),
      '2025-01-10',
    );

  it('"Sau cuộc điện đàm, X cho biết cuộc trao đổi với Y …": Y is the other side, the remarks the news', () => {
    const r = copy('Thủ tướng Na Uy Jonas Gahr Støre');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['FI', 'NO']);
  });

  it('…but not a talk with his own country’s officials', () => {
    expect(copy('Thủ tướng Phần Lan Petteri Orpo').detection.isCall).toBe(false);
  });
});

describe('meetings in general in the line that stands in for a headline', () => {
  const copy = (lead: string) =>
    run(`${lead}\n\nTối 5/6, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Lào Sonexay Siphandone để trao đổi về hợp tác năng lượng.\n\nHai bên nhất trí đẩy nhanh dự án đường dây truyền tải điện.`, '2025-06-06');

  it('"… tiếng nói chung ở các diễn đàn khu vực" names no meeting of the story’s own', () => {
    expect(copy('Việt Nam và Lào vẫn giữ tiếng nói chung ở các diễn đàn khu vực, từ Mekong đến ASEAN.').detection.isCall).toBe(true);
  });

  it('…but one forum where the two met is that line’s news', () => {
    expect(copy('Thủ tướng Phạm Minh Chính và Thủ tướng Lào đã gặp nhau bên lề diễn đàn kinh tế khu vực tại Bangkok.').detection.isCall).toBe(false);
  });
});

describe('a copy that opens on a recalled call', () => {
  const copy = (third: string) =>
    [
      'Một tuần sau cuộc điện đàm gần đây với Tổng thống Pháp Emmanuel Macron, Thủ tướng Anh Keir Starmer vẫn chưa công bố thỏa thuận nào về người di cư.',
      'Các nghị sĩ đối lập đòi ông giải trình trước Hạ viện vào thứ Tư.',
      third,
      'Điện Élysée chưa bình luận về các phát biểu này.',
    ].join('\n\n');

  it('the call named again by its noun, with one of its people and no day of its own, is the recalled call', () => {
    const r = analyzeText(copy('Văn phòng ông Starmer chỉ nói rằng cuộc điện đàm với ông Macron “rất hữu ích”.'), { published: '2025-06-04' });
    expect(r.detection.isCall).toBe(false);
  });

  it('…but a call told with a day of its own, or as a new one, is not', () => {
    for (const third of ['Tối 4/6, ông Starmer đã điện đàm với ông Macron về thuế cảng biển.', 'Thủ tướng Anh cho biết sẽ có cuộc điện đàm mới với ông Macron về thuế cảng biển.']) {
      const told = analyzeArticle(articleFromText(copy(third))).sentences.find((x) => x.text.startsWith(third.slice(0, 12)));
      expect(told?.hits.some((h) => !h.earlier)).toBe(true);
    }
  });
});

describe('names as the press runs them on', () => {
  it('a photo credit after the last name is not part of it ("… Al-Sabah - Ảnh: TTXVN")', () => {
    const p = findPeople('Phó Thủ tướng Bùi Thanh Sơn trao đổi qua điện thoại với Thái tử Kuwait Sheikh Sabah Khaled Al-Sabah - Ảnh: TTXVN')[1];
    expect(p?.name).toBe('Sheikh Sabah Khaled Al-Sabah');
    expect(p?.country).toBe('KW');
  });

  it('Malay styles between the title and the name are not the name; "Sri Mulyani" is', () => {
    const malay = findPeople('Bộ trưởng Quốc phòng Malaysia Dato’ Seri Mohamed Khaled Nordin đã điện đàm với Đại tướng Phan Văn Giang.')[0];
    expect(malay?.name).toBe('Mohamed Khaled Nordin');
    expect(malay?.country).toBe('MY');
    expect(findPeople('Bộ trưởng Tài chính Indonesia Sri Mulyani Indrawati phát biểu.')[0]?.name).toBe('Sri Mulyani Indrawati');
  });

  it('one whose greetings a side passes on is not on the call; a host who invited is', () => {
    const text = ' date 2026-02-05 Phó Thủ tướng Bùi Thanh Sơn điện đàm với Thủ tướng Singapore Lawrence Wong. Ảnh: VGP\n\nTại cuộc điện đàm, Phó Thủ tướng Bùi Thanh Sơn chuyển tới Thủ tướng Wong lời thăm hỏi trân trọng của Tổng Bí thư Tô Lâm cùng lãnh đạo Việt Nam và tới Thủ tướng và các nhà lãnh đạo Singapore.\n\nHai bên nhất trí thúc đẩy hợp tác về năng lượng sạch.';
    const names = sides(text)?.map((s) => s[0]);
    expect(names).toEqual(expect.arrayContaining(['Bùi Thanh Sơn', 'Lawrence Wong']));
    expect(names).not.toContain('Tô Lâm');
    const invited = 'Hội nghị Thượng đỉnh Tam giác phát triển diễn ra trực tuyến\n\nNhận lời mời của Thủ tướng Campuchia Hun Manet, Phó Thủ tướng Bùi Thanh Sơn tham dự Hội nghị Thượng đỉnh Tam giác phát triển lần thứ 13 ngày 5/8 theo hình thức trực tuyến.';
    expect(sides(invited)?.map((s) => s[1])).toEqual(expect.arrayContaining(['KH', 'VN']));
  });

  it('"Sheikh … bin Jasim Al-Thani" in the text is the gazetteer’s "… Al Thani" the headline names by his office', () => {
    const text = 'Phó Thủ tướng Bùi Thanh Sơn điện đàm với Thủ tướng Qatar\n\nTối 9/3/2026, Phó Thủ tướng Bùi Thanh Sơn điện đàm với Thủ tướng kiêm Ngoại trưởng Qatar Sheikh Mohammed bin Abdulrahman bin Jasim Al-Thani về năng lượng.';
    const qa = run(text, '2026-03-10').call?.participants.filter((p) => p.country === 'QA');
    expect(qa).toHaveLength(1);
  });
});

describe('the same side’s other calls that day', () => {
  const head = 'Indonesia sẵn sàng tăng xuất khẩu than đá\n\nTối 2/4, Phó Thủ tướng Bùi Thanh Sơn điện đàm với Tổng thống Indonesia Prabowo Subianto về hợp tác thủy sản.';
  const countries = (text: string) => run(text).call?.participants.map((p) => p.country).sort();

  it('"Phó Thủ tướng cũng điện đàm với …" further down adds that counterpart', () => {
    expect(countries(`${head}\n\nHai bên nhất trí tăng thương mại.\n\nPhó Thủ tướng cũng điện đàm với Thủ tướng Malaysia Anwar Ibrahim, thống nhất phối hợp tại ASEAN.`)).toEqual(['ID', 'MY', 'VN']);
  });

  it('"Trong cuộc điện đàm cùng ngày với Phó Thủ tướng …, Thủ tướng X …" adds X', () => {
    expect(countries(`${head}\n\nTrong cuộc điện đàm cùng ngày với Phó Thủ tướng Bùi Thanh Sơn, Thủ tướng Thái Lan Anutin Charnvirakul khẳng định sẵn sàng hợp tác.`)).toEqual(['ID', 'TH', 'VN']);
  });

  it('"Cũng trong ngày 2/4, ông X lần lượt điện đàm với A và B" adds both', () => {
    const text = 'Pháp tìm thêm ủng hộ cho hiệp ước biển cả\n\nTổng thống Pháp Emmanuel Macron ngày 2/4 đã điện đàm với Thủ tướng Nhật Bản Ishiba Shigeru.\n\nCũng trong ngày 2/4, ông Macron lần lượt điện đàm với Thủ tướng Australia Anthony Albanese và Thủ tướng Ấn Độ Narendra Modi.';
    expect(countries(text)).toEqual(['AU', 'FR', 'IN', 'JP']);
  });

  it('under a headline that names the two sides, the record is that call and the others its background', () => {
    const text = 'Lãnh đạo Pháp, Nhật Bản nhất trí phối hợp về đại dương\n\nTổng thống Pháp Emmanuel Macron ngày 2/4 đã điện đàm với Thủ tướng Nhật Bản Ishiba Shigeru.\n\nCũng trong ngày 2/4, ông Macron lần lượt điện đàm với Thủ tướng Australia Anthony Albanese và Thủ tướng Ấn Độ Narendra Modi.';
    expect(countries(text)).toEqual(['FR', 'JP']);
  });

  it('another pair’s call the same day ("Cùng ngày, Tổng thống A cũng điện đàm với [our party]") adds nobody', () => {
    expect(countries(`${head}\n\nCùng ngày, Tổng thống Hàn Quốc Lee Jae-myung cũng điện đàm với ông Prabowo.`)).toEqual(['ID', 'VN']);
  });
});

describe('a counterpart title shared after a comma', () => {
  it('"… với người đồng cấp Mỹ A, và Nhật Bản B": the title goes on to the second country’s official', () => {
    const people = findPeople('Thứ trưởng Ngoại giao Park Yoon-joo ngày 9/4 đã điện đàm với người đồng cấp Mỹ Christopher Landau, và Nhật Bản Funakoshi Takehiro.');
    expect(people.slice(1).map((p) => [p.name, p.country])).toEqual([['Christopher Landau', 'US'], ['Funakoshi Takehiro', 'JP']]);
  });
});

describe('military chiefs and alliance officials by their chains', () => {
  it('"Tổng tham mưu trưởng quân đội Canada X": a service in lower case before the country is part of the chain', () => {
    const p = findPeople('Tướng Dan Caine, Chủ tịch Hội đồng tham mưu trưởng liên quân, đã điện đàm với Tổng tham mưu trưởng quân đội Australia David Johnston.').find((m) => m.name === 'David Johnston');
    expect([p?.name, p?.country]).toEqual(['David Johnston', 'AU']);
  });

  it('"Chủ tịch Ủy ban quân sự Liên minh châu Âu X" is the EU’s', () => {
    const p = findPeople('Tướng Dan Caine cùng ngày điện đàm với Chủ tịch Ủy ban quân sự Liên minh châu Âu Sean Clancy về hợp tác.').find((m) => m.name === 'Sean Clancy');
    expect(p?.country).toBe('EU');
  });

  it('"Ấn Độ - Thái Bình Dương" and "Ấn Độ Dương" are regions, not India and Thailand', () => {
    const text = 'Hai bên nhấn mạnh an ninh khu vực Ấn Độ-Thái Bình Dương và tuyến hàng hải qua Ấn Độ Dương.';
    const countries = findPeople(`Tổng thống Pháp phát biểu. ${text}`).map((p) => p.country);
    expect(countries).not.toContain('IN');
    expect(countries).not.toContain('TH');
    const call = 'Ngày 2/12, Tổng tham mưu trưởng quân đội Australia David Johnston đã điện đàm với Chủ tịch Ủy ban quân sự NATO Rob Bauer, nhấn mạnh an ninh khu vực Ấn Độ-Thái Bình Dương.';
    expect(run(call).detection.reasons.find((r) => r.startsWith('các bên'))).not.toMatch(/IN|TH/);
  });
});

describe('calls that were not held', () => {
  it('"sẵn sàng điện đàm với …" is a side’s willingness, neither a call nor one arranged', () => {
    const text = 'Thủ tướng Canada tuyên bố sẵn sàng điện đàm với Tổng thống Mỹ\n\nThủ tướng Canada Mark Carney ngày 3/5 tuyên bố sẵn sàng điện đàm với Tổng thống Mỹ Donald Trump về thuế quan, nhưng không phải bằng mọi giá.';
    expect(run(text).detection.isCall).toBe(false);
  });

  it('"… sẵn sàng hợp tác trong cuộc điện đàm …" is still a call held', () => {
    const text = 'Thủ tướng Canada điện đàm với Tổng thống Mexico\n\nTối 3/5, Thủ tướng Canada Mark Carney đã điện đàm với Tổng thống Mexico Claudia Sheinbaum; hai bên sẵn sàng hợp tác về thương mại.';
    expect(run(text).detection.isCall).toBe(true);
  });

  it('a leaked recording of a call is news of the leak, told under a photo or not', () => {
    const leak = 'Ngày 20/6, một hãng tin đăng toàn bộ bản ghi âm kèm đoạn âm thanh của cuộc điện thoại dài 20 phút giữa Ngoại trưởng Mỹ Marco Rubio và Ngoại trưởng Nga Sergei Lavrov.\n\nCuộc gọi diễn ra từ tháng trước. Cả hai phía đều thừa nhận bản ghi âm là thật.';
    expect(run(leak).detection.isCall).toBe(false);
    expect(run(`Ông Rubio (phải) và ông Lavrov (trái). Ảnh: AFP\n\n${leak}`).detection.isCall).toBe(false);
  });
});

describe('a text copy of a list page', () => {
  const items = [
    'Thủ tướng Lào thăm chính thức Việt Nam',
    'Thủ tướng Lào Sonexay Siphandone sẽ thăm chính thức Việt Nam ba ngày, từ 9/1, theo lời mời của Thủ tướng Phạm Minh Chính.',
    'Bộ trưởng Ngoại giao điện đàm với Ngoại trưởng Lào',
    'Chiều 3/1, Thứ trưởng Ngoại giao Đặng Hoàng Giang điện đàm với Thứ trưởng Ngoại giao Lào về chuẩn bị chuyến thăm.',
  ].join('\n\n');

  it('is read in its first item: a call further down the list is another story', () => {
    const r = analyzeText(items, { url: 'https://tin.example.vn/thu-tuong-lao-tag63768.html', published: '2025-01-10' });
    expect(r.article?.text).not.toMatch(/điện đàm/);
    expect(r.detection.isCall).toBe(false);
  });

  it('under the list’s own header, its first item is a headline and a sapo; under an article’s address the text is whole', () => {
    const r = analyzeText(`Posts Tagged ‘Lào’\n\n${items}`, { url: 'https://blog.example.org/tag/lao/page-2', published: '2025-01-10' });
    expect(r.article?.text).toMatch(/theo lời mời của Thủ tướng Phạm Minh Chính/);
    expect(r.article?.text).not.toMatch(/điện đàm/);
    expect(analyzeText(items, { url: 'https://tin.example.vn/thu-tuong-lao-tham-viet-nam-123456.html', published: '2025-01-10' }).article?.text).toMatch(/điện đàm/);
  });
});

describe('a call still to come, said as such', () => {
  it('"Đây sẽ là cuộc điện đàm thứ ba của …" after quotes of what a leader will raise is a planned call', () => {
    const text = [
      ' date 2025-10-02 Thủ tướng Anh Keir Starmer và Thủ tướng Ấn Độ Narendra Modi trong cuộc gặp năm 2024 (Ảnh: Reuters).',
      '“Tôi sẽ trao đổi với Thủ tướng Modi vào thứ sáu về thương mại”, Thủ tướng Starmer nói với báo giới hôm 1/10.',
      '“Chúng tôi đã rất gần một thỏa thuận”, ông nói thêm.',
      'Đây sẽ là cuộc điện đàm thứ ba của hai nhà lãnh đạo Anh và Ấn Độ trong năm nay.',
    ].join('\n\n');
    const r = run(text, null);
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('planned');
  });
});

describe('bodies as sides, and a call as context', () => {
  it('an online meeting "giữa lãnh đạo Công an TP A và Công an TP B": the bodies’ cities give the sides', () => {
    const text = 'Hải Phòng và Thượng Hải: hội đàm trực tuyến giữa các lãnh đạo Công an TP Hải Phòng và Công an TP Thượng Hải\n\nChiều 14/10, Thiếu tướng Vũ Thanh Chương, Giám đốc Công an TP Hải Phòng, đã có buổi hội đàm trực tuyến với lãnh đạo Công an TP Thượng Hải về phòng chống tội phạm xuyên quốc gia.';
    const r = run(text);
    expect(r.detection.isCall).toBe(true);
    expect(new Set(r.call?.participants.map((p) => p.country))).toEqual(new Set(['VN', 'CN']));
  });

  it('"… xuất hiện trong bối cảnh Tổng thống … cho biết …, sau một cuộc điện đàm với …": the call is the context', () => {
    const text = 'Nga đề nghị làm trung gian giữa Iran và Mỹ\n\nLời đề nghị này xuất hiện trong bối cảnh Tổng thống Mỹ Donald Trump mới đây cho biết Nga có thể làm trung gian, sau một cuộc điện đàm với Tổng thống Nga Putin.';
    expect(run(text).detection.isCall).toBe(false);
  });
});

describe('words that look like a meeting and lists of counterparts', () => {
  it('"đã tiếp tục trao đổi" goes on talking; it is no reception of a guest', () => {
    const text = 'Chiều nay (20/3), Tổng thống Indonesia Prabowo Subianto cho biết, sau cuộc điện đàm với Thủ tướng Nhật Bản Ishiba Shigeru vào sáng cùng ngày, ông đã tiếp tục liên hệ với Manila.\n\nHai cuộc điện đàm tập trung vào an ninh hàng hải.';
    const r = run(text, '2025-03-20');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['ID', 'JP']));
  });

  it('"đã tiếp" a guest is still a reception', () => {
    const text = 'Chiều 20/3, Chủ tịch nước đã tiếp Đại sứ Nhật Bản tại Hà Nội sau cuộc điện đàm với Thủ tướng Nhật Bản\n\nTại buổi tiếp, hai bên trao đổi về hợp tác lao động và đầu tư.';
    expect(run(text, '2025-03-20').detection.isCall).toBe(false);
  });

  it('"những người đồng cấp … gồm A, B và C" names the counterparts of an online meeting by their countries', () => {
    const text = 'Ngày 9-9, Ngoại trưởng Hàn Quốc Cho Tae-yul đã có cuộc họp trực tuyến với những người đồng cấp vùng Trung Á gồm Kazakhstan, Uzbekistan và Kyrgyzstan, theo hãng tin Yonhap.\n\nCuộc họp bàn về chuỗi cung ứng khoáng sản.';
    const r = run(text, '2024-09-10');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.kind).toBe('video');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['KR', 'KZ', 'UZ', 'KG']);
  });
});

describe('the other side after what the call was', () => {
  it('"… điện đàm lần đầu tiên sau khi tuyên thệ nhậm chức với người đồng cấp …": the time since taking office does not end the clause', () => {
    const text = 'Bộ Ngoại giao Nhật Bản cho biết Ngoại trưởng Iwaya Takeshi tối 2/10 điện đàm lần đầu tiên sau khi tuyên thệ nhậm chức với người đồng cấp Singapore Vivian Balakrishnan, bàn về chuỗi cung ứng.';
    expect(sides(text, '2024-10-03')).toEqual([['Iwaya Takeshi', 'JP'], ['Vivian Balakrishnan', 'SG']]);
  });

  it('"Sau cuộc điện đàm, X … khi điện đàm với Y": the call named bare, then with its other side', () => {
    const text = 'Viết trên mạng xã hội X sau cuộc điện đàm, Thủ tướng Ấn Độ Narendra Modi cho biết ông hài lòng khi điện đàm với Tổng thống Brazil Lula da Silva và đánh giá cuộc trao đổi rất thẳng thắn. Ông Modi cho biết thêm, hai bên đã bàn về thương mại, năng lượng và các thách thức toàn cầu.\n\nTheo ông Modi, hai bên nhất trí nâng kim ngạch thương mại song phương, mở rộng hợp tác trong năng lượng tái tạo, nông nghiệp và dược phẩm, đồng thời sẽ gặp nhau bên lề hội nghị thượng đỉnh nhóm BRICS vào cuối năm.';
    expect(sides(text, '2025-08-08')).toEqual([['Narendra Modi', 'IN'], ['Lula da Silva', 'BR']]);
  });

  it('…but not a call told after both sides were named: "X và Y đã có cuộc điện đàm kéo dài …, sau cuộc điện đàm giữa X với Z"', () => {
    const text = 'Thủ tướng Ấn Độ Narendra Modi và Tổng thống Brazil Lula da Silva ngày 7/8 đã có cuộc điện đàm kéo dài gần một giờ, hai ngày sau cuộc điện đàm giữa ông Modi với Tổng thống Nga Vladimir Putin.';
    expect(sides(text, '2025-08-08')).toEqual([['Narendra Modi', 'IN'], ['Lula da Silva', 'BR']]);
  });
});

describe('a call named with two countries as its sides, still to come', () => {
  it('"Cuộc hội đàm trực tuyến giữa A và B, …, sẽ …" is planned: the future is read after the sides, not from the sentence’s head', () => {
    const text = 'Hai nước láng giềng Đông Bắc Á tìm tiếng nói chung về chuỗi cung ứng\n\nCuộc hội đàm trực tuyến giữa Nhật Bản và Hàn Quốc, hai nền kinh tế lớn của khu vực, sẽ tập trung vào chất bán dẫn và khoáng sản quan trọng, theo thông báo của Bộ Ngoại giao Nhật Bản ngày 4/9.\n\nNgoại trưởng Nhật Bản Iwaya Takeshi và người đồng cấp Hàn Quốc Cho Tae-yul dự kiến cũng trao đổi về tình hình bán đảo Triều Tiên và kế hoạch gặp nhau trong năm nay.';
    const r = run(text, '2024-09-04');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('planned');
  });
});

describe('a grouping’s meetings held online', () => {
  it('a summit the headline says will be held in person is not the online one a later paragraph recalls', () => {
    const opening =
      'Thủ tướng Australia Anthony Albanese (giữa) tại một cuộc gặp với lãnh đạo ASEAN năm 2022. (Ảnh: Reuters)\n' +
      'Canberra muốn đón lãnh đạo mười nước Hiệp hội các quốc gia Đông Nam Á (ASEAN) tại Melbourne vào mùa thu, theo hai nhà ngoại giao.\n' +
      'Phía Australia đang trao đổi với các nước thành viên để chốt ngày họp.\n';
    const recalled = 'Tại hội nghị thượng đỉnh trực tuyến ASEAN - Australia tháng 10 vừa qua, hai bên đã thông qua kế hoạch hành động về an ninh hàng hải.';
    const inPerson = run('Australia đề xuất tổ chức hội nghị thượng đỉnh trực tiếp với các nước ASEAN\n' + opening + recalled, '2023-11-20');
    expect(inPerson.detection.isCall).toBe(false);
    // The mirror: a headline that leaves the summit's form to the text, and a text that says it was held online.
    const online = run('Australia dự hội nghị thượng đỉnh với các nước ASEAN\n' + opening.replace('muốn đón lãnh đạo mười nước', 'đã cùng lãnh đạo mười nước').replace(' tại Melbourne vào mùa thu, theo hai nhà ngoại giao', ' họp hôm qua') + 'Hội nghị thượng đỉnh ASEAN - Australia được tổ chức theo hình thức trực tuyến.', '2023-11-20');
    expect(online.detection.isCall).toBe(true);
    expect(online.detection.kind).toBe('video');
  });

  it('a short name with a plus in brackets does not end the meeting’s clause: "Hội nghị … (SOM+3) … được tổ chức theo hình thức trực tuyến"', () => {
    const text = 'Hợp tác y tế khu vực sau đại dịch\n\nNgày 14/9, Hội nghị Quan chức Y tế cấp cao ASEAN (SOMHD) lần thứ 15 và Hội nghị Quan chức Y tế cấp cao ASEAN+3 (SOMHD+3) lần thứ 9 đã diễn ra bằng hình thức trực tuyến; Philippines là nước chủ trì.\n\nCác đại biểu thảo luận về dự trữ vật tư y tế và hệ thống cảnh báo sớm dịch bệnh.';
    const r = run(text, '2021-09-15');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
  });

  it('"Bộ trưởng … tham dự trực tuyến Hội nghị …": attending online, the marker before the meeting', () => {
    const text = 'Ngày 9/6, Bộ trưởng Bộ Tài nguyên và Môi trường Trần Hồng Hà tham dự trực tuyến Hội nghị Bộ trưởng Môi trường ASEAN - Nhật Bản do Campuchia chủ trì.\n\nTại hội nghị, các bộ trưởng trao đổi về rác thải nhựa đại dương và tài chính khí hậu, đồng thời thông qua kế hoạch hành động giai đoạn tới.';
    const r = run(text, '2021-06-10');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['VN']));
  });

  it('"… theo dõi trực tuyến …" a match is no meeting', () => {
    const text = 'Người hâm mộ theo dõi trực tuyến trận chung kết\n\nHàng nghìn người hâm mộ tại Hà Nội đã theo dõi trực tuyến trận chung kết giữa đội tuyển Việt Nam và Thái Lan tối qua qua các nền tảng số.';
    expect(run(text).detection.isCall).toBe(false);
  });
});

describe('groupings of leaders that meet online by their own names', () => {
  it('"Các nhà lãnh đạo thuộc Liên minh thiện chí … đã họp trực tuyến" is the coalition’s own meeting', () => {
    const text = 'Liên minh thiện chí bàn kế hoạch bảo đảm an ninh\n\nCác nhà lãnh đạo thuộc Liên minh thiện chí hôm 6/1 đã họp trực tuyến để bàn về các bảo đảm an ninh sau lệnh ngừng bắn, với sự tham gia của Đặc phái viên Mỹ Steve Witkoff.\n\nCuộc họp do Pháp và Anh đồng chủ trì. Các bên nhất trí sẽ tiếp tục tham vấn ở cấp bộ trưởng quốc phòng trong tuần tới.';
    const r = run(text, '2026-01-07');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
  });

  it('"Ngoại trưởng nhóm Normandy điện đàm" names a grouping whose members are the sides', () => {
    const text = 'Ngoại trưởng nhóm Normandy điện đàm về lệnh ngừng bắn\n\nTối 12/4, ngoại trưởng bốn nước thuộc Nhóm Normandy đã điện đàm về việc rút vũ khí hạng nặng khỏi giới tuyến, Bộ Ngoại giao Đức cho biết.';
    const r = run(text, '2015-04-13');
    expect(r.detection.isCall).toBe(true);
    expect(new Set(r.call?.participants.map((p) => p.country))).toEqual(new Set(['FR', 'DE', 'RU', 'UA']));
  });

  it('a coalition named in quotes by its other Vietnamese name (“Liên minh tự nguyện”) after the meeting it holds', () => {
    const text = 'Thủ tướng Italy sẽ dự họp về lực lượng bảo đảm an ninh\n\nThủ tướng Italy Giorgia Meloni sẽ tham gia cuộc họp trực tuyến của “Liên minh tự nguyện” vào chiều thứ Năm, Phủ Thủ tướng Italy thông báo.';
    const r = run(text, '2025-09-02');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['IT', 'COTW']);
  });

  it('a video call “với các nhà lãnh đạo đồng minh” has the allies as its other side; one ally named by no one is no side', () => {
    const call = (other: string) =>
      run(`Thủ tướng Nhật Bản bàn về eo biển với các đồng minh\n\nThủ tướng Nhật Bản Shigeru Ishiba tối 14/8 đã có cuộc gọi video với ${other} về tình hình an ninh trên biển, Văn phòng Nội các cho biết.`, '2025-08-15');
    expect(call('các nhà lãnh đạo đồng minh').detection.isCall).toBe(true);
    expect(call('các nước đồng minh').detection.isCall).toBe(true);
    expect(call('một nhà lãnh đạo đồng minh').detection.isCall).toBe(false);
  });
});

describe('an online meeting named at its sentence’s head with its sides counted', () => {
  it('"Cuộc họp trực tuyến giữa 5 nhà lãnh đạo dự kiến …" under a quote is a meeting still to come', () => {
    const text = [
      '“Khoáng sản chiến lược sẽ là chủ đề đầu tiên”, thông cáo của Ottawa viết.',
      'Cuộc họp trực tuyến giữa 5 nhà lãnh đạo dự kiến kéo dài hai giờ và kết thúc bằng một tuyên bố chung, Thủ tướng Canada Mark Carney cho biết.',
      'Canada là nước khởi xướng cuộc họp.',
    ].join('\n\n');
    const r = run(text, '2025-06-02');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('planned');
    // The mirror: a pair of leaders counted is no many-sided meeting; its sides are named elsewhere or not at all.
    expect(run(text.replace('giữa 5 nhà lãnh đạo', 'giữa 2 nhà lãnh đạo'), '2025-06-02').detection.isCall).toBe(false);
  });
});

describe('a grouping’s online summit, its chair’s speech first and who attended told further down', () => {
  const text = (fourth: string) =>
    [
      'Phát biểu khai mạc Hội nghị Thượng đỉnh BRICS lần thứ 13 theo hình thức trực tuyến tối 9/9, Thủ tướng Ấn Độ Narendra Modi đề xuất một kế hoạch chung về vaccine.',
      'Kế hoạch gồm ba phần: sản xuất, phân phối và chia sẻ dữ liệu.',
      'New Delhi giữ chức chủ tịch luân phiên của khối năm nay.',
      fourth,
    ].join('\n\n');
  const countries = (fourth: string) => run(text(fourth), '2021-09-10').call?.participants.map((p) => p.country);

  it('the chair who speaks after the frame is a side, and so is everyone the retold meeting lists', () => {
    expect(countries('Hội nghị Thượng đỉnh BRICS kéo dài ba giờ theo hình thức trực tuyến. Tham dự có Tổng thống Nga Vladimir Putin, Chủ tịch Trung Quốc Tập Cận Bình, Tổng thống Brazil Jair Bolsonaro và Tổng thống Nam Phi Cyril Ramaphosa.')).toEqual([
      'IN', 'RU', 'CN', 'BR', 'ZA',
    ]);
  });

  it('…not those another grouping’s meeting lists', () => {
    expect(countries('Hội nghị Bộ trưởng Ngoại giao ASEAN kéo dài ba giờ theo hình thức trực tuyến. Tham dự có Ngoại trưởng Mỹ Antony Blinken.')).not.toContain('US');
  });
});

describe('an online meeting whose subject is many countries’ leaders', () => {
  it('"lãnh đạo các nước châu Âu … nhóm họp trực tuyến" has many sides, one of them named', () => {
    const text = 'Châu Âu tính cách đáp trả thuế nhập khẩu thép\nThủ tướng Bỉ Bart De Wever cho biết lãnh đạo các nước châu Âu sẽ nhóm họp trực tuyến vào thứ Năm để thống nhất biện pháp đáp trả.';
    const r = run(text, '2025-03-10');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('planned');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['BE']);
    // The mirror: the leaders of one country meeting by video are one side, and no call between countries.
    expect(run(text.replace('lãnh đạo các nước châu Âu', 'lãnh đạo các bộ ngành của Bỉ'), '2025-03-10').detection.isCall).toBe(false);
  });
});

describe('a grouping’s summit with one partner, named by the meeting’s own name', () => {
  const countries = (text: string) => run(text, '2021-10-27').call?.participants.map((p) => p.country);

  it('"Hội nghị Cấp cao ASEAN - Ấn Độ" held online has the partner as a side beside the grouping', () => {
    const text = 'Thủ tướng dự Hội nghị Cấp cao ASEAN - Ấn Độ\nChiều 28/10, Thủ tướng Phạm Minh Chính đã dự Hội nghị Cấp cao ASEAN - Ấn Độ lần thứ 18, diễn ra theo hình thức trực tuyến.';
    expect(countries(text)).toEqual(['VN', 'ASEAN', 'IN']);
  });

  it('"Mekong - Hàn Quốc": the Mekong countries are the grouping, each of them a side', () => {
    const text = 'Hội nghị Cấp cao Mekong - Hàn Quốc lần thứ 3\nTối 28/10, Thủ tướng Phạm Minh Chính đã dự Hội nghị Cấp cao Mekong - Hàn Quốc lần thứ 3 theo hình thức trực tuyến.';
    expect(new Set(countries(text))).toEqual(new Set(['VN', 'KH', 'LA', 'MM', 'TH', 'KR']));
    // The river is no side: a call about its water has its two callers only.
    const river = 'Việt Nam và Campuchia bàn về nguồn nước\nNgày 28/10, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Campuchia Hun Manet về nguồn nước sông Mekong mùa khô.';
    expect(countries(river)).toEqual(['VN', 'KH']);
  });
});

describe('a grouping’s online meeting still to come, named at its sentence’s head', () => {
  it('"Cuộc họp trực tuyến của lãnh đạo nhóm G7 vào ngày … sẽ …" is planned, its members the sides', () => {
    const text = 'G7 chuẩn bị họp bàn về chuỗi cung ứng khoáng sản\n\nCuộc họp trực tuyến của lãnh đạo nhóm G7 vào ngày 3/2 sẽ tập trung vào khoáng sản chiến lược và năng lượng, theo Văn phòng Thủ tướng Canada.\n\nCanada giữ vai trò chủ tịch luân phiên của nhóm trong năm nay và sẽ đề xuất một kế hoạch dự trữ chung.';
    const r = run(text, '2025-02-01');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('planned');
  });
});

describe('a meeting’s long name and who chaired it, before "theo hình thức trực tuyến"', () => {
  it('"… về phòng, chống …" keeps the comma of a fixed pair inside the meeting’s name', () => {
    const text = 'Ngày 12-10, Bộ Y tế tổ chức khai mạc Hội nghị Bộ trưởng Y tế ASEAN về phòng, chống dịch bệnh truyền nhiễm lần thứ 7 theo hình thức trực tuyến.\n\nTham dự có Bộ trưởng Y tế các nước ASEAN và đại diện Tổ chức Y tế Thế giới, bàn về năng lực xét nghiệm và chia sẻ dữ liệu dịch tễ.';
    const r = run(text, '2021-10-13');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
  });

  it('"…, do Brunei chủ trì theo hình thức trực tuyến": who chaired it after a comma, then the form', () => {
    const text = '(PV) - Hội nghị Quan chức cao cấp ASEAN về ma túy lần thứ 41 và các hội nghị liên quan, do Brunei chủ trì theo hình thức trực tuyến, đã khai mạc sáng nay (6/10). Thứ trưởng Bộ Công an Lê Quốc Hùng dự và phát biểu.\n\nCác đại biểu thảo luận về kế hoạch hành động chung giai đoạn tới.';
    const r = run(text, '2021-10-06');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
  });
});

describe('a copy without a headline: the sides in its first lines, the call named further down', () => {
  it('leaders "thảo luận" and "trao đổi với" in the opening, then "Cuộc điện đàm diễn ra một ngày sau khi …" dates the call by another event', () => {
    const text = ' date 2025-03-04 (PV) -\n\nTheo thông cáo của Phủ Thủ tướng Canada, nhà lãnh đạo Canada và Pháp đã cùng nhau thảo luận về thuế quan và an ninh châu Âu. Thủ tướng Justin Trudeau trao đổi với Tổng thống Pháp Emmanuel Macron về phối hợp ứng phó các biện pháp thương mại mới.\n\nHai nhà lãnh đạo cũng bàn về hợp tác năng lượng hạt nhân dân sự.\n\nThủ tướng Canada Justin Trudeau. (Ảnh: Reuters)\n\nCuộc điện đàm diễn ra một ngày sau khi các quan chức thương mại Mỹ gặp đại diện Trung Quốc tại Geneva, trong bối cảnh căng thẳng thương mại leo thang.';
    const r = run(text, '2025-03-04');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['CA', 'FR']);
  });
});

describe('directors of state agencies', () => {
  it('"ông X - Giám đốc Cục Điều tra Liên bang Mỹ (FBI) -": the spaced dash ends the name, the agency gives the country', () => {
    const p = findPeople('Tối 4-11, Thủ tướng Thái Lan đã điện đàm với ông Mark Halden - Giám đốc Cục Điều tra Liên bang Mỹ (FBI) - về chống lừa đảo trực tuyến.').find((x) => x.name === 'Mark Halden');
    expect(p?.country).toBe('US');
    expect(p?.titleText).toBe('Giám đốc Cục Điều tra Liên bang Mỹ (FBI)');
  });

  it('"Giám đốc Cơ quan Tình báo Trung ương Mỹ (CIA) X" is the agency’s country; a company’s director is no one’s', () => {
    expect(findPeople('Giám đốc Cơ quan Tình báo Trung ương Mỹ (CIA) Tom Vance đã điện đàm với người đồng cấp.').find((x) => x.name === 'Tom Vance')?.country).toBe('US');
    expect(findPeople('Giám đốc công ty xuất khẩu gạo Nguyễn Văn Tám cho biết.').find((x) => x.name === 'Nguyễn Văn Tám')?.country ?? null).toBeNull();
  });

  it('a transliterated name keeps its own hyphens: "Mi-ghen Đi-át Ca-nên"', () => {
    expect(findPeople('Chủ tịch Cuba Mi-ghen Đi-át Ca-nên điện đàm.').some((x) => x.name === 'Mi-ghen Đi-át Ca-nên')).toBe(true);
  });
});

describe('a grouping named in quotation marks', () => {
  it('"Phiên họp … của “Bộ tứ Kim cương” với các thành viên A, B, C và D sẽ được tổ chức … theo hình thức trực tuyến": the quoted name does not end the clause', () => {
    const text = 'Thượng đỉnh “Bộ tứ Kim cương” bàn về chuỗi cung ứng\n\nPhiên họp lần hai của “Bộ tứ Kim cương” với các thành viên Ấn Độ, Australia, Mỹ và Nhật Bản sẽ được tổ chức ngày 24-9 theo hình thức trực tuyến. Các nhà lãnh đạo dự kiến bàn về vaccine và công nghệ bán dẫn.';
    const r = run(text, '2021-09-10');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('planned');
    expect(new Set(r.call?.participants.map((p) => p.country))).toEqual(new Set(['US', 'JP', 'AU', 'IN']));
  });
});

describe('a third country’s reaction told by its own subject', () => {
  it('"Nhật Bản lên tiếng về cuộc gọi …" over "Nhật Bản kêu gọi …": the reaction is the news', () => {
    const text = 'Nhật Bản lên tiếng về cuộc gọi giữa lãnh đạo Nga và Triều Tiên\n\nNhật Bản kêu gọi các bên tuân thủ nghị quyết của Hội đồng Bảo an về chương trình tên lửa.\n\nBộ Ngoại giao Nhật Bản ngày 5/6 đã bày tỏ quan ngại về cuộc điện đàm giữa Tổng thống Nga Vladimir Putin và ông Kim Jong-un, người đứng đầu Triều Tiên,.';
    expect(run(text, '2025-06-06').detection.isCall).toBe(false);
  });

  it('…but "Nga và Triều Tiên điện đàm" under a headline naming the sides is still the call', () => {
    const text = 'Lãnh đạo Nga và Triều Tiên điện đàm về hợp tác\n\nNga và Triều Tiên nhất trí tăng cường hợp tác kinh tế.\n\nTổng thống Nga Vladimir Putin ngày 5/6 đã điện đàm với ông Kim Jong-un, người đứng đầu Triều Tiên, về hợp tác kinh tế và an ninh.';
    expect(run(text, '2025-06-06').detection.isCall).toBe(true);
  });
});

describe('who attended and who chaired an online meeting', () => {
  it('the country that chaired it is a side; the minister who "dự và phát biểu" is one too', () => {
    const text = 'Hôm qua, Hội nghị Bộ trưởng Nông nghiệp ASEAN lần thứ 43 họp dưới hình thức trực tuyến, với sự chủ trì của Malaysia. Bộ trưởng Lê Minh Hoan dự và phát biểu tại phiên khai mạc.\n\nCác bộ trưởng thông qua khung an ninh lương thực khu vực giai đoạn 2021-2025.';
    const r = run(text, '2021-10-28');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['MY', 'VN']));
  });

  it('"do X" without "chủ trì" after it is no chair', () => {
    const text = 'Hôm qua, Hội nghị Bộ trưởng Nông nghiệp ASEAN lần thứ 43 họp dưới hình thức trực tuyến do Malaysia đề xuất từ năm trước. Bộ trưởng Lê Minh Hoan dự và phát biểu tại phiên khai mạc.\n\nCác bộ trưởng thông qua khung an ninh lương thực khu vực giai đoạn 2021-2025.';
    expect(run(text, '2021-10-28').call?.participants.map((p) => p.country)).not.toContain('MY');
  });

  it('a "Theo dõi … trên" bar is no headline', () => {
    const a = articleFromText(['Trang chủ Chính trị', 'Theo dõi tinnhanh.com.vn trên', 'Đoàn Việt Nam dự họp trực tuyến các bộ trưởng nông nghiệp ASEAN', 'Ngày 28/10, Hội nghị Bộ trưởng Nông nghiệp ASEAN lần thứ 43 đã được tổ chức theo hình thức trực tuyến.'].join('\n\n'));
    expect(a.title).toBe('Đoàn Việt Nam dự họp trực tuyến các bộ trưởng nông nghiệp ASEAN');
  });
});

describe('the gate on a meeting whose online form is told far from its name', () => {
  it('"Phiên họp … của “Bộ tứ Kim cương” với … sẽ được tổ chức vào ngày … tới theo hình thức trực tuyến" opens the gate', () => {
    const opening = 'Phiên họp cấp cao lần thứ hai của “Bộ tứ Kim cương” với các thành viên Ấn Độ, Australia, Mỹ và Nhật Bản sẽ được tổ chức vào ngày 24-9-2021 tới theo hình thức trực tuyến.';
    expect(gateCall({ url: 'https://tin.example.vn/bo-tu-hop-tac-vaccine-123.html', title: 'Bộ tứ hợp tác đảm bảo vaccine an toàn', description: '', opening }).pass).toBe(true);
  });

  it('"Hội nghị … (APEC) do New Zealand chủ trì sẽ được tổ chức trực tuyến": held online right after its verb, however long its name', () => {
    const opening = 'Hội nghị cấp cao không chính thức các nền kinh tế thành viên khối APEC năm nay do Thái Lan làm chủ nhà sẽ được tổ chức trực tuyến vào tối 9/11.';
    expect(gateCall({ url: 'https://tin.example.vn/apec-ban-ve-phuc-hoi-123.html', title: '', description: '', opening }).pass).toBe(true);
  });

  it('a concert "trực tuyến" with no meeting or form words keeps it closed', () => {
    expect(gateCall({ url: 'https://tin.example.vn/dem-nhac-123.html', title: 'Đêm nhạc gây quỹ phát trực tuyến', description: '', opening: 'Đêm nhạc được phát sóng trực tuyến trên các nền tảng số.' }).pass).toBe(false);
  });
});

describe('parties known by an abbreviation, and ministries with two names', () => {
  it('"Chủ tịch Đảng SWAPO, Tổng thống Namibia": the abbreviation is a foreign party, no one’s name; the office after the comma gives the country', () => {
    const p = findPeople('Tổng Bí thư đã hội đàm trực tuyến với Chủ tịch Đảng SWAPO, Tổng thống Namibia Hage Geingob.').find((x) => x.name === 'Hage Geingob');
    expect(p?.country).toBe('NA');
    expect(findPeople('Chủ tịch Đảng SWAPO phát biểu.').some((x) => x.name === 'SWAPO')).toBe(false);
  });

  it('"Đảng CSVN" stays Vietnam’s', () => {
    expect(findPeople('Tổng Bí thư Đảng CSVN phát biểu tại hội nghị.')[0]?.country).toBe('VN');
  });

  it('"Bộ trưởng Ngoại giao và Hợp tác Mozambique X" is one office of Mozambique', () => {
    const p = findPeople('Tối qua, Bộ trưởng Ngoại giao và Hợp tác Mozambique Maria Tembe đã gọi điện cho phía Việt Nam.').find((x) => x.name === 'Maria Tembe');
    expect(p?.country).toBe('MZ');
  });

  it('a copy whose first line names one side and whose call sentence names the other: both are the sides', () => {
    const text = 'Chủ tịch Đảng SWAPO, Tổng thống Namibia Nangolo Mbumba khẳng định Namibia luôn coi trọng quan hệ đoàn kết với Việt Nam.\n\nChủ tịch SWAPO bày tỏ cảm ơn Tổng Bí thư Tô Lâm vì đã dành thời gian và đánh giá cao cuộc điện đàm diễn ra trong không khí thân tình.\n\nHai bên nhất trí tăng cường trao đổi đoàn các cấp và hợp tác trong nông nghiệp, khai khoáng.';
    const r = run(text, '2025-04-20');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['NA', 'VN']);
  });
});

describe('a call waited for', () => {
  it('"Tổng thống … đang chờ cuộc gọi từ …" is neither a call nor one arranged', () => {
    const text = 'Pháp: Tổng thống Macron đang chờ cuộc gọi nếu Nga muốn đàm phán\n\nNgày 3/5, người phát ngôn Điện Élysée tuyên bố, nếu lãnh đạo Nga muốn đàm phán thì Tổng thống Emmanuel Macron đang chờ cuộc gọi từ Moskva.\n\nBà nhấn mạnh Pháp vẫn giữ lập trường ủng hộ Ukraine và các biện pháp trừng phạt.';
    expect(run(text, '2025-05-04').detection.isCall).toBe(false);
  });

  it('…but a call held after weeks of waiting ("sau nhiều tuần chờ đợi") is one', () => {
    const text = 'Tổng thống Macron điện đàm với Tổng thống Nga\n\nNgày 3/5, Tổng thống Pháp Emmanuel Macron đã điện đàm với Tổng thống Nga Vladimir Putin về lệnh ngừng bắn, sau nhiều tuần chờ đợi.';
    expect(run(text, '2025-05-04').detection.isCall).toBe(true);
  });
});

describe('a grouping by its long name, its members named before it', () => {
  it('"… sẽ chủ trì một hội nghị thượng đỉnh trực tuyến khẩn cấp của các nước thành viên Nhóm … (BRICS)" is planned', () => {
    const text = 'Theo hãng tin Reuters, ngày 20-10, Tổng thống Nam Phi Cyril Ramaphosa sẽ chủ trì một hội nghị thượng đỉnh trực tuyến khẩn cấp của các nước thành viên Nhóm các nền kinh tế mới nổi (BRICS), bàn về thuế quan.\n\nTổng thống Brazil và Thủ tướng Ấn Độ đã xác nhận tham dự.';
    const r = run(text, '2025-10-15');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('planned');
  });
});

describe('a grouping’s online meeting under a lead about a country’s unrest', () => {
  it('"… trên toàn quốc …" in a copy’s first line does not make the grouping’s meeting a domestic one', () => {
    const text = 'Ngày 3/9, các cuộc biểu tình lớn đã nổ ra tại thủ đô, khiến tình trạng bất ổn trên toàn quốc leo thang. Chính phủ đã đề nghị các thành viên khác trong Tổ chức Hiệp ước An ninh Tập thể (CSTO) hỗ trợ.\n\nSau nhiều ngày căng thẳng, hôm 9/9, các nhà lãnh đạo thành viên CSTO đã họp trực tuyến để bàn cách ổn định tình hình.\n\nTrong cuộc họp, Tổng thống Nga Vladimir Putin nhấn mạnh liên minh sẽ hỗ trợ ổn định tình hình.';
    const r = run(text, '2022-09-10');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
  });

  it('…while a province’s online conference "với các địa phương trên toàn quốc" stays domestic', () => {
    const text = 'Thủ tướng chủ trì hội nghị trực tuyến toàn quốc về phòng chống thiên tai\n\nSáng 9/9, Thủ tướng chủ trì hội nghị trực tuyến với các địa phương trên toàn quốc về khắc phục hậu quả bão.';
    expect(run(text, '2022-09-10').detection.isCall).toBe(false);
  });
});

describe('offices of several countries counted in figures', () => {
  it('"Ngoại trưởng 4 nước" is nobody’s in particular, not Vietnam’s', () => {
    expect(findPeople('Ngoại trưởng 3 nước điện đàm về lệnh ngừng bắn ở Gaza')).toEqual([]);
    expect(findPeople('Ngoại trưởng hai nước điện đàm')).toEqual([]);
  });
});

describe('a meeting’s name in its own language, in brackets', () => {
  it('"Hội nghị … (a name in English with its short name quoted, “AMEM”) đã được tổ chức trực tuyến": the bracket does not end the clause', () => {
    const text = 'BỘ TRƯỞNG THAM DỰ HỘI NGHỊ BỘ TRƯỞNG NĂNG LƯỢNG ASEAN ĐẶC BIỆT\n\nNgày 14/09/2021, Hội nghị Bộ trưởng Năng lượng ASEAN đặc biệt (Special ASEAN Ministers on Energy Meeting “Special AMEM”) đã được tổ chức trực tuyến do Brunei chủ trì với sự tham gia của các bộ trưởng năng lượng trong khu vực.\n\nCác bộ trưởng thông qua kế hoạch hợp tác năng lượng giai đoạn tới.';
    const r = run(text, '2021-09-15');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
  });

  it('a long bracket of prose is still a break: "(trong đó có …, …)"', () => {
    const text = 'Hội nghị bàn về năng lượng\n\nNgày 14/9, Hội nghị quan chức năng lượng (trong đó có đại diện nhiều doanh nghiệp, hiệp hội và viện nghiên cứu) đã thảo luận về điện gió trực tuyến trên mạng xã hội.';
    expect(run(text, '2021-09-15').detection.isCall).toBe(false);
  });
});

describe('the call’s day where other days stand near it', () => {
  it('a photo caption standing in for a missing headline yields its filing day to the body’s own day of the call', () => {
    const text =
      'Tổng thống Chile khẳng định sẵn sàng mở rộng hợp tác về đồng và lithium với Việt Nam.\n' +
      'Tối 7/6, Thủ tướng Phạm Minh Chính và Tổng thống Chile Gabriel Boric đã điện đàm về thương mại và khoáng sản.\n' +
      'Hai nhà lãnh đạo nhất trí sớm nâng cấp hiệp định thương mại song phương.\n' +
      'Thủ tướng Chính phủ Phạm Minh Chính trong cuộc điện đàm cùng Tổng thống Chile, ngày 8/6. Ảnh: VGP\n' +
      'Thủ tướng đề nghị phía Chile tạo thuận lợi cho hàng nông sản Việt Nam.';
    expect(run(text, '2025-06-08').call?.eventDate).toBe('2025-06-07');
  });

  it('not either end of an anniversary’s span of years in brackets', () => {
    const text = 'Nhân dịp kỷ niệm 50 năm quan hệ ngoại giao Việt Nam - Thụy Điển (11/1/1969 - 11/1/2019), chiều 9/1/2019, Thủ tướng Nguyễn Xuân Phúc đã điện đàm với Thủ tướng Thụy Điển Stefan Löfven.';
    expect(run(text, null).call?.eventDate).toBe('2019-01-09');
  });

  it('a day and a month in words after a time of day: “sáng 4 tháng 6”', () => {
    const text = 'Cuộc điện đàm giữa Bộ trưởng Thương mại Hàn Quốc Ahn Duk-geun và Đại diện Thương mại Mỹ Jamieson Greer diễn ra vào sáng 4 tháng 6. Hai bên thảo luận về thuế quan.';
    expect(run(text, '2025-06-05').call?.eventDate).toBe('2025-06-04');
  });

  it('a call still to come whose day stands between its subject and “sẽ”', () => {
    const r = run('Thủ tướng Ấn Độ sắp điện đàm với Tổng thống Nga\nVăn phòng Thủ tướng cho biết Thủ tướng Ấn Độ Narendra Modi ngày 12.6 sẽ điện đàm cùng Tổng thống Nga Vladimir Putin về năng lượng.', '2025-06-10');
    expect(r.detection.kind).toBe('planned');
    expect(r.call?.eventDate).toBe('2025-06-12');
  });

  it('“khẳng định” and “quyết định” before the call phrase do not put it in the future', () => {
    const text =
      'Thủ tướng Canada điện đàm với Thủ tướng Australia\n' +
      'Theo Reuters, ngày 9/6, văn phòng Thủ tướng Canada cho biết Thủ tướng Mark Carney và Thủ tướng Australia Anthony Albanese đã có cuộc điện đàm.\n' +
      'Văn phòng này khẳng định, cuộc điện đàm diễn ra chiều 8/6 và kéo dài nửa giờ.';
    const r = run(text, '2025-06-10');
    expect(r.detection.kind).toBe('phone');
    expect(r.call?.eventDate).toBe('2025-06-08');
  });

  it('not a roundup’s day after the semicolons of its list, nor a column’s day before its colon', () => {
    const lead = 'Tổng thống Brazil bất ngờ điện đàm với Tổng thống Argentina; Nhật Bản công bố gói kích thích mới; Ai Cập mở lại cửa khẩu ... là những tin quốc tế nổi bật tối 6-6.';
    const body = 'Theo hãng Reuters, Tổng thống Brazil Luiz Inácio Lula da Silva ngày 5-6 đã có cuộc điện đàm với Tổng thống Argentina Javier Milei về thương mại khu vực.';
    expect(run(`${lead}\n${body}`, '2025-06-06').call?.eventDate).toBe('2025-06-05');
    expect(run(`Tin quốc tế tối 6-6: Tổng thống Brazil bất ngờ điện đàm với Tổng thống Argentina\n${body}`, '2025-06-06').call?.eventDate).toBe('2025-06-05');
  });

  it('the call named again by its two sides further down, with the day it took place', () => {
    const text =
      'Ngoại trưởng Trung Quốc điện đàm với Ngoại trưởng Cuba\n' +
      'Ngoại trưởng Trung Quốc Vương Nghị đã điện đàm cùng Ngoại trưởng Cuba Bruno Rodríguez và bày tỏ ủng hộ nước này.\n' +
      'Tân Hoa xã đưa tin, cuộc điện đàm giữa Ngoại trưởng Trung Quốc Vương Nghị và Ngoại trưởng Cuba Bruno Rodríguez diễn ra hôm 7/6, ngay sau khi Tổng thống Mỹ Donald Trump công bố các biện pháp cấm vận mới.';
    expect(run(text, '2025-06-08').call?.eventDate).toBe('2025-06-07');
  });
});

describe('the kind of a call beside other events told online', () => {
  it('a phone call told as coming after an online meeting stays a phone call', () => {
    const text =
      'Tổng thống Pháp điện đàm với Thủ tướng Canada\n' +
      'Tối 6/6, Tổng thống Pháp Emmanuel Macron và Thủ tướng Canada Mark Carney đã điện đàm về thương mại.\n' +
      'Cuộc điện đàm diễn ra ít giờ sau cuộc gặp trực tuyến giữa ông Macron và các nhà lãnh đạo châu Phi.';
    expect(run(text).detection.kind).toBe('phone');
    const after = run('Thủ tướng Narendra Modi của Ấn Độ đã điện đàm cùng Thủ tướng Nhật Bản Ishiba Shigeru ngay sau khi ông dự cuộc hội đàm trực tuyến cùng Tổng thống Indonesia.');
    expect(after.detection.kind).toBe('phone');
    expect(after.call?.participants.map((p) => p.country)).toEqual(['IN', 'JP']);
  });

  it('a speech given online (“trong phát biểu trực tuyến”, “bài phát biểu trực tuyến”) is no meeting; speaking online at one is', () => {
    const speech = run('Bắc Kinh đáp lời cựu tổng thống Philippines\nTối 2/8, trong phát biểu trực tuyến kéo dài hai giờ, cựu Tổng thống Philippines Rodrigo Duterte kêu gọi Chủ tịch Trung Quốc nới lỏng lệnh cấm đánh bắt cá.', '2025-08-03');
    expect(speech.detection.isCall).toBe(false);
    const atSummit = run('Thủ tướng Thái Lan dự Hội nghị Cấp cao ASEAN - Nhật Bản\nNgày 14/7, Thủ tướng Thái Lan Paetongtarn Shinawatra phát biểu trực tuyến tại Hội nghị Cấp cao ASEAN - Nhật Bản về hợp tác chuỗi cung ứng.', '2025-07-15');
    expect(atSummit.detection.isCall).toBe(true);
  });

  it('a press conference held online is no meeting between sides', () => {
    expect(findCallHits('Trong một cuộc họp báo trực tuyến ngày 8/6, Bộ trưởng Ngoại giao Ba Lan Radosław Sikorski cho biết nước này sẽ tăng dự trữ khí đốt cùng Đức.')).toEqual([]);
    expect(findCallHits('Trong một buổi họp trực tuyến ngày 8/6, Ngoại trưởng Ba Lan và Ngoại trưởng Đức bàn về khí đốt.').map((h) => h.cue)).toEqual(['video']);
  });

  it('an online meeting whose clause its verb puts in the future, however far before it', () => {
    const r = run('Thủ tướng Anh Keir Starmer sẽ chủ trì phiên thảo luận đầu tiên cùng lãnh đạo các nước thuộc Nhóm các nền kinh tế phát triển (G7) qua một cuộc họp trực tuyến vào ngày 12/6.');
    expect(r.detection.kind).toBe('planned');
    const done = run('Thủ tướng Anh Keir Starmer đã chủ trì phiên thảo luận đầu tiên cùng lãnh đạo các nước thuộc Nhóm các nền kinh tế phát triển (G7) qua một cuộc họp trực tuyến vào ngày 8/6.');
    expect(done.detection.kind).toBe('video');
  });
});

describe('a call told further down under a headline about what it brought', () => {
  const headline = 'Mỹ và Brazil đạt thỏa thuận về thuế nhập khẩu thép';
  const lead = 'Mỹ sẽ hạ thuế đối với thép Brazil xuống 10%, đổi lại Brazil mở cửa thị trường cho ethanol của Mỹ, theo thông báo của Nhà Trắng hôm 9/6.';
  const before = 'Trước đó, hai nước đã trải qua nhiều vòng đàm phán không có kết quả. Washington từng áp thuế 40% lên thép Brazil.';

  it('the call its maker reports in the third paragraph, between two named countries', () => {
    const r = run(`${headline}\n${lead}\n${before}\nTrên mạng xã hội hôm 9/6, Tổng thống Trump cho biết đã điện đàm với Tổng thống Brazil Luiz Inácio Lula da Silva.`);
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('phone');
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['BR', 'US']);
  });

  it('the call told in its maker’s own words, named where the quote closes', () => {
    const r = run(`Brazil và Argentina nhất trí mở lại cửa khẩu\n${lead}\n“Tôi vừa có một cuộc điện đàm tuyệt vời với Tổng thống Argentina Javier Milei về biên giới”, Tổng thống Brazil Lula da Silva viết trên mạng xã hội.`);
    expect(r.detection.isCall).toBe(true);
  });

  it('not a call the text sets in another time or story, nor one dated well before the news', () => {
    const back = (line: string, published = '2025-06-10') => run(`${headline}\n${lead}\n${before}\n${line}`, published).detection.isCall;
    expect(back('Hai ngày trước, Tổng thống Trump đã điện đàm với Tổng thống Brazil Luiz Inácio Lula da Silva.')).toBe(false);
    expect(back('Như đã thông tin, Tổng thống Trump đã điện đàm với Tổng thống Brazil Luiz Inácio Lula da Silva.')).toBe(false);
    expect(back('Trong khi đó, Tổng thống Trump đã điện đàm với Tổng thống Brazil Luiz Inácio Lula da Silva.')).toBe(false);
    expect(back('Ngày 20/5, Tổng thống Trump đã điện đàm với Tổng thống Brazil Luiz Inácio Lula da Silva.')).toBe(false);
    // (Without the page's date, the opening's own day is the news's.)
    expect(back('Ngày 20/5, Tổng thống Trump đã điện đàm với Tổng thống Brazil Luiz Inácio Lula da Silva.', null as unknown as string)).toBe(false);
  });

  it('not a call told below a headline that names another kind of event', () => {
    const r = run(`Tổng thống Brazil kết thúc chuyến thăm Mỹ\n${lead}\n${before}\nTổng thống Trump cho biết đã điện đàm với Tổng thống Brazil Luiz Inácio Lula da Silva.`);
    expect(r.detection.isCall).toBe(false);
  });

  it('not a call told after the story turns to other news (“Cùng ngày, …”, “Ngoài ra, …”), nor one told as also made', () => {
    const call = 'Tổng thống Trump cho biết đã điện đàm với Tổng thống Brazil Luiz Inácio Lula da Silva.';
    const turned = (turn: string) => run(`${headline}\n${lead}\n${turn}\n${call}`, '2025-06-10').detection.isCall;
    expect(turned('Cùng ngày, Bộ trưởng Thương mại Mỹ phát biểu tại một hội thảo về chuỗi cung ứng ở New York.')).toBe(false);
    expect(turned('Ngoài ra, Bộ Nông nghiệp Mỹ công bố số liệu xuất khẩu đậu tương quý I.')).toBe(false);
    expect(turned('Ở một diễn biến khác, giá thép tại châu Á tăng nhẹ.')).toBe(false);
    // (The same paragraph with no turn leaves the call the news.)
    expect(turned('Giá thép tại châu Á tăng nhẹ sau thông báo.')).toBe(true);
    const also = run(`${headline}\n${lead}\n${before}\nBộ trưởng Tài chính Mỹ Scott Bessent cũng đã có cuộc điện đàm với Bộ trưởng Tài chính Brazil Fernando Haddad.`, '2025-06-10');
    expect(also.detection.isCall).toBe(false);
  });

  it('not a call a photo’s caption tells', () => {
    const r = run(`${headline}\n${lead}\n${before}\nTổng thống Trump điện đàm với Tổng thống Brazil Luiz Inácio Lula da Silva hôm 9/6 Ảnh: Nhà Trắng`, '2025-06-10');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('one side found twice, and styles before a name', () => {
  it('Cambodia’s honorific styles between a title and the name are not a name', () => {
    expect(person('Chủ tịch Thượng viện Campuchia Samdech Akka Moha Sena Padei Techo Hun Sen tiếp đoàn.', 'Hun Sen')?.country).toBe('KH');
    const people = findPeople('Thủ tướng Campuchia Samdech Moha Borvor Thipadei Hun Manet điện đàm với Thủ tướng Thái Lan.');
    expect(people.map((p) => p.name)).toContain('Hun Manet');
    expect(people.some((p) => p.name?.startsWith('Samdech'))).toBe(false);
  });

  it('a counterpart named first as “người đồng cấp”, then by a fuller office, is one side', () => {
    const r = run('Bộ trưởng Bộ Tài chính sẽ điện đàm với người đồng cấp của Mỹ về thuế\nChiều 9/6, tại họp báo của Bộ Tài chính, Thứ trưởng Lê Văn Minh cho biết Bộ trưởng Bộ Tài chính sẽ điện đàm với Đại diện Thương mại Mỹ trong tuần này.');
    expect(r.call?.participants.map((p) => [p.title, p.country])).toEqual([['Bộ trưởng Bộ Tài chính', 'VN'], ['Đại diện Thương mại', 'US']]);
  });
});

describe('Vietnam’s part in a grouping’s meeting', () => {
  it('a grouping’s online meeting held from Hanoi, or that a Vietnamese minister attends, has Vietnam as a side beside the grouping', () => {
    const hanoi = run('Hội nghị Bộ trưởng Giao thông ASEAN được tổ chức trực tuyến\nSáng 9/6, Hội nghị Bộ trưởng Giao thông ASEAN lần thứ 31 khai mạc tại Hà Nội theo hình thức trực tuyến, nhằm bàn về kết nối logistics trong khu vực.');
    expect(hanoi.call?.participants.map((p) => p.country).sort()).toEqual(['ASEAN', 'VN']);
    const minister = run('Ngày 9-6, Hội nghị Bộ trưởng Tư pháp ASEAN lần thứ 12 (ALAWMM 12) diễn ra theo hình thức trực tuyến. Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh dẫn đầu đoàn tham dự.');
    expect(minister.call?.participants.map((p) => p.country).sort()).toEqual(['ASEAN', 'VN']);
  });

  it('a Vietnamese body, named without a country, that holds the meeting tells Vietnam’s part; a foreign one does not', () => {
    const host = (body: string) => run(`Ngày 9-6, ${body} tổ chức Hội nghị Bộ trưởng Tư pháp ASEAN lần thứ 12 (ALAWMM 12) theo hình thức trực tuyến.`).call?.participants.map((p) => p.country);
    expect(host('Bộ Tư pháp')).toContain('VN');
    expect(host('Bộ Tư pháp Thái Lan')).not.toContain('VN');
  });

  it('not where the opening tells no part of Vietnam’s', () => {
    const r = run('Hội nghị Bộ trưởng Giao thông ASEAN được tổ chức trực tuyến\nSáng 9/6, Hội nghị Bộ trưởng Giao thông ASEAN lần thứ 31 được tổ chức trực tuyến, do Malaysia chủ trì.');
    expect(r.call?.participants.map((p) => p.country)).not.toContain('VN');
  });
});

describe('a meeting that is what was talked about', () => {
  it('a visit the opening names as a topic (“thảo luận về … chuyến thăm …”) is no in-person news', () => {
    const text =
      'Hãng tin AFP dẫn lời Thủ tướng Anh Keir Starmer nói ông và Thủ tướng Ấn Độ Narendra Modi đã thảo luận về thương mại, quốc phòng và chuyến thăm New Delhi vào mùa thu.\n' +
      'Ông Starmer cho biết hai nước sẽ sớm ký hiệp định thương mại tự do.\n' +
      'Văn phòng Thủ tướng Ấn Độ xác nhận cuộc điện đàm giữa hai ông diễn ra vào tối 8/6.';
    const r = run(text);
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['GB', 'IN']);
    // (A visit that is the news stays one.)
    expect(run('Thủ tướng Anh Keir Starmer bắt đầu chuyến thăm New Delhi\nSáng 9/6, Thủ tướng Anh Keir Starmer tới New Delhi, bắt đầu chuyến thăm Ấn Độ.').detection.isCall).toBe(false);
  });
});

describe('what was said, said in the call', () => {
  it('a call where the sentence before’s words were said has that sentence’s day, whoever else that sentence names', () => {
    const text =
      'Ngày 7/6, Ngoại trưởng Ai Cập Badr Abdelatty bác bỏ đề xuất của Tổng thống Mỹ Donald Trump về việc di dời người dân Gaza.\n' +
      'Ông Abdelatty đã đưa ra lập trường trên trong cuộc điện đàm với Ngoại trưởng Saudi Arabia Faisal bin Farhan.';
    const r = run(text, '2025-06-09');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['EG', 'SA']);
    expect(r.call?.eventDate).toBe('2025-06-07');
  });
});

describe('the day of a meeting still to come, told beside the sentence that says it is online', () => {
  it('a sentence of the opening about the same sides that gives a day still to come', () => {
    const text =
      'Thủ tướng Nhật Bản sẽ dự Hội nghị cấp cao ASEAN - Nhật Bản trực tuyến\n' +
      'Theo Bộ Ngoại giao Nhật Bản, Thủ tướng Ishiba Shigeru sẽ dẫn đầu phái đoàn tham dự Hội nghị cấp cao ASEAN - Nhật Bản theo hình thức trực tuyến.\n' +
      'Văn phòng Thủ tướng Nhật Bản thông báo, Thủ tướng Ishiba Shigeru sẽ phát biểu tại hội nghị diễn ra vào ngày 12-6.';
    const r = run(text, '2025-06-10');
    expect(r.detection.kind).toBe('planned');
    expect(r.call?.eventDate).toBe('2025-06-12');
  });
});

describe('a conference the headline names, held online as the text tells further down', () => {
  const headline = 'Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 41: đẩy nhanh lưới điện khu vực';
  const opening = 'Thứ trưởng Bộ Công Thương Trương Thanh Hoài cho rằng kết nối điện giữa các nước là điều kiện để thu hút đầu tư xanh.\nKết nối lưới điện là trụ cột của an ninh năng lượng khu vực.';
  it('is the grouping’s online meeting, not one in person', () => {
    const r = run(`${headline}\n${opening}\nChiều 4/6, Thứ trưởng Trương Thanh Hoài dự Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 41 (AMEM 41) theo hình thức trực tuyến. Hội nghị do Lào chủ trì.`);
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
    // (The chair the next sentence names is a side, as one the call's own sentence names is.)
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['ASEAN', 'LA', 'VN']);
    expect(r.call?.eventDate).toBe('2025-06-04');
  });

  it('not when the conference met in person and the online meeting further down is another, domestic one', () => {
    const r = run(`${headline}\n${opening}\nChiều 4/6, Thứ trưởng Trương Thanh Hoài dự Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 41 (AMEM 41) tại Viêng Chăn. Trước đó, Bộ Công Thương đã chủ trì hội nghị trực tuyến toàn quốc về tiết kiệm điện.`);
    expect(r.detection.isCall).toBe(false);
  });

  it('…past a sentence that adds more of the same conference (“Ngoài ra, …”), but not past a turn to another event', () => {
    const more = 'Ngoài ra, các bộ trưởng cũng sẽ bàn về chuyển đổi năng lượng công bằng.';
    const online = 'Các bộ trưởng Năng lượng ASEAN họp trực tuyến trong hai ngày 4 và 5/6.';
    expect(run(`${headline}
${opening}
${more}
${online}`).detection.isCall).toBe(true);
    expect(run(`${headline}
${opening}
Cùng ngày, Bộ Công Thương tổ chức hội nghị về điện mặt trời mái nhà.
${online}`).detection.isCall).toBe(false);
  });
});

describe('a meeting that only dates the news', () => {
  it('a meeting in person the call came some weeks after (“… sau cuộc gặp trực tiếp tại …”) is no in-person news', () => {
    const r = run('Kế hoạch được công bố sau cuộc điện đàm giữa hai nhà lãnh đạo, vài tuần sau cuộc gặp trực tiếp tại Tokyo. Văn phòng Thủ tướng Australia cho biết ông Anthony Albanese và Tổng thống Indonesia Prabowo Subianto đã điện đàm tối 8/6.\nHai bên bàn về khoáng sản chiến lược.');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['AU', 'ID']);
    expect(r.call?.eventDate).toBe('2025-06-08');
  });

  it('…nor is a meeting the two sides agreed on (“nhất trí về cuộc gặp trực tiếp …”)', () => {
    const r = run('Thủ tướng Canada Mark Carney cho biết ông và Tổng thống Mexico Claudia Sheinbaum đã nhất trí về cuộc gặp trực tiếp vào đầu tháng tới.\nTrong thông cáo hôm nay, ông Carney cho hay vừa có cuộc điện đàm rất tốt với Tổng thống Mexico về thuế quan và chuỗi cung ứng.');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('phone');
    // (A meeting that took place is still the news.)
    expect(run('Thủ tướng Canada Mark Carney cho biết ông và Tổng thống Mexico Claudia Sheinbaum đã có cuộc gặp trực tiếp tại Ottawa.\nTrong thông cáo hôm nay, ông Carney cho hay hai bên đã điện đàm hồi tháng trước về thuế quan và chuỗi cung ứng.').detection.isCall).toBe(false);
  });

  it('talks in person whose opening dates them by a call before (“hai tuần sau cuộc điện đàm”) are no call', () => {
    const r = run('Thủ tướng Australia Anthony Albanese hội đàm với Thủ tướng Ấn Độ Narendra Modi tại New Delhi\nSáng 9/6, Thủ tướng Australia Anthony Albanese hội đàm với Thủ tướng Ấn Độ Narendra Modi tại New Delhi, hai tuần sau cuộc điện đàm giữa hai ông.');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('a conversation just had, in a leader’s own words', () => {
  it('“Tôi vừa trao đổi với …” after “ông … cho biết:” is a call, its speaker a side', () => {
    const r = run('Ngừng bắn ở biên giới có hiệu lực từ tối nay\nTrên mạng xã hội, Tổng thống Mỹ Donald Trump cho biết: “Tôi vừa trao đổi với Thủ tướng Armenia Nikol Pashinyan và Tổng thống Azerbaijan Ilham Aliyev. Cả hai đã đồng ý ngừng bắn”.');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('phone');
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['AM', 'AZ', 'US']);
  });

  it('not a conversation just had with an envoy received at home, nor with the press', () => {
    expect(run('Chiều 9/6, Bộ trưởng Ngoại giao Bùi Thanh Sơn vừa trao đổi với Đại sứ Nhật Bản Ito Naoki về hợp tác lao động giữa hai nước.').detection.isCall).toBe(false);
    expect(run('Thủ tướng Nhật Bản nói về thuế quan\nThủ tướng Nhật Bản Ishiba Shigeru vừa trao đổi với báo chí về thuế quan mà Tổng thống Mỹ Donald Trump áp lên ô tô.').detection.isCall).toBe(false);
  });
});

describe('a person named again by part of the name', () => {
  const text =
    'New Zealand thúc đẩy hiệp định thương mại với Việt Nam\n' +
    'Bộ trưởng Thương mại New Zealand Todd McClay cho biết hai nước sẽ sớm hoàn tất đàm phán hiệp định.\n' +
    'Theo đó, tối 8/6, ông McClay đã điện đàm với Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên.';
  it('is the official the text named in full: his country and, in the opening, his office', () => {
    const r = run(text);
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([['Todd McClay', 'NZ'], ['Nguyễn Hồng Diên', 'VN']]);
  });

  it('not when two people of two countries share the name', () => {
    const little = (text: string) => analyzeArticle(articleFromText(text)).sentences.flatMap((s) => s.people).find((p) => p.name === 'Little');
    expect(little('Bộ trưởng Quốc phòng New Zealand Andrew Little và Bộ trưởng Ngoại giao Australia Penny Little từng gặp nhau.\nÔng Little cho biết sẽ điện đàm.')?.country).toBeNull();
    expect(little('Bộ trưởng Quốc phòng New Zealand Andrew Little và Bộ trưởng Ngoại giao Australia Penny Wong từng gặp nhau.\nÔng Little cho biết sẽ điện đàm.')?.country).toBe('NZ');
  });
});

describe('a ceremony the two sides hold online', () => {
  it('a memorandum two ministers sign online is their video call', () => {
    const r = run('Việt Nam và New Zealand ký Bản ghi nhớ về hợp tác giáo dục\nNgày 5/6, Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn và Bộ trưởng Giáo dục New Zealand Erica Stanford đã ký trực tuyến Bản ghi nhớ về hợp tác giáo dục giữa hai nước.');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['VN', 'NZ']);
  });

  it('not a signing in person, nor a domestic groundbreaking held online', () => {
    expect(run('Việt Nam và New Zealand ký Bản ghi nhớ về hợp tác giáo dục\nNgày 5/6, tại Wellington, Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn và Bộ trưởng Giáo dục New Zealand Erica Stanford đã ký Bản ghi nhớ về hợp tác giáo dục giữa hai nước, sau đó phát trực tuyến buổi giao lưu của sinh viên.').detection.isCall).toBe(false);
    expect(run('Khởi công ba dự án giao thông trọng điểm\nSáng 5/6, Thủ tướng Phạm Minh Chính dự lễ khởi công ba dự án giao thông theo hình thức trực tuyến tại các điểm cầu Hà Nội, Đồng Nai và Cần Thơ.').detection.isCall).toBe(false);
  });
});

describe('a copy’s first sentence that speaks of calls in general', () => {
  it('is no headline of a call (“Nhiều cuộc điện đàm của … trước đây …”), as a headline of that kind is not', () => {
    const r = run('Nhiều cuộc điện đàm của Tổng thống Mỹ Donald Trump với Tổng thống Ukraine Volodymyr Zelensky trước đây từng khiến các trợ lý lo ngại.\nCác trợ lý cho biết họ thường phải chuẩn bị rất kỹ trước mỗi cuộc gọi.');
    expect(r.detection.isCall).toBe(false);
    // (One call, told the same way, is the news.)
    expect(run('Cuộc điện đàm của Tổng thống Mỹ Donald Trump với Tổng thống Ukraine Volodymyr Zelensky tối 8/6 kéo dài gần một giờ.\nHai bên bàn về lệnh ngừng bắn.').detection.isCall).toBe(true);
  });
});

describe('an online meeting of several countries’ leaders', () => {
  it('is news however weakly its opening tells it (a nominal “cuộc trao đổi qua cầu truyền hình do … khởi xướng”)', () => {
    const r = run('Phương Tây cân nhắc thêm biện pháp trừng phạt\nTheo Điện Élysée, cuộc trao đổi qua cầu truyền hình do Tổng thống Pháp Emmanuel Macron khởi xướng có sự tham gia của Thủ tướng Đức Friedrich Merz và Thủ tướng Anh Keir Starmer.\nCác nhà lãnh đạo cho rằng sức ép hiện nay chưa đủ.');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['FR', 'DE', 'GB']);
  });

  it('…and a call named with the side that began it (“cuộc trao đổi … do X khởi xướng có sự tham gia của Y”) is reported', () => {
    const r = run('Phương Tây cân nhắc thêm biện pháp trừng phạt\nTheo Điện Élysée, cuộc trao đổi qua cầu truyền hình do Tổng thống Pháp Emmanuel Macron khởi xướng có sự tham gia của Thủ tướng Đức Friedrich Merz.\nCác nhà lãnh đạo cho rằng sức ép hiện nay chưa đủ.');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['FR', 'DE']);
    // (A meeting one body holds at home is not: "… do Bộ Ngoại giao tổ chức …".)
    expect(run('Bộ Ngoại giao họp về công tác bảo hộ công dân\nTheo Bộ Ngoại giao, cuộc họp trực tuyến do Thứ trưởng Ngoại giao Đặng Hoàng Giang chủ trì có sự tham gia của các cơ quan đại diện Việt Nam ở nước ngoài.').detection.isCall).toBe(false);
  });
});

describe('the kind of a call whose opening speaks of another meeting online', () => {
  it('stays a phone call when the online meeting the opening names is not between the call’s sides', () => {
    const r = run('Thủ tướng điện đàm với Thủ tướng Narendra Modi\nThủ tướng Ấn Độ khen ngợi Việt Nam đã tổ chức tốt Hội nghị Cấp cao trực tuyến ASEAN tuần trước và mong hai nước tăng cường hợp tác.\nHai nhà lãnh đạo nhất trí thúc đẩy thương mại song phương.');
    expect(r.detection.kind).toBe('phone');
    // …and the grouping of that other meeting is no side of the call.
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['IN', 'VN']);
    // (The call's own sides meeting online make it a video call.)
    expect(run('Việt Nam và Ấn Độ điện đàm cấp cao\nChiều 15/6, Thủ tướng Phạm Minh Chính và Thủ tướng Ấn Độ Narendra Modi đã hội đàm trực tuyến.').detection.kind).toBe('video');
  });
});

describe('a side named by its country where the call’s sentence names its official', () => {
  it('is that official, by name', () => {
    const r = run('Các nhà lãnh đạo Pháp, Đức, Anh điện đàm về Ukraine\nTối 8/6, cuộc điện đàm do Tổng thống Pháp Emmanuel Macron khởi xướng đã nhận được sự hưởng ứng của Thủ tướng Đức Friedrich Merz và Thủ tướng Anh Keir Starmer.');
    expect(r.call?.participants.map((p) => `${p.name} ${p.country}`).sort()).toEqual(['Emmanuel Macron FR', 'Friedrich Merz DE', 'Keir Starmer GB']);
  });
});

describe('a grouping’s ministers meeting online', () => {
  it('“các Bộ trưởng Ngoại giao ASEAN … họp … trực tuyến” is the grouping’s own meeting', () => {
    const r = run('Việt Nam gửi đội cứu hộ sang Philippines\nViệt Nam đang khẩn trương chuẩn bị hàng cứu trợ cho người dân vùng bão.\nSáng 8/6, theo đề nghị của Philippines, các Bộ trưởng Ngoại giao ASEAN họp khẩn trực tuyến, bàn cách hỗ trợ những vùng bị bão tàn phá.');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
    expect(r.call?.participants.map((p) => p.country)).toContain('ASEAN');
  });
});

describe('a call told further down under an opening about a meeting in person', () => {
  const later = 'Hai bên điểm lại kết quả hợp tác thời gian qua.\nPhó Thủ tướng Trần Hồng Hà và Phó Thủ tướng Nga Dmitry Chernyshenko đã đồng chủ trì trực tuyến phiên họp lần thứ 26 của Ủy ban liên Chính phủ hai nước.';
  it('is that visit’s background, not the news', () => {
    const r = run(`Việt Nam và Nga thúc đẩy hợp tác năng lượng\nNhân chuyến thăm Liên bang Nga của Chủ tịch nước, chiều 9/6, tại Moskva, Phó Thủ tướng Trần Hồng Hà đã hội kiến Phó Thủ tướng Nga Dmitry Chernyshenko.\n${later}`);
    expect(r.detection.isCall).toBe(false);
  });

  it('…while under an opening about something else it is the news', () => {
    const r = run(`Việt Nam và Nga thúc đẩy hợp tác năng lượng\nHai nước đặt mục tiêu nâng kim ngạch thương mại lên 10 tỷ USD.\n${later}`);
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
  });
});

describe('talks the opening names, which the text further down says the two held online', () => {
  const body = 'Cuộc hội đàm kéo dài 90 phút giữa hai nhà lãnh đạo xoay quanh an ninh khu vực.\nTại hội đàm chiều 14/3, Tổng thống Hàn Quốc Lee Jae-myung đề nghị Thủ tướng Nhật Bản Ishiba Shigeru sớm nối lại cơ chế đối thoại an ninh.';
  const headlines = ['Hội đàm với Thủ tướng Nhật Bản, Tổng thống Hàn Quốc đề nghị nối lại đối thoại an ninh', 'Họp với Thủ tướng Nhật Bản, Tổng thống Hàn Quốc đề nghị nối lại đối thoại an ninh'];
  it.each(headlines)('are a video call (“Hai nhà lãnh đạo đã có 90 phút hội đàm trực tuyến …”) under “%s”', (headline) => {
    const r = run(`${headline}\n${body}\nHai nhà lãnh đạo đã có 90 phút hội đàm trực tuyến, trong bối cảnh quan hệ Hàn Quốc - Nhật Bản có nhiều chuyển biến.`);
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['JP', 'KR']);
  });

  it.each(headlines)('…not when the text says they met in person, nor when another event further down was online, under “%s”', (headline) => {
    expect(run(`${headline}\n${body}\nHai nhà lãnh đạo đã có 90 phút hội đàm tại Tokyo, trong bối cảnh quan hệ Hàn Quốc - Nhật Bản có nhiều chuyển biến.`).detection.isCall).toBe(false);
    expect(run(`${headline}\n${body}\nHai nhà lãnh đạo đã chứng kiến lễ khai trương trực tuyến một nhà máy pin ở Ulsan.`).detection.isCall).toBe(false);
  });
});

describe('a call framing what its maker said, behind two sources', () => {
  const text = (frame: string) =>
    `Brazil kêu gọi hai bên sớm nối lại đàm phán về thủy điện\nNgày 9/6, Tổng thống Brazil Luiz Inácio Lula da Silva kêu gọi các bên liên quan sớm nối lại đàm phán về dự án thủy điện trên sông Paraná.\nTheo phóng viên TTXVN tại Brasilia, Phủ Tổng thống Brazil cho biết ${frame} với người đồng cấp Paraguay Santiago Peña, Tổng thống Lula nhấn mạnh lợi ích chung của hai nước.`;
  it('“Theo phóng viên …, văn phòng Tổng thống … cho hay trong cuộc điện đàm với …” is the call the headline sums up', () => {
    const r = run(text('trong cuộc điện đàm'), '2025-06-10');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['BR', 'PY']);
  });

  it('…not a press conference framed the same way', () => {
    expect(run(text('trong cuộc họp báo chung'), '2025-06-10').detection.isCall).toBe(false);
  });
});

describe('a copy that opens on a photo’s caption with its credit run on', () => {
  it('“… ở Canberra ẢNH: REUTERS” is a caption, not a headline about a press conference', () => {
    const text = ' date 2025-11-14 Ngoại trưởng Úc tại cuộc họp báo chiều 13.11 ở Canberra ẢNH: REUTERS\n\nBộ Ngoại giao Úc ngày 14.11 cho hay Ngoại trưởng Penny Wong đã điện đàm với Ngoại trưởng Fiji Lisiate Akolo về an ninh biển.';
    expect(articleFromText(text).title).toBe('');
    expect(articleFromText(text).captions[0]).toMatch(/^Ngoại trưởng Úc tại cuộc họp báo/);
    const r = run(text, null);
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['AU', 'FJ']);
  });
});

describe('a call told as what came before the news', () => {
  it('“sau cuộc điện đàm với … tối 25.11” is a call made, whatever the quote after it says one may do', () => {
    const r = run('Trong cuộc trả lời phỏng vấn sau cuộc điện đàm với ông Trump tối 25.11, Thủ tướng Anh Keir Starmer khẳng định quan hệ hai nước vẫn vững chắc.\n"Chúng tôi có thể gọi cho nhau bất kỳ khi nào cần", ông Starmer nói.', '2025-11-26');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('phone');
  });
});

describe('sides named as countries', () => {
  it('two countries as the subject of the call’s sentence are its sides (“New Zealand và Hàn Quốc sẽ công bố … tại hội nghị thượng đỉnh trực tuyến”)', () => {
    const r = run('New Zealand và Hàn Quốc sẽ công bố khuôn khổ hợp tác quốc phòng tại hội nghị thượng đỉnh trực tuyến hôm thứ Tư tới (12/3), sau khi Tổng thống Hàn Quốc Lee Jae-myung hoãn các chuyến công du do bão.', '2025-03-07');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('planned');
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['KR', 'NZ']);
  });

  it('…not two countries the sentence is about (“Bão lớn ở New Zealand và Hàn Quốc …”)', () => {
    const r = run('Bão lớn ở New Zealand và Hàn Quốc khiến hội nghị thượng đỉnh trực tuyến bị hoãn, theo Tổng thống Hàn Quốc Lee Jae-myung.', '2025-03-07');
    expect(r.detection.isCall).toBe(false);
  });

  it('a meeting named with its members listed before its short name (“… cùng các nước Nhật Bản, Hàn Quốc, Trung Quốc (ASEAN+3) diễn ra trực tuyến”)', () => {
    const r = run('Theo Bộ Ngoại giao Nhật Bản, chiều 8/9 Ngoại trưởng Iwaya Takeshi dự Hội nghị Bộ trưởng Ngoại giao các nước ASEAN cùng các nước Nhật Bản, Hàn Quốc, Trung Quốc (ASEAN+3) diễn ra trực tuyến.', '2025-09-09');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['JP', 'ASEAN']));
  });
});

describe('“hình thức video”', () => {
  it('talks held “qua hình thức video” are a video call; the same talks “tại Viêng Chăn” are not', () => {
    const r = run('Chiều 9/9, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đã hội đàm qua hình thức video.');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
    expect(run('Chiều 9/9, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đã hội đàm tại Viêng Chăn.').detection.isCall).toBe(false);
  });
});

describe('a call told in the passive, by what its sides talked over', () => {
  const text = (how: string) =>
    `Ông Modi: Ấn Độ sẽ ưu tiên gạo cho Indonesia khi có mùa vụ mới\nThủ tướng Ấn Độ Narendra Modi cam đoan với Tổng thống Indonesia Prabowo Subianto rằng Indonesia sẽ được ưu tiên khi Ấn Độ nới lỏng hạn chế xuất khẩu gạo.\nTheo hãng Antara, trong thông cáo ra hôm 9-6, Phủ Tổng thống Indonesia cho biết nguồn cung gạo nằm trong số các vấn đề được ông Modi và ông Prabowo thảo luận ${how} vào tối 8-6.`;
  it('“… vấn đề được ông X và ông Y thảo luận trong cuộc điện đàm “…” vào tối 8-6” is the call, on its own day', () => {
    const r = run(text('trong cuộc điện đàm “thẳng thắn và hữu nghị”'), '2025-06-10');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['ID', 'IN']);
    expect(r.call?.eventDate).toBe('2025-06-08');
  });

  it('…not talks in person told the same way', () => {
    expect(run(text('trong cuộc gặp tại New Delhi'), '2025-06-10').detection.isCall).toBe(false);
  });

  it('…or by what one side said there at the other’s request (“được ông X đưa ra theo đề nghị của ông Y trong cuộc điện đàm”)', () => {
    const said = (where: string) =>
      `Tổng thống Mỹ tuyên bố giữ cam kết phòng thủ với Nhật Bản\n\nTin mới\n\nTổng thống Mỹ Joe Biden ngày 4/3 đã khẳng định với Thủ tướng Nhật Bản Kishida Fumio rằng Washington sẽ bảo vệ quần đảo Senkaku.\n\nTheo Nhà Trắng, tuyên bố bảo vệ quần đảo được ông Biden đưa ra theo đề nghị của ông Kishida Fumio ${where}.`;
    const r = run(said('trong cuộc điện đàm với nhà lãnh đạo Nhật Bản'), '2022-03-05');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['JP', 'US']);
    expect(run(said('trong cuộc gặp tại Tokyo'), '2022-03-05').detection.isCall).toBe(false);
  });
});

describe('“đã điện cho” and “vị tương nhiệm”, as overseas papers write a call', () => {
  it('“ông … đã điện cho vị tương nhiệm Thái Lan …” is a phone call with Thailand', () => {
    const r = run('Chiều 14/8, Bộ trưởng Ngoại giao Lê Hoài Trung đã điện cho vị tương nhiệm Thái Lan để bàn về việc bảo hộ ngư dân Việt Nam bị bắt giữ.', '2025-08-15');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('phone');
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['TH', 'VN']);
  });

  it('…not electricity sold, nor a telegram sent', () => {
    expect(run('Chiều 14/8, Bộ trưởng Công Thương cho biết Việt Nam đã bán điện cho Thái Lan và Campuchia theo hợp đồng dài hạn.', '2025-08-15').detection.isCall).toBe(false);
    expect(run('Chiều 14/8, Chủ tịch nước đã gửi điện cho Quốc vương Thái Lan chúc mừng sinh nhật.', '2025-08-15').detection.isCall).toBe(false);
  });
});

describe('a grouping’s business forum held online', () => {
  it('a leader’s speech at “Đối thoại trực tuyến APEC CEO” is no meeting of APEC’s leaders; the leaders’ own online meeting is', () => {
    const forum = run('Malaysia kêu gọi doanh nghiệp châu Á đầu tư vào kinh tế xanh\nNgày 12-11, Thủ tướng Malaysia Anwar Ibrahim đã có bài phát biểu tại Đối thoại trực tuyến APEC CEO 2025, kêu gọi doanh nghiệp đầu tư vào kinh tế xanh.', '2025-11-13');
    expect(forum.detection.isCall).toBe(false);
    const leaders = run('Malaysia kêu gọi các nền kinh tế châu Á đầu tư vào kinh tế xanh\nNgày 12-11, Thủ tướng Malaysia Anwar Ibrahim đã có bài phát biểu tại Hội nghị trực tuyến các nhà lãnh đạo APEC, kêu gọi đầu tư vào kinh tế xanh.', '2025-11-13');
    expect(leaders.detection.isCall).toBe(true);
  });
});

describe('a call whose sides are counted as two countries’ leaders', () => {
  const text = (after: string) =>
    `Trung Quốc và Ấn Độ công bố chương trình nghị sự trước cuộc gặp thượng đỉnh\nNgày 3-4, quan chức Bộ Ngoại giao Ấn Độ cho biết Thủ tướng Narendra Modi sẽ nêu vấn đề biên giới với Chủ tịch Trung Quốc Tập Cận Bình khi hai bên gặp nhau.\nCuộc hội đàm qua video ${after} sẽ diễn ra vào ngày 4-4 trong bối cảnh căng thẳng ở vùng biên.`;
  it('“Cuộc hội đàm qua video của lãnh đạo hai nước láng giềng …” is between the two the sentence before names', () => {
    const r = run(text('của lãnh đạo hai nước láng giềng'), '2025-04-03');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('planned');
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['CN', 'IN']);
  });
});

describe('the subject of a sentence framed by what came after the call', () => {
  it.each(['Sau cuộc điện đàm với', 'Trong buổi họp báo ngắn sau cuộc điện đàm với'])('“%s …, X khẳng định …”: X is the call’s other side', (frame) => {
    const r = run(`${frame} Tổng thống Pháp Emmanuel Macron chiều 2/10, Thủ tướng Canada Mark Carney khẳng định hai nước sẽ phối hợp về khí hậu.`, '2025-10-03');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Emmanuel Macron', 'Mark Carney']));
  });
});

describe('a country called by a phone call’s own verb', () => {
  it('“… đã gọi điện cho Trung Quốc …” has China as its other side', () => {
    const r = run('Đô đốc Mỹ John Aquilino từng bí mật gọi điện cho Trung Quốc để trấn an về các cuộc tập trận trong những tuần căng thẳng cuối năm.');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['CN', 'US']);
  });

  it('…not a country a weaker phrase names (“nói chuyện với Trung Quốc”)', () => {
    expect(run('Đô đốc Mỹ John Aquilino từng bí mật nói chuyện với Trung Quốc để trấn an về các cuộc tập trận trong những tuần căng thẳng cuối năm.').detection.isCall).toBe(false);
  });
});

describe('a presidency that tells of its own call', () => {
  it('“Điện Élysée cho biết thêm, cuộc điện đàm …” has France as a side', () => {
    const r = run('Điện Élysée cho biết thêm, cuộc điện đàm diễn ra theo lời mời của phía Ấn Độ. Hai nhà lãnh đạo cũng bàn về hợp tác quốc phòng.');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['FR', 'IN']);
  });

  it('…not of a meeting in person', () => {
    expect(run('Điện Élysée cho biết thêm, cuộc gặp diễn ra theo lời mời của phía Ấn Độ. Hai nhà lãnh đạo cũng bàn về hợp tác quốc phòng.').detection.isCall).toBe(false);
  });
});

describe('a copy without its headline, from an address that tells the call', () => {
  const text = [
    'Tuần qua, giao tranh đã lan rộng dọc biên giới phía bắc Kenya, khiến hàng nghìn người phải rời bỏ nhà cửa.',
    'Chính phủ Kenya đã ban bố tình trạng khẩn cấp tại ba hạt giáp biên giới.',
    'Cùng lúc, Liên hợp quốc kêu gọi các bên kiềm chế và mở hành lang nhân đạo.',
    'Theo văn phòng báo chí của Tổng thống Kenya, trong cuộc điện đàm, hai nguyên thủ đã bàn các bước tiếp theo để ổn định tình hình ở vùng biên giáp Ethiopia.',
  ].join('\n');
  const at = (url: string) => analyzeText(text, { url, published: null });

  it('the call the text tells further down is the news, between the countries the address names', () => {
    const r = at('https://example.vn/the-gioi/lanh-dao-kenya-va-ethiopia-dien-dam-12345.html');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['ET', 'KE']);
  });

  it('a call still to come that the speaker announces inside a longer quote, under an address that tells it', () => {
    const text = [
      'Thủ tướng Anh Keir Starmer tối 8/5 kêu gọi Ấn Độ và Pakistan kiềm chế khi giao tranh dọc Đường Kiểm soát lan sang nhiều khu vực mới.',
      'Trả lời báo giới bên ngoài Phố Downing, ông nói London lo ngại về số dân thường thiệt mạng.',
      '"Chúng tôi theo dõi từng giờ. Trước nửa đêm nay tôi sẽ có cuộc điện đàm đầu tiên", ông Starmer cho biết, ý nói với người đứng đầu chính phủ Ấn Độ và Pakistan.',
      'Hàng nghìn người đã rời các làng dọc biên giới trong hai ngày qua.',
    ].join('\n\n');
    const at = (url: string) => analyzeText(text, { url, published: '2025-05-08' });
    const r = at('https://baomau.example.vn/the-gioi/thu-tuong-anh-noi-se-dien-dam-voi-lanh-dao-an-do-pakistan-20250508123456789.htm');
    expect(r.detection.kind).toBe('planned');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['GB', 'IN', 'PK']);
    // The mirror: under an address about the appeal, the speech is the news.
    expect(at('https://baomau.example.vn/the-gioi/thu-tuong-anh-keu-goi-an-do-pakistan-kiem-che-20250508123456789.htm').detection.isCall).toBe(false);
  });

  it('…not under an address about something else, nor with a country the text never names', () => {
    expect(at('https://example.vn/the-gioi/giao-tranh-lan-rong-o-bien-gioi-kenya-12345.html').detection.isCall).toBe(false);
    expect(at('https://example.vn/the-gioi/lanh-dao-kenya-va-somalia-dien-dam-12345.html').detection.isCall).toBe(false);
  });

  it('an opening call sentence that names one side takes the other from the address', () => {
    const cut = 'Hai nước láng giềng mới nhất trí mở lại cửa khẩu từ tuần trước.\nTrong cuộc điện đàm, Ngoại trưởng Kenya Musalia Mudavadi đề nghị hai bên sớm nối lại tuyến xe buýt liên quốc gia qua Ethiopia.';
    const r = analyzeText(cut, { url: 'https://example.vn/the-gioi/ngoai-truong-kenya-va-ethiopia-dien-dam-ve-cua-khau-20250302.htm', published: null });
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['ET', 'KE']);
  });

  it('the address is the headline: a first line about the signing the call followed is no in-person headline', () => {
    const cut = [
      'Lễ ký thỏa thuận trao đổi tù binh giữa Armenia và Azerbaijan diễn ra tại New Delhi hôm 3.4 với sự chứng kiến của Thủ tướng Ấn Độ.',
      'Chưa đầy hai tuần sau, tiếng súng lại vang lên ở vùng biên giữa hai nước.',
      'Tối 18.4, Thủ tướng Modi đã gọi điện cho Thủ tướng Armenia và Tổng thống Azerbaijan, đề nghị hai bên giữ đúng cam kết.',
    ].join('\n');
    const at = (url: string) => analyzeText(cut, { url, published: '2025-04-18' });
    const r = at('https://baomau.example.vn/thu-tuong-modi-goi-dien-cho-armenia-va-azerbaijan-185250418.htm');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['AM', 'AZ', 'IN']);
    // The mirror: an address that spells the signing leaves the first line the headline, a meeting in person.
    expect(at('https://baomau.example.vn/an-do-chung-kien-le-ky-thoa-thuan-armenia-azerbaijan-185250418.htm').detection.isCall).toBe(false);
  });
});

describe('a lead that names the two sides of the call as doing something together', () => {
  const text = (after: string) =>
    // (A copy that keeps the page's blank lines between paragraphs.)
    `Ngày 12-3, Bộ trưởng Quốc phòng Úc Richard Marles cùng người đồng cấp Philippines Gilberto Teodoro đã thống nhất mở rộng tuần tra chung trên biển, hãng Reuters đưa tin.\n\n\n\n"Hai nước sẽ phối hợp chặt chẽ hơn trên các vùng biển chung" - ông Marles cho biết sau ${after} kéo dài một giờ với ông Teodoro.\n\nTheo ông Marles, hai nước cũng tái khẳng định các cam kết trong hiệp ước phòng thủ.`;
  it('sums up the call told next (“… sau cuộc điện đàm … với ông …”)', () => {
    const r = run(text('cuộc điện đàm'), null);
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['AU', 'PH']);
  });

  it('…not a meeting in person told the same way', () => {
    expect(run(text('cuộc gặp tại Manila'), null).detection.isCall).toBe(false);
  });
});

describe('a failure told of another event after the call', () => {
  it('“… theo hình thức trực tuyến, sau hai lần bị hoãn …” does not cancel the meeting itself', () => {
    const r = run('Hội nghị Cấp cao Mekong - Lan Thương lần thứ 4: Hướng tới phục hồi bền vững\nBộ Ngoại giao Lào cho biết nước này sẽ đăng cai Hội nghị Cấp cao Mekong - Lan Thương lần thứ 4 trong hai ngày 9-10/12 theo hình thức trực tuyến, sau hai lần hội nghị bị hoãn vì bão lũ.', '2025-12-01');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('planned');
  });

  it('…while a call said to be put off is', () => {
    const r = run('Bộ Ngoại giao Lào cho biết cuộc điện đàm giữa Thủ tướng Lào Sonexay Siphandone và Thủ tướng Thái Lan Anutin Charnvirakul đã bị hoãn vì bão lũ.', '2025-12-01');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('a meeting named with its short name in brackets, then a comma, then its form', () => {
  it('“… Hội nghị … Đông Á (EAS), sẽ diễn ra theo hình thức trực tuyến …” is held online', () => {
    const r = run('Ngày 27/10, lãnh đạo 18 nước sẽ tham dự Hội nghị Cấp cao Đông Á (EAS), sẽ diễn ra theo hình thức trực tuyến do lo ngại dịch bệnh.', '2025-10-20');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('planned');
  });
});

describe('a body’s own online meeting, with its day between the body and the meeting', () => {
  it('“Hội đồng Bảo an LHQ hôm 14/5 đã họp trực tuyến …” is the UN’s, its organ the side’s title', () => {
    const r = run('Hội đồng Bảo an LHQ hôm 14/5 đã họp trực tuyến để thảo luận về nạn đói ở vùng Sừng châu Phi.', '2025-05-15');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
    expect(r.call?.participants).toEqual([expect.objectContaining({ country: 'UN', title: 'Hội đồng Bảo an Liên hợp quốc' })]);
  });

  it('…not its meeting in New York', () => {
    expect(run('Hội đồng Bảo an LHQ hôm 14/5 đã họp tại New York để thảo luận về nạn đói ở vùng Sừng châu Phi.', '2025-05-15').detection.isCall).toBe(false);
  });
});

describe('a title’s portfolio before the ministry it belongs to', () => {
  it('“Quốc vụ khanh phụ trách Ấn Độ Dương, Bộ Ngoại giao Anh Catherine West” is a British minister', () => {
    const r = run('Chiều 4/3, Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt đã điện đàm với Quốc vụ khanh phụ trách Ấn Độ Dương, Bộ Ngoại giao Anh Catherine West.', '2025-03-05');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([['Đỗ Hùng Việt', 'VN'], ['Catherine West', 'GB']]);
  });
});

describe('an intergovernmental committee’s session held online, its long name listing what it is for', () => {
  const text = (how: string) =>
    `Việt Nam và Chile tổ chức Kỳ họp lần thứ V Ủy ban liên Chính phủ\nNgày 12/11, Kỳ họp lần thứ V Ủy ban liên Chính phủ về nông nghiệp, thủy sản và đầu tư giữa Việt Nam và Chile đã được tổ chức ${how} Santiago và Hà Nội.\nKỳ họp có hai đồng chủ tịch là Thứ trưởng Bộ Công Thương Việt Nam, Nguyễn Sinh Nhật Tân, và Thứ trưởng Bộ Ngoại giao Chile, Claudia Sanhueza.`;
  it('is a video call between the two countries, its co-chairs named by the next sentence', () => {
    const r = run(text('dưới hình thức trực tuyến tại'), '2025-11-13');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([['Nguyễn Sinh Nhật Tân', 'VN'], ['Claudia Sanhueza', 'CL']]);
  });

  it('…not the same session held in one capital', () => {
    expect(run(text('tại'), '2025-11-13').detection.isCall).toBe(false);
  });
});

describe('a conference the copy opens on as known, with who attended its opening session next', () => {
  const text = (how: string) =>
    `Hội nghị được tổ chức ${how} trong hai ngày 5 và 6-6, nhằm thúc đẩy các nước đưa ra cam kết mạnh mẽ hơn về bảo vệ đại dương.\nTham dự phiên khai mạc, bên cạnh Tổng Thư ký Liên hợp quốc António Guterres, còn có lãnh đạo của 30 nước gồm Pháp, Costa Rica, Nhật Bản, Brazil và Na Uy.`;
  it('held online, is a video call of the countries listed', () => {
    const r = run(text('theo hình thức trực tuyến'), '2025-06-07');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['UN', 'FR', 'JP']));
  });

  it('…not held in a city', () => {
    expect(run(text('tại Nice'), '2025-06-07').detection.isCall).toBe(false);
  });
});

describe('a world summit held online, with one side named', () => {
  const text = (how: string) =>
    `Mở đầu Hội nghị Thượng đỉnh đại dương thế giới diễn ra ${how} do Pháp tổ chức trong hai ngày 9-10/6, Tổng thống Emmanuel Macron kêu gọi các nước sớm phê chuẩn hiệp ước biển cả.`;
  it('is a video call', () => {
    const r = run(text('bằng hình thức trực tuyến'), '2025-06-10');
    expect(r.detection.isCall).toBe(true);
    expect(r.detection.kind).toBe('video');
    expect(r.call?.participants.map((p) => p.country)).toContain('FR');
  });

  it('…not the same summit held in a city, nor a country’s own online conference', () => {
    expect(run(text('tại Nice'), '2025-06-10').detection.isCall).toBe(false);
    expect(run('Mở đầu Hội nghị trực tuyến toàn quốc về kinh tế biển do Bộ Nông nghiệp tổ chức ngày 9/6, Thủ tướng Phạm Minh Chính kêu gọi các địa phương đẩy mạnh nuôi biển.', '2025-06-10').detection.isCall).toBe(false);
  });
});

describe('the side of another call the sentence dates this one by', () => {
  it('“… ngay sau cuộc trò chuyện của ông với lãnh đạo Trung Quốc” names no side of this call', () => {
    const r = run('Thủ tướng Australia nói về cuộc gọi của Tổng thống Mỹ\nThủ tướng Australia Anthony Albanese cho biết Tổng thống Mỹ Donald Trump đã gọi điện cho ông tối 8/6, ngay sau cuộc trò chuyện của ông với lãnh đạo Trung Quốc.');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['AU', 'US']);
  });
});

describe('the people of a meeting the subject leaves for the call', () => {
  it('are no sides of the call (“tạm dừng cuộc họp với X để gọi cho Y”)', () => {
    const r = run('Thủ tướng Anh rời cuộc họp để gọi cho Tổng thống Mỹ\nTối 8/6, Thủ tướng Anh Keir Starmer đã tạm rời cuộc họp với Thủ tướng Canada Mark Carney để gọi cho Tổng thống Mỹ Donald Trump về thuế quan.');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['GB', 'US']);
    // (A call with two people named after "với" keeps both.)
    expect(run('Tối 8/6, Thủ tướng Anh Keir Starmer đã điện đàm với Thủ tướng Canada Mark Carney và Tổng thống Mỹ Donald Trump về thuế quan.').call?.participants.map((p) => p.country)).toEqual(['GB', 'CA', 'US']);
  });
});

describe('offices in apposition', () => {
  const countries = (text: string) => run(text).call?.participants.map((p) => p.country);
  it('a later office that writes its country says whose the person is, over a first office of an organ that names none', () => {
    expect(countries('Chiều 14/3, đồng chí Lê Hoài Trung, Trưởng Ban Đối ngoại Trung ương, điện đàm với đồng chí Marc Durand, Phó Chủ tịch Đoàn Chủ tịch, Trưởng ban Quan hệ Quốc tế Đảng Cộng sản Pháp.')).toEqual(['VN', 'FR']);
    // (…and a Vietnamese official's second office of a Vietnamese body leaves him Vietnam's.)
    expect(countries('Chiều 14/3, đồng chí Nguyễn Văn Khải, Phó Chủ tịch Đoàn Chủ tịch, Trưởng ban Đối ngoại Ủy ban Trung ương Mặt trận Tổ quốc, hội đàm trực tuyến với Đại sứ Nhật Bản Ito Naoki.')).toEqual(['VN', 'JP']);
  });

  it('an organ after a second title (“Chủ tịch Phân ban …”) is no one’s name', () => {
    const r = run('Ngày 5/9, Phó Thủ tướng Nga Alexei Overchuk, Chủ tịch Phân ban Nga của Ủy ban liên Chính phủ hai nước, gọi điện cho Phó Thủ tướng Bùi Thanh Sơn, Chủ tịch Phân ban Việt Nam.');
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([['Alexei Overchuk', 'RU'], ['Bùi Thanh Sơn', 'VN']]);
  });

  it('a headline’s nameless title stops at the verb that starts like a body (“… Trung ương hội đàm …”)', () => {
    const r = run('Trưởng Ban Đối ngoại Trung ương hội đàm qua video với Đảng Cộng sản Pháp\nChiều 14/3, đồng chí Lê Hoài Trung có cuộc hội đàm qua video với lãnh đạo Đảng Cộng sản Pháp.');
    expect(r.call?.participants.map((p) => p.title)).not.toContain('Trưởng Ban Đối ngoại Trung ương hội');
  });

  it('the chair of the US Joint Chiefs written in lower case is the United States’', () => {
    expect(findPeople('Chủ tịch Hội đồng tham mưu trưởng Mỹ đã gọi điện cho người đồng cấp.')[0]?.country).toBe('US');
  });
});

describe('those who speak of a call are not on it', () => {
  it('a spokesperson named before her office, and again by her given name', () => {
    const r = run('Bà Karoline Leavitt, phát ngôn viên Nhà Trắng, nói với báo giới về cuộc điện đàm hôm 18/3 giữa ông Trump và ông Putin - Ảnh: AP\nCũng theo bà Karoline, bà “tin chắc cả hai nhà lãnh đạo đã đọc kỹ các đề xuất từ trước cuộc điện đàm ấy”.', '2025-03-19');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['US', 'RU']);
  });

  it('an aide whose own quote tells the call in the third person', () => {
    const r = run('Ngày 21/1, Tổng thống Nga Vladimir Putin và Chủ tịch Trung Quốc Tập Cận Bình đã hội đàm trực tuyến.\nTrợ lý tổng thống Nga Yuri Ushakov cho biết: “Về tổng thể, cuộc hội đàm trực tuyến cho thấy hai nhà lãnh đạo hiểu nhau”.', '2025-01-22');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['RU', 'CN']);
  });

  it('a news agency’s country in brackets', () => {
    const r = run('Hãng tin Reuters (Anh) hôm 9/5 đưa tin Chủ tịch Trung Quốc Tập Cận Bình vừa điện đàm với Tổng thống Mỹ Joe Biden về thương mại.', '2024-05-10');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['CN', 'US']);
    // (…but a place's country in brackets is still one: "tỉnh Vân Nam (Trung Quốc)".)
    expect(run('Ngày 9/5, Bí thư Tỉnh ủy Lào Cai hội đàm trực tuyến với lãnh đạo tỉnh Vân Nam (Trung Quốc).', '2024-05-10').call?.participants.map((p) => p.country)).toContain('CN');
  });
});

describe('sides named in a pair or spelt two ways', () => {
  it('a title over a pair of countries joined by a dash is that office of each', () => {
    const r = run('Ngày 12/4, Tổng thống Nga Vladimir Putin đã điện đàm với lãnh đạo Armenia-Azerbaijan sau đụng độ ở biên giới.', '2024-04-13');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['RU', 'AM', 'AZ']);
  });

  it('a known name after a first name’s initial (“ông D.Trump”) is that leader', () => {
    const r = run('“Tôi vừa điện đàm với Thủ tướng Anh Keir Starmer về thương mại và an ninh…” – ông D.Trump viết.', '2025-05-02');
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['US', 'GB']));
  });

  it('one leader written two ways a letter apart is one side', () => {
    const r = run('Ông Obama lần đầu gọi điện cho Chủ tịch Cuba Raoul Castro\nHôm 15/12, Tổng thống Mỹ và Chủ tịch Cuba Raul Castro nói chuyện qua điện thoại gần một giờ về việc nối lại quan hệ.', '2014-12-16');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['US', 'CU']);
  });
});

describe('an exchange a leader says he has had, in a story of calls', () => {
  const call = 'Ngày 3/8, ông Trump cho biết trên mạng xã hội rằng ông đã trao đổi với Thủ tướng Hun Manet của Campuchia và Thủ tướng Thái Lan Anutin Charnvirakul về ngừng bắn.';
  it('names every side of it, beyond the two the call’s own sentence names', () => {
    const r = run(`${call}\nThủ tướng Anutin cho biết ông và Tổng thống Mỹ cũng bàn về thuế quan trong cuộc điện đàm.`, '2025-08-04');
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['US', 'KH', 'TH']));
  });
  it('…and is no call where nothing speaks of one', () => {
    expect(run(`${call}\nCác bên sẽ gặp nhau tại Kuala Lumpur vào tuần tới.`, '2025-08-04').detection.isCall).toBe(false);
  });
});

describe('Vietnam’s part in a grouping’s online meeting, and names that end like a body’s abbreviation', () => {
  it('a Vietnamese name ending in "Nam" is whole, not cut at the Non-Aligned Movement’s "NAM"', () => {
    expect(person('Thượng tướng Trần Hoài Nam, Thứ trưởng Bộ Quốc phòng, dự hội nghị.', 'Trần Hoài Nam')?.country).toBe('VN');
    // (…and "NAM" in capitals is still the movement.)
    expect(run('Ngày 3/6, các nước Phong trào Không liên kết (NAM) họp trực tuyến về dịch bệnh.').call?.participants.map((p) => p.country)).toContain('NAM');
  });

  it('a list of attending countries does not end the parties before the one who chaired the meeting', () => {
    const r = run('Chiều nay, Hội nghị Cấp cao Mekong - Hàn Quốc họp trực tuyến với sự tham gia của lãnh đạo Campuchia, Lào, Myanmar, Thái Lan và Hàn Quốc, dưới sự chủ trì của Tổng thống Yoon Suk Yeol và Thủ tướng Phạm Minh Chính.', '2023-09-06');
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['KH', 'LA', 'MM', 'TH', 'KR', 'VN']));
  });

  it('Vietnam speaking “there” at a body’s online meeting is a side beside the body', () => {
    const r = run('Ngày 12/5, Hội đồng Bảo an Liên hợp quốc họp trực tuyến về bảo vệ dân thường. Tại đây, Việt Nam kêu gọi các bên tôn trọng luật nhân đạo.', '2021-05-13');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['UN', 'VN']);
    // (…and a grouping that holds its own meeting after a day at the head of the sentence: its members.)
    const g7 = run('Tin thế giới\nTối 16/3, Nhóm G7 họp trực tuyến để bàn về tình hình Ukraine và giá năng lượng.', '2022-03-17');
    expect(g7.call?.participants.map((p) => p.country)).toEqual(['US', 'JP', 'DE', 'GB', 'FR', 'IT', 'CA']);
  });

  it('Vietnam’s end of the meeting, told a few paragraphs down, names its official', () => {
    const r = run(
      'Ngày 8/10, Hội nghị Bộ trưởng Tư pháp ASEAN lần thứ 11 đã diễn ra theo hình thức trực tuyến.\nHội nghị bàn về hợp tác pháp luật trong khu vực.\nCác bộ trưởng nhất trí thông qua kế hoạch hành động mới.\nTại điểm cầu Hà Nội, Bộ trưởng Bộ Tư pháp Lê Thành Long dự và phát biểu.',
      '2020-10-08',
    );
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([[null, 'ASEAN'], ['Lê Thành Long', 'VN']]);
  });
});

describe('the call’s day told again further down', () => {
  it('a line that retells the call with its day is read before a line between that dates another event', () => {
    const r = run('Nhật - Mỹ điện đàm cấp cao\nChủ tịch Đảng Dân chủ Nhật Bản vừa điện đàm với Tổng thống Mỹ về quan hệ đồng minh.\nQuốc hội sẽ bầu tân Thủ tướng vào ngày 21-9.\nHai bên đã có cuộc điện đàm kéo dài 15 phút vào tối 8-9 theo đề nghị của phía Mỹ.', null);
    expect(r.call?.eventDatePartial).toBe('--09-08');
  });

  it('"Dân chủ Nhật Bản" holds no Sunday', () => {
    const r = run('Nhật - Mỹ điện đàm cấp cao\nChủ tịch Đảng Dân chủ Nhật Bản vừa điện đàm với Tổng thống Mỹ về quan hệ đồng minh.', '2009-09-10');
    expect(r.call).toBeTruthy();
    expect(r.call!.eventDateExpression ?? '').not.toMatch(/chủ\s+nhật/iu);
  });

  it('a copy’s lines of punctuation alone are no paragraphs', () => {
    const r = run('Nhật - Mỹ điện đàm cấp cao\n.\n.\nChủ tịch Đảng Dân chủ Nhật Bản vừa điện đàm với Tổng thống Mỹ về quan hệ đồng minh.\nQuốc hội sẽ bầu tân Thủ tướng vào ngày 21-9.\nHai bên đã có cuộc điện đàm kéo dài 15 phút vào tối 8-9 theo đề nghị của phía Mỹ.\n|', null);
    expect(r.call?.eventDatePartial).toBe('--09-08');
    expect(r.article?.lead).toMatch(/^Chủ tịch/u);
  });
});

describe('copies cut mid-article', () => {
  it('a first line that refers back to an event above it (“Tại hội nghị, …”) is not the news, nor its kind', () => {
    const r = run('Tại hội nghị, đại diện các bên đã thông qua kế hoạch hợp tác trong năm tới.\nNgày 12/3, Bộ trưởng Quốc phòng Phan Văn Giang đã điện đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru về hợp tác quốc phòng.', '2024-03-13');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['VN', 'JP']);
    // (…while a first line that reports a meeting in person is still that meeting's news.)
    expect(run('Ngày 12/3, tại Hà Nội, Bộ trưởng Quốc phòng Phan Văn Giang đã tiếp Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru.\nHai bên nhắc lại cuộc điện đàm hồi tháng Giêng.', '2024-03-13').detection.isCall).toBe(false);
  });

  it('a second office after a comma is still the party’s, so an online form at the sentence’s end is the meeting’s', () => {
    const r = run('Bảo An\nSáng 14/8, từ Hà Nội, Tổng Bí thư Tô Lâm có cuộc hội đàm cấp cao với Chủ tịch Đảng Nhân dân Campuchia (CPP), Chủ tịch Thượng viện Campuchia Hun Sen bằng hình thức trực tuyến.\nHai bên thông báo cho nhau tình hình mỗi Đảng.', '2025-08-14');
    expect(r.detection.kind).toBe('video');
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([['Tô Lâm', 'VN'], ['Hun Sen', 'KH']]);
  });
});

describe('a call the text speaks of as known, in other words than "điện đàm"', () => {
  it('“Tại cuộc trao đổi qua điện thoại, …” under a headline that names the sides', () => {
    const r = run('Thủ tướng Việt Nam và Thủ tướng New Zealand trao đổi qua điện thoại\nTại cuộc trao đổi qua điện thoại, hai Thủ tướng nhất trí sớm nâng cấp quan hệ và thúc đẩy thương mại nông sản.', '2024-02-20');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['VN', 'NZ']);
    // (…and one that names them only in the headline, with a day after the phrase.)
    const dated = run('Tổng thống Pháp và Thủ tướng Ấn Độ bàn về năng lượng sạch\nTại cuộc trao đổi qua điện thoại tối 3/2, hai nhà lãnh đạo nhất trí đẩy nhanh các dự án điện mặt trời.', '2024-02-04');
    expect(dated.call?.participants.map((p) => p.country)).toEqual(['FR', 'IN']);
    expect(dated.call?.eventDate).toBe('2024-02-03');
  });

  it('“Trao đổi qua điện thoại với …, Thủ tướng … khẳng định …” frames its sentence as the call, as “Điện đàm với …” does', () => {
    const r = run('Việt Nam sẵn sàng mở rộng hợp tác lúa gạo với Philippines\nTrao đổi qua điện thoại với Tổng thống Philippines Ferdinand Marcos Jr., Thủ tướng Phạm Minh Chính cam kết Việt Nam sẵn sàng bảo đảm nguồn cung gạo.\nHai bên cũng bàn về hợp tác trên biển.', '2024-01-18');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['PH', 'VN']));
  });
});

describe('no sign of a call', () => {
  it('“chưa có dấu hiệu gì về việc … sẽ có cuộc điện đàm …” denies the call from further back than a plain “không”', () => {
    const r = run('Tin thế giới\nNgười phát ngôn Điện Kremlin ngày 24/12 nói rằng hiện chưa có dấu hiệu gì về việc Tổng thống Nga sẽ có cuộc điện đàm với Tổng thống Mỹ trong dịp năm mới.', '2025-12-24');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('names as copies write them', () => {
  it('an office glued to the name before it (“… Keir StarmerThủ tướng Đức …”) is a second party', () => {
    const r = run('Tối 8/3, ông Tập Cận Bình hội đàm trực tuyến cùng lúc với Thủ tướng Anh Keir StarmerThủ tướng Đức Olaf Scholz về khí hậu.', '2022-03-09');
    expect(r.call?.participants.map((p) => p.name)).toEqual(['Tập Cận Bình', 'Keir Starmer', 'Olaf Scholz']);
  });

  it('a particle’s word joined by a hyphen is a syllable of a transliterated name (“Áp-đu-la”)', () => {
    expect(person('Ngày 5/6, Bộ trưởng Ngoại giao Ma-lai-xi-a Ha-ri-xơn Áp-đu-la gọi điện cho người đồng cấp Việt Nam.', 'Ha-ri-xơn Áp-đu-la')?.country).toBe('MY');
  });

  it('a known leader written with his first name’s initial is recorded by his full name', () => {
    const r = run('Tổng thống Nga Vladimir Putin điện đàm với ông D.Trump\nTối 3/2, ông D.Trump và Tổng thống Nga Vladimir Putin đã điện đàm về Ukraine.', '2025-02-04');
    expect(r.call?.participants.map((p) => p.name)).toContain('Donald Trump');
  });
});

describe('a framed call whose other side has an office in apposition', () => {
  it('“Trong cuộc điện đàm với người đồng cấp Ấn Độ, Ngoại trưởng …, Ngoại trưởng Úc … cho biết …”: both', () => {
    const r = run('Trong cuộc điện đàm với người đồng cấp Ấn Độ, Ngoại trưởng Subrahmanyam Jaishankar tối 2/5, Ngoại trưởng Úc Penny Wong cho biết hai nước sẽ mở rộng tập trận chung.', '2024-05-03');
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['IN', 'AU']));
    expect(r.call?.participants).toHaveLength(2);
  });
});

describe('two offices a copy wrote without their comma', () => {
  it('“Phó Thủ tướng Bộ trưởng Ngoại giao …” is one person’s two offices, not a ministry “Bộ …” of the first', () => {
    const p = person('Chiều 2/6, Phó Thủ tướng Bộ trưởng Ngoại giao Trần Văn An trao đổi qua điện thoại với người đồng cấp Singapore.', 'Trần Văn An');
    expect(p?.title?.id).toBe('bo-truong-ngoai-giao');
    expect(p?.country).toBe('VN');
  });
});

describe('who took part in an online meeting, told around it', () => {
  it('“do Thái Lan là nước Chủ tịch” names the chair country, not a president of Vietnam', () => {
    expect(findPeople('Hội nghị cấp cao APEC do Thái Lan là nước Chủ tịch sẽ họp trực tuyến ngày 9/11.').filter((p) => p.title)).toEqual([]);
    expect(sides('Hội nghị cấp cao APEC do Thái Lan là nước Chủ tịch đã được tổ chức trực tuyến tối 9/11, bàn về phục hồi kinh tế.', '2021-11-10')?.map(([, c]) => c)).toEqual(['APEC', 'TH']);
  });

  it('who attended, told one sentence after the meeting', () => {
    const r = run(
      'Hội nghị thượng đỉnh đặc biệt của nhóm ba nước sẽ được tổ chức trực tuyến vào ngày 20/5, do Indonesia làm chủ nhà. Chủ nhà dự kiến đề xuất bàn về an ninh lương thực. Theo thông báo, hội nghị lần này có sự tham dự của Thủ tướng Úc Anthony Albanese và Thủ tướng Ấn Độ Narendra Modi.',
      '2024-05-15',
    );
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['ID', 'AU', 'IN']));
  });

  it('the countries listed as a meeting’s hosts are its sides', () => {
    const r = run(
      'Chừng 40 nước đã dự phiên họp trực tuyến bàn về quỹ chống dịch tối 12/6. Phiên họp do Ủy ban châu Âu, Hà Lan, Bỉ, Thụy Điển và Hàn Quốc đứng ra tổ chức.',
      '2020-06-13',
    );
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['EU', 'NL', 'BE', 'SE', 'KR']);
  });

  it('countries counted as the ones that attended make the meeting international; firms from counted countries do not', () => {
    expect(run('Khoảng 25 quốc gia đã tham gia cuộc họp trực tuyến về chuỗi cung ứng chiều 7/7. Các nước cam kết chia sẻ thông tin.', '2021-07-08').detection.isCall).toBe(true);
    expect(run('Hơn 300 doanh nghiệp đến từ 25 quốc gia đã tham gia cuộc họp trực tuyến về chuỗi cung ứng chiều 7/7. Các bên cam kết chia sẻ thông tin.', '2021-07-08').detection.isCall).toBe(false);
  });

  it('one end’s officials, all of one country, leave the grouping its place as the other side', () => {
    const r = run(
      'Sáng 3/12, Hội nghị Bộ trưởng Tư pháp ASEAN lần thứ 11 đã khai mạc theo hình thức trực tuyến. Ở điểm cầu Hà Nội, dự hội nghị có ông Lê Thành Long, Bộ trưởng Bộ Tư pháp; ông Đỗ Hùng Việt, Thứ trưởng Bộ Ngoại giao.',
      '2020-12-04',
    );
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['VN', 'ASEAN']));
  });
});

describe('the chair of a grouping’s online meeting', () => {
  it('named by its role in the opening (“Peru - nước Chủ tịch APEC 2024”) is a side', () => {
    const r = run('Hội nghị cấp cao APEC sẽ họp trực tuyến\nDo dịch bệnh, Peru - nước Chủ tịch APEC 2024 - đã chọn cách tổ chức Hội nghị cấp cao APEC trực tuyến ngày 15/11.', '2024-10-02');
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['APEC', 'PE']));
  });

  it('“do Nhật Bản tổ chức” names the host as “do Nhật Bản chủ trì” does', () => {
    const r = run('Bộ trưởng 14 nước họp trực tuyến về chuỗi cung ứng\nTối 2/3, Bộ trưởng Thương mại Mỹ Howard Lutnick và các đồng cấp của 14 nước đã họp trực tuyến về chuỗi cung ứng. Cuộc họp do Nhật Bản tổ chức.', '2023-03-03');
    expect(r.call?.participants.map((p) => p.country)).toContain('JP');
  });
});

describe('ASEAN with its three partners', () => {
  it('an “ASEAN+3” online meeting is a meeting of the bloc and of China, Japan and Korea', () => {
    const r = run('Sáng 9/6, Hội nghị Bộ trưởng Y tế ASEAN+3 về phòng chống dịch bệnh được tổ chức theo hình thức trực tuyến.', '2021-06-09');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['ASEAN', 'CN', 'JP', 'KR']);
  });

  it('a bracket listing the partners after the grouping’s name leaves the clause whole, and each is a side', () => {
    const r = run('Tối 2/10, Hội nghị Bộ trưởng Kinh tế ASEAN với ba nước (Hàn Quốc, Trung Quốc và Nhật Bản) được tổ chức theo hình thức trực tuyến.', '2021-10-03');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['KR', 'CN', 'JP']));
  });
});

describe('a counterpart the call sentence leaves unnamed, named by the same words a sentence before', () => {
  it('“vị tương nhiệm Indonesia, Ngoại trưởng X” above “đã điện cho vị tương nhiệm Indonesia”', () => {
    const text = 'Tuần trước, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã đề nghị vị tương nhiệm Indonesia, Ngoại trưởng Sugiono, xem xét lại vụ bắt giữ hai ngư dân.\nChiều 14/2, ông Bùi Thanh Sơn đã điện cho vị tương nhiệm Indonesia, đề nghị sớm trao trả hai ngư dân.';
    expect(sides(text, '2025-02-15')).toEqual([['Bùi Thanh Sơn', 'VN'], ['Sugiono', 'ID']]);
  });
});

describe('the people a call’s sentences name who are not on it', () => {
  it('the leader an aide serves (“trợ lý chính sách đối ngoại của Tổng thống Nga …, Yuri Ushakov”) is no side', () => {
    expect(sides('Một đoạn ghi âm lan truyền trên mạng được cho là của cuộc điện đàm ngày 3/11, khi đặc phái viên Mỹ Steve Witkoff gợi ý cho trợ lý chính sách đối ngoại của Tổng thống Nga Vladimir Putin, Yuri Ushakov, cách đưa ra lời đề nghị.', '2025-11-20')).toEqual([
      ['Steve Witkoff', 'US'],
      ['Yuri Ushakov', 'RU'],
    ]);
  });
  it('the source a “Theo …,” lead names, in a sentence on the online meeting of the two leaders, is no side', () => {
    const text = 'Tổng thống Nga và Chủ tịch Trung Quốc hội đàm trực tuyến\nNgày 4/2, Tổng thống Nga Vladimir Putin đã hội đàm trực tuyến với Chủ tịch Trung Quốc Tập Cận Bình.\nTheo trợ lý Điện Kremlin Yuri Ushakov, cuộc trao đổi giữa hai nhà lãnh đạo kéo dài khoảng 90 phút và chủ yếu bàn về năng lượng.';
    expect(sides(text, '2026-02-05')).toEqual([['Vladimir Putin', 'RU'], ['Tập Cận Bình', 'CN']]);
  });
});

describe('a side known by its country, named where its leader answers', () => {
  const text = (fifth: string) =>
    [
      'Tại cuộc điện đàm, Thủ tướng Phạm Minh Chính gửi lời chúc sức khỏe tới lãnh đạo cấp cao Qatar.',
      'Nhắc lại chuyến thăm Doha năm ngoái, Thủ tướng đề nghị hai bên sớm ký hiệp định bảo hộ đầu tư.',
      'Thủ tướng cũng bày tỏ lo ngại trước tình hình vùng Vịnh và mong các bên kiềm chế.',
      'Hai bên nhất trí tăng kim ngạch thương mại lên 2 tỷ USD.',
      fifth,
    ].join('\n');
  it('the one holder of a top office of that country who, a paragraph further down, addresses a named side', () => {
    const r = run(text('Thủ tướng Qatar Mohammed bin Abdulrahman Al Thani cảm ơn Thủ tướng Phạm Minh Chính và khẳng định Qatar coi trọng quan hệ với Việt Nam.'), '2025-03-12');
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([['Phạm Minh Chính', 'VN'], ['Mohammed bin Abdulrahman Al Thani', 'QA']]);
  });
  it('not an official of that country who speaks of something else', () => {
    const r = run(text('Bộ trưởng Ngoại giao Qatar Mohammed bin Abdulrahman Al Thani ngày 10/3 cho biết nước này sẵn sàng làm trung gian cho các cuộc đàm phán khu vực.'), '2025-03-12');
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([['Phạm Minh Chính', 'VN'], [null, 'QA']]);
  });
});

describe('a copy without its headline, under a photo of the two leaders', () => {
  const photo = 'Tổng thống Pháp Emmanuel Macron và Thủ tướng Ấn Độ Narendra Modi tại New Delhi, tháng 2/2024. (Ảnh: AFP)';
  const text = `${photo}\nCuộc điện đàm diễn ra khi căng thẳng về thuế quan còn chưa dịu. Quan hệ giữa Ấn Độ và Pakistan xấu đi sau phát biểu của Thủ tướng Pakistan Shehbaz Sharif tuần trước.\nTrong cuộc điện đàm ngày 3/9, ông Modi nhấn mạnh hai nước cần đẩy nhanh hợp tác quốc phòng.`;
  it('the call’s sides are the photo’s pair, not the background sentence’s official', () => {
    const r = run(text, '2025-09-04');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['FR', 'IN']);
  });

  it('not the photo’s pair of leaders when the call’s clause names two other officials of their countries', () => {
    const r = run('Tổng thống Mỹ Joe Biden (trái) và Chủ tịch Trung Quốc Tập Cận Bình tại Bali, tháng 11/2022. Ảnh: Reuters\nBộ Ngoại giao Trung Quốc ngày 9/5 cho biết Ủy viên Quốc vụ Vương Nghị đã điện đàm với Cố vấn An ninh Quốc gia Mỹ Jake Sullivan về quan hệ song phương và cuộc gặp cấp cao sắp tới.', '2023-05-10');
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([['Vương Nghị', 'CN'], ['Jake Sullivan', 'US']]);
  });

  it('not the photo’s pair whose names share only a family name with the officials the call’s clause names', () => {
    const r = run('Tổng Bí thư Nguyễn Phú Trọng (phải) và Chủ tịch Triều Tiên Kim Jong-un tại Hà Nội năm 2019. Ảnh: TTXVN\nCuộc điện đàm diễn ra trong bối cảnh hai nước chuẩn bị kỷ niệm quan hệ ngoại giao.\nChiều 4/3, Thứ trưởng Ngoại giao Nguyễn Quốc Dũng đã điện đàm với Thứ trưởng Ngoại giao Triều Tiên Kim Son Gyong về hợp tác song phương.', '2021-03-05');
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([['Nguyễn Quốc Dũng', 'VN'], ['Kim Son Gyong', 'KP']]);
  });

  it('the photo’s pair when the call’s clause names them, beside the leader one of them serves', () => {
    const text = 'Đặc phái viên Mỹ Steve Witkoff (trái) và trợ lý của Tổng thống Nga Vladimir Putin, Yuri Ushakov, tại Moskva (Ảnh: AP).\nMột đoạn ghi âm được cho là của cuộc điện đàm ngày 3/11 cho thấy đặc phái viên Mỹ Steve Witkoff khuyên trợ lý của Tổng thống Nga Vladimir Putin, Yuri Ushakov, nên gọi cho Tổng thống Mỹ Donald Trump trước.';
    for (const url of [undefined, 'https://dantri.com.vn/the-gioi/nga-phan-ung-vu-lo-cuoc-dien-dam-ve-ukraine-20251120064600557.htm']) {
      const r = analyzeText(text, { url, published: '2025-11-20' });
      expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([['Steve Witkoff', 'US'], ['Yuri Ushakov', 'RU']]);
    }
  });

  it('a leader the photo spells otherwise is one side, named as the text names him', () => {
    const r = run('Ông Barack Obama, Tổng thống Mỹ, trong cuộc điện đàm với Chủ tịch Cuba Raoul Castro chiều 16/12. Ảnh: Nhà Trắng\nChiều 16/12, ông Obama và Chủ tịch Cuba Raul Castro đã nói chuyện qua điện thoại gần một giờ về các bước bình thường hóa quan hệ.', '2014-12-18');
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([['Barack Obama', 'US'], ['Raul Castro', 'CU']]);
  });
});

describe('a known call dated by another event, in a copy under the leaders’ photo', () => {
  it('the official of the event the call is dated by is no side: the photo’s pair is', () => {
    const r = run('Ông Erdogan (trái) và Tổng thống Iran Masoud Pezeshkian tại Ankara năm 2024.\nCuộc điện đàm diễn ra 4 ngày sau khi Ngoại trưởng Pháp Jean-Noël Barrot gặp Tổng thống Iran Masoud Pezeshkian tại Tehran.\nHai nhà lãnh đạo đã bàn về an ninh khu vực và thương mại song phương.', '2025-03-12');
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['IR', 'TR']);
  });
});

describe('online meetings held within a grouping’s summit', () => {
  it('“… hai hội nghị trực tuyến trong khuôn khổ Hội nghị Thượng đỉnh ASEAN …”: the grouping is the other side', () => {
    const r = run('Thủ tướng Nhật Bản sẽ dự các hội nghị trực tuyến\nThủ tướng Nhật Bản Ishiba Shigeru dự kiến tham dự hai hội nghị trực tuyến trong khuôn khổ Hội nghị Thượng đỉnh ASEAN lần thứ 47 vào cuối tuần này.', '2025-10-20');
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['ASEAN', 'JP']);
  });
});

describe('a copy whose header kept the site’s furniture above the headline the address spells', () => {
  const url = 'https://baomau.example.vn/thu-tuong-an-do-dien-dam-voi-lanh-dao-phap-va-duc-post552211.html';
  const text = [
    'Đường dây nóng: 0912 345 678 Báo Mẫu Điện tử Tòa soạn Liên hệ quảng cáo',
    'Quốc tế',
    'Theo dõi trên Google News',
    'Thủ tướng Ấn Độ điện đàm với lãnh đạo Pháp và Đức',
    'Minh Châu',
    'Ngày 12/5, Thủ tướng Ấn Độ Narendra Modi đã điện đàm với Tổng thống Pháp Emmanuel Macron, chỉ vài giờ sau cuộc điện đàm với Thủ tướng Đức Friedrich Merz.',
    'Hai cuộc điện đàm diễn ra trước chuyến công du châu Âu của ông Modi vào tháng tới.',
  ].join('\n');

  it('the line the address spells is the headline, not the hotline above it', () => {
    expect(articleFromText(text, { url }).title).toBe('Thủ tướng Ấn Độ điện đàm với lãnh đạo Pháp và Đức');
  });

  it('a line the address does not spell leaves the choice as it was', () => {
    expect(articleFromText(text, { url: 'https://baomau.example.vn/quoc-te/post552211.html' }).title).not.toBe('Thủ tướng Ấn Độ điện đàm với lãnh đạo Pháp và Đức');
  });
});

describe('one side’s several calls in one story', () => {
  it('under a headline of calls with “loạt lãnh đạo”, each call the opening tells adds its counterpart, the earlier one of the day too', () => {
    const r = run([
      'Thủ tướng Nhật Bản gọi điện loạt lãnh đạo Đông Nam Á về an ninh hàng hải',
      'Ngày 14/4, Thủ tướng Nhật Bản Ishiba Shigeru đã điện đàm với Tổng thống Indonesia Prabowo Subianto về an ninh hàng hải trong khu vực.',
      'Hai bên nhất trí tăng cường trao đổi thông tin trên biển.',
      'Văn phòng Thủ tướng Nhật Bản cũng cho biết trong cuộc điện đàm với Thủ tướng Malaysia Anwar Ibrahim, ông Ishiba mong muốn hai nước sớm ký kết thỏa thuận về trang thiết bị quốc phòng.',
      'Trước đó cùng ngày, Thủ tướng Ishiba và Tổng thống Philippines Ferdinand Marcos Jr. đã có cuộc điện đàm kéo dài 30 phút.',
    ].join('\n'), '2025-04-15');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['JP', 'ID', 'MY', 'PH']);
  });

  it('a call hours apart told in the call’s own sentence is the story’s when the opening counts the calls', () => {
    const r = run([
      'Ngày 12/5, Thủ tướng Ấn Độ Narendra Modi đã điện đàm với Tổng thống Pháp Emmanuel Macron, chỉ vài giờ sau cuộc điện đàm với Thủ tướng Đức Friedrich Merz.',
      'Hai cuộc điện đàm diễn ra trước chuyến công du châu Âu của ông Modi vào tháng tới.',
    ].join('\n'), '2025-05-13');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['IN', 'FR', 'DE']);
  });

  it('…and background when the story tells that one call alone', () => {
    const r = run([
      'Ngày 12/5, Thủ tướng Ấn Độ Narendra Modi đã điện đàm với Tổng thống Pháp Emmanuel Macron, chỉ vài giờ sau cuộc điện đàm với Thủ tướng Đức Friedrich Merz.',
      'Ông Modi và ông Macron bàn về hợp tác quốc phòng và năng lượng hạt nhân dân sự.',
    ].join('\n'), '2025-05-13');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['IN', 'FR']);
  });

  it('a body named inside a quote after the call is no counterpart', () => {
    const r = run([
      'Chủ tịch Trung Quốc lần lượt điện đàm với lãnh đạo Nga và Pháp',
      'Ngày 8/3, Chủ tịch Trung Quốc Tập Cận Bình đã điện đàm với Tổng thống Pháp Emmanuel Macron.',
      'Trong cuộc điện đàm với Tổng thống Nga Vladimir Putin cùng ngày, ông Tập nói: “Tôi đã bàn việc này với Tổng thư ký Liên hợp quốc António Guterres tuần trước.”',
    ].join('\n'), '2025-03-09');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['CN', 'FR', 'RU']);
  });
});

describe('a call whose headline names the countries and whose next sentence names the leaders', () => {
  it('“Trong phần đầu của cuộc trò chuyện, Tổng thống … ” goes on about the call the sentence before it speaks of', () => {
    const r = run([
      'Công bố nội dung điện đàm Mỹ - Hàn: nhiều bất đồng về chi phí quân sự',
      'Một tờ báo Mỹ ngày 20/3 đã đăng lại vài đoạn trong bản ghi cuộc điện đàm mà Nhà Trắng vừa công khai.',
      'Trong phần đầu của cuộc trò chuyện, Tổng thống Donald Trump đề nghị Tổng thống Hàn Quốc Lee Jae Myung tăng phần đóng góp cho chi phí đồn trú.',
    ].join('\n'), '2026-03-21');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['KR', 'US']);
  });
});

describe('a side the headline names by its country, named by the opening', () => {
  it('the one leader of each country the opening names is that side, by name', () => {
    const r = run('Mỹ và Nga hội đàm trực tuyến về an ninh châu Âu\nTại cuộc hội đàm kéo dài hai giờ hôm thứ Ba, Tổng thống Mỹ Joe Biden đề nghị Tổng thống Nga Vladimir Putin giảm quân ở khu vực biên giới.\nHai bên giao cho các cố vấn tiếp tục trao đổi.', '2021-12-08');
    expect(r.call?.participants.map((p) => [p.name, p.country]).sort()).toEqual([['Joe Biden', 'US'], ['Vladimir Putin', 'RU']]);
  });

  it('…never one the text calls a former holder of the office', () => {
    const r = run('Mỹ và Trung Quốc điện đàm về thương mại\nNgày 3/2, đại diện thương mại hai nước đã điện đàm về các mức thuế áp từ thời cựu Tổng thống Donald Trump.\nHai bên hẹn sẽ gặp trực tiếp vào tháng tới.', '2021-02-04');
    expect(r.call?.participants.find((p) => p.country === 'US')?.name).toBeNull();
  });
});

describe('a military chief beside the president the text names', () => {
  it('“Chủ tịch Hội đồng Tham mưu trưởng Liên quân Mỹ” heads a body: he is not the President named in the same sentence', () => {
    const r = run('Sách mới: Tướng Mỹ từng bí mật gọi điện cho Bắc Kinh\nMột cuốn sách sắp ra mắt cho biết Chủ tịch Hội đồng Tham mưu trưởng Liên quân Mỹ đã hai lần gọi điện cho Tổng Tham mưu trưởng Quân đội Giải phóng Nhân dân Trung Quốc Lý Tác Thành khi lo ngại Tổng thống Donald Trump ra lệnh tấn công.\nTheo sách, Tướng Mark Milley hứa sẽ báo trước cho ông Lý nếu Mỹ định tấn công.', '2021-09-15');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['US', 'CN']);
    expect(r.call?.participants.some((p) => p.name === 'Donald Trump')).toBe(false);
  });

  it('a general known by his country alone (“Tướng Mỹ”) is not its president, nor is a former president whose decisions are the reason', () => {
    const r = run('Tướng Mỹ gọi điện trấn an Trung Quốc\nVì lo ngại trước các quyết định của cựu Tổng thống Donald Trump sau bầu cử, Chủ tịch Hội đồng Tham mưu trưởng Liên quân Mỹ đã gọi điện thoại cho Tổng Tham mưu trưởng Quân đội Giải phóng Nhân dân Trung Quốc.\nHai tướng lĩnh nói chuyện trong khoảng nửa giờ.', '2021-09-15');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['US', 'CN']);
    expect(r.call?.participants.some((p) => p.name === 'Donald Trump')).toBe(false);
  });
});

describe('an online meeting told by its ends in the countries', () => {
  it('“… tại đầu cầu các quốc gia: Thủ tướng …, Tổng thống …” is an online meeting of those leaders', () => {
    const r = run('Hội nghị cấp cao đặc biệt về ứng phó thiên tai khai mạc\nSáng 14/4, Hội nghị cấp cao đặc biệt về ứng phó thiên tai đã khai mạc.\nLãnh đạo các nước ASEAN dự hội nghị tại đầu cầu các quốc gia: Thủ tướng Campuchia Hun Manet, Tổng thống Indonesia Prabowo Subianto, Thủ tướng Thái Lan Paetongtarn Shinawatra và Thủ tướng Malaysia Anwar Ibrahim.', '2025-04-14');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'video']);
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['KH', 'ID', 'TH', 'MY']));
  });

  it('…while the ends of a domestic conference are its provinces', () => {
    const r = run('Hội nghị tổng kết công tác phòng chống thiên tai\nSáng 14/4, Ban Chỉ đạo tổ chức hội nghị tổng kết công tác phòng chống thiên tai.\nLãnh đạo các bộ, ngành dự hội nghị tại đầu cầu các tỉnh, thành phố: Chủ tịch UBND tỉnh Quảng Nam, Chủ tịch UBND tỉnh Quảng Ngãi.', '2025-04-14');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('a dated conversation of two countries’ leaders, with no call phrase around it', () => {
  it('“… hôm 12/4 đã nói chuyện với Tổng thống …” in the sapo is a phone call on that day', () => {
    const r = run('Ông Tập Cận Bình nói chuyện với Tổng thống Brazil về Ukraine\nBắc Kinh (TTXVN) - Chủ tịch Trung Quốc Tập Cận Bình hôm 12/4 đã nói chuyện với Tổng thống Brazil Luiz Inácio Lula da Silva về triển vọng hòa bình.\nHai bên nhất trí phối hợp tại G20.', '2025-04-13');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'phone']);
    expect(r.call?.eventDate).toBe('2025-04-12');
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['BR', 'CN']);
  });

  it('…but not with a place, a meeting’s sidelines, no day, or an audience that is no country’s official', () => {
    const cases = [
      'Ông Tập Cận Bình nói chuyện với Tổng thống Brazil\nChủ tịch Trung Quốc Tập Cận Bình hôm 12/4 đã nói chuyện với Tổng thống Brazil Luiz Inácio Lula da Silva tại Đại lễ đường Nhân dân.\nHai bên ký nhiều văn kiện.',
      'Ông Biden nói chuyện với ông Tập\nTổng thống Mỹ Joe Biden ngày 16/11 đã nói chuyện với Chủ tịch Trung Quốc Tập Cận Bình bên lề Hội nghị APEC.\nHai bên nhất trí duy trì liên lạc.',
      'Ông Tập Cận Bình nói chuyện với Tổng thống Brazil\nChủ tịch Trung Quốc Tập Cận Bình từng nhiều lần nói chuyện với Tổng thống Brazil Luiz Inácio Lula da Silva về hợp tác Nam - Nam.\nHai nước là thành viên BRICS.',
      'Tổng thống Pháp nói chuyện với sinh viên\nTổng thống Pháp Emmanuel Macron hôm 27/5 đã nói chuyện với sinh viên Đại học Bách khoa về trí tuệ nhân tạo.\nÔng trả lời nhiều câu hỏi.',
    ];
    for (const text of cases) expect(run(text, '2025-06-01').detection.isCall, text.split('\n')[0]).toBe(false);
  });

  it('a headline’s conversation of two countries’ ministers is a phone call when the sapo puts it in no room', () => {
    const r = run('Bộ trưởng Quốc phòng Nhật Bản nói chuyện với người đồng cấp Trung Quốc lần đầu sau một năm\nNgười phát ngôn Bộ Quốc phòng cho biết: “Trong cuộc thảo luận, Bộ trưởng nhấn mạnh việc duy trì các kênh liên lạc giữa hai quân đội.”', '2025-06-01');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'phone']);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['CN', 'JP']);
    const met = run('Bộ trưởng Quốc phòng Nhật Bản nói chuyện với người đồng cấp Trung Quốc lần đầu sau một năm\nHai bộ trưởng gặp nhau tại Singapore bên lề Đối thoại Shangri-La, người phát ngôn cho biết.', '2025-06-01');
    expect(met.detection.isCall).toBe(false);
  });

  it('…or retells it saying one side reached the other', () => {
    const r = run('Tổng thống Pháp nói chuyện với Tổng thống Brazil lần đầu sau vụ cháy rừng Amazon\nTổng thống Pháp Emmanuel Macron nói chuyện với người đồng cấp Brazil Luiz Inácio Lula da Silva, sau khi ông Lula chủ động liên lạc để bàn về rừng Amazon.', '2025-06-01');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'phone']);
  });

  it('a dated conversation in the paragraph after a quote, where a copy tells its news', () => {
    const r = run('Trung Quốc và Brazil nhất trí thúc đẩy hòa bình\n“Hai nước sẽ cùng kêu gọi đối thoại”, người phát ngôn Bộ Ngoại giao Trung Quốc nói.\nChủ tịch Trung Quốc Tập Cận Bình hôm 12/4 đã nói chuyện với Tổng thống Brazil Luiz Inácio Lula da Silva về triển vọng hòa bình.', '2025-04-13');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'phone']);
    expect(r.call?.eventDate).toBe('2025-04-12');
  });
});

describe('the counterpart of an earlier call listed after the call told', () => {
  it('“… điện đàm với Thủ tướng … và trước đó là Tổng thống …”: the one called before is background', () => {
    const r = run('Tổng thống Phần Lan điện đàm với Thủ tướng Na Uy sau cuộc gọi với Tổng thống Pháp\nTổng thống Phần Lan Alexander Stubb ngày 3/6 đã điện đàm với Thủ tướng Na Uy Jonas Gahr Støre và trước đó là Tổng thống Pháp Emmanuel Macron về an ninh Bắc Cực.\nHai nhà lãnh đạo nhất trí tăng cường tập trận chung.', '2025-06-04');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['FI', 'NO']);
  });
});

describe('a visit still to come over the call that brought it', () => {
  it('an invitation to visit in the opening, made in a call the third paragraph tells, is that call’s news', () => {
    const r = run('Ấn Độ mời Bộ trưởng Ngoại giao Việt Nam sang bàn hợp tác biển\nNgoại trưởng Ấn Độ vừa mời Bộ trưởng Ngoại giao Việt Nam sang thăm để tham vấn về an ninh hàng hải.\nNgoại trưởng Ấn Độ Subrahmanyam Jaishankar đề nghị hai bên sớm thống nhất thời gian chuyến thăm.\nLời mời được Ngoại trưởng Subrahmanyam Jaishankar đưa ra trong cuộc điện đàm với Bộ trưởng Ngoại giao Bùi Thanh Sơn ngày 20/5, Bộ Ngoại giao Ấn Độ cho biết.', '2025-05-22');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'phone']);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['IN', 'VN']);
  });

  it('…but a visit that took place keeps a call further down its background', () => {
    const r = run('Bộ trưởng Ngoại giao Việt Nam thăm Ấn Độ\nBộ trưởng Ngoại giao Bùi Thanh Sơn đã thăm chính thức Ấn Độ từ ngày 18 đến 20/5.\nHai bên ký ba văn kiện hợp tác.\nChuyến thăm được hai bộ trưởng thống nhất trong cuộc điện đàm với Ngoại trưởng Ấn Độ Subrahmanyam Jaishankar hồi tháng 3.', '2025-05-22');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('a quote’s “ngày mai” counts from the day it was spoken', () => {
  const headline = 'Tổng thống Brazil sẽ điện đàm với lãnh đạo Peru và Bolivia về tranh chấp biên giới\n';
  it('the day the opening gives the statement, for a quote whose last sentence says “ngày mai”', () => {
    const r = run(`${headline}Tổng thống Brazil Luiz Inácio Lula da Silva ngày 14/10 đã nói về kế hoạch điện đàm với Tổng thống Peru Dina Boluarte và Tổng thống Bolivia Luis Arce.\n"Tôi muốn hai nước ngồi lại với nhau. Tôi sẽ nói chuyện với cả hai tổng thống vào ngày mai", ông Lula cho biết.`, '2025-10-15');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'planned']);
    expect(r.call?.eventDate).toBe('2025-10-15');
  });

  it('…or the day its own sentence gives after the quote', () => {
    const r = run(`${headline}Tổng thống Brazil Luiz Inácio Lula da Silva sẽ điện đàm với Tổng thống Peru Dina Boluarte và Tổng thống Bolivia Luis Arce.\n“Ngày mai tôi sẽ gọi cho hai tổng thống”, ông Lula phát biểu tại São Paulo hôm 14/10.`, '2025-10-15');
    expect(r.call?.eventDate).toBe('2025-10-15');
  });

  it('…and dates nothing when the text does not say when it was spoken', () => {
    const r = run(`${headline}Tổng thống Brazil Luiz Inácio Lula da Silva sẽ điện đàm với Tổng thống Peru Dina Boluarte và Tổng thống Bolivia Luis Arce.\n"Tôi muốn hai nước ngồi lại với nhau. Tôi sẽ nói chuyện với cả hai tổng thống vào ngày mai", ông Lula cho biết.`, '2025-10-15');
    expect(r.call?.eventDate).toBeNull();
  });
});

describe('a mediator’s call about two other countries’ conflict', () => {
  it('the two countries in conflict are the call’s other sides when it names no one else', () => {
    const r = run('Tổng thống Pháp sẽ điện đàm nhằm chấm dứt xung đột Armenia - Azerbaijan\nTổng thống Pháp Emmanuel Macron ngày 3/11 cho biết ông sẽ điện đàm trong tuần này để tìm cách chấm dứt xung đột Armenia - Azerbaijan trên biên giới hai nước.\nGiao tranh bùng phát trở lại từ cuối tuần trước.', '2025-11-04');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'planned']);
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([['Emmanuel Macron', 'FR'], [null, 'AM'], [null, 'AZ']]);
  });

  it('…in a headline that quotes him after the conflict', () => {
    const r = run('Tổng thống Pháp bàn xung đột Armenia - Azerbaijan: Tôi sẽ gọi điện ngay tối nay\nTổng thống Pháp Emmanuel Macron nói ông muốn chấm dứt giao tranh mới bùng phát trên biên giới.', '2025-11-04');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['AM', 'AZ', 'FR']);
  });

  it('…but not when the call names its other side: the conflict is then its topic', () => {
    const r = run('Tổng thống Pháp điện đàm với Thủ tướng Anh về xung đột Armenia - Azerbaijan\nTổng thống Pháp Emmanuel Macron ngày 3/11 đã điện đàm với Thủ tướng Anh Keir Starmer về xung đột Armenia - Azerbaijan.', '2025-11-04');
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['FR', 'GB']);
  });

  it('…nor when the conflict is the setting before the call’s clause', () => {
    const r = run('Giữa căng thẳng Armenia - Azerbaijan, Tổng thống Pháp nói sẽ gọi điện\nGiữa căng thẳng Armenia - Azerbaijan, Tổng thống Pháp Emmanuel Macron cho biết sẽ gọi điện trong tuần này.', '2025-11-04');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('a role the headline names, written out in the named side’s own chain below', () => {
  it('“Chủ tịch Đảng …, Thủ tướng …” over “Chủ tịch Đảng … (CPP), Thủ tướng … Hun Sen” is one side', () => {
    const r = run('Tổng Bí thư điện đàm với Chủ tịch Đảng Nhân dân Campuchia, Thủ tướng Chính phủ Campuchia\nNgày 12/3, Tổng Bí thư Nguyễn Phú Trọng đã điện đàm với Chủ tịch Đảng Nhân dân Campuchia (CPP), Thủ tướng Chính phủ Vương quốc Campuchia Hun Sen.\nHai bên nhất trí tăng cường trao đổi đoàn.', '2021-03-13');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['VN', 'KH']);
    expect(r.call?.participants[1]?.name).toMatch(/Hun Sen$/);
  });

  it('…while two sides of one country with other offices stay two', () => {
    const r = run('Chủ tịch Quốc hội điện đàm với Chủ tịch Thượng viện và Thủ tướng Campuchia\nNgày 12/3, Chủ tịch Quốc hội Vương Đình Huệ đã điện đàm với Chủ tịch Thượng viện Campuchia Hun Sen và Thủ tướng Campuchia Hun Manet.', '2024-03-13');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['VN', 'KH', 'KH']);
  });
});

describe('a copy without its headline, whose address spells the call', () => {
  const text = 'Cuộc điện đàm kéo dài gần một giờ đã diễn ra vào thứ Ba theo đề nghị của phía Pháp.\nHai nguyên thủ trao đổi về tình hình Trung Đông và các biện pháp mà Pháp và Ấn Độ đang thực hiện để bảo đảm an ninh hàng hải.\nHai bên nhất trí duy trì liên lạc thường xuyên.';
  const at = (url: string) => analyzeText(text, { url, published: '2025-03-12' });
  it('has the sides the address names, as the text names them too', () => {
    const r = at('https://tin-the-gioi.example.vn/tong-thong-phap-macron-va-thu-tuong-an-do-modi-dien-dam-8123456.html');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'phone']);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['FR', 'IN']);
  });

  it('…but not from an address about something else', () => {
    expect(at('https://tin-the-gioi.example.vn/an-ninh-hang-hai-o-trung-dong-8123456.html').detection.isCall).toBe(false);
  });
});

describe('two parties’ seminar held online, and the delegations’ heads as its sides', () => {
  it('“Hội thảo lý luận … giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào … theo hình thức trực tuyến”', () => {
    const r = run('Hội thảo lý luận lần thứ 9 giữa hai Đảng Việt Nam - Lào\nChiều 14/5, Hội thảo lý luận lần thứ 9 giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào đã được tổ chức theo hình thức trực tuyến với chủ đề đổi mới công tác cán bộ.\nĐoàn đại biểu Đảng Cộng sản Việt Nam do đồng chí Phan Văn Hùng, Ủy viên Trung ương Đảng, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh làm Trưởng đoàn. Đoàn đại biểu Đảng Nhân dân Cách mạng Lào do đồng chí Khamphăn Sitthivông, Trưởng Ban Tuyên huấn Trung ương Đảng Nhân dân Cách mạng Lào làm Trưởng đoàn.', '2025-05-15');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'video']);
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([['Phan Văn Hùng', 'VN'], ['Khamphăn Sitthivông', 'LA']]);
  });

  it('…but a webinar of scholars, or a domestic one, is no meeting between two countries', () => {
    expect(run('Hội thảo trực tuyến về kinh tế số\nSáng 14/5, Hội thảo về kinh tế số giữa các nhà khoa học Việt Nam và Nhật Bản đã được tổ chức theo hình thức trực tuyến.\nCác diễn giả chia sẻ kinh nghiệm chuyển đổi số trong doanh nghiệp.', '2025-05-15').detection.isCall).toBe(false);
    expect(run('Hội thảo trực tuyến về công tác cán bộ\nSáng 14/5, Hội thảo giữa Học viện Chính trị quốc gia Hồ Chí Minh và Ban Tổ chức Trung ương đã được tổ chức theo hình thức trực tuyến.', '2025-05-15').detection.isCall).toBe(false);
  });

  it('reads a party school’s and a propaganda department’s heads by their chains, not “Học” or “Tuyên” as names', () => {
    const people = findPeople('Đồng chí Lý Thư Lôi, Ủy viên Bộ Chính trị, Trưởng Ban Tuyên truyền Trung ương Đảng Cộng sản Trung Quốc và đồng chí Nguyễn Xuân Thắng, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, Chủ tịch Hội đồng Lý luận Trung ương tham dự.');
    expect(people.map((p) => [p.name, p.country])).toEqual([['Lý Thư Lôi', 'CN'], ['Nguyễn Xuân Thắng', 'VN']]);
  });
});

describe('a dialogue the headline names, held online as the next sentence frames it', () => {
  it('“Trong quá trình tương tác ảo, …” goes on about the dialogue its sentence before reports', () => {
    const r = run('Đối thoại chính sách quốc phòng Việt Nam – Nhật Bản lần thứ 9\nNgày 20/3, Thứ trưởng Bộ Quốc phòng Nhật Bản, Tiến sĩ Kenji Sato, đồng chủ trì buổi Đối thoại Chính sách Quốc phòng Việt Nam - Nhật Bản lần thứ 9 cùng với người đồng chủ trì của Việt Nam, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng Việt Nam.\nTrong quá trình tương tác ảo, hai bên đánh giá cao kết quả hợp tác quốc phòng năm qua.', '2025-03-21');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'video']);
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual(expect.arrayContaining([['Kenji Sato', 'JP'], ['Hoàng Xuân Chiến', 'VN']]));
  });

  it('…but not a process of something else', () => {
    const r = run('Đối thoại chính sách quốc phòng Việt Nam – Nhật Bản lần thứ 9\nNgày 20/3, Thứ trưởng Bộ Quốc phòng Nhật Bản Kenji Sato đồng chủ trì buổi Đối thoại Chính sách Quốc phòng Việt Nam - Nhật Bản lần thứ 9 tại Hà Nội cùng Thượng tướng Hoàng Xuân Chiến.\nTrong quá trình chuyển đổi số, hai bên cũng từng trao đổi trực tuyến nhiều lần.', '2025-03-21');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('a grouping’s online summit spoken of in a phone call', () => {
  it('is another meeting: the call stays a phone call between its two sides', () => {
    // (A copy whose first line is the photo's caption, the summit in the sentence under it.)
    const r = run('Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Malaysia – Ảnh: VGP\nThủ tướng cảm ơn Malaysia và cá nhân Thủ tướng Anwar Ibrahim đã đóng góp vào thành công của Hội nghị Cấp cao trực tuyến ASEAN về an ninh lương thực (12/5/2025).\nHai nhà lãnh đạo nhất trí thúc đẩy thương mại gạo.', '2025-05-21');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'phone']);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['VN', 'MY']);
  });
});

describe('a meeting the two agreed on, over the call that agreed it', () => {
  it('a copy whose first line is what the call agreed (a summit’s venue), its second the call itself', () => {
    const r = run('Theo Điện Kremlin, hai tổng thống đã thống nhất được địa điểm cho cuộc gặp thượng đỉnh tiếp theo là thủ đô Vienna của Áo.\nNgày 14/10, Tổng thống Nga Vladimir Putin đã có cuộc điện đàm với Tổng thống Pháp Emmanuel Macron kéo dài hơn một giờ.', '2025-10-15');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'phone']);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['FR', 'RU']);
  });

  it('…but a summit that took place stays the news', () => {
    const r = run('Hai tổng thống đã có cuộc gặp thượng đỉnh tại thủ đô Vienna của Áo.\nTrước đó, ngày 14/9, Tổng thống Nga Vladimir Putin đã có cuộc điện đàm với Tổng thống Pháp Emmanuel Macron.', '2025-10-15');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('an online summit of many countries’ leaders, one of them named', () => {
  it('“… gửi lời mời tới 30 nhà lãnh đạo …” beside the online summit a leader called', () => {
    const r = run('Do ảnh hưởng của dịch bệnh, hội nghị thượng đỉnh trực tuyến về đại dương do Thủ tướng Na Uy Jonas Gahr Støre khởi xướng sẽ được phát trực tiếp.\nBên cạnh Chủ tịch nước Lương Cường, ông Støre còn gửi lời mời tham dự hội nghị tới 30 nhà lãnh đạo khác.', '2025-06-10');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['NO', 'VN']));
  });

  it('…not an online meeting of one named side with its own provinces', () => {
    const r = run('Bộ Công Thương họp trực tuyến với 63 tỉnh, thành phố về xuất khẩu\nSáng 9/6, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên chủ trì hội nghị trực tuyến với 63 tỉnh, thành phố về thúc đẩy xuất khẩu sang Na Uy.', '2025-06-10');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('the call’s subject after a clause of what went before', () => {
  it('“Sau khi …, Thủ tướng … dự kiến sẽ điện đàm với …” under a headline about the talks to come', () => {
    const r = run('Mexico và Mỹ chuẩn bị đối thoại cấp cao về thuế thép\nSau khi Mỹ nâng thuế thép nhập khẩu lên 50% từ đầu tháng, Tổng thống Mexico Claudia Sheinbaum dự kiến sẽ điện đàm với Tổng thống Donald Trump trong tuần này để tìm lối ra.', '2025-06-10');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'planned']);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['MX', 'US']);
  });

  it('…but a call inside that clause is what the news hangs on', () => {
    const r = run('Giá dầu tăng mạnh đầu tuần\nSau khi Tổng thống Mexico Claudia Sheinbaum điện đàm với Tổng thống Donald Trump, giá dầu thô trên thị trường châu Á tăng 2%.', '2025-06-10');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('sides a phone call’s own wording names as “điện đàm” would', () => {
  it('“Tại cuộc trao đổi qua điện thoại, Thủ tướng … chuyển lời thăm hỏi … đến Quốc vương và lãnh đạo cấp cao Oman”', () => {
    const r = run('Thủ tướng Phạm Minh Chính - Ảnh: VGP\nTại cuộc trao đổi qua điện thoại, Thủ tướng Phạm Minh Chính chuyển lời thăm hỏi của Tổng Bí thư Tô Lâm đến Quốc vương và lãnh đạo cấp cao Oman.\nHai bên nhất trí thúc đẩy hợp tác năng lượng.', '2026-03-10');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'phone']);
    expect(r.call?.participants.map((p) => p.country)).toEqual(expect.arrayContaining(['VN', 'OM']));
  });
});

describe('a paragraph that opens on what came before the news', () => {
  it('“Trước đó, hôm 4/2, … đã có cuộc điện đàm. Nhà lãnh đạo … nói rằng ông đã có một cuộc điện đàm rất tốt …” is background', () => {
    const r = run('Tổng thống Pháp tiết lộ thời điểm Thủ tướng Ấn Độ thăm Paris\nTổng thống Pháp Emmanuel Macron nói rằng Thủ tướng Ấn Độ Narendra Modi sẽ thăm Paris vào mùa thu.\nTrả lời phỏng vấn đài France 2 hôm 8/2, ông Macron cho biết hai nước sẽ ký thỏa thuận về động cơ máy bay trong chuyến thăm.\nTrước đó, hôm 4/2, ông Macron và ông Modi đã có cuộc điện đàm. Tổng thống Pháp nói rằng ông đã có một cuộc điện đàm rất tốt với ông Modi về thương mại.', '2026-02-09');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('a call whose other side is a region’s or the world’s leaders', () => {
  it('“… sẽ tham gia cuộc họp trực tuyến với các nhà lãnh đạo châu Á …” with one side named', () => {
    const r = run('Thủ tướng Ấn Độ sẽ dự cuộc họp trực tuyến về khí hậu\nThủ tướng Ấn Độ Narendra Modi sẽ tham gia cuộc họp trực tuyến với các nhà lãnh đạo châu Á vào tuần tới để bàn về biến đổi khí hậu.', '2021-05-13');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'planned']);
  });

  it('…not one with the leaders of the country’s own provinces', () => {
    const r = run('Thủ tướng Ấn Độ sẽ họp trực tuyến về khí hậu\nThủ tướng Ấn Độ Narendra Modi sẽ họp trực tuyến với lãnh đạo các bang vào tuần tới để bàn về biến đổi khí hậu.', '2021-05-13');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('a phone call first told deep in a story about something else', () => {
  const story = (callParagraph: number) =>
    [
      'Vùng Vịnh đứng trước sức ép giá dầu',
      'Giá dầu Brent ngày 12/3 giảm xuống mức thấp nhất trong ba tháng, khiến các nước xuất khẩu vùng Vịnh phải cân nhắc lại kế hoạch sản lượng.',
      'Kuwait và Qatar cho biết sẽ giữ nguyên sản lượng đến hết quý II.',
      'Các nhà phân tích dự báo nhu cầu nhiên liệu của châu Á sẽ phục hồi chậm.',
      'Ngân hàng trung ương các nước trong khu vực cũng đã hạ lãi suất.',
      'Thị trường chứng khoán Dubai mất gần 3% trong tuần.',
    ]
      .map((p, i) => (i === callParagraph ? `${p}\nNgày 11/3, Ngoại trưởng Kuwait Abdullah Al-Yahya đã điện đàm với Ngoại trưởng Saudi Arabia Faisal bin Farhan về tình hình khu vực.` : p))
      .join('\n');

  it('below the third paragraph it is the story’s background', () => {
    expect(run(story(4), '2026-03-12').detection.isCall).toBe(false);
  });

  it('…in the third it is still the news the headline sums up', () => {
    const r = run(story(2), '2026-03-12');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'phone']);
  });
});

describe('a side whose own chain gives no country', () => {
  const text =
    'Hàn Quốc và Australia cam kết thúc đẩy hợp tác quốc phòng\nBộ Quốc phòng Hàn Quốc cho biết Quyền Bộ trưởng Quốc phòng Park Min-jae và Bộ trưởng Quốc phòng Australia Richard Marles ngày 14/1 đã có cuộc điện đàm để trao đổi về tình hình bán đảo.\nHai bên nhất trí duy trì các cuộc tập trận chung.';

  it('is of the one country the call names that no other side is (the ministry that tells of it), with its acting office', () => {
    const r = run(text, '2026-01-15');
    expect(r.call?.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Park Min-jae', 'Quyền Bộ trưởng Quốc phòng', 'KR'],
      ['Richard Marles', 'Bộ trưởng Quốc phòng', 'AU'],
    ]);
  });
});

describe('remarks made right after the call', () => {
  it('“Phát biểu sau cuộc điện đàm với …, Tổng thống … cho biết …” under a headline about the visit it brought is the call’s news', () => {
    const r = run('Tổng thống Pháp nhận lời mời thăm Brazil vào tháng 5\nPhát biểu sau cuộc điện đàm với Tổng thống Brazil Lula da Silva tối 3/2, Tổng thống Pháp Emmanuel Macron cho biết ông đã nhận lời mời sang thăm Brasilia vào tháng 5 tới.\nHai bên cũng bàn về hiệp định thương mại giữa EU và khối Mercosur.', '2026-02-04');
    expect([r.detection.isCall, r.detection.kind, r.call?.eventDate]).toEqual([true, 'phone', '2026-02-03']);
  });

  it('…but not remarks after a meeting in person', () => {
    const r = run('Tổng thống Pháp nhận lời mời thăm Brazil vào tháng 5\nPhát biểu sau cuộc hội đàm với Tổng thống Brazil Lula da Silva tại Paris tối 3/2, Tổng thống Pháp Emmanuel Macron cho biết ông đã nhận lời mời sang thăm Brasilia vào tháng 5 tới.', '2026-02-04');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('a known leader written with the styles the gazetteer keeps in his name', () => {
  it('“Thủ tướng Samdech Techo Hun Sen” is Hun Sen of Cambodia, whoever tells of the call', () => {
    const r = run('Ngày 12/4, Bộ Ngoại giao và Hợp tác quốc tế Campuchia ra thông cáo cho biết sáng cùng ngày, Thủ tướng Samdech Techo Hun Sen và Thủ tướng Lào Phankham Viphavanh đã có cuộc hội đàm trực tuyến.\nTại cuộc hội đàm, hai bên bày tỏ hài lòng về quan hệ hợp tác.', null);
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([
      ['Hun Sen', 'KH'],
      ['Phankham Viphavanh', 'LA'],
    ]);
  });
});

describe('a country the address names as where someone is', () => {
  const text =
    'Đêm 5-3, Đại sứ Việt Nam tại Ba Lan Trần Văn An cho biết Chủ tịch nước vừa gọi điện cho Đại sứ để hỏi về công tác bảo hộ công dân.\nĐại sứ quán đã lập đường dây nóng hỗ trợ người Việt tại Ba Lan.';
  it('“…-goi-dien-cho-dai-su-viet-nam-tai-ba-lan” is no side of the call: a president’s call to his own envoy is domestic', () => {
    const r = analyzeText(text, { url: 'https://example.vn/thoi-su/chu-tich-nuoc-goi-dien-cho-dai-su-viet-nam-tai-ba-lan-20220305.htm', published: '2022-03-05' });
    expect(r.detection.isCall).toBe(false);
  });
  it('…where the address’s country stands as a side, it still is one', () => {
    const r = analyzeText(text.replace('Đại sứ Việt Nam tại Ba Lan Trần Văn An cho biết Chủ tịch nước vừa gọi điện cho Đại sứ', 'Bộ Ngoại giao cho biết Chủ tịch nước vừa gọi điện cho Tổng thống Andrzej Duda'), {
      url: 'https://example.vn/thoi-su/chu-tich-nuoc-goi-dien-cho-tong-thong-ba-lan-20220305.htm',
      published: '2022-03-05',
    });
    expect([r.detection.isCall, r.call?.participants.map((p) => p.country)]).toEqual([true, ['VN', 'PL']]);
  });
});

describe('an online meeting one leader attends beside the other members’ leaders', () => {
  it('“Cuộc họp trực tuyến … sẽ có sự tham gia của Thủ tướng Ấn Độ … cùng lãnh đạo các nước thành viên khác” is a planned call of many', () => {
    const r = run('Ấn Độ tham gia thảo luận về chuỗi cung ứng\nCuộc họp trực tuyến dự kiến diễn ra ngày 12/3 sẽ có sự tham gia của Thủ tướng Ấn Độ Narendra Modi cùng lãnh đạo các nước thành viên khác.\nCuộc họp dự kiến bàn về vắc-xin.', '2021-03-08');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'planned']);
    expect(r.call?.participants.map((p) => p.country)).toContain('IN');
  });

  it('…not beside the leaders of the country’s own ministries', () => {
    const r = run('Ấn Độ bàn về chuỗi cung ứng\nCuộc họp trực tuyến dự kiến diễn ra ngày 12/3 sẽ có sự tham gia của Thủ tướng Ấn Độ Narendra Modi cùng lãnh đạo các bộ, ngành và các bang.\nCuộc họp dự kiến bàn về vắc-xin.', '2021-03-08');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('a name in apposition after an office’s name', () => {
  it('“Theo Văn phòng Tổng thống Ukraine, ông Zelensky … đã có cuộc điện đàm với …”: the name is the call’s side', () => {
    const r = run('Tổng thống Ukraine Volodymyr Zelensky phát biểu tại Kiev. Ảnh: AFP\nTheo Văn phòng Tổng thống Ukraine, ông Zelensky ngày 5/6 đã có cuộc điện đàm với Thủ tướng Đức Olaf Scholz.\nHai bên thảo luận về viện trợ quân sự.', '2024-06-06');
    expect([r.detection.isCall, r.call?.participants.map((p) => p.country)]).toEqual([true, ['UA', 'DE']]);
  });
});

describe('the call fronted, and the other side’s remarks after its comma', () => {
  const headline = 'Thủ tướng Anh xác nhận thời điểm thăm Ấn Độ';
  it('“Theo BBC, sau cuộc điện đàm với Thủ tướng Ấn Độ …, Thủ tướng Anh … xác nhận …” is the call’s news', () => {
    const r = run(`${headline}\nTheo BBC, sau cuộc điện đàm với Thủ tướng Ấn Độ Narendra Modi vào ngày 8-7, Thủ tướng Anh Keir Starmer xác nhận ông sẽ thăm New Delhi vào tháng 10.\nHai bên cũng bàn về hiệp định thương mại tự do.`, '2026-07-09');
    expect([r.detection.isCall, r.detection.kind, r.call?.eventDate]).toEqual([true, 'phone', '2026-07-08']);
  });
  it('…but not what followed a call with no word said about it', () => {
    const r = run(`Giá cổ phiếu quốc phòng Anh tăng mạnh\nTheo BBC, sau cuộc điện đàm với Thủ tướng Ấn Độ Narendra Modi vào ngày 8-7, cổ phiếu các hãng quốc phòng Anh tăng 4%.`, '2026-07-09');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('an official the call sentence names without office, whom a photo caption names with one', () => {
  it('“Tại cuộc điện đàm, ông … nhấn mạnh quan hệ giữa hai nước Việt Nam - Lào …” and the caption’s “Trưởng Ban … [name] tại buổi điện đàm”', () => {
    const r = run('Tại cuộc điện đàm, ông Lê Văn Hòa nhấn mạnh quan hệ giữa hai nước Việt Nam - Lào ngày càng gắn bó và khẳng định Việt Nam coi trọng hợp tác với Lào.\nTrưởng Ban Kinh tế Trung ương Lê Văn Hòa tại buổi điện đàm. Ảnh: TTXVN\nHai bên nhất trí tăng cường trao đổi kinh nghiệm.', '2023-05-10');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Lê Văn Hòa', 'Trưởng Ban Kinh tế Trung ương', 'VN'],
      [null, null, 'LA'],
    ]);
  });
});

describe('remarks after the call that speak of a meeting in person', () => {
  it('“Phát biểu với báo giới sau cuộc điện đàm với …, ông … nhấn mạnh cần gặp trực tiếp …” standing for the headline is the call', () => {
    const r = run('Thủ tướng Canada Mark Carney. (Ảnh: Reuters)\nPhát biểu với báo giới sau cuộc điện đàm với Tổng thống Pháp Emmanuel Macron ngày 3/4, Thủ tướng Canada Mark Carney nhấn mạnh hai bên cần sớm gặp trực tiếp để ký hiệp định hợp tác khoáng sản.\nÔng Carney cũng cho biết hai nhà lãnh đạo nhất trí phối hợp chặt chẽ tại G7.', '2026-04-04');
    expect([r.detection.isCall, r.detection.kind, r.call?.eventDate]).toEqual([true, 'phone', '2026-04-03']);
  });
  it('…while a headline on a meeting in person held after the call is still that meeting’s', () => {
    const r = run('Sau cuộc điện đàm với Tổng thống Pháp, Thủ tướng Canada Mark Carney gặp trực tiếp Thủ tướng Anh tại London\nThủ tướng Canada Mark Carney ngày 5/4 đã hội đàm với Thủ tướng Anh Keir Starmer tại London.', '2026-04-06');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('a sentence framed by its call that says what its subject “also” said there', () => {
  it('adds to the sentence before, which names the other side: “… nêu rõ với người đồng cấp … . Theo thông báo, trong cuộc hội đàm trực tuyến hôm 9/9, ông … cũng khẳng định …”', () => {
    const r = run('Tin nhanh\nNhật Bản không tìm kiếm đối đầu\nNgười phát ngôn Bộ Quốc phòng Nhật Bản ngày 10/9 thông báo Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen đã nêu rõ với người đồng cấp Australia Richard Marles rằng Tokyo không tìm kiếm đối đầu trong khu vực. Theo thông báo, trong cuộc hội đàm trực tuyến hôm 9/9, ông Nakatani cũng khẳng định Nhật Bản sẽ tăng cường tập trận chung.', '2025-09-10');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'video']);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['JP', 'AU']);
  });
});

describe('the country that called an online meeting', () => {
  it('“… sẽ tham dự Hội nghị thượng đỉnh trực tuyến về … do Na Uy khởi xướng” has that country as a side', () => {
    const r = run('Tổng thống Brazil xác nhận dự hội nghị về rừng nhiệt đới\nTổng thống Brazil Luiz Inácio Lula da Silva sẽ tham dự và phát biểu vào ngày 5/6 tại Hội nghị thượng đỉnh trực tuyến về bảo vệ rừng nhiệt đới do Na Uy khởi xướng.', '2026-06-01');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'planned']);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['BR', 'NO']);
  });
  it('…not a summit in person it calls', () => {
    const r = run('Tổng thống Brazil xác nhận dự hội nghị về rừng nhiệt đới\nTổng thống Brazil Luiz Inácio Lula da Silva sẽ tham dự và phát biểu vào ngày 5/6 tại Hội nghị thượng đỉnh về bảo vệ rừng nhiệt đới do Na Uy khởi xướng ở Oslo.', '2026-06-01');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('a meeting word that is the last syllable of another word', () => {
  it('“… phát biểu trực tiếp hoặc trực tuyến” holds no “tiếp” (a reception) held online', () => {
    const r = run('Phó Thủ tướng dự phiên họp Đại hội đồng Liên hợp quốc\nPhó Thủ tướng Phạm Bình Minh đã có bài phát biểu ghi hình tại phiên họp của Đại hội đồng Liên hợp quốc, nơi các nhà lãnh đạo phát biểu trực tiếp hoặc trực tuyến.', '2020-09-25');
    expect(r.detection.reasons.join(' ')).not.toMatch(/tiếp hoặc trực tuyến/u);
    expect(r.detection.isCall).toBe(false);
  });
  it('…while a reception held online still is one', () => {
    const r = run('Thủ tướng tiếp trực tuyến Đại sứ Nhật Bản\nChiều 12/3, Thủ tướng Phạm Minh Chính đã tiếp trực tuyến Thủ tướng Nhật Bản Kishida Fumio.', '2021-03-13');
    expect(r.detection.reasons.join(' ')).toMatch(/tiếp trực tuyến/u);
  });
});

describe('a copy whose dateline carries a time', () => {
  it('a call told by its weekday below the opening, under a dateline with a time and zone, is read without error (the fuzz property of tests/unit/fuzz.test.ts finds the crash this guarded against)', () => {
    const text =
      'Chuyện ít biết về những cuộc điện đàm của các tổng thống Mỹ\n\nQuốc tếThứ Ba, 13/12/2016 11:24:00 +07:00\n\n' +
      'Sau cuộc điện đàm gần đây của Tổng thống đắc cử Mỹ với lãnh đạo Nhật Bản, giới quan sát chú ý tới cách các tổng thống Mỹ chuẩn bị cho những cuộc gọi như vậy.\n\n' +
      'Gần đây nhất, theo truyền thông Mỹ, Tổng thống đắc cử Donald Trump đã điện đàm với Thủ tướng Nhật Bản Shinzo Abe hôm thứ Sáu vừa qua.';
    const r = analyzeText(text, { published: '2016-12-13' });
    expect(r.article?.publishedAt).toBe('2016-12-13T11:24:00+07:00');
    expect(r.detection.isCall).toBe(false);
    // …nor a call because the address names calls: it names them as the headline does, in general.
    expect(analyzeText(text, { published: '2016-12-13', url: 'https://baomau.vn/chuyen-it-biet-ve-nhung-cuoc-dien-dam-cua-cac-tong-thong-my-d292553.html' }).detection.isCall).toBe(false);
  });
});

describe('an online summit that names one leader', () => {
  it('“Thủ tướng … là người đề xướng Hội nghị thượng đỉnh trực tuyến về …”, told below a headline on its outcome, is a video call', () => {
    const r = run('Quỹ nước sạch có thêm cam kết góp vốn\nThủ tướng Australia Anthony Albanese là người đề xướng Hội nghị thượng đỉnh trực tuyến về an ninh nguồn nước khép lại tối 1/3, nơi nhiều nước hứa góp tiền cho quỹ chung.', '2026-03-02');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'video']);
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([['Anthony Albanese', 'AU']]);
  });
  it('…not the same summit held in one capital', () => {
    const r = run('Quỹ nước sạch có thêm cam kết góp vốn\nThủ tướng Australia Anthony Albanese là người đề xướng Hội nghị thượng đỉnh về an ninh nguồn nước khép lại ở Sydney tối 1/3, nơi nhiều nước hứa góp tiền cho quỹ chung.', '2026-03-02');
    expect(r.detection.isCall).toBe(false);
  });
  it('…nor an online summit that names no one', () => {
    const r = run('Quỹ nước sạch chờ thêm cam kết góp vốn\nHội nghị thượng đỉnh trực tuyến về an ninh nguồn nước sẽ khép lại tối 1/3, và nhiều nước được chờ sẽ hứa góp tiền cho quỹ chung.', '2026-03-02');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('an online meeting a country chairs, of a body of a grouping', () => {
  const under = 'Khu vực lập kho thuốc chung chống dịch sởi\nHà Nội - Kho thuốc sẽ đặt ở ba nước và mở cửa từ tháng 6.\n';
  it('“phiên họp trực tuyến … của nhóm chuyên trách … thuộc Hội đồng Điều phối ASEAN, dưới sự chủ trì của Việt Nam, …” is a video call of Vietnam and ASEAN', () => {
    const r = run(`${under}Chiều 12/4, phiên họp trực tuyến mở đầu của nhóm chuyên trách về dịch bệnh thuộc Hội đồng Điều phối ASEAN, dưới sự chủ trì của Việt Nam, đã thống nhất lập kho thuốc chung.`, '2026-04-12');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'video']);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['ASEAN', 'VN']);
  });
  it('…not the same meeting held in one city', () => {
    const r = run(`${under}Chiều 12/4, phiên họp mở đầu tại Hà Nội của nhóm chuyên trách về dịch bệnh thuộc Hội đồng Điều phối ASEAN, dưới sự chủ trì của Việt Nam, đã thống nhất lập kho thuốc chung.`, '2026-04-12');
    expect(r.detection.isCall).toBe(false);
  });
  it('…nor an online meeting a ministry chairs', () => {
    const r = run(`${under}Chiều 12/4, phiên họp trực tuyến mở đầu của nhóm chuyên trách về dịch sởi, dưới sự chủ trì của Bộ Y tế, đã thống nhất lập kho thuốc chung.`, '2026-04-12');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('an online meeting whose ends are in two countries', () => {
  const headline = 'Nghị sĩ Đông Nam Á bàn về an ninh lương thực\n';
  it('“Phiên họp trực tuyến …, nối điểm cầu Hà Nội với các điểm cầu của nghị viện những nước thành viên ASEAN” is a video call of Vietnam and ASEAN', () => {
    const r = run(`${headline}Phiên họp trực tuyến kéo dài ba giờ, nối điểm cầu Hà Nội với các điểm cầu của nghị viện những nước thành viên ASEAN. Chủ tịch Quốc hội Vương Đình Huệ mở đầu bằng lời chào các đại biểu.`, '2026-09-01');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'video']);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['ASEAN', 'VN']);
  });
  it('“… giữa điểm cầu Hà Nội và điểm cầu Vientiane” likewise', () => {
    const r = run('Hai bộ trao đổi kinh nghiệm quản lý rừng\nSáng 4/3, Bộ trưởng Bộ Nông nghiệp và Môi trường Việt Nam đã họp trực tuyến giữa điểm cầu Hà Nội và điểm cầu Vientiane để bàn việc chống cháy rừng.', '2026-03-04');
    expect(r.detection.isCall).toBe(true);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['LA', 'VN']);
  });
  it('…not a meeting whose ends are all in one country', () => {
    const r = run(`${headline}Phiên họp trực tuyến kéo dài ba giờ, nối điểm cầu Hà Nội với điểm cầu TP Hồ Chí Minh. Chủ tịch Quốc hội Vương Đình Huệ mở đầu bằng lời chào các đại biểu.`, '2026-09-01');
    expect(r.detection.isCall).toBe(false);
  });
  it('…nor the provinces’ ends of a domestic one', () => {
    const r = run(`${headline}Phiên họp trực tuyến kéo dài ba giờ, nối điểm cầu Hà Nội với điểm cầu các tỉnh, thành phố. Chủ tịch Quốc hội Vương Đình Huệ mở đầu bằng lời chào các đại biểu.`, '2026-09-01');
    expect(r.detection.isCall).toBe(false);
  });
});

describe('a copy without its headline whose first call is a bare noun, still to come', () => {
  const text =
    'An ninh và chuỗi cung ứng sẽ là hai chủ đề chính khi cuộc điện đàm được tổ chức chiều 9-6, một quan chức giấu tên nói với Yonhap.\nTổng thống Lee Jae-myung dự kiến đề nghị Tokyo giữ nhịp trao đổi cấp cao đều đặn.\nThủ tướng Nhật Bản Ishiba Shigeru coi đây là dịp để thắt chặt quan hệ, theo nội các.';
  it('“… khi cuộc điện đàm được tổ chức chiều 9-6 …” from “…-tong-thong-han-quoc-se-noi-gi-voi-thu-tuong-nhat-ban” is a planned call of the two the address names', () => {
    const r = analyzeText(text, { url: 'https://example.vn/the-gioi/tong-thong-han-quoc-se-noi-gi-voi-thu-tuong-nhat-ban-20250608.htm', published: '2025-06-08' });
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'planned']);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['JP', 'KR']);
  });
  it('…not when the address names only one country', () => {
    const r = analyzeText(text, { url: 'https://example.vn/the-gioi/tong-thong-han-quoc-se-noi-gi-ve-chuoi-cung-ung-20250608.htm', published: '2025-06-08' });
    expect(r.detection.isCall).toBe(false);
  });
});

describe('many countries’ officials who meet by phone', () => {
  it('“Bộ trưởng Tài chính các nước khu vực đồng Euro họp kín qua điện thoại …” is a phone call of the euro area', () => {
    const r = run('Đêm 3/11, Bộ trưởng Tài chính các nước khu vực đồng Euro họp kín qua điện thoại mà chưa chốt được gói cứu trợ ngân hàng.\nMột vòng thảo luận nữa được hẹn vào cuối tuần.', '2026-11-04');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'phone']);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['EU']);
  });
  it('…not one minister who phones about the euro area', () => {
    const r = run('Tối 3/11, tại Brussels, ông Pierre Gramegna cho biết đã hỏi ý kiến qua điện thoại về gói cứu trợ ngân hàng của khu vực đồng Euro.\nÔng không nói thêm chi tiết.', '2026-11-04');
    expect(r.detection.isCall).toBe(false);
  });
  it('“khu vực đồng Euro” is the EU as a body, in the lower case the press writes it in', () => {
    const a = analyzeArticle(articleFromText('Các nước khu vực đồng Euro nhất trí gia hạn khoản vay.', { published: '2026-11-04' }));
    expect(a.sentences[0]!.entities.flatMap((e) => e.refs.map((r) => (r.type === 'body' ? r.code : null)))).toContain('EU');
  });
});

describe('a counterpart named before the office in apposition, with no honorific', () => {
  it('“… qua điện thoại với Javier Brunson, Tư lệnh Lực lượng Hoa Kỳ tại Hàn Quốc …” is that commander, of the United States', () => {
    expect(sides('Thủ tướng Hàn Quốc điện đàm với chỉ huy quân Mỹ\nNgày 23/3, Thủ tướng Hàn Quốc Kim Min-seok đã nói chuyện qua điện thoại với Javier Brunson, Tư lệnh Lực lượng Hoa Kỳ tại Hàn Quốc, về an ninh.', '2026-03-24')).toEqual([
      ['Kim Min-seok', 'KR'],
      ['Javier Brunson', 'US'],
    ]);
  });
  it('…not a capitalised run after “với” with no office after its comma', () => {
    const p = findPeople('Bộ trưởng Hàn Quốc đã làm việc với Ngân Hàng Quân Đội, một đối tác lâu năm.');
    expect(p.map((x) => x.name)).toEqual([null]);
  });
});

describe('a call told as “earlier the same day”', () => {
  const text = (when: string) =>
    `"Năng lượng sạch là nơi Pháp và Ấn Độ sẽ làm được nhiều nhất", ông Macron viết trên mạng xã hội tối 10/3.\n${when}, phía New Delhi xác nhận hai nhà lãnh đạo đã điện đàm khoảng nửa giờ.`;
  const url = 'https://example.vn/the-gioi/tong-thong-phap-macron-va-thu-tuong-an-do-modi-dien-dam-20260310.htm';
  it('“Trước đó cùng ngày, … hai nhà lãnh đạo đã điện đàm …” in a headless copy whose address spells the call is that call', () => {
    const r = analyzeText(text('Trước đó cùng ngày'), { url, published: '2026-03-10' });
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'phone']);
    expect(r.call?.participants.map((p) => p.country).sort()).toEqual(['FR', 'IN']);
  });
  it('…while “Trước đó,” alone still tells an earlier one', () => {
    const r = analyzeText(text('Trước đó'), { url, published: '2026-03-10' });
    expect(r.detection.isCall).toBe(false);
  });
});

describe('a copy cut mid-article that goes on about the meeting its address names', () => {
  const text =
    'Tham dự cuộc họp còn có đại diện các bộ, ngành của hai bên cùng một số hiệp hội doanh nghiệp.\nPhó Thủ tướng Bùi Thanh Sơn đề nghị hai bên sớm ký kết hiệp định về vận tải biển.\nPhía Ấn Độ, Bộ trưởng Ngoại giao Subrahmanyam Jaishankar nhất trí thúc đẩy hợp tác dược phẩm.';
  it('“Tham dự cuộc họp còn có …” from “…-hop-truc-tuyen-voi-ngoai-truong-an-do-…” is that online meeting', () => {
    const r = analyzeText(text, { url: 'https://example.vn/pho-thu-tuong-bui-thanh-son-hop-truc-tuyen-voi-ngoai-truong-an-do-20260312.htm', published: '2026-03-12' });
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'video']);
    expect(r.detection.reasons.at(-1)).toBe('các bên: VN, IN');
  });
  it('…not from an address that spells a reception', () => {
    const r = analyzeText(text, { url: 'https://example.vn/pho-thu-tuong-bui-thanh-son-tiep-ngoai-truong-an-do-20260312.htm', published: '2026-03-12' });
    expect(r.detection.isCall).toBe(false);
  });
  it('…nor one whose first line tells something else', () => {
    const r = analyzeText(text.replace('Tham dự cuộc họp còn có', 'Trong năm qua, có'), { url: 'https://example.vn/pho-thu-tuong-bui-thanh-son-hop-truc-tuyen-voi-ngoai-truong-an-do-20260312.htm', published: '2026-03-12' });
    expect(r.detection.isCall).toBe(false);
  });
});

describe('the year of a copy with neither a publication date nor a year by its call', () => {
  const call = 'Chiều 14/8, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Australia Anthony Albanese về hợp tác năng lượng sạch.';
  it('is the latest year the text names: “… từ khi hai nước nâng cấp quan hệ tháng 3/2024 …”', () => {
    const r = run(`${call}\nHai nhà lãnh đạo điểm lại các kết quả hợp tác kể từ khi hai nước nâng cấp quan hệ vào tháng 3/2024, sau chuyến thăm năm 2023.`, null);
    expect(r.call?.eventDate).toBe('2024-08-14');
  });
  it('…not a target’s year (“đến năm 2030”), which may lie ahead', () => {
    const r = run(`${call}\nHai bên đặt mục tiêu đưa kim ngạch thương mại lên 20 tỷ USD đến năm 2030.`, null);
    expect([r.call?.eventDate, r.call?.eventDatePartial]).toEqual([null, '--08-14']);
  });
  it('…nor a year in which a leader the call names held no office (an agreement of 2017 beside a prime minister since 2025)', () => {
    const r = run('Tối 9/4, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản Takaichi Sanae.\nHai bên nhắc lại Hiệp định Đối tác được ký kết tháng 11/2017.', null);
    expect([r.call?.eventDate, r.call?.eventDatePartial]).toEqual([null, '--04-09']);
  });
});

describe('the year of an undated copy’s day, from the text itself', () => {
  const lead = 'Sáng 18/9, Bộ trưởng Công Thương Trần Tuấn Anh đã điện đàm với Bộ trưởng Thương mại Australia Simon Birmingham về chuỗi cung ứng.';
  it('is the year the text writes that same day with, further down or under a photo (“… sáng ngày 18/9/2019”)', () => {
    const r = run(`${lead}\nHai bộ trưởng đồng ý sớm họp ủy ban hỗn hợp.\nBộ trưởng Trần Tuấn Anh tại cuộc điện đàm sáng ngày 18/9/2019. (Ảnh: Minh Khoa)`, null);
    expect(r.call?.eventDate).toBe('2019-09-18');
  });
  it('…not an anniversary’s year, which falls on the same day (“kỷ niệm … 18/9/1979”)', () => {
    const r = run(`${lead}\nHai bộ trưởng nhắc tới lễ kỷ niệm ngày ký hiệp định thương mại đầu tiên 18/9/1979.`, null);
    expect(r.call?.eventDate ?? null).not.toBe('1979-09-18');
  });
  it('…nor the year of another event on that day, in which a side the call names held no office (“… ngày 18/9/2013, khi đó …”)', () => {
    const r = run(`Sáng 18/9, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Australia Anthony Albanese về chuỗi cung ứng.\nHai bên nhắc lại rằng ngày 18/9/2013, khi đó hai nước mới nâng cấp quan hệ, nhiều dự án đã khởi động.`, null);
    expect([r.call?.eventDate, r.call?.eventDatePartial]).toEqual([null, '--09-18']);
  });
  const call = 'Tối 12/2, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Australia Anthony Albanese về hợp tác khoáng sản.';
  it('is the year after the latest one named when the day falls before a month the text names as gone by (“hồi tháng 10/2025”)', () => {
    const r = run(`${call}\nHai nhà lãnh đạo điểm lại kết quả chuyến thăm của Thủ tướng Australia hồi tháng 10/2025.`, null);
    expect(r.call?.eventDate).toBe('2026-02-12');
  });
  it('…not when that month may lie ahead (“sẽ sang thăm vào tháng 10/2025”)', () => {
    const r = run(`${call}\nThủ tướng Australia cho biết sẽ sang thăm Việt Nam vào tháng 10/2025.`, null);
    expect(r.call?.eventDate).toBe('2025-02-12');
  });
});

describe('a day still to come, several words after its “sẽ”', () => {
  const story = (line: string) =>
    run(`Bộ trưởng Ngoại giao điện đàm với người đồng cấp Ba Lan\nBộ trưởng Ngoại giao Lê Hoài Trung đã điện đàm với Bộ trưởng Ngoại giao Ba Lan Radosław Sikorski về bảo hộ công dân.\n${line}`, null);
  it('is not the call’s day: “… chuyến bay sẽ đưa các công dân trở về Hà Nội vào ngày 8/3”', () => {
    const r = story('Bộ trưởng Lê Hoài Trung cho biết chuyến bay đầu tiên sẽ đưa các công dân trở về Hà Nội vào ngày 8/3 và cảm ơn phía Ba Lan đã hỗ trợ.');
    expect(r.call?.eventDatePartial ?? null).not.toBe('--03-08');
  });
  it('…while a day the call’s own sentence gives still is', () => {
    const r = story('Cuộc điện đàm diễn ra ngày 6/3, một ngày sau khi chuyến bay đầu tiên được thông báo.');
    expect(r.call?.eventDatePartial).toBe('--03-06');
  });
});

describe('a related box a copy keeps under the sapo', () => {
  const head = [
    'Bộ trưởng Ngoại giao điện đàm với người đồng cấp New Zealand',
    'Chiều 4/3, Bộ trưởng Ngoại giao Lê Hoài Trung đã điện đàm với Bộ trưởng Ngoại giao New Zealand Winston Peters về hợp tác nông nghiệp và giáo dục.',
    'TIN LIÊN QUAN',
    'New Zealand mở thêm học bổng cho sinh viên Việt Nam',
    'Xuất khẩu nông sản sang châu Đại Dương tăng mạnh',
  ];
  const body = [
    'Chiều ngày 4/3/2026, theo đề nghị của phía New Zealand, hai Bộ trưởng đã trao đổi về việc triển khai các thỏa thuận đạt được trong năm qua và chuẩn bị cho kỳ họp Ủy ban hỗn hợp.',
    'Hai bên nhất trí tăng cường trao đổi đoàn các cấp, thúc đẩy hợp tác về nông nghiệp công nghệ cao, giáo dục và du lịch trong thời gian tới.',
  ];
  it('does not end the article: the paragraphs after it are the article’s, and the year they give dates the call', () => {
    const text = [...head, ...body].join('\n');
    const art = articleFromText(text);
    expect(art.paragraphs).toEqual(body);
    expect(art.text).not.toMatch(/TIN LIÊN QUAN|học bổng cho sinh viên/);
    expect(run(text, null).call?.eventDate).toBe('2026-03-04');
  });
  it('…while the same label further down, after the article’s paragraphs, still ends it', () => {
    const art = articleFromText([head[0], head[1], ...body, 'Tin liên quan', 'New Zealand mở thêm học bổng cho sinh viên Việt Nam', 'Một đoạn giới thiệu của bài liên quan kể về học bổng của New Zealand dành cho sinh viên các trường đại học Việt Nam trong năm học tới.', 'Một đoạn giới thiệu khác kể về kim ngạch xuất khẩu nông sản sang châu Đại Dương trong quý vừa qua, theo số liệu của bộ.'].join('\n'));
    expect(art.paragraphs).toEqual(body);
  });
  it('…and so does a box under the sapo followed by other stories’ headlines and sapos in turn', () => {
    const art = articleFromText([...head.slice(0, 3), 'New Zealand mở thêm học bổng cho sinh viên Việt Nam', 'Một đoạn giới thiệu của bài liên quan kể về học bổng của New Zealand dành cho sinh viên các trường đại học Việt Nam trong năm học tới.', 'Xuất khẩu nông sản sang châu Đại Dương tăng mạnh', 'Một đoạn giới thiệu khác kể về kim ngạch xuất khẩu nông sản sang châu Đại Dương trong quý vừa qua, theo số liệu của bộ.'].join('\n'));
    expect(art.paragraphs).toEqual([]);
    expect(art.text).not.toMatch(/học bổng/);
  });
});

describe('“trước đó” after an announcement', () => {
  const text = (opening: string) => `Tổng thống Pháp điện đàm với Thủ tướng Canada\n${opening} chiều nay Tổng thống Pháp Emmanuel Macron đã điện đàm với Thủ tướng Canada Mark Carney về thương mại.`;
  it('“Theo lịch trình Điện Élysée công bố trước đó, chiều nay … đã điện đàm …” is the call announced, dated by its own day', () => {
    const r = run(text('Theo lịch trình Điện Élysée công bố trước đó,'), '2026-05-04');
    expect(r.call?.eventDate).toBe('2026-05-04');
    expect(analyzeArticle(articleFromText(text('Theo lịch trình Điện Élysée công bố trước đó,'), { published: '2026-05-04' })).sentences[1]!.earlier).toBe(false);
  });
  it('…while “Trước đó,” opening the sentence still tells an earlier call', () => {
    expect(analyzeArticle(articleFromText(text('Trước đó,'), { published: '2026-05-04' })).sentences[1]!.earlier).toBe(true);
  });
});

describe('a call sentence that pairs two countries and names no one', () => {
  const opening = 'Bàn về giáo dục, Bộ trưởng Lê Hoài Trung và Ngoại trưởng Marco Rubio cùng hoan nghênh số du học sinh tăng mạnh.';
  it('“Sau cuộc điện đàm này, … giữa Việt Nam và Hoa Kỳ” has the two countries as sides, each by the one official the opening pairs', () => {
    const r = run(`${opening}\nSau cuộc điện đàm này, hai bộ sẽ lập nhóm công tác về học bổng giữa Việt Nam và Hoa Kỳ.`, '2025-09-10');
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([
      ['Lê Hoài Trung', 'VN'],
      ['Marco Rubio', 'US'],
    ]);
  });
  it('…not the places a sentence names otherwise (a meeting’s city, a topic’s country)', () => {
    const r = run(`${opening}\nSau cuộc điện đàm này, hai bộ sẽ lập nhóm công tác tại Hà Nội về học bổng của Nhật Bản.`, '2025-09-10');
    expect(r.call?.participants.map((p) => p.country) ?? []).not.toContain('JP');
  });
});

describe('a framed call qualified by the day a side took office', () => {
  it('“Tại cuộc điện đàm đầu tiên với … sau khi nhậm chức, Thủ tướng … mời …” has the frame’s subject as a side', () => {
    expect(sides('Tại cuộc điện đàm đầu tiên với Chủ tịch nước Lương Cường sau khi nhậm chức, Thủ tướng Nhật Bản Takaichi Sanae mời ông sớm sang thăm Tokyo.', '2025-11-12')).toEqual([
      ['Lương Cường', 'VN'],
      ['Takaichi Sanae', 'JP'],
    ]);
  });
  it('…as it had without that time', () => {
    expect(sides('Tại cuộc điện đàm đầu tiên với Chủ tịch nước Lương Cường, Thủ tướng Nhật Bản Takaichi Sanae mời ông sớm sang thăm Tokyo.', '2025-11-12')).toEqual([
      ['Lương Cường', 'VN'],
      ['Takaichi Sanae', 'JP'],
    ]);
  });
});

describe('a leader’s office with no day to go by', () => {
  it('is the later of two of one rank: Donald Trump in an undated copy is “Tổng thống”, not the weeks’ “Tổng thống đắc cử”', () => {
    const r = run('Nhà lãnh đạo Mỹ Donald Trump điện đàm với Thủ tướng Anh Keir Starmer\nNhà lãnh đạo Mỹ Donald Trump đã điện đàm với Thủ tướng Anh Keir Starmer về thuế quan.', null);
    expect(r.call?.participants.find((p) => p.country === 'US')?.title).toBe('Tổng thống');
  });
  it('…while a day of those weeks still gives the elect’s office', () => {
    const r = run('Ông Donald Trump điện đàm với Thủ tướng Anh Keir Starmer\nNgày 7/11, ông Donald Trump đã điện đàm với Thủ tướng Anh Keir Starmer.', '2024-11-08');
    expect(r.call?.participants.find((p) => p.country === 'US')?.title).toBe('Tổng thống đắc cử');
  });
});

describe('Germany by the letters a translated copy gives it', () => {
  it('“Bộ trưởng Kinh tế FRG …” is Germany’s minister', () => {
    expect(findPeople('Báo chí Nga dẫn lời Bộ trưởng Kinh tế FRG Hans Keller phát biểu tại hội chợ.').map((p) => [p.name, p.country])).toEqual([['Hans Keller', 'DE']]);
  });
});

describe('a call that only may take place', () => {
  const story = (headline: string, lead: string) => run(`${headline}\n${lead}\nPhía Paris chưa bình luận về thông tin này.`, '2026-03-02');
  it('“… có thể sớm tổ chức một cuộc điện đàm …” is neither held nor arranged', () => {
    const r = story('Nga và Pháp có thể sớm nối lại điện đàm cấp cao', 'Tổng thống Nga Vladimir Putin và Tổng thống Pháp Emmanuel Macron có thể sớm tổ chức một cuộc điện đàm về an ninh châu Âu, một nguồn tin ngoại giao cho biết ngày 2/3.');
    expect(r.detection.isCall).toBe(false);
  });
  it('…while one that “sẽ diễn ra” is still to come', () => {
    const r = story('Điện Kremlin: Sẽ điện đàm với Tổng thống Pháp', 'Ngày 2/3, người phát ngôn Điện Kremlin cho biết cuộc điện đàm giữa Tổng thống Nga Vladimir Putin và Tổng thống Pháp Emmanuel Macron sẽ diễn ra trong tuần này.');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'planned']);
  });
  it('…and so is one that “có thể sẽ” take place, which the speaker expects', () => {
    const r = story('Ông Putin sẽ điện đàm với ông Macron trong tuần này', 'Ngày 2/3, Tổng thống Nga Vladimir Putin cho biết ông có thể sẽ nói chuyện với Tổng thống Pháp Emmanuel Macron trong vài ngày tới.');
    expect([r.detection.isCall, r.detection.kind]).toEqual([true, 'planned']);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['RU', 'FR']);
  });
});

describe('the leaders a summit names by their countries', () => {
  const summit = (countries: string) =>
    run(`Lãnh đạo năm nước họp trực tuyến về chuỗi cung ứng\nTối 14/3, Thủ tướng Australia Anthony Albanese đã chủ trì hội nghị trực tuyến với các nhà lãnh đạo ${countries} về chuỗi cung ứng khoáng sản.`, '2024-03-15');
  it('are the heads of government of parliamentary republics and of kingdoms whose monarch reigns', () => {
    expect(summit('Ấn Độ, Đức và Nhật Bản').call?.participants.map((p) => [p.name, p.country])).toEqual([
      ['Anthony Albanese', 'AU'],
      ['Narendra Modi', 'IN'],
      ['Olaf Scholz', 'DE'],
      ['Kishida Fumio', 'JP'],
    ]);
  });
  it('…and the presidents who rule theirs', () => {
    expect(summit('Pháp và Hàn Quốc').call?.participants.map((p) => [p.name, p.country])).toEqual([
      ['Anthony Albanese', 'AU'],
      ['Emmanuel Macron', 'FR'],
      ['Yoon Suk Yeol', 'KR'],
    ]);
  });
});

describe('the place a city’s office governs', () => {
  it('“Thị trưởng Seoul …”, “Thị trưởng thủ đô Tokyo …”: a mayor of a capital is of its country, the capital no part of the name', () => {
    expect(findPeople('Thị trưởng Seoul Kang Min-jun đã điện đàm với Chủ tịch UBND TP Đà Nẵng.').map((p) => [p.name, p.country])).toEqual([
      ['Kang Min-jun', 'KR'],
      [null, 'VN'],
    ]);
    expect(findPeople('Thị trưởng thủ đô Tokyo Ishida Aya cho biết.').map((p) => [p.name, p.country])).toEqual([['Ishida Aya', 'JP']]);
    const r = run('Đà Nẵng và Seoul điện đàm về du lịch\nChiều 9/6, Chủ tịch UBND TP Đà Nẵng Lê Văn Minh đã điện đàm với Thị trưởng Seoul Kang Min-jun về đường bay thẳng.', '2025-06-10');
    expect([r.detection.isCall, r.call?.participants.map((p) => p.country)]).toEqual([true, ['VN', 'KR']]);
  });
  it('…while a capital after an envoy’s title is his post', () => {
    expect(findPeople('Đại sứ Hàn Quốc tại Hà Nội Park Ji-ho cho biết.').map((p) => p.country)).toEqual(['KR']);
  });
  it('“… Lực lượng Phòng vệ Nhật Bản” is a body of the chain, not the name of its chief', () => {
    expect(findPeople('Đại tướng Mori Kenta, Tổng Tham mưu trưởng Bộ Tham mưu Liên quân Lực lượng Phòng vệ Nhật Bản, cho biết.').map((p) => [p.name, p.country])).toEqual([['Mori Kenta', 'JP']]);
  });
});

describe('the side a known leader stands for', () => {
  it('is the body whose office he held at the time: “Ông Guterres” in a headline of 2025 is the UN', () => {
    const r = run('Ông Guterres điện đàm với Tổng thống Kenya\nNgày 9/6, Tổng Thư ký Liên hợp quốc António Guterres đã điện đàm với Tổng thống Kenya William Ruto về lực lượng gìn giữ hòa bình.', '2025-06-10');
    expect(r.call?.participants.map((p) => [p.name, p.country])).toEqual([
      ['António Guterres', 'UN'],
      ['William Ruto', 'KE'],
    ]);
  });
  it('…and his country in the years he led it', () => {
    const r = run('Ông Guterres điện đàm với Thủ tướng Pháp\nNgày 9/6, ông Antonio Guterres đã điện đàm với Thủ tướng Pháp Lionel Jospin về ngân sách chung của châu Âu.', '1999-06-10');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['PT', 'FR']);
  });
  it('…and the side the text writes where no year tells which', () => {
    const r = run('Ông Guterres điện đàm với Tổng thống Kenya\nTổng Thư ký Liên hợp quốc António Guterres đã điện đàm với Tổng thống Kenya về lực lượng gìn giữ hòa bình.', null);
    expect(r.call?.participants.map((p) => p.country)).toEqual(['UN', 'KE']);
  });
});

describe('a first call the sentence reports', () => {
  it('“… đã có cuộc điện đàm đầu tiên vào sáng 9/6” is dated by that day', () => {
    const r = run('Thủ tướng Bỉ và Thủ tướng Hà Lan điện đàm\nThủ tướng Bỉ Bart De Wever và Thủ tướng Hà Lan Dick Schoof đã có cuộc điện đàm đầu tiên vào sáng 9/6, kéo dài khoảng nửa giờ.', '2025-06-10');
    expect(r.call?.eventDate).toBe('2025-06-09');
    expect(r.call?.earlierCalls).toEqual([]);
  });
  it('…while “sau cuộc điện đàm đầu tiên hôm 28/1” recalls an earlier one', () => {
    const r = run('Thủ tướng Bỉ và Thủ tướng Hà Lan điện đàm\nTối 9/6, Thủ tướng Bỉ Bart De Wever đã điện đàm với Thủ tướng Hà Lan Dick Schoof, sau cuộc điện đàm đầu tiên hôm 28/1.', '2025-06-10');
    expect([r.call?.eventDate, r.call?.earlierCalls.map((c) => c.date)]).toEqual(['2025-06-09', ['2025-01-28']]);
  });
  it('…and so does one the text dates with a year gone by', () => {
    const r = run('Thủ tướng Bỉ và Thủ tướng Hà Lan sẽ điện đàm\nThủ tướng Bỉ Bart De Wever sẽ điện đàm với Thủ tướng Hà Lan Dick Schoof vào tuần tới. Hai nước đã có cuộc điện đàm đầu tiên ngày 3/2/2024 ở cấp thủ tướng.', '2025-06-10');
    expect(r.call?.earlierCalls.map((c) => c.date)).toEqual(['2024-02-03']);
  });
});

describe('calls in a row', () => {
  it('“… gọi điện cho X và sau đó là Y”: both are the subject’s other sides', () => {
    expect(sides('Ngày 9/6, Thủ tướng Hungary Viktor Orban đã gọi điện cho Thủ tướng Slovakia Robert Fico và sau đó là Thủ tướng Ba Lan Donald Tusk.', '2025-06-10')).toEqual([
      ['Viktor Orban', 'HU'],
      ['Robert Fico', 'SK'],
      ['Donald Tusk', 'PL'],
    ]);
  });
  it('…while “… và sau đó gặp Y” is another event', () => {
    expect(sides('Ngày 9/6, Thủ tướng Hungary Viktor Orban đã gọi điện cho Thủ tướng Slovakia Robert Fico và sau đó gặp Thủ tướng Ba Lan Donald Tusk tại Warsaw.', '2025-06-10')).toEqual([
      ['Viktor Orban', 'HU'],
      ['Robert Fico', 'SK'],
    ]);
  });
});

describe('a country a meeting is about', () => {
  it('“… họp trực tuyến về Sudan”: the topic is no side, though headline and lead both name it', () => {
    const r = run('Lãnh đạo Liên minh châu Phi họp trực tuyến về Sudan\nCác nhà lãnh đạo Liên minh châu Phi ngày 9/6 đã tổ chức hội nghị trực tuyến khẩn cấp về tình hình Sudan.', '2025-06-10');
    expect([r.detection.isCall, r.call?.participants.map((p) => p.country)]).toEqual([true, ['AFU']]);
  });
  it('…while a side named by its leader stays one, whatever the sentence is about', () => {
    const r = run('Tổng thống Pháp điện đàm với Tổng thống Ukraine về Ukraine\nNgày 9/6, Tổng thống Pháp Emmanuel Macron đã điện đàm về Ukraine với Tổng thống Volodymyr Zelensky.', '2025-06-10');
    expect(r.call?.participants.map((p) => p.country)).toEqual(['FR', 'UA']);
  });
});

describe('a nameless office with no country in a story that never speaks of Vietnam', () => {
  it('is the foreign leader’s own minister: “Thủ tướng Ba Lan … gọi điện cho Bộ trưởng Nội vụ” is no call abroad', () => {
    const r = run('Thủ tướng Ba Lan gọi điện chỉ đạo khắc phục lũ lụt\nThủ tướng Ba Lan Donald Tusk ngày 9/6 đã gọi điện cho Bộ trưởng Nội vụ để chỉ đạo sơ tán người dân vùng lũ.', '2025-06-10');
    expect(r.detection.isCall).toBe(false);
  });
  it('…while in a story that names Vietnam it is Vietnam’s', () => {
    const r = run('Việt Nam - Ba Lan thúc đẩy hợp tác lao động\nThủ tướng Ba Lan Donald Tusk ngày 9/6 đã điện đàm với Bộ trưởng Bộ Nội vụ về lao động Việt Nam tại Ba Lan.', '2025-06-10');
    expect([r.detection.isCall, r.call?.participants.map((p) => p.country)]).toEqual([true, ['PL', 'VN']]);
  });
});
