import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';
import { CONFLICT, type Conflict, retryOnConflict } from '../store/cas.js';
import type { FeedSync } from '../store/feed.js';
import type { Collection, Store } from '../store/index.js';
import type { Unit } from '../units/unit.js';
import {
  hashPayload,
  inviteState,
  newSecret,
  parsePayload,
  registrationPayload,
  STAFF_INVITE_TTL_MS,
  sameSecret,
  staffPayload,
} from './invitations.js';
import { type Org, ROOT, type StaffInvite, type StaffMember } from './org.js';
import {
  type Created,
  checkJoin,
  checkMove,
  checkRemoval,
  checkStaffRemoval,
  createOrg,
  type Move,
  moveUnit,
  type Removal,
  type Renamed,
  renameOrg,
  type Scope,
  type StaffRemoval,
  scopeOf,
} from './rules.js';
import { buildTree, type Tree } from './tree.js';

export interface OrgsRepoOptions {
  /** The root's name (the deployment's top committee), from the configuration. */
  rootName: string;
  /** ADMIN_IDS: the root's staff, whatever the store says. */
  adminIds: readonly number[];
  /** Shared stores: writes are published and other replicas' writes re-read. */
  sync?: FeedSync;
}

export type StaffJoin =
  | { kind: 'ok'; org: Org; member: StaffMember }
  | { kind: 'malformed' | 'unknown' | 'used' | 'expired' | 'revoked' | 'gone' }
  | { kind: 'admin' | 'already'; org: Org };

export type RegistrationLink = { kind: 'ok'; org: Org } | { kind: 'malformed' | 'unknown' | 'revoked' };

/** The part of the units repository a move needs. */
export interface MovableUnits {
  update(chatId: number, fn: (u: Unit | undefined) => Unit | undefined): Promise<Unit | undefined>;
}

/**
 * Organisations, staff memberships and staff invitations, kept in memory (organisations and
 * staff; a city has hundreds, not millions) and written through to the store. Invitations are
 * read from the store when opened, so one made on another replica works everywhere.
 *
 * Every write runs on one chain: a name's uniqueness among siblings, an invitation's single use
 * and "only empty organisations go" are decided on the state the previous write left. Across
 * webhook replicas the records involved are re-read inside the chain first, and an organisation
 * record is written only if it still has the version it was read at (compare-and-set, as units):
 * on a conflict the change is decided again on the fresh record, so two replicas changing one
 * organisation at the same instant both count. Staff memberships and invitations are last writer wins.
 */
export class OrgsRepo {
  readonly #orgs: Collection<Org>;
  readonly #staff: Collection<StaffMember>;
  readonly #invites: Collection<StaffInvite>;
  readonly #shared: boolean;
  readonly #byId = new Map<string, Org>();
  /** Version of each organisation record in the store (the root has none until first written). */
  readonly #versions = new Map<string, number>();
  readonly #members = new Map<number, StaffMember>();
  #tree: Tree = buildTree([]);
  #tail: Promise<unknown> = Promise.resolve();

  constructor(
    store: Store,
    private readonly clock: Clock,
    private readonly opts: OrgsRepoOptions,
  ) {
    this.#orgs = store.collection<Org>('orgs');
    this.#staff = store.collection<StaffMember>('org-staff');
    this.#invites = store.collection<StaffInvite>('org-invites');
    this.#shared = store.kind !== 'sqlite';
    opts.sync?.on('orgs', (id) => this.#serialise(() => this.#rereadOrg(id)).then(() => undefined));
    opts.sync?.on('org-staff', (key) =>
      this.#serialise(() => this.#rereadMember(Number(key))).then(() => undefined),
    );
  }

  /** Loads organisations and staff. A store from before organisations has none: everything is the root's. */
  async load(): Promise<void> {
    this.#byId.clear();
    this.#members.clear();
    this.#versions.clear();
    for await (const [, org] of this.#orgs.entries()) this.#stored(org);
    for await (const [, member] of this.#staff.entries()) this.#members.set(member.userId, member);
    this.#reindex();
  }

  get adminIds(): readonly number[] {
    return this.opts.adminIds;
  }

  tree(): Tree {
    return this.#tree;
  }

  get(id: string): Org | undefined {
    return this.#tree.byId.get(id);
  }

  memberOf(userId: number): StaffMember | undefined {
    return this.#members.get(userId);
  }

  /** The one answer to "may this user act as staff, and on what". */
  scopeFor(userId: number | undefined): Scope | undefined {
    if (userId === undefined) return undefined;
    return scopeOf(this.#tree, userId, this.#members.get(userId), this.opts.adminIds);
  }

  /** Staff members (not ADMIN_IDS) of the scope's organisations, by organisation then join time. */
  staffWithin(scope: Scope): StaffMember[] {
    return [...this.#members.values()]
      .filter((m) => scope.hasOrg(m.org) && !this.opts.adminIds.includes(m.userId))
      .sort((a, b) => a.org.localeCompare(b.org) || a.addedAt.localeCompare(b.addedAt));
  }

  create(parent: string, rawName: string, by: number): Promise<Created> {
    return this.#change(parent, async () => {
      if (this.#shared) await this.#rereadAll();
      const created = createOrg(this.#tree, parent, rawName, {
        id: this.#newId(),
        by,
        now: this.clock.now(),
      });
      if (created.kind === 'ok' && !(await this.#writeOrg(created.org))) return CONFLICT;
      return created;
    });
  }

  rename(id: string, rawName: string): Promise<Renamed> {
    return this.#change(id, async () => {
      if (this.#shared) await this.#rereadAll();
      const renamed = renameOrg(this.#tree, id, rawName, this.clock.now());
      if (renamed.kind === 'ok' && !(await this.#writeOrg(renamed.org))) return CONFLICT;
      return renamed;
    });
  }

  /**
   * Removes an empty organisation; `unitsIn` counts the registered units it holds now. Its staff
   * lose their membership and its links stop working with it.
   */
  remove(id: string, unitsIn: (org: string) => number): Promise<Removal> {
    return this.#serialise(async () => {
      if (this.#shared) await this.#rereadAll();
      const verdict = checkRemoval(this.#tree, id, unitsIn(id));
      if (verdict !== 'ok') return verdict;
      for (const m of [...this.#members.values()])
        if (m.org === id) await this.#writeMember(m.userId, undefined);
      await this.#orgs.delete(id);
      this.#byId.delete(id);
      this.#versions.delete(id);
      this.#reindex();
      await this.opts.sync?.publish('orgs', id);
      return verdict;
    });
  }

  /** A fresh single-use staff invitation for `org`; only its hash is stored. */
  issueStaffInvite(org: string, by: number): Promise<string | undefined> {
    return this.#serialise(async () => {
      if (!this.#tree.byId.has(org)) return undefined;
      const payload = staffPayload(newSecret());
      const now = this.clock.now();
      await this.#invites.set(hashPayload(payload), {
        org,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + STAFF_INVITE_TTL_MS).toISOString(),
        createdBy: by,
      });
      return payload;
    });
  }

  /** The organisation's registration link payload, made the first time it is asked for. */
  registrationLink(id: string, by: number): Promise<string | undefined> {
    return this.#change(id, async () => {
      if (this.#shared) await this.#rereadOrg(id);
      const org = this.#byId.get(id);
      if (!org) return undefined;
      if (org.registration) return registrationPayload(org.registration.secret, id);
      const registration = { secret: newSecret(), createdAt: this.clock.now().toISOString(), by };
      if (!(await this.#writeOrg({ ...org, registration }))) return CONFLICT;
      return registrationPayload(registration.secret, id);
    });
  }

  /** Revokes the registration link; the next /moi makes a new one. False when there was none. */
  revokeRegistration(id: string): Promise<boolean> {
    return this.#change(id, async () => {
      if (this.#shared) await this.#rereadOrg(id);
      const org = this.#byId.get(id);
      if (!org?.registration) return false;
      const next: Org = {
        ...org,
        revoked: [...(org.revoked ?? []), hashPayload(registrationPayload(org.registration.secret, id))],
        updatedAt: this.clock.now().toISOString(),
      };
      delete next.registration;
      return (await this.#writeOrg(next)) ? true : CONFLICT;
    });
  }

  /** Whether a `/start r…` payload opens registration into an organisation, and which. */
  async resolveRegistration(raw: string): Promise<RegistrationLink> {
    const parsed = parsePayload(raw);
    if (parsed.kind !== 'registration') return { kind: 'malformed' };
    if (this.#shared) await this.#serialise(() => this.#rereadOrg(parsed.orgId));
    const org = this.#byId.get(parsed.orgId);
    if (!org) return { kind: 'unknown' };
    if (org.registration && sameSecret(parsed.secret, org.registration.secret)) return { kind: 'ok', org };
    return org.revoked?.includes(hashPayload(raw)) ? { kind: 'revoked' } : { kind: 'unknown' };
  }

  /** `/start s…`: makes the opener staff of the invitation's organisation, once. */
  acceptStaffInvite(raw: string, user: { id: number; name?: string | undefined }): Promise<StaffJoin> {
    const parsed = parsePayload(raw);
    if (parsed.kind !== 'staff') return Promise.resolve({ kind: 'malformed' });
    const key = hashPayload(parsed.payload);
    return this.#serialise(async (): Promise<StaffJoin> => {
      const invite = await this.#invites.get(key);
      if (!invite) return { kind: 'unknown' };
      const state = inviteState(invite, this.clock.now());
      if (state !== 'ok') return { kind: state };
      if (this.#shared) await Promise.all([this.#rereadOrg(invite.org), this.#rereadMember(user.id)]);
      const org = this.#byId.get(invite.org);
      if (!org) return { kind: 'gone' };
      const join = checkJoin(user.id, org.id, this.#members.get(user.id), this.opts.adminIds);
      if (join !== 'ok') return { kind: join, org };
      const at = this.clock.now().toISOString();
      await this.#invites.set(key, { ...invite, usedAt: at, usedBy: user.id });
      const member: StaffMember = {
        userId: user.id,
        org: org.id,
        addedAt: at,
        addedBy: invite.createdBy,
        ...(user.name ? { name: user.name } : {}),
      };
      await this.#writeMember(user.id, member);
      return { kind: 'ok', org, member };
    });
  }

  /** /canbo's remove button, decided again here whatever the button said. */
  removeStaff(scope: Scope, target: number): Promise<StaffRemoval> {
    return this.#serialise(async () => {
      if (this.#shared) await this.#rereadMember(target);
      const verdict = checkStaffRemoval(scope, target, this.#members.get(target), this.opts.adminIds);
      if (verdict === 'ok') await this.#writeMember(target, undefined);
      return verdict;
    });
  }

  /** Moves a unit within the mover's subtree; decided inside the unit's own chain of writes. */
  async moveUnit(
    units: MovableUnits,
    scope: Scope,
    chatId: number,
    target: string,
  ): Promise<Move | 'unknown'> {
    let verdict: Move | 'unknown' = 'unknown';
    await units.update(chatId, (u) => {
      if (!u || u.inactiveReason === 'unregistered') return u;
      verdict = checkMove(scope, this.#tree, u, target);
      return verdict === 'ok' ? moveUnit(u, target, this.clock.now()) : u;
    });
    return verdict;
  }

  /**
   * Writes an organisation with the next version, if the stored record still has the version
   * this replica read (none: only if there is no record); false when another replica wrote first.
   */
  async #writeOrg(org: Org): Promise<boolean> {
    const expected = this.#versions.get(org.id);
    const written: Org = { ...org, v: (expected ?? 0) + 1 };
    if (this.#orgs.setIf) {
      if (!(await this.#orgs.setIf(org.id, written, expected))) return false;
    } else await this.#orgs.set(org.id, written);
    this.#stored(written);
    this.#reindex();
    await this.opts.sync?.publish('orgs', org.id);
    return true;
  }

  /** Memory takes a record as the store has it. */
  #stored(org: Org): void {
    this.#byId.set(org.id, org);
    this.#versions.set(org.id, org.v ?? 0);
  }

  /** One organisation change on the chain, decided again on the fresh records after a conflict. */
  #change<T>(id: string, attempt: () => Promise<T | Conflict>): Promise<T> {
    return this.#serialise(() => retryOnConflict(`organisation ${id}`, attempt));
  }

  async #writeMember(userId: number, member: StaffMember | undefined): Promise<void> {
    if (member) await this.#staff.set(String(userId), member);
    else await this.#staff.delete(String(userId));
    if (member) this.#members.set(userId, member);
    else this.#members.delete(userId);
    await this.opts.sync?.publish('org-staff', String(userId));
  }

  async #rereadOrg(id: string): Promise<void> {
    const fresh = await this.#orgs.get(id);
    if (fresh) this.#stored(fresh);
    else {
      this.#byId.delete(id);
      this.#versions.delete(id);
    }
    this.#reindex();
  }

  async #rereadMember(userId: number): Promise<void> {
    if (!Number.isSafeInteger(userId)) return;
    const fresh = await this.#staff.get(String(userId));
    if (fresh) this.#members.set(userId, fresh);
    else this.#members.delete(userId);
  }

  /** Organisations are few: a write that checks siblings or children reads them all again. */
  async #rereadAll(): Promise<void> {
    this.#byId.clear();
    this.#versions.clear();
    for await (const [, org] of this.#orgs.entries()) this.#stored(org);
    this.#reindex();
  }

  /** The root always exists, named by the configuration; a stored root record adds its links. */
  #reindex(): void {
    const stored = this.#byId.get(ROOT);
    const root: Org = {
      createdAt: new Date(0).toISOString(),
      createdBy: 0,
      updatedAt: new Date(0).toISOString(),
      ...stored,
      id: ROOT,
      name: this.opts.rootName,
    };
    delete root.parent;
    this.#byId.set(ROOT, root);
    this.#tree = buildTree(this.#byId.values());
  }

  #serialise<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(work);
    this.#tail = run.catch(() => undefined);
    return run;
  }

  #newId(): string {
    for (;;) {
      const id = randomBytes(8).toString('base64url');
      if (!this.#byId.has(id) && id !== ROOT) return id;
    }
  }
}
