// Whether a message or a part of it asks something, by its question words, question mark and
// opening words (see Responder: the parts of a two-part question, the words before a question).
import { FEW_OF } from './counting.js';
import { countWords, fold, hasVietnameseMarks } from './normalize.js';

/** English words that make a sentence a question or a request ("when", "tell me"). */
const EN_ASKING =
  'what when which who whom whose how why where tell list explain show give send remind'.split(' ');
/** Vietnamese ones ("…gì", "khi nào", "cho hỏi", requests: "giúp", "cho xin", "nhắc lại"), folded. */
const ASKING = new Set([
  ...'gi nao may bao sao ai dau khong chua hoi biet neu giup xin nhac'.split(' '),
  ...EN_ASKING,
]);
/** The same as written with marks: "hỏi", not "hội" (of đại hội); "nêu", not "nếu". */
const ASKING_MARKED = new Set([
  ...'gì nào mấy bao sao ai đâu không chưa hỏi biết nêu giúp xin nhắc'.split(' '),
  ...EN_ASKING,
]);
/** A request that asks without a question word: "cho (tôi) xem …", "liệt kê …". */
export const REQUEST =
  /(?:^|\s)(?:cho\s+(?:(?:tôi|toi|em|mình|minh|cháu|chau)\s+)?xem|liệt\s+kê|liet\s+ke)\s/iu;
/** English auxiliaries ask only when they open the sentence ("Were all held?", not "We were told …"). */
const OPENING = new Set('is are do does did can could must should will was were has have'.split(' '));
/**
 * Whether a sentence asks something: a question mark, a question word, or an opening auxiliary.
 * Written with marks, its words are read with them ("Đại hội chi bộ em làm xong rồi." asks nothing).
 */
export const asks = (s: string) => {
  if (s.includes('?')) return true;
  const marked = hasVietnameseMarks(s);
  const ws = (marked ? s.toLowerCase() : fold(s)).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const words = marked ? ASKING_MARKED : ASKING;
  return OPENING.has(ws[0] ?? '') || ws.some((w, i) => words.has(w) && !countedMay(ws, i));
};
/** Words by which askers speak of themselves and their unit ("chúng tôi", "mình", "our"), folded. */
const FIRST_PERSON = new Set('toi minh em chung ta we our us i my'.split(' '));
export const speaksOfOwn = (s: string) =>
  fold(s)
    .split(/[^a-z0-9]+/)
    .some((w) => FIRST_PERSON.has(w));
/** "mấy" after "mười"/"mươi" is a number ("mười mấy chi bộ": a dozen or so), not a question. */
const countedMay = (ws: string[], i: number) =>
  fold(ws[i] ?? '') === 'may' && fold(ws[i - 1] ?? '') === 'muoi';

/**
 * Question words that make a part a question of its own, stricter than ASKING: with its marks when
 * the part has them ("mấy", not "xe máy"; "hỏi" of "đại hội" is no question), folded otherwise.
 */
const EN_QUESTION_WORDS = ['what', 'when', 'which', 'who', 'how', 'why', 'where'];
/** Chat shorthand for question words: "j" (gì), "ntn" (như thế nào), "bn" (bao nhiêu). */
const SHORT_QUESTION_WORDS = ['j', 'ntn', 'bn'];
const QUESTION_WORDS = new Set([
  'gì',
  'nào',
  'mấy',
  'bao',
  'sao',
  'ai',
  'đâu',
  ...SHORT_QUESTION_WORDS,
  ...EN_QUESTION_WORDS,
]);
const FOLDED_QUESTION_WORDS = new Set([
  'gi',
  'nao',
  'bao',
  'sao',
  'ai',
  'dau',
  ...SHORT_QUESTION_WORDS,
  ...EN_QUESTION_WORDS,
]);
/** Whether a part of a question is a question of its own: a question mark, or a question word. */
export const isQuestion = (s: string, endsWithMark: boolean) =>
  endsWithMark || s.includes('?') || asksByWord(s);
/** Whether it holds a question word (see QUESTION_WORDS). */
export const asksByWord = (s: string) => {
  const marked = hasVietnameseMarks(s);
  const words = (marked ? s.toLowerCase() : fold(s)).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  // "không", "chưa" ask only at the end ("… xong chưa"), not inside ("không được phô trương").
  if (FINAL_PARTICLES.has(fold(words[words.length - 1] ?? ''))) return true;
  const asking = marked ? QUESTION_WORDS : FOLDED_QUESTION_WORDS;
  // "mấy" before people or a numeral says "a few" ("mấy đứa trong chi đoàn", see FEW_OF).
  return words.some((w, i) => asking.has(w) && !(w === 'mấy' && FEW_OF.has(fold(words[i + 1] ?? ''))));
};
const FINAL_PARTICLES = new Set(['khong', 'chua', 'ko', 'hong', 'ha', 'a']);

/**
 * The message without a last sentence that asks nothing after questions that end with "?", for
 * cutting it in two: an instruction on the reply ("Đại hội XIV họp ngày nào? Đại hội các cấp trước
 * đó kết quả thế nào? Báo cáo hai việc.") is no part, nor the subject of the question before it.
 * The whole message is still read with it ("… ? We were told to avoid waste." says what is asked).
 */
export function withoutCoda(q: string): string {
  const end = q.trimEnd();
  const at = Math.max(end.lastIndexOf('? '), end.lastIndexOf('?\n'));
  if (at < 0 || end.endsWith('?')) return q;
  const coda = end.slice(at + 1);
  return asks(coda) || countWords(coda) > CODA_WORDS ? q : end.slice(0, at + 1);
}
/** Most words of such a last sentence: a longer one may tell what the questions are about. */
const CODA_WORDS = 6;
