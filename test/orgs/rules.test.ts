import { describe, expect, it } from 'vitest';
import {
  hashPayload,
  inviteState,
  newSecret,
  PAYLOAD_MAX,
  parsePayload,
  registrationPayload,
  sameSecret,
  staffPayload,
} from '../../src/orgs/invitations.js';
import { type Org, ROOT, type StaffMember } from '../../src/orgs/org.js';
import {
  checkJoin,
  checkMove,
  checkOrgName,
  checkRemoval,
  checkStaffRemoval,
  createOrg,
  moveUnit,
  renameOrg,
  scopeOf,
  unitsInScope,
} from '../../src/orgs/rules.js';
import { branchOf, buildTree, orgOfUnit, pathOf, subtree } from '../../src/orgs/tree.js';
import { makeUnitRecord } from '../support/units.js';

const at = '2026-01-01T00:00:00.000Z';
const org = (id: string, name: string, parent?: string): Org => ({
  id,
  name,
  ...(parent ? { parent } : {}),
  createdAt: at,
  createdBy: 1,
  updatedAt: at,
});
// City -> ward A (-> group A1), ward B.
const tree = buildTree([
  org(ROOT, 'Thành ủy'),
  org('a', 'Phường A', ROOT),
  org('b', 'Phường B', ROOT),
  org('a1', 'Đảng bộ A1', 'a'),
]);
const member = (userId: number, o: string): StaffMember => ({ userId, org: o, addedAt: at, addedBy: 1 });
const ADMINS = [1];

describe('the tree', () => {
  it('gives subtrees, paths and the branch each organisation lies under', () => {
    expect(subtree(tree, 'a')).toEqual(new Set(['a', 'a1']));
    expect(subtree(tree, 'b')).toEqual(new Set(['b']));
    expect(subtree(tree, 'nope').size).toBe(0);
    expect(pathOf(tree, 'a1')).toEqual([ROOT, 'a', 'a1']);
    expect(branchOf(tree, ROOT)).toEqual(
      new Map([
        [ROOT, ROOT],
        ['a', 'a'],
        ['a1', 'a'],
        ['b', 'b'],
      ]),
    );
  });

  it('hangs orphans and cycles under the root instead of losing them', () => {
    const odd = buildTree([org(ROOT, 'R'), org('x', 'X', 'missing'), org('p', 'P', 'q'), org('q', 'Q', 'p')]);
    expect(subtree(odd, ROOT)).toEqual(new Set([ROOT, 'x', 'p', 'q']));
    expect(pathOf(odd, 'x')).toEqual([ROOT, 'x']);
  });

  it('puts a unit without an organisation, or with a removed one, in the root', () => {
    expect(orgOfUnit(tree, {})).toBe(ROOT);
    expect(orgOfUnit(tree, { org: 'gone' })).toBe(ROOT);
    expect(orgOfUnit(tree, { org: 'a1' })).toBe('a1');
  });
});

describe('scope', () => {
  it('gives ADMIN_IDS the root, staff their subtree, and nobody else anything', () => {
    expect(scopeOf(tree, 1, undefined, ADMINS)?.orgs).toEqual(new Set([ROOT, 'a', 'b', 'a1']));
    expect(scopeOf(tree, 1, member(1, 'b'), ADMINS)?.org).toBe(ROOT);
    const ward = scopeOf(tree, 2, member(2, 'a'), ADMINS);
    expect(ward?.orgs).toEqual(new Set(['a', 'a1']));
    expect(ward?.isRoot).toBe(false);
    expect(scopeOf(tree, 3, undefined, ADMINS)).toBeUndefined();
    expect(scopeOf(tree, 4, member(4, 'removed'), ADMINS)).toBeUndefined();
  });

  it('covers a ward its own units and its children, never a sibling or the unassigned', () => {
    const ward = scopeOf(tree, 2, member(2, 'a'), ADMINS);
    if (!ward) throw new Error('no scope');
    const units = [
      makeUnitRecord({ chatId: 1, org: 'a' }),
      makeUnitRecord({ chatId: 2, org: 'a1' }),
      makeUnitRecord({ chatId: 3, org: 'b' }),
      makeUnitRecord({ chatId: 4 }),
    ];
    expect(unitsInScope(ward, units).map((u) => u.chatId)).toEqual([1, 2]);
  });
});

describe('names', () => {
  it('refuses empty, over 120 characters, and a duplicate among siblings in any case', () => {
    expect(checkOrgName(tree, ROOT, '   ')).toEqual({ error: 'empty' });
    expect(checkOrgName(tree, ROOT, 'x'.repeat(121))).toEqual({ error: 'long' });
    expect(checkOrgName(tree, ROOT, 'x'.repeat(120))).toEqual({ name: 'x'.repeat(120) });
    expect(checkOrgName(tree, ROOT, '  phường   a ')).toEqual({ error: 'duplicate' });
    expect(checkOrgName(tree, 'a', 'Phường A')).toEqual({ name: 'Phường A' });
    expect(checkOrgName(tree, ROOT, 'Phường A', 'a')).toEqual({ name: 'Phường A' });
  });

  it('creates under an existing parent and renames, not the root', () => {
    const now = new Date(at);
    const made = createOrg(tree, 'a', ' Chi bộ  3 ', { id: 'n', by: 7, now });
    expect(made).toMatchObject({ kind: 'ok', org: { id: 'n', name: 'Chi bộ 3', parent: 'a', createdBy: 7 } });
    expect(createOrg(tree, 'zz', 'X y', { id: 'n', by: 7, now })).toEqual({ kind: 'no-parent' });
    expect(createOrg(tree, ROOT, 'Phường B', { id: 'n', by: 7, now })).toEqual({
      kind: 'bad-name',
      error: 'duplicate',
    });
    expect(renameOrg(tree, 'b', 'Phường A', now)).toEqual({ kind: 'bad-name', error: 'duplicate' });
    expect(renameOrg(tree, 'b', 'Phường C', now)).toMatchObject({ kind: 'ok', org: { name: 'Phường C' } });
    expect(renameOrg(tree, ROOT, 'Khác', now)).toEqual({ kind: 'root' });
  });
});

describe('removal, moves, staff', () => {
  it('removes only an empty non-root organisation', () => {
    expect(checkRemoval(tree, ROOT, 0)).toBe('root');
    expect(checkRemoval(tree, 'a', 0)).toBe('has-children');
    expect(checkRemoval(tree, 'b', 1)).toBe('has-units');
    expect(checkRemoval(tree, 'b', 0)).toBe('ok');
    expect(checkRemoval(tree, 'zz', 0)).toBe('unknown');
  });

  it('moves a unit only between organisations of the mover’s subtree', () => {
    const ward = scopeOf(tree, 2, member(2, 'a'), ADMINS);
    const root = scopeOf(tree, 1, undefined, ADMINS);
    if (!ward || !root) throw new Error('no scope');
    const inA = makeUnitRecord({ chatId: 1, org: 'a' });
    const inB = makeUnitRecord({ chatId: 2, org: 'b' });
    expect(checkMove(ward, tree, inA, 'a1')).toBe('ok');
    expect(checkMove(ward, tree, inA, 'b')).toBe('target-outside');
    expect(checkMove(ward, tree, inA, ROOT)).toBe('target-outside');
    expect(checkMove(ward, tree, inB, 'a')).toBe('unit-outside');
    expect(checkMove(ward, tree, inA, 'a')).toBe('same');
    expect(checkMove(root, tree, inB, 'zz')).toBe('target-outside');
    const now = new Date('2026-02-01T00:00:00Z');
    expect(moveUnit(inA, 'a1', now)).toMatchObject({ org: 'a1', updatedAt: now.toISOString() });
    expect('org' in moveUnit(inA, ROOT, now)).toBe(false);
  });

  it('removes staff within the subtree, never oneself or ADMIN_IDS', () => {
    const ward = scopeOf(tree, 2, member(2, 'a'), ADMINS);
    if (!ward) throw new Error('no scope');
    expect(checkStaffRemoval(ward, 2, member(2, 'a'), ADMINS)).toBe('self');
    expect(checkStaffRemoval(ward, 1, undefined, ADMINS)).toBe('admin');
    expect(checkStaffRemoval(ward, 5, member(5, 'a1'), ADMINS)).toBe('ok');
    expect(checkStaffRemoval(ward, 6, member(6, 'b'), ADMINS)).toBe('outside');
    expect(checkStaffRemoval(ward, 7, undefined, ADMINS)).toBe('unknown');
    expect(checkJoin(1, 'a', undefined, ADMINS)).toBe('admin');
    expect(checkJoin(2, 'a', member(2, 'a'), ADMINS)).toBe('already');
    expect(checkJoin(2, 'b', member(2, 'a'), ADMINS)).toBe('ok');
  });
});

describe('invitation payloads', () => {
  it('fit Telegram’s start parameter and carry at least 96 random bits', () => {
    const secret = newSecret();
    expect(Buffer.from(secret, 'base64url').length * 8).toBeGreaterThanOrEqual(96);
    const s = staffPayload(secret);
    const r = registrationPayload(secret, 'AbCdEfGhIjK');
    for (const p of [s, r]) {
      expect(p.length).toBeLessThanOrEqual(PAYLOAD_MAX);
      expect(p).toMatch(/^[A-Za-z0-9_-]+$/);
    }
    expect(parsePayload(s)).toEqual({ kind: 'staff', payload: s });
    expect(parsePayload(r)).toEqual({ kind: 'registration', secret, orgId: 'AbCdEfGhIjK' });
    expect(new Set(Array.from({ length: 200 }, newSecret)).size).toBe(200);
  });

  it('reads anything else as malformed', () => {
    for (const bad of [
      '',
      's',
      'sabc',
      `x${newSecret()}`,
      `s${newSecret()}!`,
      `r${newSecret()}`,
      'r'.repeat(65),
    ])
      expect(parsePayload(bad)).toEqual({ kind: 'malformed' });
  });

  it('hashes and compares secrets', () => {
    expect(hashPayload('sabc')).not.toContain('abc');
    expect(hashPayload('sabc')).toBe(hashPayload('sabc'));
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abd')).toBe(false);
    expect(sameSecret('abc', 'abcd')).toBe(false);
  });

  it('tells used, revoked and expired invitations apart, expiring at 72 hours', () => {
    const invite = { org: 'a', createdAt: at, expiresAt: '2026-01-04T00:00:00.000Z', createdBy: 1 };
    expect(inviteState(invite, new Date('2026-01-03T23:59:59.999Z'))).toBe('ok');
    expect(inviteState(invite, new Date('2026-01-04T00:00:00.000Z'))).toBe('expired');
    expect(inviteState({ ...invite, usedAt: at }, new Date(at))).toBe('used');
    expect(inviteState({ ...invite, revokedAt: at }, new Date(at))).toBe('revoked');
  });
});
