import { hasVietnameseMarks, STOPWORDS, tokenize } from './normalize.js';
import { type PhraseSet, untoned } from './phrases.js';

/**
 * Counting questions: "bao nhiêu X", "mấy X", "how many X" ask for a figure, which the pack holds
 * only for what its texts count (evidence.counted). See asksUncounted.
 */

/**
 * Words after "mấy" that make it "a few", not "how many": people ("mấy bác", "mấy đứa hỏi …") and
 * numerals ("mấy chục"), folded (see asksUncounted).
 */
export const FEW_OF: ReadonlySet<string> = new Set([
  'dua',
  'bac',
  'ban',
  'anh',
  'chi',
  'em',
  'co',
  'chu',
  'ong',
  'ba',
  'chau',
  'dong',
  'cau',
  'cu',
  'chuc',
  'tram',
  'nghin',
  'ngan',
  'trieu',
  'muoi',
]);
/**
 * Words before "mấy", "bao nhiêu" that make them ask which, not how many ("tháng mấy", "lần thứ
 * bao nhiêu", "từ ngày … đến bao nhiêu"), folded.
 */
const WHICH_OF = new Set([
  'thang',
  'ngay',
  'nam',
  'thu',
  'gio',
  'tuan',
  'quy',
  'khoa',
  'lan',
  'so',
  'dot',
  'ky',
  'hom',
  'doi',
  'tu',
  'den',
  'toi',
]);
/**
 * Words around "may" typed without marks that make it "máy" (a machine): "nhà máy", "xe máy", "máy
 * tính", "máy in" (see asksUncounted), folded.
 */
const MACHINE_BEFORE = new Set(['nha', 'xe', 'det']);
const MACHINE_AFTER = new Set([
  'tinh',
  'in',
  'chieu',
  'bay',
  'anh',
  'lanh',
  'moc',
  'photo',
  'quay',
  'phat',
  'mac',
]);
/**
 * Words that ask something else after a count ("tốn bao nhiêu tiền thì được, có phải … không?",
 * "vừa soi mấy container hàng, giờ mới nhớ ra: đại hội có mấy nội dung?"), folded.
 */
const ASKS_AFTER = new Set(['khong', 'ko', 'k', 'gi', 'nao', 'sao', 'ai', 'chua', 'bao', 'may']);
/** Classifiers between a count and the thing counted ("mấy cái tổ", "bao nhiêu chiếc ghế"), folded. */
const CLASSIFIERS = new Set(['cai', 'chiec']);
/** Words after a span that tell it rather than ask it ("mấy hôm nay", "mấy năm qua"), folded. */
const SPAN_TOLD = new Set(['nay', 'qua', 'truoc', 'gan']);

/**
 * Whether the question asks how many of a thing the pack never counts (`counted`, from
 * evidence.counted: its texts count contents, reports, parts, appendices, levels, years …): "bao
 * nhiêu biên chế", "mỗi tổ mấy người", "how many delegates" ask for a figure it does not hold.
 * "Mấy" asks which after a word of time or order ("tháng mấy", "lần thứ mấy"), and says "a few"
 * before people or numerals ("mấy bác hỏi …", "mấy chục") and in a span told ("mấy hôm nay"). A count followed by another
 * ask is not what the question turns on ("Đại hội tốn bao nhiêu tiền thì được, có phải chống lãng
 * phí không?"). `mays`: for each "may" token in turn, whether it was typed "mấy", in a question
 * typed with marks ("nhà máy", "công ty may" are not); without marks every one may be, but for
 * a machine's ("nhà máy", "máy tính").
 */
export function asksUncounted(tokens: string[], counted: PhraseSet, mays?: boolean[]): boolean {
  let may = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    const w = untoned(tokens[i] as string);
    const prev = tokens[i - 1];
    const pair = w === 'nhieu' ? prev === 'bao' : w === 'many' ? prev === 'how' : false;
    if (!pair && (w !== 'may' || mays?.[may++] === false)) continue;
    if (
      !pair &&
      !mays &&
      (MACHINE_BEFORE.has(untoned(prev ?? '')) || MACHINE_AFTER.has(untoned(tokens[i + 1] as string)))
    )
      continue;
    const before = tokens[pair ? i - 2 : i - 1];
    if (before !== undefined && WHICH_OF.has(untoned(before))) continue;
    // A classifier stands before the thing counted ("mấy cái tổ"): the thing is the word after it.
    const at = CLASSIFIERS.has(untoned(tokens[i + 1] as string)) && i + 2 < tokens.length ? i + 2 : i + 1;
    const thing = tokens[at] as string;
    // A word of one letter is a particle typed short ("bao nhiêu z", "mấy v": vậy).
    const bare = untoned(thing);
    if (STOPWORDS.has(bare) || bare.length < 2 || (!pair && FEW_OF.has(bare))) continue;
    if (counted.at(tokens, at) > 0 || SPAN_TOLD.has(untoned(tokens[at + 1] ?? ''))) continue;
    if (!tokens.slice(at + 1).some((t) => ASKS_AFTER.has(untoned(t)))) return true;
  }
  return false;
}

/**
 * For each "may" of a question typed with marks, whether it was typed "mấy" (not "máy", "may"), in
 * order (see asksUncounted); undefined without marks, or without a "may".
 */
export function maysOf(question: string, tokens: string[]): boolean[] | undefined {
  const text = question.slice(0, 500);
  if (!tokens.includes('may') || !hasVietnameseMarks(text)) return undefined;
  return tokenize(text)
    .filter((t) => t.folded === 'may')
    .map((t) => t.raw.normalize('NFC').toLowerCase() === 'mấy');
}
