import type { Day } from '../calendar.js';
import type { Pack } from '../knowledge/pack.js';
import type { FeedSync } from '../store/feed.js';
import type { Collection, Store } from '../store/index.js';
import type { Unit } from '../units/unit.js';
import { standingOf } from './audience.js';

export interface DigestEntry {
  unit: Unit;
  last: Day;
  daysLeft: number;
}

export interface Digest {
  /** Not done, congress window passed; most overdue first. */
  late: DigestEntry[];
  /** Not done, window open, last day within `withinDays`; soonest first. */
  closing: DigestEntry[];
}

/** What the daily staff digest lists, among active units, on `today`. */
export function buildDigest(pack: Pack, units: Unit[], today: Day, withinDays = 7): Digest {
  const late: DigestEntry[] = [];
  const closing: DigestEntry[] = [];
  for (const unit of units) {
    if (!unit.active) continue;
    const s = standingOf(pack, unit, today);
    if (!s.window) continue;
    const entry = { unit, last: s.window.last, daysLeft: s.daysLeft };
    if (s.standing === 'late') late.push(entry);
    else if (s.standing === 'open' && s.daysLeft <= withinDays) closing.push(entry);
  }
  const byName = (a: DigestEntry, b: DigestEntry) => a.unit.name.localeCompare(b.unit.name, 'vi');
  late.sort((a, b) => a.daysLeft - b.daysLeft || byName(a, b));
  closing.sort((a, b) => a.daysLeft - b.daysLeft || byName(a, b));
  return { late, closing };
}

/** A staff member's opt-in to the daily digest. */
export interface DigestSubscription {
  userId: number;
  chatId: number;
  enabled: boolean;
  /** The last day a digest was queued for (or the day of opting in, which was answered at once). */
  lastDay?: Day;
}

export class DigestRepo {
  readonly #items: Collection<DigestSubscription>;
  readonly #subs = new Map<number, DigestSubscription>();
  constructor(
    store: Store,
    private readonly sync?: FeedSync,
  ) {
    this.#items = store.collection<DigestSubscription>('staff-digest');
    sync?.on('staff-digest', async (key) => {
      const sub = await this.#items.get(key);
      if (sub) this.#subs.set(sub.userId, sub);
    });
  }
  async load(): Promise<void> {
    for await (const [, s] of this.#items.entries()) this.#subs.set(s.userId, s);
  }
  get(userId: number): DigestSubscription | undefined {
    return this.#subs.get(userId);
  }
  enabled(): DigestSubscription[] {
    return [...this.#subs.values()].filter((s) => s.enabled);
  }
  async save(sub: DigestSubscription): Promise<void> {
    await this.#items.set(String(sub.userId), sub);
    this.#subs.set(sub.userId, sub);
    await this.sync?.publish('staff-digest', String(sub.userId));
  }
}
