import { describe, expect, it } from 'vitest';
import { outside, PhraseSet } from '../../src/knowledge/phrases.js';

const accept = () => true;

describe('PhraseSet', () => {
  const set = new PhraseSet(['chi bộ trực thuộc', 'đại hội']);

  it('visits every occurrence in order, each by its start and length', () => {
    const seen: Array<[number, number]> = [];
    set.each(['dai', 'hoi', 'chi', 'bo', 'truc', 'thuoc', 'dai', 'hoi'], (i, n) => seen.push([i, n]));
    expect(seen).toEqual([
      [0, 2],
      [2, 4],
      [6, 2],
    ]);
  });

  it('reads a syllable the search marked with a tone digit as the same syllable, inside a phrase and across inserted words', () => {
    // "chí bộ" typed with a tone the pack never writes: the search makes it "chi2" (see QaIndex).
    expect(set.at(['chi2', 'bo', 'truc', 'thuoc'], 0)).toBe(4);
    expect(set.atAcross(['chi', 'bo', 'nong', 'dan', 'truc', 'thuoc'], 0, accept)).toBe(6);
    expect(set.atAcross(['chi2', 'bo', 'nong', 'dan', 'truc', 'thuoc'], 0, accept)).toBe(6);
    expect(set.atAcross(['chi2', 'bo', 'nong', 'dan', 'truc', 'thuoc'], 0, () => false)).toBe(0);
  });

  it('keeps the tones a phrase is written with: a token typed with another tone is another word', () => {
    const phone = new PhraseSet(['máy bàn', 'kiểm điểm']);
    // "mấy bạn" (a few friends): "bạn" typed with a tone the pack never writes is "ban5".
    expect(phone.occurs(['may', 'ban5'])).toBe(false);
    expect(phone.occurs(['may', 'ban'])).toBe(true);
    expect(phone.occurs(['may', 'ban1'])).toBe(true);
    // Hỏi and ngã are one tone ("kiễm").
    expect(phone.occurs(['kiem3', 'diem'])).toBe(true);
  });

  it('says which tokens may start a phrase, a tone digit aside', () => {
    expect(set.mayStart('chi')).toBe(true);
    expect(set.mayStart('chi2')).toBe(true);
    expect(set.mayStart('bo')).toBe(false);
  });

  it('removes and covers the same phrases, longest first, left to right', () => {
    const tokens = ['dai', 'hoi', 'chi', 'bo', 'truc', 'thuoc', 'khi', 'nao'];
    expect(set.remove(tokens)).toEqual(['khi', 'nao']);
    expect(set.cover(tokens)).toEqual([true, true, true, true, true, true, false, false]);
    expect(outside(tokens, (i) => (i === 6 ? 2 : 0))).toEqual(tokens.slice(0, 6));
  });
});
