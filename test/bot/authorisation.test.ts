import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, type CommandSpec, namesOf } from '../../src/bot/commands.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { Harness } from '../support/harness.js';

/**
 * Generated from the command registry: every staff command, under each of its names, is refused to
 * a non-staff user in private, to staff in a group and to a plain member of a group, each refusal
 * audited; every secretary command is refused to a group member who is no administrator. A command
 * added to COMMANDS is covered here without editing this file.
 */
const STAFF = 4343;
const staffCommands = COMMANDS.filter((c) => c.audience === 'staff');
const secretaryCommands = COMMANDS.filter((c) => c.audience === 'secretary');
const names = (specs: CommandSpec[]) =>
  specs.flatMap((spec) => namesOf(spec).map((name) => ({ spec, name })));

describe('the audience rule of every command in the registry', () => {
  let h: Harness;
  let nextId = 20_000;
  const fresh = () => nextId++;
  const t = (id: string) => h.deps.i18n.t('vi', id);

  beforeAll(async () => {
    h = await Harness.start({ clock: '2025-03-20T02:00:00Z', env: { ADMIN_IDS: `1,${STAFF}` } });
  });
  afterAll(async () => {
    await h?.stop();
  });

  /** The audit records of one user in one chat. */
  const auditOf = async (userId: number, chatId: number) =>
    (await h.audit()).filter((e) => e.userId === userId && e.chatId === chatId);

  it('answers commands only through registerCommand (invites.ts reads /start’s payload first and passes a bare /start on)', () => {
    const dir = join(PROJECT_ROOT, 'src/bot/features');
    const direct = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'invites.ts')
      .filter((f) => /\.command\(/.test(readFileSync(join(dir, f), 'utf8')));
    expect(direct).toEqual([]);
    expect(readFileSync(join(dir, 'invites.ts'), 'utf8').match(/\.command\(/g)).toHaveLength(1);
  });

  it('lists staff and secretary commands (the generated cases below are not empty)', () => {
    expect(staffCommands.map((c) => c.vi[0])).toEqual(
      expect.arrayContaining(['thongbao', 'cauhoimoi', 'lichnhac']),
    );
    expect(secretaryCommands.map((c) => c.vi[0])).toEqual(
      expect.arrayContaining(['dangky', 'bangiao', 'nhanbangiao']),
    );
    for (const spec of staffCommands) expect(spec.action, spec.vi[0]).toBeDefined();
  });

  for (const { spec, name } of names(staffCommands)) {
    it(`/${name}: refused to a non-staff user in private, to staff in a group, to a group member; each audited`, async () => {
      const cases = [
        { chat: h.chat({ userId: fresh() }), key: 'staff-refused', reason: 'not-staff' },
        {
          chat: h.chat({ userId: STAFF, chatId: -fresh(), type: 'group' }),
          key: 'staff-private-only',
          reason: 'not-private',
        },
        {
          chat: h.chat({ userId: fresh(), chatId: -fresh(), type: 'supergroup' }),
          key: 'staff-refused',
          reason: 'not-staff',
        },
      ];
      for (const { chat, key, reason } of cases) {
        for (const text of [`/${name}`, `/${name} ABC234`]) {
          await chat.send(text);
          expect(
            chat.unread().map((m) => m.text),
            `${text} in ${chat.chat.type}`,
          ).toEqual([t(key)]);
        }
        const records = await auditOf(chat.userId, chat.chatId);
        expect(records).toHaveLength(2);
        for (const r of records) {
          expect(r).toMatchObject({ action: spec.action, outcome: 'refused', detail: { reason } });
        }
      }
      expect(h.telegram.documents).toHaveLength(0);
    });
  }

  it('lets staff use every staff command in private, and audits each use', async () => {
    const staff = h.chat({ userId: STAFF });
    for (const spec of staffCommands) {
      await staff.send(`/${spec.vi[0]}`);
      expect(staff.unread().length + h.telegram.documents.length, spec.vi[0]).toBeGreaterThan(0);
      expect(staff.messages().map((m) => m.text)).not.toContain(t('staff-refused'));
    }
    const used = (await auditOf(STAFF, STAFF)).filter((e) => e.outcome === 'ok').map((e) => e.action);
    for (const spec of staffCommands) expect(used).toContain(spec.action);
    expect(h.errors()).toEqual([]);
  });

  for (const { name } of names(secretaryCommands)) {
    it(`/${name}: refused to a group member who is not an administrator; the unit is unchanged`, async () => {
      const group = -fresh();
      const admin = h.chat({ userId: fresh(), chatId: group, type: 'group' });
      h.telegram.setMember(group, admin.userId, 'administrator');
      expect(await admin.say('/dangky chi-bo-co-so Chi bộ nhóm')).toContain('Đã đăng ký');
      const before = h.deps.units.get(group);
      const member = h.chat({ userId: fresh(), chatId: group, type: 'group' });
      h.telegram.setMember(group, member.userId, 'member');
      await member.send(`/${name} 15/05/2025`);
      expect(member.unread().map((m) => m.text)).toEqual([t('units-perm-not-admin')]);
      expect(h.deps.units.get(group)).toEqual(before);
    });
  }

  for (const { name } of names(secretaryCommands)) {
    it(`/${name}: a message without a sender is refused with the reason, not a crash`, async () => {
      const chat = h.chat({ userId: fresh() });
      await chat.send(`/${name}`, { noFrom: true });
      expect(chat.unread().map((m) => m.text)).toEqual([t('units-perm-no-sender')]);
      expect(h.errors()).toEqual([]);
    });
  }
});
