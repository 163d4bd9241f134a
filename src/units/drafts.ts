import type { Clock } from '../clock.js';
import type { Collection, Store } from '../store/index.js';

/**
 * A registration in progress (the guided /dangky). Kept in the store, not in process memory:
 * behind a webhook, the next message of the same user may reach another replica.
 */
export interface Draft {
  step: 'type' | 'name' | 'parent' | 'pilot' | 'confirm-update';
  /** Telegram user who started it; only their messages and presses move it on. */
  userId: number;
  type?: string;
  name?: string;
  parent?: string;
  /** The organisation whose registration link started it (src/orgs). */
  org?: string;
  /** ISO instant after which the draft is ignored. */
  expiresAt: string;
}

export const DRAFT_TTL_MS = 30 * 60 * 1000;

/** Drafts keyed by chat and user, so two admins of one group do not finish each other's. */
export class DraftsRepo {
  readonly #items: Collection<Draft>;
  constructor(
    store: Store,
    private readonly clock: Clock,
  ) {
    this.#items = store.collection<Draft>('unit-drafts', { cache: 50_000 });
  }

  static key = (chatId: number, userId: number) => `${chatId}:${userId}`;

  async get(chatId: number, userId: number): Promise<Draft | undefined> {
    const draft = await this.#items.get(DraftsRepo.key(chatId, userId));
    if (!draft) return undefined;
    if (new Date(draft.expiresAt).getTime() <= this.clock.now().getTime()) {
      await this.#items.delete(DraftsRepo.key(chatId, userId));
      return undefined;
    }
    return draft;
  }

  async set(chatId: number, draft: Omit<Draft, 'expiresAt'>): Promise<Draft> {
    const full: Draft = {
      ...draft,
      expiresAt: new Date(this.clock.now().getTime() + DRAFT_TTL_MS).toISOString(),
    };
    await this.#items.set(DraftsRepo.key(chatId, draft.userId), full);
    return full;
  }

  async clear(chatId: number, userId: number): Promise<void> {
    await this.#items.delete(DraftsRepo.key(chatId, userId));
  }
}
