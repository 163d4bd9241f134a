import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { StaffInvite } from './org.js';

/**
 * Invitation payloads, as they travel in `https://t.me/<bot>?start=<payload>`: at most 64
 * characters of A-Za-z0-9_- (Telegram's limit). Both kinds carry 128 random bits.
 *
 * - `s` + secret: a staff invitation. Stored only as the SHA-256 of the payload, so a copy of the
 *   store does not hold a working link; single use, 72 hours.
 * - `r` + secret + organisation id: a unit registration link. /moi shows it again until it is
 *   revoked, so its secret is kept with the organisation and compared in constant time.
 */

export const STAFF_INVITE_TTL_MS = 72 * 3600 * 1000;
export const PAYLOAD_MAX = 64;
const SECRET_BYTES = 16;
/** base64url of 16 bytes, without padding. */
export const SECRET_LENGTH = 22;
const PAYLOAD = /^[A-Za-z0-9_-]+$/;

export const newSecret = (): string => randomBytes(SECRET_BYTES).toString('base64url');

export const staffPayload = (secret: string): string => `s${secret}`;
export const registrationPayload = (secret: string, orgId: string): string => `r${secret}${orgId}`;

export type Payload =
  | { kind: 'staff'; payload: string }
  | { kind: 'registration'; secret: string; orgId: string }
  | { kind: 'malformed' };

/** Reads a /start payload's shape; says nothing about whether it works. */
export function parsePayload(raw: string): Payload {
  if (raw.length > PAYLOAD_MAX || !PAYLOAD.test(raw)) return { kind: 'malformed' };
  const body = raw.slice(1);
  if (raw[0] === 's' && body.length === SECRET_LENGTH) return { kind: 'staff', payload: raw };
  if (raw[0] === 'r' && body.length > SECRET_LENGTH)
    return { kind: 'registration', secret: body.slice(0, SECRET_LENGTH), orgId: body.slice(SECRET_LENGTH) };
  return { kind: 'malformed' };
}

/** What a payload is stored under: its SHA-256, base64url. */
export const hashPayload = (payload: string): string =>
  createHash('sha256').update(payload).digest('base64url');

/** Equal secrets, in time that does not depend on where they differ. */
export function sameSecret(given: string, kept: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(kept);
  return a.length === b.length && timingSafeEqual(a, b);
}

export type InviteState = 'ok' | 'used' | 'expired' | 'revoked';

/** Whether a staff invitation still works at `now`. Used is told first: it is the likelier case. */
export function inviteState(invite: StaffInvite, now: Date): InviteState {
  if (invite.usedAt !== undefined) return 'used';
  if (invite.revokedAt !== undefined) return 'revoked';
  if (now.getTime() >= new Date(invite.expiresAt).getTime()) return 'expired';
  return 'ok';
}
