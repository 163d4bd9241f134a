import type { Collection, Store } from '../store/index.js';
import type { Outbox, OutboxItem } from './outbox.js';

/**
 * Retention of the outbox: a sent item older than `keepDays` is compacted into its batch's
 * summary (collection `outbox-batches`: how many were sent, and their ids), then removed. The
 * summary keeps what the rest of the bot reads of old items: the batch counts (progress, reports,
 * statistics) and the ids (an old dedupe key is still known: it never sends twice). Items that
 * did not arrive (dead, failed, queued) are never compacted: they are what a failure report lists.
 */
export interface BatchSummary {
  batchId: string;
  /** Ids of the compacted sent items (24 characters each, against a few hundred for an item). */
  ids: string[];
  /** Epoch ms of the last compacted item's delivery. */
  lastSentAt: number;
}

export const SUMMARIES = 'outbox-batches';
/** Sent items stay whole this long: the window for /thongbao_chitiet and the dashboard's details. */
export const DEFAULT_KEEP_DAYS = 30;
const CHUNK = 500;

export const summaryCollection = (store: Store): Collection<BatchSummary> =>
  store.collection<BatchSummary>(SUMMARIES);

export interface CompactReport {
  compacted: number;
  batches: number;
}

/**
 * Compacts the sent items of `outbox` delivered before `now - keepDays`. Crash-safe in this order:
 * 1. the summary with the new ids is written (an id in a summary and still in the outbox is counted
 *    once at load, as an item);
 * 2. the items are deleted;
 * 3. memory forgets their rows but keeps their ids and counts.
 * Call it from a job (one replica at a time); it reads the store, never the hot path.
 */
export async function compactOutbox(
  store: Store,
  outbox: Outbox,
  now: number,
  keepDays = DEFAULT_KEEP_DAYS,
): Promise<CompactReport> {
  const cutoff = now - keepDays * 24 * 3600 * 1000;
  const items = store.collection<OutboxItem>('outbox');
  const summaries = summaryCollection(store);
  const old = new Map<string, OutboxItem[]>();
  const ids = [...outbox.sentIds()];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await items.getMany(ids.slice(i, i + CHUNK));
    for (const row of rows) {
      if (row?.state !== 'sent' || (row.sentAt ?? row.createdAt) >= cutoff) continue;
      let list = old.get(row.batchId);
      if (!list) {
        list = [];
        old.set(row.batchId, list);
      }
      list.push(row);
    }
  }
  let compacted = 0;
  for (const [batchId, rows] of old) {
    const before = await summaries.get(batchId);
    const lastSentAt = Math.max(before?.lastSentAt ?? 0, ...rows.map((r) => r.sentAt ?? r.createdAt));
    await summaries.set(batchId, {
      batchId,
      ids: [...(before?.ids ?? []), ...rows.map((r) => r.id)],
      lastSentAt,
    });
    for (const r of rows) await items.delete(r.id);
    outbox.forgetCompacted(
      batchId,
      rows.map((r) => r.id),
    );
    compacted += rows.length;
  }
  return { compacted, batches: old.size };
}
