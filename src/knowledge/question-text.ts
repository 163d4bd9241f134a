/**
 * What the search reads off a question's text besides its words: the sentences that ask, the
 * terms and years it names, the words of "when" read alike, and the marks QaIndex's token reading
 * checks (a marked "đang", a tone's bit).
 */

/** A term written as two years ("2025 - 2030", "2025–2030"): the second after the first, at most ten years on. */
const TERM = /(?<!\d)((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)/g;
const FOUR_DIGITS = /\d{4}/;
/** The terms a text names, as "first-last". */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  // Most questions hold no year: no iterator, no copy of the regex.
  if (!FOUR_DIGITS.test(text)) return out;
  for (const m of text.slice(0, 500).matchAll(TERM)) {
    const [first, last] = [Number(m[1]), Number(m[2])];
    if (last > first && last - first <= 10) out.push(`${first}-${last}`);
  }
  return out;
}

/** A sentence's end: ".", "!", "?" or "…" before a space, or a line break. */
const SENTENCE_END = /(?<=[.!?…])\s+|\n+/;
/**
 * A message of several sentences as the ones that ask (those ending with "?", or else the last
 * one) and the others, its context; undefined for a message of one sentence (all of it asks).
 */
export function splitAsking(text: string): { asking: string; context: string } | undefined {
  const head = text.slice(0, 500);
  if (!SENTENCE_END.test(head)) return undefined;
  const sentences = head.split(SENTENCE_END).filter((s) => s.trim() !== '');
  if (sentences.length < 2) return undefined;
  const marked = sentences.map((s) => s.trimEnd().endsWith('?'));
  if (!marked.includes(true)) marked[marked.length - 1] = true;
  const pick = (asking: boolean) => sentences.filter((_, k) => marked[k] === asking).join(' ');
  return { asking: pick(true), context: pick(false) };
}

/** The sentences of a message of several that ask (see splitAsking). */
export const askingPart = (text: string): string | undefined => splitAsking(text)?.asking;

/** The years a text names (1900–2099), as written. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
export function yearsOf(text: string): string[] {
  if (!FOUR_DIGITS.test(text)) return [];
  return text.slice(0, 500).match(YEAR) ?? [];
}

/**
 * "bao giờ", "lúc nào" and "khi nào" all ask "when"; the pack writes "khi nào" in its questions and
 * "bao giờ" once, as a keyword of the timeline, so that a typed "bao giờ" was evidence of the
 * timeline alone ("cấp huyện bỏ từ bao giờ"). All are read as "khi nào", in the pack's texts and in
 * questions. "Giờ" and "bây giờ" say "now" (function words, see STOPWORDS), not "bảy" (seven).
 */
export function sameWhen(tokens: string[]): void {
  for (let i = tokens.indexOf('bao'); i >= 0 && i < tokens.length - 1; i = tokens.indexOf('bao', i + 1))
    if (tokens[i + 1] === 'gio') [tokens[i], tokens[i + 1]] = ['khi', 'nao'];
  // "lúc nào" asks "when" too ("chi bộ em đại hội lúc nào?"); typed "lúc", it carries its tone
  // digit, since the pack writes only "lục" (phụ lục).
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i + 1] === 'nao' && (tokens[i] === 'luc' || tokens[i] === 'luc2')) tokens[i] = 'khi';
    // "bây giờ" (now) is two function words, not "bảy" (seven) and "giờ".
    if (tokens[i] === 'bay' && tokens[i + 1] === 'gio') tokens[i] = 'gio';
    // "mới" after a span of time or "rồi"/"thì" says "only then" ("5 năm mới đại hội một lần",
    // "xong rồi mới đại hội"), not "new" ("khóa mới", "quy định mới").
    if (tokens[i + 1] === 'moi' && ONLY_THEN_BEFORE.has(tokens[i] as string)) tokens[i + 1] = 'moi0';
  }
}
/** The words after which "mới" says "only then" (see sameWhen). */
const ONLY_THEN_BEFORE = new Set(['nam', 'thang', 'ngay', 'roi', 'thi', 'xong']);
/**
 * "đang" (now, -ing) folds to "dang", as "đảng" (the Party) does: typed with its marks (a đ and no
 * tone) it is a function word of its own (see STOPWORDS).
 */
export const MARKED_DANG = 'dang0';
/** đ or Đ. */
export const isD = (c: number) => c === 0x111 || c === 0x110;
/** A tone's bit in QaIndex's tone sets: ngã (3) shares hỏi's (4). */
export const toneBit = (tone: number) => 1 << (tone === 3 ? 4 : tone);
