/**
 * What the search reads off a question's text besides its words: the sentences that ask, and the
 * terms and years it names.
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

/**
 * Words that say the question begins after them, within a sentence: "cho (em) hỏi", "xin hỏi",
 * "muốn hỏi", "muốn biết", "cho biết", with or without marks, and "hỏi" typed with its marks
 * (without them it is the "hội" of "đại hội"). What stands before them is context
 * ("Bà nội em đang uống thuốc huyết áp mà vẫn muốn biết Đại hội XIV …").
 */
const ASKS_NEXT =
  /(?:^|[\s,;:])(?:cho\s+(?:(?:tôi|toi|em|mình|minh|cháu|chau|con|anh|chị|chi)\s+)?(?:hỏi|hoi|biết|biet)|xin\s+(?:hỏi|hoi)|muốn\s+(?:hỏi|biết)|muon\s+(?:hoi|biet)|hỏi)\s+/giu;
/**
 * Words before that ask themselves: a request ("Xin số điện thoại … để gọi hỏi …") or a question
 * word; then what follows "hỏi" is what the request is for, not the question.
 */
const ASKS_BEFORE = /^\s*(?:xin|cho\s+xin|giúp|giup|gửi|gui)\s|\?|\s(?:gì|nào|bao nhiêu)(?:\s|$)/iu;

/** What follows the last such words, when words that ask nothing stand before them; else undefined. */
export function afterAsksNext(text: string): string | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(ASKS_NEXT)) last = m as RegExpExecArray;
  if (last === undefined || last.index === 0) return undefined;
  if (ASKS_BEFORE.test(text.slice(0, last.index))) return undefined;
  const rest = text.slice(last.index + last[0].length);
  return rest.trim() === '' ? undefined : rest;
}

/**
 * The part of a message that asks: of several sentences, the ones that ask (see splitAsking); in
 * one, or in those, what follows words that say the question begins ("cho hỏi …", "muốn biết …").
 * Undefined when all of it asks.
 */
export const askingPart = (text: string): string | undefined => {
  const head = text.slice(0, 500);
  const asking = splitAsking(head)?.asking ?? afterSemicolon(head);
  return afterAsksNext(asking ?? head) ?? asking;
};

/**
 * The clause after a message's last ";" when it is the one with the question mark ("Trụ sở chật,
 * mọi người bàn thuê nhà hàng; đại hội có yêu cầu chống lãng phí không?"): the clauses before tell
 * the story.
 */
function afterSemicolon(text: string): string | undefined {
  const at = text.lastIndexOf(';');
  if (at < 0) return undefined;
  const rest = text.slice(at + 1).trim();
  return rest.endsWith('?') && !text.slice(0, at).includes('?') ? rest : undefined;
}

/** The years a text names (1900–2099), as written. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
export function yearsOf(text: string): string[] {
  if (!FOUR_DIGITS.test(text)) return [];
  return text.slice(0, 500).match(YEAR) ?? [];
}

/** "Hội" and the capitalised words of an association's name (not "Hội Nghị"). */
const ASSOCIATION = String.raw`Hội(?!\s+Nghị)(?:\s+\p{Lu}\p{Ll}*)+`;
const ASSOCIATION_BEFORE = new RegExp(
  String.raw`(?<!\p{L})${ASSOCIATION}(?:\s+[\p{L}\d]+){0,6}?\s+[Đđ]ại hội(?!\p{L})`,
  'u',
);
const ASSOCIATION_AFTER = new RegExp(
  String.raw`(?<!\p{L})[Đđ]ại hội(?:\s+(?:đại biểu|toàn quốc))*\s+${ASSOCIATION}`,
  'u',
);
const PARTY_BEFORE = /(?<!\p{L})(?:chi bộ|đảng bộ|đảng ủy|party cell)(?!\p{L})/iu;

/**
 * Whether an association named by its capitalised name stands right before "đại hội", or right
 * after it ("Hội Nghệ sĩ Sân khấu Việt Nam đại hội …", "Đại hội đại biểu Hội Thầy thuốc trẻ …"): the
 * congress is that association's. Not after a party organisation ("Chi bộ Hội Cựu chiến binh …
 * đại hội"): the cell is in it. Read on the text as typed, where the capitals tell a name from
 * "hội nghị".
 */
export function namesAssociationCongress(text: string): boolean {
  const head = text.slice(0, 500);
  if (!head.includes('Hội')) return false;
  const before = ASSOCIATION_BEFORE.exec(head);
  if (before && !PARTY_BEFORE.test(head.slice(0, before.index))) return true;
  return ASSOCIATION_AFTER.test(head);
}
