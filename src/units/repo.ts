import { randomInt } from 'node:crypto';
import type { Clock } from '../clock.js';
import { KeyedQueue } from '../keyed-queue.js';
import { CONFLICT, type Conflict, retryOnConflict } from '../store/cas.js';
import type { FeedSync } from '../store/feed.js';
import type { Collection, Store } from '../store/index.js';
import { DraftsRepo } from './drafts.js';
import { type Handover, isRegistered, type Unit } from './unit.js';

export type UnitListener = (after: Unit | undefined, before: Unit | undefined) => void;

/**
 * How long one change may hold its unit's next one back: a write hung this long (a store that
 * stopped answering) no longer blocks the unit for ever; the conditional write still refuses to
 * overwrite a version it did not read on a shared store.
 */
export const UNIT_WRITE_TIMEOUT_MS = 30_000;

/** How long a handover code works. */
export const HANDOVER_TTL_MS = 24 * 3600 * 1000;
/** No 0/O, 1/I/L: read aloud or copied by hand without mistakes. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Upper-case, without spaces and dashes: "abcd-2345" and "ABCD 2345" are the same code. */
export const normaliseCode = (s: string) => s.toUpperCase().replace(/[\s-]/g, '');

export type TakeOver =
  | { kind: 'ok'; before: Unit; after: Unit }
  | { kind: 'unknown' }
  | { kind: 'expired' }
  | { kind: 'own' }
  | { kind: 'private-only' }
  | { kind: 'taken'; existing: Unit };

/**
 * Units, kept in memory and written through to the store.
 *
 * Memory is loaded once at start-up; reads (reminder passes, /trangthai) never touch the store.
 * Writes go through `update`, which runs one change at a time per unit, in the order they came
 * (the shared keyed queue, src/keyed-queue.ts), so each reads the record the previous change
 * wrote: within one process two concurrent updates of one unit both count. Webhook replicas
 * sharing a store re-read a unit before changing it, write it only if it still has the version
 * read (compare-and-set, src/store/cas.ts) and otherwise make the change again on the fresh
 * record, and publish each write on the change feed, so every replica's copy follows within a sync.
 */
export class UnitsRepo {
  readonly #items: Collection<Unit>;
  /** Handover code -> chat id, so a code issued on another replica is found too. */
  readonly #codes: Collection<number>;
  /**
   * PostgreSQL or Redis may be shared by webhook replicas: then a change reads the record from
   * the store first and `refresh` re-reads one unit, so each replica sees the others' writes for
   * the chat it is serving. SQLite is one process's file: memory is the truth there.
   */
  readonly #shared: boolean;
  readonly #units = new Map<number, Unit>();
  /** Each unit's changes, one at a time in the order they came (see `update`). */
  readonly #writes: KeyedQueue<number>;
  readonly #listeners: UnitListener[] = [];
  /** Strings repeated across 100k records (type codes, chat types, organisation ids) shared, not copied. */
  readonly #interned = new Map<string, string>();
  /** Guided registrations in progress (in the store, for webhook replicas). */
  readonly drafts: DraftsRepo;

  constructor(
    store: Store,
    private readonly clock: Clock,
    /** Where a listener's exception is reported (the app passes its logger). */
    private readonly onListenerError: (err: unknown) => void = (err) => {
      process.emitWarning(`units listener failed: ${String(err)}`);
    },
    /** Shared stores: writes are published, and other replicas' writes re-read (see `refresh`). */
    private readonly sync?: FeedSync,
    /** Told when a unit's change has run UNIT_WRITE_TIMEOUT_MS and the next one goes ahead. */
    onSlowWrite: (chatId: number) => void = (chatId) => {
      process.emitWarning(`unit ${chatId}: a change is still running; the next one goes ahead`);
    },
  ) {
    this.#writes = new KeyedQueue(UNIT_WRITE_TIMEOUT_MS, onSlowWrite);
    this.#items = store.collection<Unit>('units');
    this.#codes = store.collection<number>('unit-handover-codes');
    this.#shared = store.kind !== 'sqlite';
    this.drafts = new DraftsRepo(store, clock);
    sync?.on('units', async (key) => {
      const chatId = Number(key);
      if (Number.isSafeInteger(chatId)) await this.refresh(chatId);
    });
  }

  async load(): Promise<void> {
    this.#units.clear();
    for await (const [key, unit] of this.#items.entries()) {
      const chatId = Number(key);
      if (!Number.isSafeInteger(chatId)) continue;
      this.#units.set(chatId, this.#compact(unit));
    }
  }

  get(chatId: number): Unit | undefined {
    return this.#units.get(chatId);
  }

  all(): Unit[] {
    return [...this.#units.values()];
  }

  /** Registered and reachable. */
  active(): Unit[] {
    const out: Unit[] = [];
    for (const u of this.#units.values()) if (u.active && isRegistered(u)) out.push(u);
    return out;
  }

  get size(): number {
    return this.#units.size;
  }

  /**
   * Re-reads one unit from a shared store (a replica may have changed it); on SQLite, memory.
   * The bot calls it before serving a chat; reminder passes read memory only.
   */
  refresh(chatId: number): Promise<Unit | undefined> {
    if (!this.#shared) return Promise.resolve(this.#units.get(chatId));
    return this.#serialise([chatId], () => this.#reread(chatId));
  }

  async #reread(chatId: number): Promise<Unit | undefined> {
    const before = this.#units.get(chatId);
    const fresh = await this.#items.get(String(chatId));
    if (JSON.stringify(fresh) === JSON.stringify(before)) return before;
    if (fresh === undefined) this.#units.delete(chatId);
    else this.#units.set(chatId, this.#compact(fresh));
    this.#emit(fresh, before);
    return fresh;
  }

  onChange(listener: UnitListener): void {
    this.#listeners.push(listener);
  }

  /**
   * Changes one unit: `fn` gets the current record and returns the new one (undefined deletes).
   * Returning the same object writes nothing. The store is written first, memory after, so a
   * failed write leaves memory as the store has it.
   */
  update(chatId: number, fn: (current: Unit | undefined) => Unit | undefined): Promise<Unit | undefined> {
    // On a shared store another replica may write between the read and the write: the write is
    // conditional on the version read, and on a conflict the change is made again on the fresh record.
    return this.#serialise([chatId], () =>
      retryOnConflict(`unit ${chatId}`, async () => {
        const before = this.#shared ? await this.#reread(chatId) : this.#units.get(chatId);
        const after = fn(before);
        if (after === before) return after;
        const written = await this.#write(chatId, after, before);
        if (written !== CONFLICT) this.#emit(written, before);
        return written;
      }),
    );
  }

  /** The bot was blocked or removed: the unit stays registered but gets nothing until it is back. */
  async markGone(chatId: number, reason: 'blocked' | 'removed'): Promise<void> {
    await this.update(chatId, (u) => {
      if (!isRegistered(u) || (!u.active && u.inactiveReason === reason)) return u;
      return { ...u, active: false, inactiveReason: reason, updatedAt: this.#now() };
    });
  }

  async markBack(chatId: number): Promise<void> {
    await this.update(chatId, (u) => {
      if (!isRegistered(u) || u.active) return u;
      const next: Unit = { ...u, active: true, updatedAt: this.#now() };
      delete next.inactiveReason;
      return next;
    });
  }

  /**
   * The group became a supergroup: the unit moves to the new chat id. Listeners get one event
   * whose `after.chatId` differs from `before.chatId`. A unit already at the new id (the bot
   * saw the supergroup first and someone registered there) is kept.
   */
  async migrate(oldChatId: number, newChatId: number): Promise<void> {
    if (!Number.isSafeInteger(oldChatId) || !Number.isSafeInteger(newChatId) || oldChatId === newChatId)
      return;
    await this.#serialise([oldChatId, newChatId], async () => {
      const before = this.#units.get(oldChatId);
      if (!before) return;
      if (isRegistered(this.#units.get(newChatId))) return;
      await this.#move(before, {
        ...before,
        chatId: newChatId,
        chatType: 'supergroup',
        updatedAt: this.#now(),
      });
    });
  }

  /** Issues a one-time handover code for a registered unit (replacing any earlier one). */
  async issueHandover(chatId: number, by: number): Promise<Handover | undefined> {
    let issued: Handover | undefined;
    await this.update(chatId, (u) => {
      if (!isRegistered(u)) return u;
      issued = {
        code: this.#newCode(),
        expiresAt: new Date(this.clock.now().getTime() + HANDOVER_TTL_MS).toISOString(),
        by,
      };
      return { ...u, handover: issued, updatedAt: this.#now() };
    });
    if (issued) await this.#codes.set(normaliseCode(issued.code), chatId);
    return issued;
  }

  /**
   * The new secretary sends the code. A group unit stays in its group with a new secretary; a
   * private-chat unit moves to the new secretary's private chat. The code is checked again
   * inside the unit's chain and cleared there by a conditional write, so it works once even if
   * sent twice at once, on two replicas too; a conflict with another replica's write to the unit
   * is decided again on the fresh record (`#takeOverOnce`), not failed.
   */
  async takeOver(
    rawCode: string,
    to: { chatId: number; chatType: Unit['chatType']; userId: number },
  ): Promise<TakeOver> {
    const code = normaliseCode(rawCode);
    if (code.length === 0) return { kind: 'unknown' };
    const indexed = await this.#codes.get(code);
    const holder =
      (indexed !== undefined ? await this.refresh(indexed) : undefined) ??
      this.all().find((u) => u.handover !== undefined && normaliseCode(u.handover.code) === code);
    if (!holder) return { kind: 'unknown' };
    const moves = holder.chatType === 'private';
    const keys = moves ? [holder.chatId, to.chatId] : [holder.chatId];
    return this.#serialise(keys, () =>
      retryOnConflict(`unit ${holder.chatId}`, () => this.#takeOverOnce(holder.chatId, code, moves, to)),
    );
  }

  /** One try of a takeover, on the record as it is now; CONFLICT when another replica wrote it first. */
  async #takeOverOnce(
    chatId: number,
    code: string,
    moves: boolean,
    to: { chatId: number; chatType: Unit['chatType']; userId: number },
  ): Promise<TakeOver | Conflict> {
    const before = this.#shared ? await this.#reread(chatId) : this.#units.get(chatId);
    const handover = before?.handover;
    if (!isRegistered(before) || !handover || normaliseCode(handover.code) !== code)
      return { kind: 'unknown' };
    if (new Date(handover.expiresAt).getTime() <= this.clock.now().getTime()) return { kind: 'expired' };
    if (before.secretaryId === to.userId && (!moves || before.chatId === to.chatId)) return { kind: 'own' };
    if (moves && to.chatType !== 'private') return { kind: 'private-only' };
    const after: Unit = { ...before, secretaryId: to.userId, updatedAt: this.#now() };
    delete after.handover;
    if (moves) {
      const existing = this.#units.get(to.chatId);
      if (isRegistered(existing)) {
        await this.#codes.delete(code);
        return { kind: 'taken', existing };
      }
    }
    // The new secretary and the cleared code, written on the version read: the one write that
    // claims the code.
    const claimed = await this.#write(chatId, after, before);
    if (claimed === CONFLICT) return CONFLICT;
    const written = claimed ?? after; // #write returns the record it wrote (with its version)
    await this.#codes.delete(code);
    if (!moves) {
      this.#emit(written, before);
      return { kind: 'ok', before, after: written };
    }
    const moved: Unit = { ...written, chatId: to.chatId, chatType: 'private', active: true };
    delete moved.inactiveReason;
    await this.#move(before, moved);
    return { kind: 'ok', before, after: moved };
  }

  /** Moves a record to another chat id: the new key is written before the old one is deleted. */
  async #move(before: Unit, after: Unit): Promise<void> {
    await this.#items.set(String(after.chatId), after);
    this.#units.set(after.chatId, this.#compact(after));
    await this.#items.delete(String(before.chatId));
    this.#units.delete(before.chatId);
    this.#emit(after, before);
    await this.sync?.publish('units', String(after.chatId));
    await this.sync?.publish('units', String(before.chatId));
  }

  /**
   * Writes the change from `before` (the record it was computed from) with the next version;
   * CONFLICT when the stored record is no longer `before` (another replica wrote it).
   */
  async #write(
    chatId: number,
    after: Unit | undefined,
    before: Unit | undefined,
  ): Promise<Unit | undefined | Conflict> {
    let written: Unit | undefined;
    if (after === undefined) {
      await this.#items.delete(String(chatId));
      this.#units.delete(chatId);
    } else {
      if (after.chatId !== chatId) throw new Error(`unit ${after.chatId} written under ${chatId}`);
      written = { ...after, v: (before?.v ?? 0) + 1 };
      const expected = before === undefined ? undefined : (before.v ?? 0);
      if (this.#items.setIf) {
        if (!(await this.#items.setIf(String(chatId), written, expected))) return CONFLICT;
      } else await this.#items.set(String(chatId), written);
      this.#units.set(chatId, this.#compact(written));
    }
    await this.sync?.publish('units', String(chatId));
    return written;
  }

  /** Runs `work` after every change already queued for any of `keys`, holding them all until it is done. */
  #serialise<T>(keys: number[], work: () => Promise<T>): Promise<T> {
    return this.#writes.runAll(keys, work);
  }

  #emit(after: Unit | undefined, before: Unit | undefined): void {
    for (const listener of this.#listeners) {
      try {
        listener(after, before);
      } catch (err) {
        // A listener's failure is its own: the write has happened and the others still hear of it.
        this.onListenerError(err);
      }
    }
  }

  #compact(unit: Unit): Unit {
    const intern = (s: string) => {
      const known = this.#interned.get(s);
      if (known !== undefined) return known;
      this.#interned.set(s, s);
      return s;
    };
    unit.type = intern(unit.type);
    unit.chatType = intern(unit.chatType) as Unit['chatType'];
    // A city's 100,000 units share a few hundred organisation ids.
    if (unit.org !== undefined) unit.org = intern(unit.org);
    return unit;
  }

  #newCode(): string {
    let s = '';
    for (let i = 0; i < 8; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    return `${s.slice(0, 4)}-${s.slice(4)}`;
  }

  #now(): string {
    return this.clock.now().toISOString();
  }
}
