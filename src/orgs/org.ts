/**
 * Organisations: the party committees of one deployment, as a tree under one root (the
 * deployment's top committee). Units and staff belong to one organisation each.
 */

/** The root's id. Its name comes from the configuration, not from the store. */
export const ROOT = 'root';

export interface Org {
  id: string;
  name: string;
  /** The organisation above; absent only for the root. */
  parent?: string;
  createdAt: string;
  /** Telegram user id of the staff member who created it (0 for the root). */
  createdBy: number;
  updatedAt: string;
  /** The current unit registration link's secret, shown again by /moi until revoked. */
  registration?: { secret: string; createdAt: string; by: number };
  /** SHA-256 (base64url) of revoked registration payloads: a revoked link is told apart from a wrong one. */
  revoked?: string[];
  /**
   * Write version, one more at each write (none before the first): on a shared store a write is
   * made only if the stored record still has the version it was computed from (compare-and-set).
   */
  v?: number;
}

/** A staff member of an organisation; they act on its whole subtree. */
export interface StaffMember {
  userId: number;
  org: string;
  addedAt: string;
  /** Who issued the invitation that brought them in. */
  addedBy: number;
  /** Their Telegram name when they joined, for /canbo. */
  name?: string;
}

/** A single-use staff invitation, stored under the SHA-256 of its payload (never the payload). */
export interface StaffInvite {
  org: string;
  createdAt: string;
  expiresAt: string;
  createdBy: number;
  usedAt?: string;
  usedBy?: number;
  revokedAt?: string;
}
