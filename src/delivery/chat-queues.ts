import { laneOf, laneRank } from './lanes.js';
import type { OutboxItem } from './outbox.js';

/**
 * The outbox's pending items per chat, each chat's in enqueue order, and which of them may go
 * next. Memory only, no I/O: the Outbox writes an item through to the store before it moves it here.
 */
export class ChatQueues {
  /** Pending items per chat, in enqueue order. */
  readonly #byChat = new Map<number, OutboxItem[]>();

  /** A chat's pending items, in enqueue order; undefined when it has none. */
  of(chatId: number): readonly OutboxItem[] | undefined {
    return this.#byChat.get(chatId);
  }

  /** Chats that have pending items. */
  chats(): IterableIterator<number> {
    return this.#byChat.keys();
  }

  /** The only item of a chat that may be sent next (see Outbox.head). */
  head(chatId: number): OutboxItem | undefined {
    const queue = this.#byChat.get(chatId);
    if (!queue || queue.length === 1) return queue?.[0];
    let best: OutboxItem | undefined;
    let bestRank = Number.POSITIVE_INFINITY;
    for (const item of queue) {
      if (item.state === 'sending') return item;
      const rank = laneRank(laneOf(item));
      if (rank < bestRank) {
        best = item;
        bestRank = rank;
      }
    }
    return best;
  }

  add(item: OutboxItem): void {
    const queue = this.#byChat.get(item.chatId);
    if (!queue) {
      this.#byChat.set(item.chatId, [item]);
      return;
    }
    // Almost always an append; a migration can merge two queues, hence the ordered insert.
    let i = queue.length;
    while (i > 0 && (queue[i - 1]?.seq ?? 0) > (item.seq ?? 0)) i--;
    queue.splice(i, 0, item);
  }

  remove(item: OutboxItem): void {
    const queue = this.#byChat.get(item.chatId);
    if (!queue) return;
    const i = queue.indexOf(item);
    if (i >= 0) queue.splice(i, 1);
    if (queue.length === 0) this.#byChat.delete(item.chatId);
  }
}
