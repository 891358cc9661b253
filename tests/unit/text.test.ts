import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldKey, looksVietnamese, matchKey, normalizeText, splitSentences, tokenize, PhraseIndex } from '../../lib/text';
import { languageCounts } from '../../lib/text/vietnamese';
import { FIXTURES } from '../helpers/shared';

describe('normalizeText', () => {
  it('composes NFD text and unifies spaces', () => {
    const nfd = 'Tổng thống'.normalize('NFD');
    expect(nfd).not.toBe('Tổng thống');
    expect(normalizeText(`${nfd}\u00a0Nga\u200b`)).toBe('Tổng thống Nga');
  });
});

describe('matchKey', () => {
  it.each([
    ['hòa', 'hoà'],
    ['Hòa bình', 'hoà bình'],
    ['thủy', 'thuỷ'],
    ['Thụy Sĩ', 'Thuỵ Sĩ'],
    ['khỏe', 'khoẻ'],
    ['ĐIỆN ĐÀM', 'điện đàm'],
  ])('treats %s and %s alike', (a, b) => {
    expect(matchKey(a)).toBe(matchKey(b));
  });

  it('keeps letters that differ', () => {
    expect(matchKey('Pháp')).not.toBe(matchKey('Phap'));
    expect(matchKey('hòa')).not.toBe(matchKey('hóa'));
  });

  it('has the length of its input', () => {
    for (const s of ['Điện Kremlin', 'người đồng cấp', 'Élysée 😀 Ấn Độ', 'thuở']) expect(matchKey(s)).toHaveLength(s.length);
  });
});

describe('foldKey', () => {
  it('drops every diacritic and đ', () => {
    expect(foldKey('Điện đàm Putin')).toBe('dien dam putin');
    expect(foldKey('Ấn Độ 😀')).toBe('an do 😀');
  });
});

describe('splitSentences', () => {
  it('splits on sentence ends but not on initials, abbreviations or numbers', () => {
    const s = splitSentences('Ông V. Putin nói. TP. HCM đông người! Tăng 3.5% so với 14/2. Hết./.\nDòng hai');
    expect(s.map((x) => x.text)).toEqual(['Ông V. Putin nói.', 'TP. HCM đông người!', 'Tăng 3.5% so với 14/2.', 'Hết./.', 'Dòng hai']);
    expect(s[4]!.paragraph).toBe(1);
  });

  it('gives offsets into the text', () => {
    const text = 'Câu một. Câu hai.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('PhraseIndex', () => {
  it('finds the longest phrase, across hyphens, whatever the tone placement', () => {
    const idx = new PhraseIndex<string>().add('Thủ tướng', 'pm').add('Phó Thủ tướng', 'dpm').add('hòa bình', 'peace');
    const text = 'Phó Thủ tướng nói về hoà-bình';
    expect(idx.findAll(text, tokenize(text)).map((m) => m.values[0])).toEqual(['dpm', 'peace']);
  });
});

describe('looksVietnamese', () => {
  it('tells Vietnamese from English and Chinese', () => {
    expect(looksVietnamese('Tổng thống Nga Putin lần đầu điện đàm với Tổng thống Pháp Macron về các vấn đề của khu vực')).toBe(true);
    expect(looksVietnamese('President Putin held his first phone call with the French president Macron on the crisis in Ukraine and Syria')).toBe(false);
    expect(looksVietnamese('俄罗斯总统普京与法国总统马克龙通电话，讨论乌克兰和叙利亚问题')).toBe(false);
  });

  it('takes a headline-like sentence without any common word for Vietnamese by its letters; French stays French', () => {
    expect(looksVietnamese('Thủ tướng Ấn Độ Narendra Modi gọi điện chúc mừng Thủ tướng Nhật Bản Takaichi Sanae nhậm chức hôm thứ Ba.')).toBe(true);
    expect(looksVietnamese('Le président français a réaffirmé être prêt à dialoguer avec son homologue à propos du côté économique.')).toBe(false);
  });

  it('counts as the Unicode-class expressions it replaced, on news text, other languages and odd characters', () => {
    // The counts as they were taken: by removing, then splitting on, what is not counted.
    const reference = (text: string) => {
      const sample = normalizeText(text.slice(0, 2500)).toLowerCase();
      const words = sample.split(/[^\p{L}]+/gu).filter(Boolean);
      const common = new Set(['của', 'và', 'các', 'những', 'được', 'với', 'trong', 'này', 'là', 'có', 'cho', 'không', 'đã', 'người', 'một', 'về', 'từ', 'khi', 'theo', 'hai']);
      return {
        letters: sample.replace(/[^\p{L}]+/gu, '').length,
        special: sample.replace(/[^ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]+/gu, '').length,
        words: words.length,
        common: words.filter((w) => common.has(w)).length,
      };
    };
    const texts: string[] = [];
    for (const corpus of ['corpus', 'corpus-b']) {
      const dir = join(FIXTURES, corpus);
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) texts.push(readFileSync(join(dir, f), 'utf8'));
    }
    texts.push(
      'Le président Macron a téléphoné à Vladimir Poutine; « Ça va » — dit-il à l’Élysée.',
      'Президент России Владимир Путин провёл телефонный разговор с Эммануэлем Макроном.',
      '俄罗斯总统普京与法国总统马克龙通电话，讨论乌克兰和叙利亚问题',
      'Tho\u0302ng tin kho\u0302ng ca\u0300n NFC: đie\u0323\u0302n đa\u0300m 𝒜𝓁𝓅𝒽𝒶 😀 ﬁ Ǆ ǅ ª º µ ß İ',
      '',
    );
    // Random strings over letters, marks, digits, spaces, punctuation and astral characters.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const pool = [...'aăâbđêôơưạảấễựỹ AZÀÝ ǅﬁ 0123 ,.;-–«»\u0301\u0323\u00a0\u200b', 'ж', '中', '😀', '𝒜', 'ß', 'İ'];
    for (let n = 0; n < 300; n++) texts.push(Array.from({ length: next() % 80 }, () => pool[next() % pool.length]).join(''));
    for (const text of texts) expect(languageCounts(text)).toEqual(reference(text));
  });
});
