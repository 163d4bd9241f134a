import type { FeedSync } from '../store/feed.js';
import type { Collection, Store } from '../store/index.js';
import { type LogView, type Mark, type MarkState, markKey, type Snooze } from './planner.js';

/** One unit's reminder record in the store: what was done for each moment, and its snoozes. */
export interface ReminderRecord {
  marks: Record<string, Mark>;
  snoozes?: Record<string, Snooze>;
}

interface Entry {
  marks: Map<string, Mark>;
  snoozes: Map<string, Snooze>;
}

/**
 * The sent log: per unit, which moments were sent, collapsed or suppressed, and pending snoozes.
 * Loaded once at start-up into memory (a pass reads only memory); every change is written to the
 * store first and applied to memory after, one write at a time per unit.
 */
export class ReminderLog implements LogView {
  readonly #records: Collection<ReminderRecord>;
  readonly #entries = new Map<number, Entry>();
  readonly #chains = new Map<number, Promise<void>>();
  #loading: Promise<void> | undefined;

  /**
   * Shared stores: a change starts from the stored record (another replica may have written it),
   * is published on the change feed, and other replicas' changes are re-read from it.
   */
  constructor(
    store: Store,
    private readonly sync?: FeedSync,
  ) {
    this.#records = store.collection<ReminderRecord>('reminders');
    sync?.on('reminders', async (key) => {
      const chatId = Number(key);
      if (Number.isSafeInteger(chatId)) await this.#update(chatId, () => undefined, false);
    });
  }

  load(): Promise<void> {
    this.#loading ??= (async () => {
      for await (const [key, record] of this.#records.entries()) {
        this.#entries.set(Number(key), {
          marks: new Map(Object.entries(record.marks ?? {})),
          snoozes: new Map(Object.entries(record.snoozes ?? {})),
        });
      }
    })();
    return this.#loading;
  }

  marks(chatId: number): ReadonlyMap<string, Mark> | undefined {
    return this.#entries.get(chatId)?.marks;
  }

  snoozes(chatId: number): ReadonlyMap<string, Snooze> | undefined {
    const s = this.#entries.get(chatId)?.snoozes;
    return s && s.size > 0 ? s : undefined;
  }

  /**
   * The unit's record as it stands: every change replaces it (#update sets a new entry), so it is
   * the same object only while the unit's marks and snoozes are unchanged.
   */
  revision(chatId: number): unknown {
    return this.#entries.get(chatId);
  }

  mark(chatId: number, seriesId: string, offset: string): Mark | undefined {
    return this.marks(chatId)?.get(markKey(seriesId, offset));
  }

  /** Records marks for moments of one unit (a pass records all of a unit's in one write). */
  record(
    chatId: number,
    marks: Array<{ seriesId: string; offset: string; s: MarkState }>,
    at: number,
    dropSnoozes: string[] = [],
  ): Promise<void> {
    return this.#update(chatId, (e) => {
      for (const m of marks) {
        const key = markKey(m.seriesId, m.offset);
        // A mark is final: a later pass never turns "sent" into "collapsed".
        if (!e.marks.has(key)) e.marks.set(key, { s: m.s, at });
      }
      for (const id of dropSnoozes) e.snoozes.delete(id);
    });
  }

  snooze(chatId: number, seriesId: string, snooze: Snooze): Promise<void> {
    return this.#update(chatId, (e) => {
      e.snoozes.set(seriesId, snooze);
    });
  }

  /**
   * A unit moved to another chat (group to supergroup, handover to a new secretary): its marks
   * follow it, so what was sent is not sent again to the new chat.
   */
  async move(from: number, to: number): Promise<void> {
    const source = this.#entries.get(from);
    if (!source || from === to) return;
    await this.#update(to, (e) => {
      for (const [k, v] of source.marks) if (!e.marks.has(k)) e.marks.set(k, v);
      for (const [k, v] of source.snoozes) if (!e.snoozes.has(k)) e.snoozes.set(k, v);
    });
  }

  /** Serialises writes per unit; the store is written before memory changes. */
  #update(chatId: number, change: (e: Entry) => void, write = true): Promise<void> {
    const prev = this.#chains.get(chatId) ?? Promise.resolve();
    const next = prev.then(async () => {
      const stored = this.sync ? await this.#records.get(String(chatId)) : undefined;
      const current = stored
        ? {
            marks: new Map(Object.entries(stored.marks ?? {})),
            snoozes: new Map(Object.entries(stored.snoozes ?? {})),
          }
        : this.#entries.get(chatId);
      const draft: Entry = {
        marks: new Map(current?.marks),
        snoozes: new Map(current?.snoozes),
      };
      change(draft);
      if (write) {
        await this.#records.set(String(chatId), {
          marks: Object.fromEntries(draft.marks),
          ...(draft.snoozes.size > 0 ? { snoozes: Object.fromEntries(draft.snoozes) } : {}),
        });
      }
      this.#entries.set(chatId, draft);
      if (write) await this.sync?.publish('reminders', String(chatId));
    });
    const settled = next.catch(() => undefined);
    this.#chains.set(chatId, settled);
    void settled.then(() => {
      if (this.#chains.get(chatId) === settled) this.#chains.delete(chatId);
    });
    return next;
  }
}
