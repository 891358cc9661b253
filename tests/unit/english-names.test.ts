import { describe, expect, it } from 'vitest';
import { englishName } from '../../lib/names';
import { ENGLISH_NAMES } from '../../lib/names/english';
import { searchWordsOf } from '../../lib/store/query';
import { englishNames } from '../tools/make-english-names';

describe('English names of leaders', () => {
  it('are the table the gazetteer gives now (else: npx tsx tests/tools/make-english-names.ts)', () => {
    expect(ENGLISH_NAMES.map((row) => [...row])).toEqual(englishNames());
  });

  it('names the Sino-Vietnamese names only', () => {
    expect(englishName('xi-jinping')).toBe('Xi Jinping');
    expect(englishName('lee-hsien-loong')).toBe('Lee Hsien Loong');
    expect(englishName('han-zheng')).toBe('Han Zheng');
    // Names English writes as the press does, or with accents dropped only.
    for (const id of ['vladimir-putin', 'to-lam', 'francois-hollande', 'antonio-guterres', 'beata-szydlo', null, undefined]) expect(englishName(id)).toBeNull();
  });

  it('lets a search name a leader either way', () => {
    expect(searchWordsOf('xi jinping trump')).toEqual(['tap', 'can', 'binh', 'trump']);
    expect(searchWordsOf('Điện đàm Xi Jinping')).toEqual(['dien', 'dam', 'tap', 'can', 'binh']);
    expect(searchWordsOf('tap can binh')).toEqual(['tap', 'can', 'binh']);
    expect(searchWordsOf('xi')).toEqual(['xi']);
  });
});
