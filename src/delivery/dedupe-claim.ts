import type { Leases } from '../store/leases.js';

/**
 * Across replicas a dedupe key is claimed in two steps, so that a replica that dies between the
 * claim and the write cannot take a message with it: first for 15 s (far longer than one
 * store write), then, once the item is written, for longer than any campaign.
 */
export const DEDUPE_WRITE_MS = 15_000;
export const DEDUPE_CLAIM_MS = 400 * 24 * 3600 * 1000;

/** The key is claimed by a replica that has not written its item (yet, or ever): try again later. */
export class DedupeInFlight extends Error {
  constructor(key: string) {
    super(`dedupe key ${key} is claimed but its item is not written yet; the next pass tries again`);
    this.name = 'DedupeInFlight';
  }
}

/**
 * True when this replica is to write the item; false when the item already exists (the key's
 * work is done). Throws DedupeInFlight when another replica holds the key without its item: a
 * write in progress, or a replica that died before it; its claim lapses after DEDUPE_WRITE_MS.
 */
export async function claimDedupe(
  leases: Leases,
  key: string,
  exists: () => Promise<boolean>,
): Promise<boolean> {
  if (await leases.claim(key, DEDUPE_WRITE_MS)) {
    // A replica that died after its write but before holding the key left the item: done.
    return !(await exists());
  }
  if (await exists()) return false;
  throw new DedupeInFlight(key);
}
