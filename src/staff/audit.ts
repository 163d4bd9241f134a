import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Collection, Store } from '../store/index.js';

/** One staff action or refusal. Kept in the store; never shown to users. */
export interface AuditEntry {
  at: string;
  userId: number | undefined;
  chatId: number | undefined;
  /** What was attempted: `broadcast.confirm`, `stats`, `units.export`, … */
  action: string;
  outcome: 'ok' | 'refused';
  /** The actor's organisation (src/orgs) when they are staff. */
  org?: string;
  detail?: Record<string, string | number | boolean>;
}

export class AuditLog {
  readonly #items: Collection<AuditEntry>;
  readonly #clock: Clock;
  constructor(store: Store, clock: Clock) {
    this.#items = store.collection<AuditEntry>('staff-audit');
    this.#clock = clock;
  }

  async record(entry: Omit<AuditEntry, 'at'>): Promise<AuditEntry> {
    const at = this.#clock.now().toISOString();
    const full: AuditEntry = { at, ...entry };
    // Time first so that keys sort by time; the suffix keeps two entries of one millisecond apart.
    await this.#items.set(`${at}-${randomBytes(4).toString('hex')}`, full);
    return full;
  }

  /** Every entry, oldest first; for inspection and tests, not for a hot path. */
  async all(): Promise<AuditEntry[]> {
    const out: Array<[string, AuditEntry]> = [];
    for await (const e of this.#items.entries()) out.push(e);
    return out.sort(([a], [b]) => a.localeCompare(b)).map(([, e]) => e);
  }
}
