/**
 * Which congress a question names by its number: "Đại hội XIII", "đại hội … lần thứ 20", "khóa
 * XIII", "the 20th Congress". A congress the pack never numbers is another congress (another
 * term, another country's party), not a topic of the bot.
 */

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** A well-formed Roman numeral below 100 ("xxvll" is a typo, not a number). */
const WELL_FORMED = /^(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;

/** "xiv" → 14; undefined for what is not a well-formed Roman numeral of two letters or more. */
function romanValue(w: string): number | undefined {
  if (w.length < 2 || !WELL_FORMED.test(w)) return undefined;
  let total = 0;
  for (let k = 0; k < w.length; k++) {
    const v = ROMAN[w[k] as string] as number;
    const next = ROMAN[w[k + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const numberOf = (w: string | undefined): number | undefined => {
  if (w === undefined) return undefined;
  if (/^\d{1,3}$/.test(w)) return Number(w);
  const en = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  return en ? Number(en[1]) : romanValue(w);
};

/** How far back a "lần thứ N" may stand from the "đại hội" it numbers. */
const REACH = 8;

/** The congress numbers in folded tokens: after "đại hội", "lần thứ", "khóa", or an English ordinal before "congress". */
export function congressNumbers(tokens: string[]): number[] {
  const out: number[] = [];
  let lastCongress = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i] as string;
    if ((w === 'hoi' && tokens[i - 1] === 'dai') || w === 'congress') lastCongress = i;
    let n: number | undefined;
    if (w === 'hoi' && tokens[i - 1] === 'dai') n = romanValue(tokens[i + 1] ?? '');
    else if (w === 'khoa') n = romanValue(tokens[i + 1] ?? '');
    else if (w === 'thu' && tokens[i - 1] === 'lan' && i - lastCongress <= REACH) n = numberOf(tokens[i + 1]);
    else if (/^\d{1,3}(?:st|nd|rd|th)$/.test(w) && tokens.slice(i + 1, i + 4).some((t) => t === 'congress'))
      n = numberOf(w);
    if (n !== undefined && n > 0) out.push(n);
  }
  return out;
}
