import { stem, tokenize } from './normalize.js';

/**
 * A set of phrases (folded, stemmed tokens) looked up by their first token: the pack's off-topic
 * phrases, its words for party organisations and for the subject, and its place names.
 */
export class PhraseSet {
  readonly #byFirst = new Map<string, string[][]>();

  constructor(phrases: string[]) {
    for (const p of phrases) {
      const phrase = tokenize(p).map((x) => stem(x.folded));
      const first = phrase[0];
      if (first === undefined) continue;
      const list = this.#byFirst.get(first);
      if (list) list.push(phrase);
      else this.#byFirst.set(first, [phrase]);
    }
    for (const list of this.#byFirst.values()) list.sort((x, y) => y.length - x.length);
  }

  /** The longest phrase starting at token i, as its length (0 when none). */
  at(tokens: string[], i: number): number {
    for (const phrase of this.#byFirst.get(tokens[i] as string) ?? []) {
      if (i + phrase.length <= tokens.length && phrase.every((p, j) => tokens[i + j] === p))
        return phrase.length;
    }
    return 0;
  }

  /** Whether any phrase occurs; `accept` may reject an occurrence (by its start and length). */
  occurs(tokens: string[], accept: (start: number, length: number) => boolean = () => true): boolean {
    for (let i = 0; i < tokens.length; i++) {
      const n = this.at(tokens, i);
      if (n > 0 && accept(i, n)) return true;
    }
    return false;
  }
}
