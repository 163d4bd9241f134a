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

/**
 * Retention: the log keeps the newest MAX_KEPT questions; the oldest beyond that are deleted.
 * Each process prunes on its first question and then every PRUNE_EVERY questions, so the store
 * holds at most MAX_KEPT + PRUNE_EVERY per replica, whatever the rate of questions.
 */
export const MAX_KEPT = 1_000;
export const PRUNE_EVERY = 50;

/** Drops what could name a person: @usernames and phone-like digit runs. */
export function scrub(text: string): string {
  return text
    .replace(/@[A-Za-z0-9_]{3,}/g, '@…')
    .replace(/\+?\d[\d .-]{7,}\d/g, '…')
    .trim()
    .slice(0, MAX_TEXT);
}

/** One page of the questions a staff member may see, newest first; `page` is clamped by the caller. */
export interface QuestionsPage {
  items: UnansweredQuestion[];
  /** 0-based. */
  page: number;
  /** At least 1 (an empty log has one empty page). */
  pages: number;
  /** Questions the filter let through, on every page. */
  total: number;
}

/**
 * Unanswered questions, kept so that district staff can improve the pack (/cauhoimoi). Keys are
 * `<ISO instant>-<random>`, so key order is time order.
 */
export class UnansweredLog {
  readonly #items: Collection<UnansweredQuestion>;
  #added = 0;
  #pruning: Promise<void> = Promise.resolve();

  constructor(store: Store) {
    this.#items = store.collection<UnansweredQuestion>('kb-unanswered');
  }

  async add(text: string, at: Date, org?: string): Promise<void> {
    const clean = scrub(text);
    if (clean === '') return;
    const key = `${at.toISOString()}-${Math.random().toString(36).slice(2, 8)}`;
    await this.#items.set(key, { text: clean, at: at.toISOString(), ...(org ? { org } : {}) });
    if (this.#added++ % PRUNE_EVERY === 0) {
      // One prune at a time; a failed one is retried at the next round, never fails the question.
      this.#pruning = this.#pruning
        .then(() => this.prune())
        .then(
          () => undefined,
          () => undefined,
        );
      await this.#pruning;
    }
  }

  /** Deletes the oldest questions beyond MAX_KEPT; the number deleted. */
  async prune(): Promise<number> {
    const keys: string[] = [];
    for await (const [key] of this.#items.entries()) keys.push(key);
    if (keys.length <= MAX_KEPT) return 0;
    keys.sort();
    const old = keys.slice(0, keys.length - MAX_KEPT);
    for (const key of old) await this.#items.delete(key);
    return old.length;
  }

  /**
   * Page `page` (0-based, clamped to the last) of `size` questions `keep` allows, newest first.
   * A staff command reads the whole log: at most MAX_KEPT (+ a prune round) small records.
   */
  async page(
    page: number,
    size: number,
    keep: (q: UnansweredQuestion) => boolean = () => true,
  ): Promise<QuestionsPage> {
    const all: UnansweredQuestion[] = [];
    for await (const [, q] of this.#items.entries()) if (keep(q)) all.push(q);
    all.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    const pages = Math.max(1, Math.ceil(all.length / size));
    const p = Math.min(Math.max(0, page), pages - 1);
    return { items: all.slice(p * size, (p + 1) * size), page: p, pages, total: all.length };
  }
}

const logs = new WeakMap<Store, UnansweredLog>();

/** The one log of a store in this process (its prune count is per process). */
export function unansweredLog(store: Store): UnansweredLog {
  let log = logs.get(store);
  if (!log) {
    log = new UnansweredLog(store);
    logs.set(store, log);
  }
  return log;
}
