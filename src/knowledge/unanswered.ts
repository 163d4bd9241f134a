import type { Collection, Store } from '../store/index.js';

/** A question the knowledge base could not answer: its text and time only, never who asked. */
export interface UnansweredQuestion {
  text: string;
  /** ISO instant. */
  at: string;
  /** The organisation of the unit whose chat it was asked in; absent: the root (private chats, older records). */
  org?: string;
}

const MAX_TEXT = 500;

/** Drops what could name a person: @usernames and phone-like digit runs. */
export function scrub(text: string): string {
  return text
    .replace(/@[A-Za-z0-9_]{3,}/g, '@…')
    .replace(/\+?\d[\d .-]{7,}\d/g, '…')
    .trim()
    .slice(0, MAX_TEXT);
}

/** Unanswered questions, kept so that district staff can improve the pack (/cauhoimoi). */
export class UnansweredLog {
  readonly #items: Collection<UnansweredQuestion>;
  constructor(store: Store) {
    this.#items = store.collection<UnansweredQuestion>('kb-unanswered');
  }

  async add(text: string, at: Date, org?: string): Promise<void> {
    const clean = scrub(text);
    if (clean === '') return;
    const key = `${at.toISOString()}-${Math.random().toString(36).slice(2, 8)}`;
    await this.#items.set(key, { text: clean, at: at.toISOString(), ...(org ? { org } : {}) });
  }

  /** The latest `limit` questions `keep` allows, newest first (a staff command: a full scan is fine). */
  async latest(
    limit = 30,
    keep: (q: UnansweredQuestion) => boolean = () => true,
  ): Promise<UnansweredQuestion[]> {
    const all: UnansweredQuestion[] = [];
    for await (const [, q] of this.#items.entries()) if (keep(q)) all.push(q);
    all.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    return all.slice(0, limit);
  }
}
