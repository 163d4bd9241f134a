import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { handleSendFailure } from './failure.js';
import { LaneScheduler, laneOf } from './lanes.js';
import type { Outbox, OutboxItem } from './outbox.js';
import { realTimers, type Timers } from './timers.js';

export interface DeliveryEvents {
  /** 403 blocked/kicked/deactivated, 400 chat not found. */
  onChatGone?(chatId: number, reason: string): Promise<void> | void;
  onChatMigrated?(oldChatId: number, newChatId: number): Promise<void> | void;
  onSent?(item: OutboxItem): Promise<void> | void;
}

/** The one Bot API method the sender needs; telegraf's `bot.telegram` in production. */
export interface SendApi {
  sendMessage(chatId: number, text: string, extra?: object): Promise<{ message_id: number }>;
}

export interface SenderOptions {
  outbox: Outbox;
  api: SendApi;
  clock: Clock;
  logger: Logger;
  /** Messages per second for the whole bot; Telegram allows about 30. Default 25. */
  ratePerSecond?: number;
  events?: DeliveryEvents;
  /**
   * Sends in flight at once. Also the bound on duplicates after a crash: only items in flight
   * can go twice. Default: the rate, at most 25.
   */
  concurrency?: number;
  /** Gap between two messages to one private chat. Default 1050 ms (Telegram: about 1/s). */
  privateIntervalMs?: number;
  /** Gap between two messages to one group. Default 3050 ms (Telegram: 20 a minute). */
  groupIntervalMs?: number;
  /** Backoff for 5xx and network errors: base·2^(n-1), capped; dead after maxFailures. */
  backoff?: { baseMs?: number; capMs?: number; maxFailures?: number };
  /** A send that has not answered by then counts as a network error. Default 30 s. */
  sendTimeoutMs?: number;
  /** How the sender waits (pace, spacing, retries, timeouts). Default: real timers. */
  timers?: Timers;
}

interface ChatState {
  /** An item of this chat is on its way: one at a time, in order. */
  busy: boolean;
  /** Earliest time the next message to this chat may start. */
  nextAt: number;
}

/** 429s from this many distinct chats within a second are taken as the bot-wide limit. */
const GLOBAL_FLOOD_CHATS = 2;

/**
 * Drains the outbox. Which chat goes next is decided here (lanes, per-chat spacing, retry times,
 * one item per chat in flight), and so is the pace: starts `1000 / rate` ms apart, at most
 * `concurrency` sends in flight. Per-chat spacing is counted from when a request actually leaves,
 * which is what Telegram counts. Every wait goes through `timers`, so tests run it in virtual time.
 */
export class Sender {
  readonly #o: Required<Omit<SenderOptions, 'events' | 'backoff'>> & {
    backoff: { baseMs: number; capMs: number; maxFailures: number };
  };
  readonly events: DeliveryEvents;
  readonly #chats = new Map<number, ChatState>();
  /** Which chat goes next: per lane, by ready time (lanes.ts). */
  readonly #lanes = new LaneScheduler();
  #recent429: Array<{ chatId: number; at: number }> = [];
  #globalPauseUntil = 0;
  /** Timers' time of the requests that left in the last second, oldest first. */
  #starts: number[] = [];
  /** Timers' time before which no send may start (the global pace). */
  #nextStartAt = Number.NEGATIVE_INFINITY;
  /** Sends started and not finished. */
  #submitted = 0;
  #running = false;
  #timer: unknown;
  /** Timers' time the pending pass is due; infinite when none is. */
  #timerDue = Number.POSITIVE_INFINITY;
  #unsubscribe: (() => void) | undefined;
  readonly #sleepers = new Set<() => void>();
  #idleWaiters: Array<() => void> = [];
  #drainedWaiters: Array<() => void> = [];

  constructor(opts: SenderOptions) {
    const rate = opts.ratePerSecond ?? 25;
    if (!(rate > 0)) throw new Error(`ratePerSecond must be positive, got ${rate}`);
    this.#o = {
      outbox: opts.outbox,
      api: opts.api,
      clock: opts.clock,
      logger: opts.logger,
      ratePerSecond: rate,
      concurrency: opts.concurrency ?? Math.max(1, Math.min(25, Math.ceil(rate))),
      privateIntervalMs: opts.privateIntervalMs ?? 1050,
      groupIntervalMs: opts.groupIntervalMs ?? 3050,
      sendTimeoutMs: opts.sendTimeoutMs ?? 30_000,
      timers: opts.timers ?? realTimers,
      backoff: {
        baseMs: opts.backoff?.baseMs ?? 2_000,
        capMs: opts.backoff?.capMs ?? 300_000,
        maxFailures: opts.backoff?.maxFailures ?? 8,
      },
    };
    this.events = opts.events ?? {};
  }

  /** The most items that can be in 'sending' at once, hence the most a crash can send twice. */
  get concurrency(): number {
    return this.#o.concurrency;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#unsubscribe = this.#o.outbox.onPending((chatId) => {
      this.#schedule(chatId, this.#now());
      this.#kick();
    });
    const now = this.#now();
    for (const chatId of this.#o.outbox.pendingChats()) this.#schedule(chatId, now);
    this.#pump();
  }

  /** Stops taking new items and waits for the sends in flight to finish and be recorded. */
  async stop(): Promise<void> {
    if (!this.#running) return;
    this.#running = false;
    this.#unsubscribe?.();
    if (this.#timer !== undefined) this.#o.timers.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerDue = Number.POSITIVE_INFINITY;
    // Sends waiting on a pause or their second slot give up without touching their item.
    for (const wake of this.#sleepers) wake();
    if (this.#submitted > 0) await new Promise<void>((resolve) => this.#drainedWaiters.push(resolve));
    this.#lanes.clear();
    this.#chats.clear();
  }

  /** Resolves when nothing is queued or in flight (items waiting for a retry count as queued). */
  idle(): Promise<void> {
    if (this.#isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  // --- scheduling -----------------------------------------------------------------------------

  #now(): number {
    return this.#o.clock.now().getTime();
  }

  #chat(chatId: number): ChatState {
    let chat = this.#chats.get(chatId);
    if (!chat) {
      chat = { busy: false, nextAt: 0 };
      this.#chats.set(chatId, chat);
    }
    return chat;
  }

  /** In the lane of the item the chat would send next. */
  #schedule(chatId: number, at: number): void {
    const head = this.#o.outbox.head(chatId);
    this.#lanes.schedule(chatId, at, head ? laneOf(head) : 'reply');
  }

  /** When the chat's next item may start; undefined when it has none or one is already on its way. */
  #readyAt(chatId: number): number | undefined {
    const chat = this.#chats.get(chatId);
    if (chat?.busy) return undefined;
    const head = this.#o.outbox.head(chatId);
    if (!head || head.state === 'sending') return undefined;
    return Math.max(chat?.nextAt ?? 0, head.nextAttemptAt);
  }

  #kick(): void {
    // Coalesce bursts of enqueues into one pass.
    this.#wakeIn(0);
  }

  /** A pass at clock time `at` (retry times and chat spacing are on the clock). */
  #wakeAt(at: number): void {
    this.#wakeIn(at - this.#now());
  }

  /** A pass in `ms`, unless one is due sooner. */
  #wakeIn(ms: number): void {
    const timers = this.#o.timers;
    const delay = Math.max(0, ms);
    const due = timers.now() + delay;
    if (!this.#running || due >= this.#timerDue) return;
    if (this.#timer !== undefined) timers.clearTimeout(this.#timer);
    this.#timerDue = due;
    this.#timer = timers.setTimeout(() => {
      this.#timer = undefined;
      this.#timerDue = Number.POSITIVE_INFINITY;
      this.#pump();
    }, delay);
  }

  /** Starts the due items, at the global pace and up to `concurrency` at once. */
  #pump(): void {
    if (!this.#running) return;
    const now = this.#now();
    if (this.#globalPauseUntil > now) {
      this.#wakeAt(this.#globalPauseUntil);
      return;
    }
    while (this.#submitted < this.#o.concurrency) {
      const wait = this.#nextStartAt - this.#o.timers.now();
      if (wait > 0) {
        this.#wakeIn(wait);
        break;
      }
      const next = this.#lanes.next(now);
      if (!next) break;
      if ('wakeAt' in next) {
        this.#wakeAt(next.wakeAt);
        break;
      }
      const ready = this.#readyAt(next.chatId);
      if (ready === undefined) continue;
      if (ready > now) {
        this.#schedule(next.chatId, ready);
        continue;
      }
      this.#dispatch(next.chatId);
    }
  }

  /**
   * The next start is one interval later. A timer that fired late may catch up by up to one
   * interval (the rate holds on average); after a longer stall the pace restarts from now, so a
   * stall never turns into a burst.
   */
  #paceStart(): void {
    const now = this.#o.timers.now();
    const interval = 1000 / this.#o.ratePerSecond;
    const from = now - this.#nextStartAt < interval ? this.#nextStartAt : now;
    this.#nextStartAt = from + interval;
  }

  #dispatch(chatId: number): void {
    const item = this.#o.outbox.head(chatId);
    if (!item) return;
    const chat = this.#chat(chatId);
    chat.busy = true;
    this.#submitted++;
    this.#paceStart();
    this.#send(item, chat)
      .catch((err: unknown) => {
        if (this.#running) this.#o.logger.error({ err, id: item.id }, 'delivery job failed');
      })
      .finally(() => {
        chat.busy = false;
        this.#submitted--;
        // The item may have moved (migration): look at both chats.
        for (const id of new Set([chatId, item.chatId])) {
          const at = this.#readyAt(id);
          if (at !== undefined) this.#schedule(id, at);
        }
        if (this.#submitted === 0) for (const resolve of this.#drainedWaiters.splice(0)) resolve();
        this.#pump();
        this.#checkIdle();
      });
  }

  #isIdle(): boolean {
    return this.#o.outbox.pendingCount === 0 && this.#submitted === 0;
  }

  #checkIdle(): void {
    if (this.#idleWaiters.length > 0 && this.#isIdle()) {
      for (const resolve of this.#idleWaiters.splice(0)) resolve();
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        this.#o.timers.clearTimeout(timer);
        this.#sleepers.delete(wake);
        resolve();
      };
      const timer = this.#o.timers.setTimeout(wake, ms);
      this.#sleepers.add(wake);
    });
  }

  // --- one send -------------------------------------------------------------------------------

  async #send(item: OutboxItem, chat: ChatState): Promise<void> {
    await this.#takeSecondSlot();
    if (!this.#running) return;
    // A bot-wide 429 may have begun while this send waited for its second slot.
    const pause = this.#globalPauseUntil - this.#now();
    if (pause > 0) await this.#sleep(pause);
    if (!this.#running) return;

    const startedAt = this.#now();
    chat.nextAt = startedAt + (item.chatId < 0 ? this.#o.groupIntervalMs : this.#o.privateIntervalMs);

    // 1. Record the attempt before making it, so a crash from here on re-queues the item.
    try {
      await this.#o.outbox.markSending(item);
    } catch (err) {
      this.#o.logger.error({ err, id: item.id }, 'outbox write failed; will try the item again');
      chat.nextAt = startedAt + 5_000;
      return;
    }

    // 2. Send.
    let messageId: number;
    try {
      const res = await this.#withTimeout(
        this.#o.api.sendMessage(
          item.chatId,
          item.text,
          item.buttons ? { reply_markup: { inline_keyboard: item.buttons } } : {},
        ),
      );
      messageId = res.message_id;
    } catch (err) {
      await this.#failed(item, chat, err);
      return;
    }

    // 3. Record the delivery; a failure here would send the item again, so insist a little.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.#o.outbox.markSent(item, messageId);
        break;
      } catch (err) {
        if (attempt >= 3) {
          this.#o.logger.error(
            { err, id: item.id, chatId: item.chatId },
            'sent, but the outbox could not record it; the chat is held until restart, then the item goes again',
          );
          return;
        }
        await this.#sleep(200 * attempt);
      }
    }
    await this.#emit('onSent', () => this.events.onSent?.(item));
  }

  /**
   * The pace lets a late timer catch up by one interval, and a start waits (markSending, a pause)
   * before its request leaves. This caps the requests that actually leave in any one second at
   * the rate, so neither becomes a burst that Telegram answers with 429s.
   */
  async #takeSecondSlot(): Promise<void> {
    const cap = Math.max(1, Math.floor(this.#o.ratePerSecond));
    for (;;) {
      const now = this.#o.timers.now();
      let drop = 0;
      while (drop < this.#starts.length && (this.#starts[drop] ?? 0) <= now - 1000) drop++;
      if (drop > 0) this.#starts.splice(0, drop);
      if (this.#starts.length < cap) {
        this.#starts.push(now);
        return;
      }
      await this.#sleep((this.#starts[0] ?? now) + 1000 - now);
      if (!this.#running) return;
    }
  }

  async #withTimeout<T>(promise: Promise<T>): Promise<T> {
    let timer: unknown;
    const timeout = new Promise<never>((_, reject) => {
      timer = this.#o.timers.setTimeout(
        () => reject(new Error(`no answer from the Bot API within ${this.#o.sendTimeoutMs} ms`)),
        this.#o.sendTimeoutMs,
      );
    });
    // The abandoned request may still settle later; its outcome no longer matters.
    promise.catch(() => {});
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      this.#o.timers.clearTimeout(timer);
    }
  }

  async #failed(item: OutboxItem, chat: ChatState, err: unknown): Promise<void> {
    const now = this.#now();
    await handleSendFailure(item, err, {
      outbox: this.#o.outbox,
      logger: this.#o.logger,
      now,
      backoff: this.#o.backoff,
      chat,
      events: this.events,
      flood: (chatId, until) => {
        if (!this.#isGlobalFlood(chatId, now)) return false;
        this.#globalPauseUntil = Math.max(this.#globalPauseUntil, until);
        return true;
      },
      emit: (name, call) => this.#emit(name, call),
    });
  }

  #isGlobalFlood(chatId: number, now: number): boolean {
    this.#recent429 = this.#recent429.filter((r) => now - r.at < 1000);
    this.#recent429.push({ chatId, at: now });
    return new Set(this.#recent429.map((r) => r.chatId)).size >= GLOBAL_FLOOD_CHATS;
  }

  async #emit(name: keyof DeliveryEvents, call: () => Promise<void> | void): Promise<void> {
    try {
      await call();
    } catch (err) {
      this.#o.logger.error({ err, event: name }, 'delivery event handler failed');
    }
  }
}
