import { describe, expect, it } from 'vitest';
import { fold } from '../../src/knowledge/normalize.js';
import { congressNumbers, congressYears, headCongress } from '../../src/knowledge/ordinals.js';

/** Folded words with "đh"/"dh" expanded, as the search reads a question. */
const words = (q: string) =>
  fold(q)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
    .flatMap((w) => (w === 'dh' ? ['dai', 'hoi'] : [w]));

describe('headCongress', () => {
  it('reads the number of a congress that is the subject, in every spelling', () => {
    for (const q of [
      'đh 9 họp ở đâu',
      'ĐH IX họp ở đâu',
      'Đại hội đại biểu toàn quốc lần thứ 9 họp ở đâu',
      'dai hoi lan thu ix hop o dau',
      'Where did the 9th National Party Congress meet?',
      'Congress IX: where?',
      'Đại hội Đảng IX họp ở đâu',
      'đại hội đảng toàn quốc lần 9 họp ở đâu',
    ])
      expect(headCongress(words(q)), q).toBe(9);
  });

  it('reads a Vietnamese ordinal word after "lần thứ"', () => {
    expect(headCongress(words('Đại hội Đảng lần thứ nhất họp ở đâu?'))).toBe(1);
    expect(headCongress(words('dai hoi dang lan thu tu hop nam nao'))).toBe(4);
    // Two and three words: "mười bốn", "hai mươi bảy".
    expect(headCongress(words('Đại hội đại biểu toàn quốc lần thứ mười bốn của Đảng họp khi nào?'))).toBe(14);
    expect(headCongress(words('Đại hội Đảng bộ quận lần thứ hai mươi bảy họp khi nào?'))).toBe(27);
    expect(headCongress(words('Đại hội lần thứ mười của Đảng'))).toBe(10);
  });

  it('reads a single Roman letter right after "đại hội" ("Đại hội I của Đảng"), not elsewhere', () => {
    expect(headCongress(words('Đại hội I của Đảng họp ở đâu, năm nào?'))).toBe(1);
    expect(headCongress(words('Đại hội V của Đảng họp năm nào?'))).toBe(5);
    expect(headCongress(words('When must I hold the congress?'))).toBeUndefined();
  });

  it('reads none for a count, a congress that qualifies something else, or a second congress', () => {
    for (const q of [
      'đại hội 5 năm một lần',
      'đại hội 2 lần trong nhiệm kỳ',
      'dự thảo văn kiện Đại hội IX',
      'hướng tới Đại hội IX',
      'báo cáo trình Đại hội IX gồm gì',
      'drafts for the 9th Congress',
      'the draft documents of the 9th Congress',
      'the political report to the 9th Party Congress',
      'đại hội chi bộ góp ý Đại hội IX',
      'Đại hội IX và Đại hội X',
      'đại hội chi bộ khi nào',
      'đại hội lần này họp ở đâu',
      'Đại hội Đảng 5 năm một lần',
    ])
      expect(headCongress(words(q)), q).toBeUndefined();
  });

  it('reads an English ordinal in words right before "congress", not one that orders something else', () => {
    expect(headCongress(words('Where was the Second National Congress held?'))).toBe(2);
    expect(congressNumbers(words('the Fourteenth Party Congress opened in January'))).toEqual([14]);
    expect(congressNumbers(words('which units go first in the congress sequence'))).toEqual([]);
    expect(headCongress(words("the district's twenty-seventh congress"))).toBe(27);
  });
});

describe('congressYears', () => {
  it('reads the year that dates a congress, after it or before an English one', () => {
    expect(congressYears(words('Đại hội năm 1986 quyết định gì về đổi mới?'))).toEqual(['1986']);
    expect(congressYears(words('Đại hội Đảng năm 1991 bàn những gì?'))).toEqual(['1991']);
    expect(congressYears(words('What did the Party Congress of 1986 decide about Doi Moi?'))).toEqual([
      '1986',
    ]);
    expect(congressYears(words('What did the 1986 party congress decide?'))).toEqual(['1986']);
    expect(congressYears(words('Đại hội chi bộ năm 2025 có mấy nội dung?'))).toEqual(['2025']);
    expect(congressYears(words('minutes of grassroots party congresses from the 1980s'))).toEqual(['1980']);
  });

  it('reads none where the year dates something else', () => {
    expect(
      congressYears(words('Ông cựu chiến binh nhập ngũ năm 1979, đại hội chi bộ ông có mấy nội dung?')),
    ).toEqual([]);
    expect(congressYears(words('Đại hội chi bộ cần chuẩn bị gì, năm 1990 tôi vào Đảng'))).toEqual([]);
  });
});
