import type { Scope } from '../orgs/rules.js';

/** What the decision needs: the store's other writers caught up with, and the organisations' rule. */
export interface AccessDeps {
  staff: { sync(): Promise<void> };
  orgs: { scopeFor(userId: number | undefined): Scope | undefined };
}

/**
 * Who is staff of what, asked by every staff command and button (bot/features/staff-guard.ts) and
 * by every dashboard API call: the same decision in both places. Replicas: staff memberships are
 * read from memory, so the others' writes are taken in first (someone who just joined on another
 * replica is staff here too), then `orgs.scopeFor` (orgs/rules.ts `scopeOf`) decides.
 * Undefined: not staff.
 */
export async function staffScope(deps: AccessDeps, userId: number | undefined): Promise<Scope | undefined> {
  await deps.staff.sync();
  return deps.orgs.scopeFor(userId);
}
