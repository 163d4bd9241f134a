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

/** Vietnamese ordinals after "lần thứ" ("lần thứ nhất", "lần thứ tư"), folded. */
const VI_ORDINALS: Record<string, number> = {
  nhat: 1,
  nhut: 1,
  hai: 2,
  ba: 3,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
};

/** Units after "mười"/"mươi" in a Vietnamese number ("mười bốn", "hai mươi lăm", "hai mươi mốt"), folded. */
const VI_UNITS: Record<string, number> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  lam: 5,
  nham: 5,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
};
/**
 * A Vietnamese number of two or three words from token i: "mười bốn" (14), "hai mươi bảy" (27),
 * "hai mươi" (20); undefined when none starts there.
 */
function viCompound(tokens: string[], i: number): number | undefined {
  const unit = (w: string | undefined) =>
    w !== undefined && Object.hasOwn(VI_UNITS, w) ? VI_UNITS[w] : undefined;
  const [a, b, c] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (a === 'muoi') {
    const u = unit(b);
    return u === undefined ? undefined : 10 + u;
  }
  const tens = unit(a);
  if (tens === undefined || tens < 2 || b !== 'muoi') return undefined;
  return 10 * tens + (unit(c) ?? 0);
}

/** Single letters that number a congress right after "đại hội" ("Đại hội I của Đảng"): no Vietnamese word. */
const SINGLE_ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };
/** The number a word right after "đại hội" gives: a Roman numeral, a single letter among them. */
const afterCongress = (w: string): number | undefined =>
  romanValue(w) ?? (Object.hasOwn(SINGLE_ROMAN, w) ? SINGLE_ROMAN[w] : undefined);

const numberOf = (w: string | undefined, vi = false): number | undefined => {
  if (w === undefined) return undefined;
  if (/^\d{1,3}$/.test(w)) return Number(w);
  if (vi && Object.hasOwn(VI_ORDINALS, w)) return VI_ORDINALS[w];
  const en = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  return en ? Number(en[1]) : romanValue(w);
};

/** How far back a "lần thứ N" may stand from the "đại hội" it numbers. */
const REACH = 12;

/** The congress numbers in folded tokens: after "đại hội", "lần thứ", "khóa", or an English ordinal before "congress". */
export function congressNumbers(tokens: string[]): number[] {
  const out: number[] = [];
  let lastCongress = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i] as string;
    if ((w === 'hoi' && tokens[i - 1] === 'dai') || w === 'congress') lastCongress = i;
    let n: number | undefined;
    if (w === 'hoi' && tokens[i - 1] === 'dai') n = afterCongress(tokens[i + 1] ?? '');
    else if (w === 'khoa') n = romanValue(tokens[i + 1] ?? '');
    else if (w === 'thu' && tokens[i - 1] === 'lan' && i - lastCongress <= REACH)
      n = viCompound(tokens, i + 1) ?? numberOf(tokens[i + 1], true);
    else if (ORDINAL.test(w) && tokens.slice(i + 1, i + 4).some((t) => t === 'congress')) n = numberOf(w);
    // In words, only right before it ("the Second National Congress", not "go first in the congress").
    else if (EN_ORDINALS.has(w) && ordinalBefore(tokens, i + 1)) n = enOrdinalAt(tokens, i)?.n;
    if (n !== undefined && n > 0) out.push(n);
  }
  return out;
}

/** Words after "đại hội N" that make N a count ("đại hội 5 năm một lần", "đại hội 4 nội dung"), not a congress. */
const COUNTED = new Set(
  'nam lan thang tuan ngay gio nguoi noi phan yeu buoc cap bao ky nhiem years year times months days people items parts steps levels'.split(
    ' ',
  ),
);
/**
 * Words right before a congress that make it qualify another thing ("dự thảo văn kiện Đại hội XIV",
 * "tiến tới Đại hội XIV", "chuẩn bị cho Đại hội XIV", "báo cáo trình Đại hội XIV", "toward the
 * 14th Congress"): the question is then about that thing, not about the congress. As folded word
 * pairs, or single words.
 */
const GOVERNING = new Set([
  'van kien',
  'du thao',
  'tien toi',
  'huong toi',
  'chuan bi',
  'trinh',
  'cho',
  'truoc',
  'sau',
  'toward',
  'towards',
  'for',
  'before',
  'after',
  'documents',
  'document',
  'drafts',
  'draft',
  // "the draft documents of the 14th Congress", "the report to the 14th Congress".
  ...['document', 'documents', 'draft', 'drafts', 'paper', 'papers', 'report', 'reports'].map(
    (w) => `${w} of`,
  ),
  ...['report', 'reports', 'submitt', 'submitted', 'submit'].map((w) => `${w} to`),
]);
/** Words that may stand between "đại hội" and its number: "Đại hội Đảng XIV", "Đại hội đại biểu toàn quốc 14". */
const FILLER = new Set(['dang', 'toan', 'quoc', 'dai', 'bieu', 'cua']);
const MAX_FILLER = 4;
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
/** English ordinals in words before "congress" ("the Second National Congress of 1951"). */
const EN_ORDINALS = new Map(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'
    .split(' ')
    .map((w, i) => [w, i + 1]),
);
/** Whether "congress" follows from token `at` on, past words of BETWEEN only. */
const ordinalBefore = (tokens: string[], at: number) => {
  let k = at;
  while (BETWEEN.has(tokens[k] ?? '')) k++;
  return tokens[k] === 'congress';
};
/**
 * The congress number an English ordinal at token `k` writes, in figures or in words with its tens
 * ("twenty-seventh": 27), and the token it starts at; undefined for any other token.
 */
const enOrdinalAt = (tokens: string[], k: number): { n: number; start: number } | undefined => {
  const t = tokens[k] as string;
  if (ORDINAL.test(t)) return { n: numberOf(t) as number, start: k };
  const n = EN_ORDINALS.get(t);
  if (n === undefined) return undefined;
  return tokens[k - 1] === 'twenty' ? { n: 20 + n, start: k - 1 } : { n, start: k };
};
/** Words that may stand between an English ordinal and "congress": "the 14th National Party Congress". */
const BETWEEN = new Set(['national', 'party', 'partys', 'district', 'communist', 'vietnamese']);

/** Words between a congress and the year that dates it: its holder, "năm", "of", "in", "from the", "thập niên". */
const YEAR_LEAD = new Set([...FILLER, 'chi', 'bo', 'nam', 'of', 'in', 'from', 'the', 'tu', 'thap', 'nien']);
/** A year, or a decade as English writes it ("the 1980s"). */
const YEAR_TOKEN = /^(?:19|20)\d\ds?$/;

/**
 * The years that date a congress mention in folded tokens: after it, past its holder and "năm",
 * "of" or "in" ("Đại hội Đảng năm 1986", "the Party Congress of 1986", "congresses from the
 * 1980s": a decade's first year), or right before an English one ("the 1986 congress").
 */
export function congressYears(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i] as string;
    const vi = w === 'hoi' && tokens[i - 1] === 'dai';
    if (!vi && w !== 'congress' && w !== 'congresses') continue;
    let k = i + 1;
    while (k < i + 1 + MAX_FILLER && YEAR_LEAD.has(tokens[k] ?? '')) k++;
    if (YEAR_TOKEN.test(tokens[k] ?? '')) out.push((tokens[k] as string).slice(0, 4));
    if (vi) continue;
    let j = i - 1;
    while (j >= i - 4 && BETWEEN.has(tokens[j] ?? '')) j--;
    if (YEAR_TOKEN.test(tokens[j] ?? '')) out.push((tokens[j] as string).slice(0, 4));
  }
  return out;
}

const governed = (tokens: string[], start: number) => {
  let k = start - 1;
  if (tokens[k] === 'the') k--;
  const one = tokens[k] ?? '';
  return GOVERNING.has(one) || GOVERNING.has(`${tokens[k - 1] ?? ''} ${one}`);
};

/**
 * The congress a question is about when it names one by its number as its own subject: "đh 14 của
 * đảng tổ chức tháng mấy", "ĐH XIV họp ở đâu", "Đại hội đại biểu toàn quốc lần thứ 14", "When was
 * the 14th Congress held?". Undefined when it names none, more than one, also a congress without a
 * number ("đại hội chi bộ … văn kiện Đại hội XIV": its own congress is the subject), or names it
 * only as what something else qualifies (see GOVERNING). Tokens are folded and abbreviations expanded.
 */
export function headCongress(tokens: string[]): number | undefined {
  let number: number | undefined;
  let mentions = 0;
  /** Where the last congress mention starts, and whether it has its number yet. */
  let last = Number.NEGATIVE_INFINITY;
  let numbered = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i] as string;
    let n: number | undefined;
    let start = last;
    if ((w === 'hoi' && tokens[i - 1] === 'dai') || w === 'congress' || w === 'congresses') {
      if (mentions > 0 && !numbered) return undefined;
      mentions++;
      [last, numbered] = [w === 'hoi' ? i - 1 : i, false];
      start = last;
      // "đại hội 14", "Đại hội Đảng XIV", "Đại hội đại biểu toàn quốc XIV".
      let k = i + 1;
      while (k < i + 1 + MAX_FILLER && FILLER.has(tokens[k] ?? '')) k++;
      const next = tokens[k] ?? '';
      if (/^\d{1,3}$/.test(next)) n = COUNTED.has(tokens[k + 1] ?? '') ? undefined : Number(next);
      else n = afterCongress(next);
      // "the 14th (National Party) Congress": the ordinal before it.
      for (let k = i - 1; n === undefined && k >= Math.max(0, i - 4); k--) {
        const ordinal = enOrdinalAt(tokens, k);
        if (ordinal !== undefined) [n, start] = [ordinal.n, ordinal.start];
        else if (!BETWEEN.has(tokens[k] as string)) break;
      }
    } else if ((w === 'thu' && tokens[i - 1] === 'lan') || (w === 'lan' && tokens[i + 1] !== 'thu')) {
      // "lần thứ 14", and "lần 14" as people type it.
      if (i - last > REACH || numbered) continue;
      n = (w === 'thu' ? viCompound(tokens, i + 1) : undefined) ?? numberOf(tokens[i + 1], w === 'thu');
    } else continue;
    if (n === undefined || n <= 0) continue;
    if ((number !== undefined && number !== n) || governed(tokens, start)) return undefined;
    number = n;
    numbered = true;
  }
  return numbered ? number : undefined;
}
