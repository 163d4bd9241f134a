import { docWords, KIND_CODES, KIND_WORDS, NUMBER_WORDS } from './doc-words.js';
import { fold } from './normalize.js';
import type { Pack, PackDocument } from './pack.js';

/**
 * Document references in a question, recognised before any topic search: a full number with or
 * without its suffix ("258-KH/TU", "258"), a kind word and a number ("kế hoạch 258", "KH 258",
 * "kh258", "QĐ 89", "nq26", "Regulation 365", "Directive 45"), with a year to tell documents that
 * share a number apart ("chỉ thị 35 năm 2019"). A reference either names documents of the pack,
 * or names a document the pack does not hold ("Quy định 105-QĐ/TW").
 */

/**
 * The issuers' codes that end a party document's number ("35-CT/TW", "258-KH/TU", "9-HD/ĐU"),
 * folded: the Central Committee, a city's, a district's or a grassroots committee, the central
 * boards. After a number and a kind code, such a code is the issuer's even when no document of
 * the pack bears it.
 */
const ISSUER_CODES = new Set(['tw', 'tu', 'qu', 'hu', 'du', 'tinhuy', 'btctw', 'btgtw', 'ubkttw', 'vptw']);
/** Kind codes as printed, where that is not just the code in capitals. */
const SHOWN: Record<string, string> = { qd: 'QĐ', nd: 'NĐ' };
/** Words that announce a number without saying the kind: "văn bản số 258", "document 258". */
const GENERIC = ['van ban', 'vb', 'document', 'so hieu'];
const YEAR_WORDS = new Set(['nam', 'of', 'in', 'ngay', 'nk', 'hoi', 'dated', 'issued', 'from']);
/**
 * Year words that say the year is the document's own ("năm 2019", "of 2019", "ngày 30/5/2019",
 * "hồi 2019", "dated"): a year so attached that no document of that number bears names a document
 * the pack does not hold. After the others ("in 2026", "nk 2025") the year may be the question's
 * time, not the document's.
 */
const OWN_YEAR_WORDS = new Set(['nam', 'of', 'ngay', 'hoi', 'dated', 'issued']);
/** Words that make the year after them a time ("năm 2026", "in 2026", "đến 2026"), not a document's. */
const TIME_WORDS = new Set([
  'nam',
  'in',
  'den',
  'tu',
  'trong',
  'since',
  'until',
  'by',
  'to',
  'nk',
  'ky',
  'toi',
]);
/** How far before a reference a year may stand and still pick among documents that share its number. */
const YEAR_BEFORE = 6;
/** Words that make a number a count or a span, not a document: "5 năm", "4 nội dung", "7 yêu cầu". */
const COUNTING = new Set(
  'nam thang tuan gio lan nguoi tuoi noi phan yeu buoc phu years year months month days day times people parts items requirements steps contents appendices copies copy pages sheets trang cuon quyen phieu votes ballots seats suat members delegates nghin ngan trieu dong vnd usd'.split(
    ' ',
  ),
);
/**
 * Counted nouns of two syllables whose first one alone is another word once folded: "4 nội dung"
 * is a count, "Kết luận 200 nói gì" is not ("nói" folds to "noi"); "5 giờ" is hours, "Chỉ thị 35
 * giờ còn áp dụng không" (giờ: now) is not, above 24.
 */
const COUNTED_PAIRS = new Map([
  ['noi', 'dung'],
  ['yeu', 'cau'],
  ['phu', 'luc'],
  ['dai', 'bieu'],
  ['dang', 'vien'],
]);
/** Syllables after "phân" (divide) in words that are no count: "QĐ 80 phân cấp quản lý cán bộ", folded. */
const DIVIDING = new Set(['cap', 'cong', 'loai', 'tich', 'bo', 'biet', 'quyen', 'dinh', 'chia', 'giao']);
const counts = (ws: string[], j: number, numeral: string) => {
  const next = ws[j] as string;
  // "tháng 10", "năm 2025" after it name a date, not a count ("KL 200 tháng 10 năm 2025 nói gì").
  if ((next === 'thang' || next === 'nam') && /^\d+$/.test(ws[j + 1] ?? '')) return false;
  const second = COUNTED_PAIRS.get(next);
  if (second !== undefined) return ws[j + 1] === second;
  if (next === 'gio') return Number(numeral) <= 24;
  // "phan" typed without marks is "phần" (parts) or "phân" of "phân cấp", "phân công" …: those count nothing.
  if (next === 'phan' && DIVIDING.has(ws[j + 1] ?? '')) return false;
  return COUNTING.has(next);
};
/** What may follow a one-digit number that is a document ("Directive 8 of the Politburo"). */
const AFTER_SHORT = new Set(['of', 'cua', 'la', 've', 'is', 'about', 'do', 'nao', 'ngay', 'nam']);

export interface DocumentRef {
  /** The reference as typed, tidied: "KH 258-KH/TU" → "258-KH/TU", "kh258" → "KH 258". */
  text: string;
  numeral: string;
  kind: string | undefined;
  /** Documents of the pack it names, best first; empty when the pack does not hold it. */
  documents: PackDocument[];
}

interface ParsedNumber {
  numeral: string;
  kind: string;
  suffix: string;
}

/** "258-KH/TU" → 258, kh, tu; "26-HD/BTCTW" → 26, hd, btctw. */
function parseNumber(number: string): ParsedNumber {
  const [numeral = '', rest = ''] = fold(number).split('-');
  const [kind = '', suffix = ''] = rest.split('/');
  return { numeral, kind: kind.replace(/[^a-z]/g, ''), suffix: suffix.replace(/[^a-z]/g, '') };
}

const isYear = (s: string) => /^(19|20)\d\d$/.test(s);

/** Phrase (as words) -> kind code, longest phrases first. */
const PHRASES: Array<[string[], string | undefined]> = [
  ...Object.entries(KIND_WORDS).flatMap(([code, list]) =>
    list.map((p): [string[], string | undefined] => [p.split(' '), code]),
  ),
  ...GENERIC.map((p): [string[], string | undefined] => [p.split(' '), undefined]),
].sort((a, b) => b[0].length - a[0].length);

/** The same phrases by their first word (each list keeps PHRASES' order). */
const PHRASES_BY_FIRST = new Map<string, Array<[string[], string | undefined]>>();
for (const entry of PHRASES) {
  const first = entry[0][0] as string;
  const list = PHRASES_BY_FIRST.get(first);
  if (list) list.push(entry);
  else PHRASES_BY_FIRST.set(first, [entry]);
}

function phraseAt(ws: string[], i: number): [number, string | undefined] | undefined {
  for (const [phrase, code] of PHRASES_BY_FIRST.get(ws[i] as string) ?? []) {
    if (phrase.every((p, j) => ws[i + j] === p)) return [phrase.length, code];
  }
  return undefined;
}

export class DocumentIndex {
  readonly #docs: Array<{ doc: PackDocument; n: ParsedNumber }>;
  readonly #numerals: Set<string>;
  readonly #suffixes: Set<string>;
  /** The folded words of the pack's issuers ("bo chinh tri", "politburo"), which may stand between a number and its date. */
  readonly #issuerWords: Set<string>;

  constructor(pack: Pack) {
    this.#docs = pack.documents.map((doc) => ({ doc, n: parseNumber(doc.number) }));
    this.#numerals = new Set(this.#docs.map((d) => d.n.numeral));
    this.#suffixes = new Set(this.#docs.map((d) => d.n.suffix));
    this.#issuerWords = new Set(
      pack.documents.flatMap((d) => fold(`${d.issuer.vi} ${d.issuer.en}`).split(/[^a-z0-9]+/)),
    );
    this.#issuerWords.delete('');
  }

  /** Every document reference in the question, in order; laws (the pack holds none) after them. */
  find(question: string): DocumentRef[] {
    const q = question.slice(0, 500);
    const refs: DocumentRef[] = [];
    // Every reference by number holds a digit; most questions hold none.
    const ws = /\d/.test(q) ? docWords(q) : [];
    for (let i = 0; i < ws.length; i++) {
      const found = this.#refAt(ws, i);
      if (found) {
        refs.push(found.ref);
        i = found.end - 1;
      }
    }
    const law = lawIn(q);
    if (law) refs.push({ text: law, numeral: '', kind: 'luat', documents: [] });
    // A resolution named by its number is named already ("Nghị quyết 26-NQ/TW … Hội nghị Trung ương 7").
    const plenum = refs.some((r) => r.kind === 'nq') ? undefined : plenumIn(q);
    if (plenum) refs.push({ text: plenum, numeral: '', kind: 'nq', documents: [] });
    return refs;
  }

  #refAt(ws: string[], i: number): { ref: DocumentRef; end: number } | undefined {
    const phrase = phraseAt(ws, i);
    let j = i;
    let kind: string | undefined;
    if (phrase) {
      [j, kind] = [i + phrase[0], phrase[1]];
      if (NUMBER_WORDS.has(ws[j] ?? '')) j++;
    }
    const numeral = ws[j];
    if (numeral === undefined || !/^\d{1,4}$/.test(numeral)) return undefined;
    j++;
    // A suffix: "-KH/TU" read as kh tu, or the issuer alone ("qd 14 tu").
    let suffix: string | undefined;
    const next = ws[j];
    if (next !== undefined && KIND_CODES.has(next)) {
      kind = kind ?? next;
      j++;
      // The issuer after the kind: the pack's ("-KH/TU"), or another's ("9-HD/ĐU" of a commune's
      // committee), which no document of the pack bears: then that number is not the pack's.
      const issuer = ws[j];
      if (issuer !== undefined && (this.#isSuffix(issuer) || ISSUER_CODES.has(issuer))) suffix = ws[j++];
    } else if (next !== undefined && phrase && this.#isSuffix(next)) suffix = ws[j++];
    // "4 nd của đh": a one-digit count before an abbreviation, not document 4-NĐ (the pack holds no such number).
    if (!phrase && suffix === undefined && numeral.length === 1 && !this.#numerals.has(numeral))
      return undefined;
    const typed = phrase !== undefined || suffix !== undefined || kind !== undefined;
    if (suffix === undefined && !this.#standsAlone(ws, j, numeral)) return undefined;
    // A bare number names a document only when it is long and one of the pack's own numbers.
    if (!typed && (numeral.length < 3 || isYear(numeral) || !this.#numerals.has(numeral))) return undefined;
    if (!typed && (isDatePart(ws, i) || LABELLED.has(ws[i - 1] ?? ''))) return undefined;
    if (phrase && kind === undefined && !this.#numerals.has(numeral)) return undefined;
    if (isYear(numeral) && suffix === undefined) return undefined;
    const date = dateNear(ws, i, j, this.#issuerWords);
    let documents = this.#match(numeral, kind, suffix, date);
    // "CT 35 từ khi nào": a word that reads like an issuer ("tu", từ) was an ordinary word.
    if (documents.length === 0 && suffix !== undefined && ws[j - 1] === suffix) {
      const without = this.#match(numeral, kind, undefined, date);
      if (without.length > 0) [documents, j] = [without, j - 1];
    }
    let label = kind ? `${SHOWN[kind] ?? kind.toUpperCase()} ${numeral}` : numeral;
    if (documents.length === 0 && date?.own) label += ` (${date.shown})`;
    return { ref: { text: label, numeral, kind, documents }, end: j };
  }

  /** Whether the number is a document's and not a count ("5 năm", "4 nội dung"); j is the next word. */
  #standsAlone(ws: string[], j: number, numeral: string): boolean {
    const next = ws[j];
    if (next === undefined || KIND_CODES.has(next)) return true;
    if (YEAR_WORDS.has(next) && yearNear(ws, j) !== undefined) return true;
    // "năm nào", "ngày mấy": asking for the document's date.
    if ((next === 'nam' || next === 'ngay') && ['nao', 'may', 'bao'].includes(ws[j + 1] ?? '')) return true;
    if (counts(ws, j, numeral)) return false;
    return numeral.length > 1 || AFTER_SHORT.has(next);
  }

  #isSuffix(w: string): boolean {
    return this.#suffixes.has(w);
  }

  /**
   * The pack's documents with that number, told apart by the date the question gives: its year
   * picks those of that year, a full date the one of that day among them. A year of the document's
   * own (see OWN_YEAR_WORDS) that none of them bears picks the latest issued before it — the one
   * in use that year ("Chỉ thị 35 năm 2021" is the 2019 directive, "Kế hoạch 203 năm 2025" the
   * plan of 2024 for the 2025 congresses; the card shows its real date); before all of them
   * ("Chỉ thị 35 năm 2010", "KL 118 năm 2024") it leaves none: that document is not the pack's.
   * Another year (the question's time, "in 2026") picks only when one of them bears it.
   */
  #match(numeral: string, kind?: string, suffix?: string, date?: GivenDate): PackDocument[] {
    let list = this.#docs.filter(
      (d) =>
        d.n.numeral === numeral &&
        (kind === undefined || d.n.kind === kind) &&
        (suffix === undefined || d.n.suffix === suffix),
    );
    if (date !== undefined && list.length > 0) {
      const ofYear = list.filter((d) => d.doc.date.startsWith(date.year));
      if (ofYear.length > 0) list = ofYear;
      else if (date.own) {
        const before = list.filter((d) => d.doc.date.slice(0, 4) < date.year);
        const latest = before.map((d) => d.doc.date).sort()[before.length - 1];
        list = before.filter((d) => d.doc.date === latest);
      }
      const ofDay = date.day ? list.filter((d) => d.doc.date === date.day) : [];
      if (ofDay.length > 0) list = ofDay;
    }
    // The document the bot uses before a lookalike that shares its number.
    return list.sort((a, b) => Number(a.doc.lookalike) - Number(b.doc.lookalike)).map((d) => d.doc);
  }

  /**
   * Documents near a reference the pack does not hold: those of the same kind and number (another
   * year's), then the same kind, then the closest numbers; a lookalike only when it shares the number.
   */
  nearest(ref: DocumentRef, n = 3): PackDocument[] {
    const num = Number(ref.numeral);
    const same = (d: { n: ParsedNumber }) => d.n.numeral === ref.numeral && d.n.kind === ref.kind;
    return this.#docs
      .filter((d) => !d.doc.lookalike || same(d))
      .map((d) => ({
        doc: d.doc,
        rank:
          (d.n.kind === ref.kind ? 0 : 1e6) +
          (Number.isNaN(num) ? 0 : Math.abs(Number(d.n.numeral) - num)) +
          (d.doc.lookalike ? 0.5 : 0),
      }))
      .sort((a, b) => a.rank - b.rank)
      .slice(0, n)
      .map((d) => d.doc);
  }
}

/**
 * Words that make the bare number after them a label of something else, not a document: a room,
 * a house, a bus route or line, a bed, a ward's group ("Phòng 203 nhà B", "tuyến xe 18",
 * "room 203"), folded.
 */
const LABELLED = new Set(
  'phong nha tuyen xe buyt giuong to ban room bus route line bed gate cong'.split(' '),
);

/** "30/6/2025" is read as 30, 6, 2025: a number between other date parts is not a document. */
function isDatePart(ws: string[], i: number): boolean {
  const near = [ws[i - 1], ws[i + 1]];
  return near.some((w) => w !== undefined && /^\d+$/.test(w));
}

/** A year right after a reference: "năm 2019", "of 2019", "ngày 30/5/2019", "(2019)". */
function yearNear(ws: string[], j: number): string | undefined {
  for (let k = j; k < Math.min(ws.length, j + 5); k++) {
    const w = ws[k] as string;
    if (isYear(w)) return w;
    if (!YEAR_WORDS.has(w) && !/^\d{1,2}$/.test(w)) return undefined;
  }
  return undefined;
}

/** The date a question gives a document: its year, the day when it is given in full (ISO), whether it is the document's own. */
interface GivenDate {
  year: string;
  day: string | undefined;
  own: boolean;
  /** As typed, for "not in the bot's sources": "2010", "30/5/2010". */
  shown: string;
}

const pad = (s: string) => s.padStart(2, '0');

const MONTHS = new Map(
  'january february march april may june july august september october november december'.split(' ').flatMap(
    (m, k): Array<[string, number]> => [
      [m, k + 1],
      [m.slice(0, 3), k + 1],
    ],
  ),
);
/**
 * Words a date after a reference may hold besides its numbers: "ngày 14 tháng 6 năm 2024", "ban
 * hành năm", "of 30 May 2019"; also what the question says of the document before its date
 * ("chỉ thị 35 cũ năm 2019", "35-CT/TW, văn bản ban hành năm 2019", "Directive 35, the one of 2019").
 */
const DATE_WORDS = new Set([
  ...YEAR_WORDS,
  ...['thang', 'ban', 'hanh', 'ra', 'signed', 'ky', 'cua', 'by', 'the', 'on'],
  ...['cu', 'moi', 'old', 'new', 'former', 'earlier', 'van', 'document', 'one'],
]);
/** How far after a reference its date may run ("của Ban Tổ chức Trung ương ngày 26 tháng 8 năm 2024"). */
const DATE_AFTER = 12;
const SHORT_NUMBER = /^\d{1,2}$/;

/**
 * The date given near the reference from word i to word j: after it ("năm 2019", "hồi 2019",
 * "ngày 30/5/2019", "ngày 14 tháng 6 năm 2024", "of 30 May 2019", "của Bộ Chính trị năm 2019"),
 * or before it ("The 2019 Directive No. 35", "Năm 2019 … chỉ thị 35"). After it, the year is the
 * document's own when the word before the date is one of OWN_YEAR_WORDS (or the year follows the
 * number at once); right before the kind word, unless a time word comes first. Any other year
 * is only context, used when it matches (see #match). `issuers` are the folded words of the
 * pack's issuers, which may stand between the number and its date.
 */
function dateNear(ws: string[], i: number, j: number, issuers: ReadonlySet<string>): GivenDate | undefined {
  const nums: string[] = [];
  let month: number | undefined;
  let start = -1;
  for (let k = j; k < Math.min(ws.length, j + DATE_AFTER); k++) {
    const w = ws[k] as string;
    if (isYear(w)) {
      if (start < 0) start = k;
      const [d, m] =
        month !== undefined
          ? [nums[0], String(month)]
          : nums.length >= 2
            ? nums.slice(-2)
            : [undefined, undefined];
      const own = k === j || OWN_YEAR_WORDS.has(ws[start - 1] ?? '');
      return {
        year: w,
        day: d !== undefined && m !== undefined ? `${w}-${pad(m)}-${pad(d)}` : undefined,
        own,
        shown: d !== undefined && m !== undefined ? `${d}/${m}/${w}` : w,
      };
    }
    const m = MONTHS.get(w);
    if (SHORT_NUMBER.test(w) || m !== undefined) {
      if (start < 0) start = k;
      if (m !== undefined) month = m;
      else nums.push(w);
    } else if (!DATE_WORDS.has(w) && !issuers.has(w)) break;
  }
  for (let k = i - 1; k >= Math.max(0, i - YEAR_BEFORE); k--) {
    const w = ws[k] as string;
    if (isYear(w)) {
      // "The 2019 Directive" is the document's year; "đến năm 2026 chỉ thị 35", "in 2026 Directive 45" the question's time.
      const own = k === i - 1 && !TIME_WORDS.has(ws[k - 1] ?? '');
      return { year: w, day: undefined, own, shown: w };
    }
    // Another document's number or a date's part: the year is not this reference's.
    if (/^\d+$/.test(w)) return undefined;
  }
  return undefined;
}

/**
 * A law named as typed: "Luật Tổ chức chính quyền địa phương 2025", "Bộ luật Lao động", "the Law on
 * Cadres", or by its number ("Luật số 72/2025/QH15"). The capital tells the law from "kỷ luật",
 * "pháp luật" and "luật sư"; its name runs to a year within eight words, else six words. No letter
 * may stand before it; the regex is fast enough on its own (tens of nanoseconds per question), so
 * no pre-test repeats its words.
 */
const LAW =
  /(?<!\p{L})((?:Bộ luật|BỘ LUẬT|Luật|LUẬT|Luat|LUAT) (?:\p{Lu}|(?:số |so )?\d+\/\d{4})[^?!.;,:]*|Law (?:on|of|No\.?) [^?!.;,:]*)/u;

function lawIn(question: string): string | undefined {
  const m = LAW.exec(question);
  if (!m?.[1]) return undefined;
  const ws = m[1].trim().split(/\s+/);
  const year = ws.findIndex((w, k) => k < 9 && /^(19|20)\d\d$/.test(w));
  return ws.slice(0, year >= 0 ? year + 1 : 6).join(' ');
}

/**
 * A resolution named by the Central Committee's plenum that passed it ("Nghị quyết Trung ương 4
 * khóa XII", "NQ TW 4", "nghi quyet hoi nghi trung uong 7", "the 4th plenum's resolution"). The
 * pack names its documents by number, never by plenum, so such a reference is one it does not hold.
 */
const PLENUM_VI =
  /(?<!\p{L})(?:nghị quyết|nghi quyet|nq)\s+(?:(?:của\s+|cua\s+)?(?:hội nghị|hoi nghi)\s+)?(?:ban chấp hành\s+|ban chap hanh\s+|bch\s+)?(?:trung ương|trung uong|tư|tw)\s*(\d{1,2})(?!\d)(?:\s+(?:khóa|khoá|khoa)\s+([ivxlc]+|\d{1,2})(?!\p{L}))?/iu;
const PLENUM_EN = /(?<!p{L})(\d{1,2})(?:st|nd|rd|th)\s+(?:central committee\s+)?plenum/i;

function plenumIn(question: string): string | undefined {
  const vi = PLENUM_VI.exec(question);
  if (vi?.[1]) return `Nghị quyết Trung ương ${vi[1]}${vi[2] ? ` khóa ${vi[2].toUpperCase()}` : ''}`;
  const en = PLENUM_EN.exec(question);
  return en?.[1] ? `the resolution of the ${en[1]}${ordinalSuffix(Number(en[1]))} plenum` : undefined;
}

const ordinalSuffix = (n: number) =>
  n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
