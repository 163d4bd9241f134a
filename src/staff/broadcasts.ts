import { randomInt } from 'node:crypto';
import type { OutboxButton, OutboxItem } from '../delivery/outbox.js';
import type { Lang } from '../i18n/index.js';
import type { FeedSync } from '../store/feed.js';
import type { Collection, Store } from '../store/index.js';

/**
 * draft: being prepared (audience, confirmation); scheduled: confirmed, waits for its time;
 * sending: recipients fixed and queued in the outbox; done: nothing left pending, report shown;
 * cancelled: dropped before it went.
 */
export type BroadcastState = 'draft' | 'scheduled' | 'sending' | 'done' | 'cancelled';

export interface BroadcastReport {
  total: number;
  sent: number;
  /** Blocked the bot, left or removed it, chat gone. */
  gone: number;
  failed: number;
  acks: number;
}

/** A notice from district staff to units. The text goes to every recipient exactly as previewed. */
export interface Broadcast {
  id: string;
  text: string;
  /** Adds the "Đã nhận" button; acknowledgements are counted in the report. */
  ack: boolean;
  /** The keyboard under the notice ("Đã nhận"), exactly as the preview shows it. */
  buttons?: OutboxButton[][];
  /** Encoded AudienceSpec (see audience.ts), once chosen. */
  audience?: string;
  state: BroadcastState;
  createdBy: number;
  /** The organisation it speaks for (its creator's): it reaches only that subtree. Absent: the root. */
  org?: string;
  /** The staff member's private chat: preview, progress and report go there. */
  staffChatId: number;
  lang: Lang;
  createdAt: string;
  /** ISO instant; set for a scheduled broadcast. */
  scheduledAt?: string;
  confirmedBy?: number;
  confirmedAt?: string;
  /** Recipients counted when it was confirmed (the audience is resolved again when it goes). */
  confirmedCount?: number;
  startedAt?: string;
  finishedAt?: string;
  cancelledBy?: number;
  cancelledAt?: string;
  /** Chat ids, fixed when sending starts. */
  recipients?: number[];
  /** Every recipient's message is in the outbox (enqueue is idempotent; this only spares the work). */
  enqueued?: boolean;
  previewMessageId?: number;
  controlMessageId?: number;
  progressMessageId?: number;
  report?: BroadcastReport;
}

export const LIVE_STATES: ReadonlySet<BroadcastState> = new Set(['scheduled', 'sending']);

export const batchIdOf = (id: string) => `bc:${id}`;
export const dedupeKeyOf = (id: string, chatId: number) => `bc:${id}:${chatId}`;

const ID_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const BROADCAST_ID = /^[A-Z2-9]{6}$/;

/** Broadcast records in the store; the live ones (scheduled, sending) are also indexed in memory. */
export class BroadcastRepo {
  readonly #items: Collection<Broadcast>;
  readonly #live = new Map<string, Broadcast>();

  constructor(
    store: Store,
    private readonly sync?: FeedSync,
  ) {
    this.#items = store.collection<Broadcast>('broadcasts');
    // A broadcast confirmed on another replica reaches the one that runs the staff pass.
    sync?.on('broadcasts', async (id) => {
      const b = await this.#items.get(id);
      if (b && LIVE_STATES.has(b.state)) this.#live.set(b.id, b);
      else this.#live.delete(id);
    });
  }

  /** Once at start-up: finds the broadcasts still scheduled or sending. */
  async load(): Promise<void> {
    for await (const [, b] of this.#items.entries()) {
      if (LIVE_STATES.has(b.state)) this.#live.set(b.id, b);
    }
  }

  async newId(): Promise<string> {
    for (;;) {
      const id = Array.from({ length: 6 }, () => ID_ALPHABET[randomInt(ID_ALPHABET.length)]).join('');
      if (!(await this.#items.get(id))) return id;
    }
  }

  async get(id: string): Promise<Broadcast | undefined> {
    if (!BROADCAST_ID.test(id)) return undefined;
    return this.#items.get(id);
  }

  async save(b: Broadcast): Promise<void> {
    await this.#items.set(b.id, b);
    if (LIVE_STATES.has(b.state)) this.#live.set(b.id, b);
    else this.#live.delete(b.id);
    await this.sync?.publish('broadcasts', b.id);
  }

  /** Every broadcast in the store, for the dashboard's delivery view (reads the store, not a hot path). */
  async all(): Promise<Broadcast[]> {
    const out: Broadcast[] = [];
    for await (const [, b] of this.#items.entries()) out.push(b);
    return out;
  }

  /** Scheduled and sending broadcasts known to this process. */
  live(): Broadcast[] {
    return [...this.#live.values()];
  }
}

/** One step of the guided /thongbao flow, kept in the store so that any replica can continue it. */
export interface FlowStep {
  step: 'await-text';
  at: string;
}

export class FlowRepo {
  readonly #items: Collection<FlowStep>;
  constructor(store: Store) {
    this.#items = store.collection<FlowStep>('staff-flow', { cache: 1_000 });
  }
  get(chatId: number): Promise<FlowStep | undefined> {
    return this.#items.get(String(chatId));
  }
  set(chatId: number, step: FlowStep): Promise<void> {
    return this.#items.set(String(chatId), step);
  }
  async clear(chatId: number): Promise<void> {
    await this.#items.delete(String(chatId));
  }
}

export interface Ack {
  userId: number;
  at: string;
}

/** "Đã nhận" presses: one per broadcast and recipient chat, the first one kept. */
export class AckRepo {
  readonly #items: Collection<Ack>;
  constructor(store: Store) {
    this.#items = store.collection<Ack>('broadcast-acks');
  }
  async record(broadcastId: string, chatId: number, ack: Ack): Promise<boolean> {
    const key = `${broadcastId}:${chatId}`;
    if (await this.#items.get(key)) return false;
    await this.#items.set(key, ack);
    return true;
  }
  async count(broadcastId: string, recipients: number[]): Promise<number> {
    const rows = await this.#items.getMany(recipients.map((c) => `${broadcastId}:${c}`));
    return rows.filter((r) => r !== undefined).length;
  }
}

/** A recipient the bot cannot reach any more (blocked, left, removed, chat gone), or another failure. */
export function failureKind(item: Pick<OutboxItem, 'errorCode' | 'lastError'>): 'gone' | 'failed' {
  if (item.errorCode === 403) return 'gone';
  if (item.errorCode === 400 && /chat not found/i.test(item.lastError ?? '')) return 'gone';
  return 'failed';
}

/** The final counts, from the outbox items of the broadcast. */
export function reportOf(items: OutboxItem[], acks: number): BroadcastReport {
  const report: BroadcastReport = { total: items.length, sent: 0, gone: 0, failed: 0, acks };
  for (const item of items) {
    if (item.state === 'sent') report.sent++;
    else if (item.state === 'dead') report[failureKind(item)]++;
  }
  return report;
}
