import { createHash } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { FeedSync } from '../store/feed.js';
import type { Collection, Store } from '../store/index.js';
import type { Leases } from '../store/leases.js';
import { ChatQueues } from './chat-queues.js';
import { claimDedupe, DEDUPE_CLAIM_MS } from './dedupe-claim.js';
import type { Lane } from './lanes.js';
import { summaryCollection } from './retention.js';

/**
 * queued: waiting for its first send; sending: handed to the Bot API (persisted before the call);
 * sent: delivered; failed: the last attempt failed with a temporary error, another is due at
 * nextAttemptAt; dead: given up for good (lastError says why).
 */
export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed' | 'dead';

export interface OutboxButton {
  text: string;
  callback_data: string;
}

export interface OutboxMessage {
  chatId: number;
  text: string;
  buttons?: OutboxButton[][];
  /** Enqueueing the same key twice is a no-op, across restarts. */
  dedupeKey: string;
  /** A broadcast, a reminder pass: what progress and reports are counted by. */
  batchId: string;
  /** How soon it goes when the outbox is busy; by default from the batch id (lanes.ts). */
  lane?: Lane;
}

export interface OutboxItem extends OutboxMessage {
  id: string;
  state: OutboxState;
  attempts: number;
  /** Epoch ms. */
  nextAttemptAt: number;
  lastError?: string;
  errorCode?: number;
  messageId?: number;
  createdAt: number;
  sentAt?: number;
  /** Enqueue order, so that one chat's messages go out in the order they were queued. */
  seq?: number;
  /** Failures that count towards giving up (5xx, network); 429s do not. */
  transientFailures?: number;
  /** Set once the item followed a group's migration to a supergroup; it follows only once. */
  migratedFrom?: number;
}

export interface BatchCounts {
  queued: number;
  sending: number;
  sent: number;
  failed: number;
  dead: number;
  total: number;
}

const PENDING: ReadonlySet<OutboxState> = new Set(['queued', 'sending', 'failed']);

export const isPending = (state: OutboxState): boolean => PENDING.has(state);

/** The id is derived from the dedupe key, so a key maps to one row whatever happens. */
export function outboxId(dedupeKey: string): string {
  return createHash('sha256').update(dedupeKey).digest('base64url').slice(0, 24);
}

interface Batch {
  counts: BatchCounts;
  ids: string[];
}

/**
 * For replicas sharing a PostgreSQL or Redis store: dedupe keys are claimed through the leases (an
 * atomic insert), every write is published on the change feed, and `reload` takes in the other
 * replicas' writes. On SQLite neither is given and memory is the whole truth.
 */
export interface OutboxSharing {
  leases: Leases;
  sync: FeedSync;
}

const emptyCounts = (): BatchCounts => ({ queued: 0, sending: 0, sent: 0, failed: 0, dead: 0, total: 0 });

/**
 * The persistent outbox. The store holds every item; memory holds the pending ones indexed by
 * chat, the ids of all items (for dedupe) and per-batch counts, so nothing on the hot path reads
 * or iterates the store. Every change is written through before it is acted on.
 */
export class Outbox {
  readonly #items: Collection<OutboxItem>;
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #known = new Set<string>();
  readonly #pending = new Map<string, OutboxItem>();
  /** Pending items per chat, and which of a chat's goes next (chat-queues.ts). */
  readonly #queues = new ChatQueues();
  readonly #batches = new Map<string, Batch>();
  readonly #listeners = new Set<(chatId: number) => void>();
  /** State of every known item, so a reload from another replica can move the batch counts. */
  readonly #states = new Map<string, OutboxState>();
  readonly #sharing: OutboxSharing | undefined;
  #seq = 0;
  #loaded = false;
  #loading: Promise<void> | undefined;

  constructor(store: Store, clock: Clock, sharing?: OutboxSharing) {
    this.#store = store;
    this.#items = store.collection<OutboxItem>('outbox');
    this.#clock = clock;
    this.#sharing = sharing;
    sharing?.sync.on('outbox', (id) => this.reload(id));
  }

  /**
   * Once at start-up. Items a crash left in 'sending' may or may not have reached Telegram;
   * they are queued again (at-least-once), which bounds duplicates by the sender's concurrency.
   */
  load(): Promise<void> {
    this.#loading ??= this.#load();
    return this.#loading;
  }

  async #load(): Promise<void> {
    const requeue: OutboxItem[] = [];
    const all: OutboxItem[] = [];
    for await (const [, item] of this.#items.entries()) {
      // Shared store: another replica may be sending it right now; the sending replica requeues.
      if (item.state === 'sending' && !this.#sharing) {
        item.state = 'queued';
        requeue.push(item);
      }
      all.push(item);
      this.#seq = Math.max(this.#seq, item.seq ?? 0);
    }
    all.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0) || a.createdAt - b.createdAt);
    for (const item of all) this.#index(item);
    // Compacted sent items (retention.ts): their ids stay known and their batches keep counting them.
    for await (const [, summary] of summaryCollection(this.#store).entries()) {
      const counts = this.#batchOf(summary.batchId).counts;
      for (const id of summary.ids) {
        if (this.#known.has(id)) continue;
        this.#known.add(id);
        counts.sent++;
        counts.total++;
      }
    }
    for (const item of requeue) await this.#items.set(item.id, { ...item });
    this.#loaded = true;
    for (const chatId of this.#queues.chats()) this.#notify(chatId);
  }

  async enqueue(msg: OutboxMessage): Promise<{ id: string; created: boolean }> {
    // Dedupe needs every known id in memory: enqueueing before the load would defeat it.
    if (!this.#loaded) await this.load();
    const id = outboxId(msg.dedupeKey);
    if (this.#known.has(id)) return { id, created: false };
    // Claim the id before the first await so that a concurrent enqueue of the same key is a no-op.
    this.#known.add(id);
    // Across replicas the claim is an atomic insert in the shared store (dedupe-claim.ts).
    if (this.#sharing) {
      const exists = async () => (await this.#items.get(id)) !== undefined;
      const mine = await claimDedupe(this.#sharing.leases, `outbox:${id}`, exists).catch((err) => {
        this.#known.delete(id);
        throw err;
      });
      if (!mine) {
        // Written by another replica whose change this one may never have heard of.
        await this.reload(id);
        return { id, created: false };
      }
    }
    const now = this.#clock.now().getTime();
    const item: OutboxItem = {
      id,
      chatId: msg.chatId,
      text: msg.text,
      ...(msg.buttons ? { buttons: msg.buttons } : {}),
      dedupeKey: msg.dedupeKey,
      batchId: msg.batchId,
      ...(msg.lane ? { lane: msg.lane } : {}),
      state: 'queued',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
      seq: ++this.#seq,
    };
    try {
      await this.#items.set(id, { ...item });
    } catch (err) {
      this.#known.delete(id);
      await this.#sharing?.leases.release(`outbox:${id}`);
      throw err;
    }
    this.#index(item);
    this.#notify(item.chatId);
    await this.#sharing?.sync.publish('outbox', id);
    await this.#sharing?.leases.hold(`outbox:${id}`, DEDUPE_CLAIM_MS);
    return { id, created: true };
  }

  async enqueueMany(msgs: OutboxMessage[]): Promise<number> {
    let created = 0;
    // Chunks keep a few dozen writes in flight: enough to use the store, not enough to swamp it.
    for (let i = 0; i < msgs.length; i += 64) {
      const results = await Promise.all(msgs.slice(i, i + 64).map((m) => this.enqueue(m)));
      created += results.filter((r) => r.created).length;
    }
    return created;
  }

  batchCounts(batchId: string): BatchCounts {
    return { ...(this.#batches.get(batchId)?.counts ?? emptyCounts()) };
  }

  async batchItems(batchId: string): Promise<OutboxItem[]> {
    const ids = this.#batches.get(batchId)?.ids ?? [];
    const rows = await this.#items.getMany(ids);
    return rows.filter((r): r is OutboxItem => r !== undefined).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  }

  /** One item, pending ones from memory. */
  async get(id: string): Promise<OutboxItem | undefined> {
    return this.#pending.get(id) ?? (await this.#items.get(id));
  }

  // --- for the Sender -------------------------------------------------------------------------

  /** Called with a chat id whenever that chat may have something new to send. */
  onPending(listener: (chatId: number) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get pendingCount(): number {
    return this.#pending.size;
  }

  /** Chats that have pending items. */
  pendingChats(): IterableIterator<number> {
    return this.#queues.chats();
  }

  /**
   * The only item of a chat that may be sent next: the one in flight if any, else the oldest
   * pending item of the chat's most urgent lane (a reply before a broadcast before a reminder).
   */
  head(chatId: number): OutboxItem | undefined {
    return this.#queues.head(chatId);
  }

  async markSending(item: OutboxItem): Promise<void> {
    await this.#transition(item, { state: 'sending', attempts: item.attempts + 1 });
  }

  async markSent(item: OutboxItem, messageId: number): Promise<void> {
    await this.#transition(item, {
      state: 'sent',
      messageId,
      sentAt: this.#clock.now().getTime(),
    });
  }

  async markRetry(
    item: OutboxItem,
    opts: { at: number; reason: string; code?: number; countsAsFailure: boolean },
  ): Promise<void> {
    await this.#transition(item, {
      state: 'failed',
      nextAttemptAt: opts.at,
      lastError: opts.reason,
      ...(opts.code !== undefined ? { errorCode: opts.code } : {}),
      ...(opts.countsAsFailure ? { transientFailures: (item.transientFailures ?? 0) + 1 } : {}),
    });
  }

  async markDead(item: OutboxItem, reason: string, code?: number): Promise<void> {
    await this.#transition(item, {
      state: 'dead',
      lastError: reason,
      ...(code !== undefined ? { errorCode: code } : {}),
    });
  }

  /**
   * A group became a supergroup: the item is queued again for the new chat (once), and so is
   * everything else still pending for the old one.
   */
  async moveChat(item: OutboxItem, newChatId: number): Promise<void> {
    const oldChatId = item.chatId;
    // The chat has one item in flight at most, and it is this one.
    const moving = [...(this.#queues.of(oldChatId) ?? [])];
    for (const it of moving) {
      this.#queues.remove(it);
      const patch: Partial<OutboxItem> = {
        chatId: newChatId,
        migratedFrom: oldChatId,
        nextAttemptAt: this.#clock.now().getTime(),
      };
      if (it === item) patch.state = 'queued';
      await this.#transition(it, patch, false);
      this.#queues.add(it);
    }
    this.#notify(newChatId);
  }

  // --- internals --------------------------------------------------------------------------------

  async #transition(item: OutboxItem, patch: Partial<OutboxItem>, reindex = true): Promise<void> {
    const before = item.state;
    const next = { ...item, ...patch };
    // Write first: memory never runs ahead of the store.
    await this.#items.set(item.id, next);
    Object.assign(item, patch);
    this.#count(item, before);
    if (reindex && !isPending(item.state)) {
      this.#pending.delete(item.id);
      this.#queues.remove(item);
    }
    await this.#sharing?.sync.publish('outbox', item.id);
  }

  #count(item: OutboxItem, before: OutboxState): void {
    this.#states.set(item.id, item.state);
    const counts = this.#batches.get(item.batchId)?.counts;
    if (counts && before !== item.state) {
      counts[before]--;
      counts[item.state]++;
    }
  }

  /**
   * Takes in another replica's write of one item (from the change feed): a new item is indexed,
   * a known one moves to its stored state, and the batch counts follow.
   */
  async reload(id: string): Promise<void> {
    const fresh = await this.#items.get(id);
    if (!fresh) return;
    const before = this.#states.get(id);
    if (before === undefined) {
      this.#index(fresh);
      if (isPending(fresh.state)) this.#notify(fresh.chatId);
      return;
    }
    const mine = this.#pending.get(id);
    if (mine) {
      const chatBefore = mine.chatId;
      this.#queues.remove(mine);
      Object.assign(mine, fresh);
      this.#count(mine, before);
      if (isPending(mine.state)) this.#queues.add(mine);
      else this.#pending.delete(id);
      if (chatBefore !== mine.chatId) this.#notify(mine.chatId);
      return;
    }
    this.#count(fresh, before);
    if (isPending(fresh.state)) {
      this.#pending.set(id, fresh);
      this.#queues.add(fresh);
      this.#notify(fresh.chatId);
    }
  }

  /**
   * Takes in the pending items of the store this replica has not heard of: a replica that died
   * after writing an item and before announcing it on the change feed left it queued where no
   * sender looks. Run by the replica that takes over sending (one pass over the outbox), before
   * requeueSending; returns how many it took in.
   */
  async reconcile(): Promise<number> {
    if (!this.#loaded) await this.load();
    let found = 0;
    for await (const [id, item] of this.#items.entries()) {
      if (!isPending(item.state) || this.#pending.has(id)) continue;
      await this.reload(id);
      found++;
    }
    return found;
  }

  /**
   * Items some replica marked 'sending' and never finished (it died): queued again by the replica
   * that takes over sending. The same at-least-once bound as a restart.
   */
  async requeueSending(): Promise<number> {
    const stuck = [...this.#pending.values()].filter((item) => item.state === 'sending');
    for (const item of stuck) await this.#transition(item, { state: 'queued' });
    for (const item of stuck) this.#notify(item.chatId);
    return stuck.length;
  }

  #batchOf(batchId: string): Batch {
    let batch = this.#batches.get(batchId);
    if (!batch) {
      batch = { counts: emptyCounts(), ids: [] };
      this.#batches.set(batchId, batch);
    }
    return batch;
  }

  /** Ids of the items delivered and still whole in the store (for retention.ts). */
  *sentIds(): Generator<string> {
    for (const [id, state] of this.#states) if (state === 'sent') yield id;
  }

  /** Sent items compacted into their batch summary: their rows are gone; ids and counts stay. */
  forgetCompacted(batchId: string, ids: string[]): void {
    const gone = new Set(ids);
    for (const id of ids) this.#states.delete(id);
    const batch = this.#batches.get(batchId);
    if (batch) batch.ids = batch.ids.filter((id) => !gone.has(id));
  }

  #index(item: OutboxItem): void {
    this.#known.add(item.id);
    const batch = this.#batchOf(item.batchId);
    batch.ids.push(item.id);
    this.#states.set(item.id, item.state);
    batch.counts[item.state]++;
    batch.counts.total++;
    if (isPending(item.state)) {
      this.#pending.set(item.id, item);
      this.#queues.add(item);
    }
  }

  #notify(chatId: number): void {
    if (!this.#loaded) return;
    for (const listener of this.#listeners) listener(chatId);
  }
}
