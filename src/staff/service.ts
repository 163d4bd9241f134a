import { dayIn, instantAt } from '../calendar.js';
import type { Clock } from '../clock.js';
import type { BatchCounts, OutboxItem, OutboxMessage } from '../delivery/outbox.js';
import type { I18n, Lang, MessageArgs } from '../i18n/index.js';
import type { Pack } from '../knowledge/pack.js';
import type { Logger } from '../logger.js';
import { ROOT } from '../orgs/org.js';
import { type Scope, unitsInScope } from '../orgs/rules.js';
import { subtree, type Tree } from '../orgs/tree.js';
import type { FeedSync } from '../store/feed.js';
import type { Store } from '../store/index.js';
import type { Unit } from '../units/unit.js';
import { decodeAudience, selectAudience } from './audience.js';
import { AuditLog } from './audit.js';
import { type BroadcastAction, type Decision, decide, type Who } from './broadcast-rules.js';
import {
  AckRepo,
  type Broadcast,
  BroadcastRepo,
  batchIdOf,
  dedupeKeyOf,
  FlowRepo,
  reportOf,
} from './broadcasts.js';
import { buildDigest, DigestRepo } from './digest.js';
import { audienceLabel, digestText, progressText, reportText, type T } from './render.js';

/** A staff member's step on a broadcast, as the bot layer names it; the service adds the counts. */
export type BroadcastRequest =
  | Extract<BroadcastAction, { kind: 'toggle-ack' | 'back' | 'cancel' | 'unschedule' }>
  | { kind: 'audience'; audience: string }
  | { kind: 'confirm'; second: boolean };

/** The part of the units repository staff features read. */
export interface StaffUnits {
  get(chatId: number): Unit | undefined;
  all(): Unit[];
  active(): Unit[];
}

/** The part of the organisations repository staff features read: whose units are whose. */
export interface StaffOrgs {
  tree(): Tree;
  scopeFor(userId: number | undefined): Scope | undefined;
}

/** The part of the outbox staff features use. */
export interface StaffOutbox {
  enqueue(msg: OutboxMessage): Promise<{ id: string; created: boolean }>;
  enqueueMany(msgs: OutboxMessage[]): Promise<number>;
  batchCounts(batchId: string): BatchCounts;
  batchItems(batchId: string): Promise<OutboxItem[]>;
}

/** Direct Bot API calls for the staff member's own chat (progress and report); telegraf's `bot.telegram` fits. */
export interface StaffApi {
  sendMessage(chatId: number, text: string): Promise<{ message_id: number }>;
  editMessageText(
    chatId: number,
    messageId: number,
    inlineMessageId: undefined,
    text: string,
  ): Promise<unknown>;
}

export interface StaffServiceOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
  i18n: I18n;
  pack: Pack;
  timezone: string;
  units: StaffUnits;
  /** Organisations: a broadcast reaches and a digest lists only its organisation's subtree. */
  orgs?: StaffOrgs;
  outbox: StaffOutbox;
  /** The reply language of a chat (for the digest). */
  langOf: (chatId: number) => Promise<Lang | undefined>;
  /** Above this many recipients a second confirmation is asked. */
  confirmAbove: number;
  /** Shared stores: other replicas' broadcasts and digest choices arrive through the feed. */
  sync?: FeedSync;
}

/** Least time between two edits of one progress message (Telegram limits edits too). */
const PROGRESS_EDIT_MS = 1500;

/**
 * District staff services: broadcast records and their sending, scheduled broadcasts, progress and
 * reports, acknowledgements, the daily digest and the audit log. No Telegram types here: the bot
 * layer passes a small API for the staff member's own chat.
 */
export class StaffService {
  readonly broadcasts: BroadcastRepo;
  readonly flows: FlowRepo;
  readonly acks: AckRepo;
  readonly audit: AuditLog;
  readonly digests: DigestRepo;
  readonly #o: StaffServiceOptions;
  #api: StaffApi | undefined;
  readonly #dispatching = new Set<string>();
  readonly #ackDirty = new Set<string>();
  readonly #lastEdit = new Map<string, { at: number; text: string }>();

  constructor(opts: StaffServiceOptions) {
    this.#o = opts;
    this.broadcasts = new BroadcastRepo(opts.store, opts.sync);
    this.flows = new FlowRepo(opts.store);
    this.acks = new AckRepo(opts.store);
    this.audit = new AuditLog(opts.store, opts.clock);
    this.digests = new DigestRepo(opts.store, opts.sync);
  }

  get pack(): Pack {
    return this.#o.pack;
  }
  get units(): StaffUnits {
    return this.#o.units;
  }
  get outbox(): StaffOutbox {
    return this.#o.outbox;
  }
  get confirmAbove(): number {
    return this.#o.confirmAbove;
  }
  get timezone(): string {
    return this.#o.timezone;
  }
  today(): string {
    return dayIn(this.#o.timezone, this.#o.clock.now());
  }

  /** Shared stores: brings the other replicas' writes into memory (units, broadcasts, outbox). */
  async sync(): Promise<void> {
    await this.#o.sync?.sync();
  }

  async load(): Promise<void> {
    await Promise.all([this.broadcasts.load(), this.digests.load()]);
  }

  /** `api` reaches the staff members' chats (progress and reports); the job runner calls `tick`. */
  useApi(api: StaffApi): void {
    this.#api = api;
  }

  /** The active units of an organisation's subtree (a broadcast's `org`; absent: the root). */
  activeIn(org: string | undefined): Unit[] {
    const active = this.#o.units.active();
    const orgs = this.#o.orgs;
    if (!orgs || org === undefined || org === ROOT) return active;
    const tree = orgs.tree();
    const inside = subtree(tree, org);
    return active.filter((u) => inside.has(u.org !== undefined && tree.byId.has(u.org) ? u.org : ROOT));
  }

  /** The recipients an audience names right now, within organisation `org`'s subtree. */
  recipientsOf(audience: string | undefined, org?: string): Unit[] {
    const spec = audience ? decodeAudience(audience, this.#o.pack) : undefined;
    if (!spec) return [];
    return selectAudience(spec, this.activeIn(org), this.#o.pack, this.today());
  }

  tr(lang: Lang): T {
    return (id: string, args?: MessageArgs) => this.#o.i18n.t(lang, id, args);
  }

  audienceText(b: Broadcast): string {
    const spec = b.audience ? decodeAudience(b.audience, this.#o.pack) : undefined;
    return spec ? audienceLabel(spec, this.#o.pack, b.lang, this.tr(b.lang)) : '';
  }

  /** Saves a new draft (its preview is shown) and audits it. */
  async saveDraft(b: Broadcast): Promise<void> {
    await this.broadcasts.save(b);
    await this.audit.record({
      userId: b.createdBy,
      chatId: b.staffChatId,
      ...(b.org !== undefined ? { org: b.org } : {}),
      action: 'broadcast.draft',
      outcome: 'ok',
      detail: { id: b.id, length: b.text.length, ...(b.scheduledAt ? { scheduledAt: b.scheduledAt } : {}) },
    });
  }

  /**
   * A staff member's step on broadcast `id` (see broadcast-rules.ts): decided on the record as it
   * is now, saved and audited here; a confirmed send starts going at once.
   */
  async act(id: string, request: BroadcastRequest, who: Who): Promise<Decision> {
    const b = await this.broadcasts.get(id);
    return this.#apply(b, this.#action(b, request), who);
  }

  #action(b: Broadcast | undefined, r: BroadcastRequest): BroadcastAction {
    switch (r.kind) {
      case 'audience':
        return { ...r, count: this.recipientsOf(r.audience, b?.org).length };
      case 'confirm': {
        const recipients = this.recipientsOf(b?.audience, b?.org).map((u) => u.chatId);
        return { ...r, recipients, confirmAbove: this.#o.confirmAbove };
      }
      default:
        return r;
    }
  }

  async #apply(b: Broadcast | undefined, action: BroadcastAction, who: Who): Promise<Decision> {
    const d = decide(b, action, this.#o.clock.now(), who);
    if (!d.ok) return d;
    if (d.next !== b) await this.broadcasts.save(d.next);
    if (d.audit)
      await this.audit.record({
        userId: who.userId ?? d.next.confirmedBy,
        chatId: who.chatId ?? d.next.staffChatId,
        ...(who.org !== undefined ? { org: who.org } : {}),
        action: d.audit.action,
        outcome: 'ok',
        detail: d.audit.detail,
      });
    if (d.outcome === 'sending') return { ...d, next: await this.#launch(d.next) };
    return d;
  }

  /** A scheduled broadcast whose time has come: its recipients are fixed and the notice queued. */
  async dispatch(broadcast: Broadcast): Promise<Broadcast> {
    if (this.#dispatching.has(broadcast.id)) return broadcast;
    this.#dispatching.add(broadcast.id);
    try {
      const current = (await this.broadcasts.get(broadcast.id)) ?? broadcast;
      const recipients = this.recipientsOf(current.audience, current.org).map((u) => u.chatId);
      const d = await this.#apply(current, { kind: 'start', recipients }, {});
      return d.ok ? d.next : current;
    } finally {
      this.#dispatching.delete(broadcast.id);
    }
  }

  /**
   * Shows the progress message (reusing the control message when there is one) and queues the
   * notice for each recipient. Safe to repeat: the outbox dedupes by broadcast and chat.
   */
  async #launch(sending: Broadcast): Promise<Broadcast> {
    this.#dispatching.add(sending.id);
    try {
      let b = sending;
      const t = this.tr(b.lang);
      const progress = progressText(b, { queued: 0, sending: 0, sent: 0, failed: 0, dead: 0, total: 0 }, t);
      if (b.progressMessageId === undefined) {
        const sent = await this.#api?.sendMessage(b.staffChatId, progress).catch((err: unknown) => {
          this.#o.logger.warn({ err, broadcast: b.id }, 'progress message not sent');
          return undefined;
        });
        if (sent) b = { ...b, progressMessageId: sent.message_id };
      } else {
        await this.#edit(b, progress, true);
      }
      b = await this.#enqueue(b);
      const count = b.recipients?.length ?? 0;
      this.#o.logger.info({ broadcast: b.id, recipients: count }, 'broadcast queued');
      if (count === 0) b = await this.#finish(b);
      return b;
    } finally {
      this.#dispatching.delete(sending.id);
    }
  }

  /** An acknowledgement arrived: the report is recounted at the next pass. */
  noteAck(broadcastId: string): void {
    this.#ackDirty.add(broadcastId);
  }

  /**
   * One pass: due scheduled broadcasts, progress of those sending, acknowledgements, the digest.
   * The job runner calls it on one replica at a time; errors go to the runner's log.
   */
  async tick(): Promise<void> {
    await this.#o.sync?.sync();
    const now = this.#o.clock.now().getTime();
    for (const b of this.broadcasts.live()) {
      if (b.state === 'scheduled' && b.scheduledAt && Date.parse(b.scheduledAt) <= now) {
        await this.dispatch(b);
      } else if (b.state === 'sending' && !this.#dispatching.has(b.id)) {
        await this.#follow(b);
      }
    }
    await this.#refreshAcks();
    await this.#digest();
  }

  async #enqueue(b: Broadcast): Promise<Broadcast> {
    const recipients = b.recipients ?? [];
    await this.#o.outbox.enqueueMany(
      recipients.map((chatId) => ({
        chatId,
        text: b.text,
        ...(b.buttons ? { buttons: b.buttons } : {}),
        dedupeKey: dedupeKeyOf(b.id, chatId),
        batchId: batchIdOf(b.id),
      })),
    );
    const next = { ...b, enqueued: true };
    await this.broadcasts.save(next);
    return next;
  }

  async #follow(b: Broadcast): Promise<void> {
    const current = b.enqueued ? b : await this.#enqueue(b);
    const counts = this.#o.outbox.batchCounts(batchIdOf(current.id));
    const total = current.recipients?.length ?? 0;
    const pending = counts.queued + counts.sending + counts.failed;
    if (pending === 0 && counts.total >= total) {
      await this.#finish(current);
      return;
    }
    await this.#edit(current, progressText(current, counts, this.tr(current.lang)), false);
  }

  async #finish(b: Broadcast): Promise<Broadcast> {
    const items = await this.#o.outbox.batchItems(batchIdOf(b.id));
    const acks = b.ack ? await this.acks.count(b.id, b.recipients ?? []) : 0;
    const d = await this.#apply(b, { kind: 'finish', report: reportOf(items, acks) }, {});
    if (!d.ok) return b;
    await this.#showReport(d.next);
    this.#lastEdit.delete(b.id);
    return d.next;
  }

  async #showReport(b: Broadcast): Promise<void> {
    if (!b.report) return;
    const text = reportText(b, b.report, this.audienceText(b), this.tr(b.lang));
    if (b.progressMessageId !== undefined) await this.#edit(b, text, true);
    else
      await this.#api?.sendMessage(b.staffChatId, text).catch((err: unknown) => {
        this.#o.logger.warn({ err, broadcast: b.id }, 'report not sent');
      });
  }

  async #edit(b: Broadcast, text: string, force: boolean): Promise<void> {
    const api = this.#api;
    if (!api || b.progressMessageId === undefined) return;
    // Telegram's limit on edits counts real seconds, not the bot's (possibly rehearsal) clock.
    const now = Date.now();
    const last = this.#lastEdit.get(b.id);
    if (last && last.text === text) return;
    if (!force && last && now - last.at < PROGRESS_EDIT_MS) return;
    this.#lastEdit.set(b.id, { at: now, text });
    try {
      await api.editMessageText(b.staffChatId, b.progressMessageId, undefined, text);
    } catch (err) {
      this.#o.logger.warn({ err, broadcast: b.id }, 'progress message not edited');
    }
  }

  async #refreshAcks(): Promise<void> {
    for (const id of [...this.#ackDirty]) {
      this.#ackDirty.delete(id);
      const b = await this.broadcasts.get(id);
      if (b?.state !== 'done' || !b.report) continue;
      const acks = await this.acks.count(b.id, b.recipients ?? []);
      if (acks === b.report.acks) continue;
      const next: Broadcast = { ...b, report: { ...b.report, acks } };
      await this.broadcasts.save(next);
      await this.#showReport(next);
    }
  }

  /** Queues today's digest for each staff member who opted in, once the pack's send hour has come. */
  async #digest(): Promise<void> {
    const subs = this.digests.enabled();
    if (subs.length === 0) return;
    const now = this.#o.clock.now();
    const today = dayIn(this.#o.timezone, now);
    if (now < instantAt(today, this.#o.timezone, this.#o.pack.reminders.sendHour)) return;
    for (const sub of subs) {
      if (sub.lastDay !== undefined && sub.lastDay >= today) continue;
      const text = await this.digestFor(sub.userId, sub.chatId, today);
      if (text === undefined) continue; // no longer staff: nothing of anyone's units goes out
      await this.#o.outbox.enqueue({
        chatId: sub.chatId,
        text,
        dedupeKey: `digest:${sub.userId}:${today}`,
        batchId: `digest:${today}`,
      });
      await this.digests.save({ ...sub, lastDay: today });
    }
  }

  /** The digest of the units in `userId`'s scope; undefined when they are no longer staff. */
  async digestFor(userId: number, chatId: number, today: string, lang?: Lang): Promise<string | undefined> {
    const l = lang ?? (await this.#o.langOf(chatId)) ?? 'vi';
    let units = this.#o.units.active();
    if (this.#o.orgs) {
      const scope = this.#o.orgs.scopeFor(userId);
      if (!scope) return undefined;
      units = unitsInScope(scope, units);
    }
    return digestText(buildDigest(this.#o.pack, units, today), today, this.tr(l));
  }
}
