import { ROOT } from '../orgs/org.js';
import { subtree, type Tree } from '../orgs/tree.js';
import { batchIdOf } from '../staff/broadcasts.js';
import type { StaffService } from '../staff/service.js';

/** How many broadcasts the delivery view shows, newest first. */
export const BROADCASTS_SHOWN = 20;

/** One broadcast's delivery: sent, failed (gone: the bot can no longer reach the unit), still pending, acknowledged. */
export interface BroadcastRow {
  id: string;
  /** When it went (or was confirmed to go), ISO. */
  at: string;
  state: 'sending' | 'done';
  /** The notice's first line, cut. */
  title: string;
  audience: string;
  ack: boolean;
  total: number;
  sent: number;
  failed: number;
  gone: number;
  pending: number;
  acks: number;
}

const titleOf = (text: string) => {
  const first = text.split('\n', 1)[0] ?? '';
  return [...first].length > 80 ? `${[...first].slice(0, 79).join('')}…` : first;
};

/**
 * The broadcasts of `org`'s subtree that have gone or are going (drafts, scheduled and cancelled
 * ones reached nobody), newest first: a finished one's counts from its report, a sending one's
 * from the outbox now.
 */
export async function broadcastRows(staff: StaffService, tree: Tree, org: string): Promise<BroadcastRow[]> {
  // `org` is within the caller's scope (checked by the route), so its subtree is too.
  const inside = subtree(tree, org);
  const under = (id: string | undefined) => inside.has(id !== undefined && tree.byId.has(id) ? id : ROOT);
  const gone = (await staff.broadcasts.all())
    .filter((b) => (b.state === 'sending' || b.state === 'done') && under(b.org))
    .sort((a, b) => (b.startedAt ?? b.createdAt).localeCompare(a.startedAt ?? a.createdAt))
    .slice(0, BROADCASTS_SHOWN);
  const rows: BroadcastRow[] = [];
  for (const b of gone) {
    const base = {
      id: b.id,
      at: b.startedAt ?? b.confirmedAt ?? b.createdAt,
      title: titleOf(b.text),
      audience: staff.audienceText(b),
      ack: b.ack,
    };
    if (b.state === 'done' && b.report) {
      const r = b.report;
      rows.push({ ...base, state: 'done', ...r, pending: 0 });
      continue;
    }
    const c = staff.outbox.batchCounts(batchIdOf(b.id));
    const acks = b.ack ? await staff.acks.count(b.id, b.recipients ?? []) : 0;
    const total = b.recipients?.length ?? c.total;
    rows.push({
      ...base,
      state: 'sending',
      total,
      sent: c.sent,
      failed: c.dead,
      gone: 0,
      pending: Math.max(0, total - c.sent - c.dead),
      acks,
    });
  }
  return rows;
}
