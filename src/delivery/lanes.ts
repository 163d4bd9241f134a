import { MinHeap } from './heap.js';

/**
 * Outbox lanes: what a message is for decides how soon it goes when the outbox is busy. A staff
 * broadcast queued behind 70,000 reminders starts within a second instead of 40 minutes later,
 * and reminders keep a share of the rate while broadcasts run, so neither is starved.
 *   reply: a message a user is waiting for (weight 4)
 *   broadcast: staff notices and digests (weight 2)
 *   reminder: the reminder passes (weight 1)
 */
export const LANES = ['reply', 'broadcast', 'reminder'] as const;
export type Lane = (typeof LANES)[number];

/** Shares of the send rate among the lanes that have something due (smooth weighted round robin). */
export const LANE_WEIGHTS: Readonly<Record<Lane, number>> = { reply: 4, broadcast: 2, reminder: 1 };

/** The lane of a message: its own, else from its batch (`reminders:…`, `bc:…`, `digest:…`). */
export function laneOf(item: { lane?: Lane | undefined; batchId: string }): Lane {
  if (item.lane) return item.lane;
  if (item.batchId.startsWith('reminders:')) return 'reminder';
  if (item.batchId.startsWith('bc:') || item.batchId.startsWith('digest:')) return 'broadcast';
  return 'reply';
}

/** Rank of a lane: lower goes first within one chat. */
export const laneRank = (lane: Lane): number => LANES.indexOf(lane);

/**
 * Which chat is due next: one min-heap of (ready time, chat) per lane. A chat is in the lane of
 * the item it would send next; an entry that no longer matches `#scheduled` is stale and skipped.
 */
export class LaneScheduler {
  readonly #heaps = LANES.map(() => new MinHeap<{ at: number; chatId: number }>());
  readonly #scheduled = new Map<number, { at: number; lane: number }>();
  /** Smooth weighted round robin state: the lane with the highest credit goes next. */
  readonly #credit = LANES.map(() => 0);
  readonly #weights = LANES.map((l) => LANE_WEIGHTS[l]);

  /** Schedules `chatId` in `lane` at `at`, unless it is already there at that time or earlier. */
  schedule(chatId: number, at: number, lane: Lane): void {
    const rank = laneRank(lane);
    const current = this.#scheduled.get(chatId);
    if (current !== undefined && current.lane === rank && current.at <= at) return;
    this.#scheduled.set(chatId, { at, lane: rank });
    (this.#heaps[rank] as MinHeap<{ at: number; chatId: number }>).push({ at, chatId });
  }

  clear(): void {
    for (const h of this.#heaps) h.clear();
    this.#scheduled.clear();
    this.#credit.fill(0);
  }

  /** The live top of a lane's heap (stale entries dropped), or undefined. */
  #top(rank: number): { at: number; chatId: number } | undefined {
    const heap = this.#heaps[rank] as MinHeap<{ at: number; chatId: number }>;
    for (let top = heap.peek(); top; top = heap.peek()) {
      const s = this.#scheduled.get(top.chatId);
      if (s !== undefined && s.lane === rank && s.at === top.at) return top;
      heap.pop();
    }
    return undefined;
  }

  /**
   * The next chat due at `now`, taken off its lane: among the lanes with a due chat, the one the
   * weighted round robin picks. When none is due, `wakeAt` says when the first will be.
   */
  next(now: number): { chatId: number } | { wakeAt: number } | undefined {
    let total = 0;
    let best = -1;
    let wakeAt = Number.POSITIVE_INFINITY;
    for (let rank = 0; rank < LANES.length; rank++) {
      const top = this.#top(rank);
      if (!top) continue;
      if (top.at > now) {
        wakeAt = Math.min(wakeAt, top.at);
        continue;
      }
      const w = this.#weights[rank] as number;
      total += w;
      this.#credit[rank] = (this.#credit[rank] as number) + w;
      if (best < 0 || (this.#credit[rank] as number) > (this.#credit[best] as number)) best = rank;
    }
    if (best < 0) return wakeAt === Number.POSITIVE_INFINITY ? undefined : { wakeAt };
    this.#credit[best] = (this.#credit[best] as number) - total;
    const top = (this.#heaps[best] as MinHeap<{ at: number; chatId: number }>).pop() as {
      at: number;
      chatId: number;
    };
    this.#scheduled.delete(top.chatId);
    return { chatId: top.chatId };
  }
}
