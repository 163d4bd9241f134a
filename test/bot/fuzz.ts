import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Update } from 'telegraf/types';
import { afterAll, expect, it } from 'vitest';
import { COMMANDS, namesOf } from '../../src/bot/commands.js';
import { checkStore } from '../../src/store/check.js';
import type { Unit } from '../../src/units/unit.js';
import { Harness } from '../support/harness.js';
import {
  type ChatRef,
  callbackUpdate,
  messageUpdate,
  migrateUpdate,
  myChatMemberUpdate,
  rawUpdate,
  type UserRef,
} from '../support/updates.js';

/**
 * Property-based fuzzing through the in-process harness: random sequences of updates (commands
 * with random arguments, presses of the bot's own buttons and forged ones, media, edited messages,
 * messages without `from`, the bot blocked and back, group migrations) and, after each run:
 * - no update failed (no error-level log line: the error boundary logs every failure);
 * - no message the bot sent names a raw message id, shows a Fluent placeholder or a stack trace,
 *   or breaks Telegram's limits (4,096 characters of text, 64 bytes of callback data);
 * - every stored record passes its schema (npm run store:check finds nothing);
 * - the units in memory are the units in the store.
 * FUZZ_UPDATES (default 10,000) is the total over the runs of both files (fuzz-a and fuzz-b, one
 * seed each), which vitest runs side by side on two cores.
 */
const TOTAL = Number(process.env.FUZZ_UPDATES ?? 10_000);
const STAFF = 900_001;

export const MESSAGE_IDS = new Set(
  readdirSync('locales/vi').flatMap((f) =>
    [...readFileSync(join('locales/vi', f), 'utf8').matchAll(/^([a-z][a-z0-9-]*) =/gm)].map(
      (m) => m[1] as string,
    ),
  ),
);
const COMMAND_NAMES = COMMANDS.flatMap(namesOf);

const users: UserRef[] = [
  { id: STAFF, languageCode: 'vi' },
  { id: 900_002, languageCode: 'en' },
  { id: 900_003, languageCode: 'vi' },
  { id: 900_004 },
];
const groups: ChatRef[] = [
  { id: -4_001, type: 'group', title: 'Chi bộ khu phố 3' },
  { id: -1_004_002, type: 'supergroup', title: 'Đảng bộ phường' },
];

const argArb = fc.oneof(
  fc.constant(''),
  fc.constantFrom('chi-bo-co-so', 'chi-bo-truc-thuoc', 'dang-bo-co-so', 'vi', 'en', 'bat', 'tat', 'moi'),
  fc.constantFrom('25/03/2025', '31/02/2025', '1/7/2025', 'lúc 25/03/2025 08:00', '00/00/0000', '29/06/2025'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('Chi bộ Khu dân cư số 5', 'x'.repeat(200), '\u202eabc', 'a\nb', '@someone 0912345678'),
);

type Step =
  | { kind: 'command'; user: number; group: number; name: string; args: string[] }
  | { kind: 'text'; user: number; group: number; text: string }
  | { kind: 'press'; user: number; pick: number }
  | { kind: 'forged'; user: number; group: number; data: string }
  | { kind: 'media' | 'edited' | 'noFrom'; user: number; group: number }
  | { kind: 'member'; user: number; group: number; status: 'kicked' | 'member' | 'left' }
  | { kind: 'migrate'; group: number }
  | { kind: 'tick'; minutes: number };

const who = fc.integer({ min: 0, max: users.length - 1 });
/** -1: the user's private chat; else a group. */
const where = fc.integer({ min: -1, max: groups.length - 1 });
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('command' as const),
      user: who,
      group: where,
      name: fc.constantFrom(...COMMAND_NAMES),
      args: fc.array(argArb, { maxLength: 3 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('text' as const),
      user: who,
      group: where,
      text: fc.oneof(
        argArb,
        fc.constantFrom('Đại hội gồm những nội dung gì?', 'what must a congress include', '1'),
      ),
    }),
  },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('press' as const), user: who, pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('forged' as const),
      user: who,
      group: where,
      data: fc.oneof(fc.string({ maxLength: 64 }), fc.constantFrom('u:done:1', 'bc:ok:zz', 'x:'.repeat(40))),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom('media' as const, 'edited' as const, 'noFrom' as const),
      user: who,
      group: where,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('member' as const),
      user: who,
      group: where,
      status: fc.constantFrom('kicked' as const, 'member' as const, 'left' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('migrate' as const),
      group: fc.integer({ min: 0, max: groups.length - 1 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('tick' as const),
      minutes: fc.integer({ min: 1, max: 3 * 24 * 60 }),
    }),
  },
);

/** The buttons the bot has shown so far, with the chat and message they are on. */
function shownButtons(h: Harness): Array<{ chatId: number; messageId: number; data: string }> {
  const out: Array<{ chatId: number; messageId: number; data: string }> = [];
  for (const d of h.api.delivered.slice(-60)) {
    const rows = (d.replyMarkup as { inline_keyboard?: Array<Array<{ callback_data?: string }>> } | undefined)
      ?.inline_keyboard;
    for (const row of rows ?? [])
      for (const b of row)
        if (b.callback_data) out.push({ chatId: d.chatId, messageId: d.messageId, data: b.callback_data });
  }
  return out;
}

function updateOf(step: Step, h: Harness, migrated: Map<number, number>): Update | undefined {
  const chatOf = (user: UserRef, group: number): ChatRef => {
    if (group < 0) return { id: user.id, type: 'private' };
    const g = groups[group] as ChatRef;
    const to = migrated.get(g.id);
    return to !== undefined ? { id: to, type: 'supergroup', title: g.title ?? 'g' } : g;
  };
  if (step.kind === 'tick') return undefined;
  if (step.kind === 'migrate') {
    const g = groups[step.group] as ChatRef;
    if (g.type !== 'group' || migrated.has(g.id)) return undefined;
    migrated.set(g.id, -1_000_000_000_000 + g.id);
    return migrateUpdate(g.id, -1_000_000_000_000 + g.id, (users[0] as UserRef).id);
  }
  const user = users[step.user] as UserRef;
  if (step.kind === 'press') {
    const buttons = shownButtons(h);
    const b = buttons[step.pick % Math.max(1, buttons.length)];
    if (!b) return undefined;
    const chat: ChatRef =
      b.chatId > 0 ? { id: b.chatId, type: 'private' } : { id: b.chatId, type: 'supergroup', title: 'g' };
    return callbackUpdate(b.data, { chat, from: user, messageId: b.messageId });
  }
  const chat = chatOf(user, step.group);
  switch (step.kind) {
    case 'command':
      return messageUpdate([`/${step.name}`, ...step.args].join(' '), { chat, from: user });
    case 'text':
      return messageUpdate(step.text || '.', { chat, from: user });
    case 'forged':
      return callbackUpdate(step.data, { chat, from: user, messageId: 1 + (step.user % 5) });
    case 'noFrom':
      return messageUpdate('/trangthai', { chat });
    case 'media':
      return rawUpdate({
        message: {
          message_id: 7,
          date: 1,
          chat: {
            id: chat.id,
            type: chat.type,
            ...(chat.type === 'private' ? { first_name: 'U' } : { title: 'g' }),
          },
          from: { id: user.id, is_bot: false, first_name: 'U' },
          photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }],
          caption: '/dangky',
        },
      });
    case 'edited':
      return rawUpdate({
        edited_message: {
          message_id: 7,
          date: 1,
          edit_date: 2,
          chat: {
            id: chat.id,
            type: chat.type,
            ...(chat.type === 'private' ? { first_name: 'U' } : { title: 'g' }),
          },
          from: { id: user.id, is_bot: false, first_name: 'U' },
          text: '/huydangky',
        },
      });
    case 'member':
      return myChatMemberUpdate(chat, user.id, step.status === 'member' ? 'kicked' : 'member', step.status);
  }
}

/** What no message of the bot may contain; undefined when the text is fine. */
export function badText(text: string): string | undefined {
  if (text.length > 4096) return `over 4,096 characters (${text.length})`;
  if (/\{\s*\$[a-zA-Z]/.test(text) || /\{\s*-[a-z]/.test(text)) return 'a Fluent placeholder';
  if (/\n\s+at .+:\d+:\d+/.test(text) || /\b(TypeError|ReferenceError|SyntaxError)\b/.test(text))
    return 'a stack trace';
  for (const word of text.split(/[\s,.;:()"'«»]+/))
    if (MESSAGE_IDS.has(word) && word.includes('-')) return `the raw message id ${word}`;
  return undefined;
}

async function checkInvariants(h: Harness): Promise<void> {
  expect(h.errors().map((l) => String(l.msg))).toEqual([]);
  const problems: string[] = [];
  for (const call of h.api.calls) {
    const p = call.params as { text?: string; caption?: string; reply_markup?: unknown };
    for (const t of [p.text, p.caption]) {
      const bad = typeof t === 'string' ? badText(t) : undefined;
      if (bad) problems.push(`${call.method}: ${bad}: ${String(t).slice(0, 120)}`);
    }
    const markup = (typeof p.reply_markup === 'string' ? JSON.parse(p.reply_markup) : p.reply_markup) as
      | { inline_keyboard?: Array<Array<{ callback_data?: string; text?: string }>> }
      | undefined;
    for (const row of markup?.inline_keyboard ?? [])
      for (const b of row)
        if (b.callback_data && Buffer.byteLength(b.callback_data) > 64)
          problems.push(`${call.method}: callback data over 64 bytes`);
  }
  expect(problems).toEqual([]);
  expect((await checkStore(h.storeUrl)).bad).toEqual([]);
  const store = await h.openStore();
  try {
    const stored = new Map<number, Unit>();
    for await (const [key, u] of store.collection<Unit>('units').entries()) stored.set(Number(key), u);
    const memory = new Map(h.deps.units.all().map((u) => [u.chatId, u]));
    expect([...memory.keys()].sort()).toEqual([...stored.keys()].sort());
    for (const [id, u] of memory) expect(u, `unit ${id}`).toEqual(stored.get(id));
  } finally {
    await store.close();
  }
}

/**
 * `runs` random sequences of updates, `share` of FUZZ_UPDATES in all, each through a fresh app
 * on its own store; the invariants are checked after each run. Called by the fuzz-*.test.ts files.
 */
export function fuzzRuns(opts: { part: number; runs: number; share: number }): void {
  const total = Math.round(TOTAL * opts.share);
  const perRun = Math.round(total / opts.runs);
  const open: Harness[] = [];
  afterAll(async () => {
    for (const h of open) await h.stop();
  });

  it(`${total} random updates in ${opts.runs} runs: no failure, no broken reply, a valid store that memory matches`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: perRun, maxLength: perRun }), async (steps) => {
        const h = await Harness.start({
          clock: '2025-03-20T07:30:00+07:00',
          env: { ADMIN_IDS: String(STAFF) },
        });
        open.push(h);
        const migrated = new Map<number, number>();
        for (const step of steps) {
          if (step.kind === 'tick') {
            h.clock.advance(step.minutes * 60_000);
            await h.reminderPass();
            continue;
          }
          const update = updateOf(step, h, migrated);
          if (update) await h.push(update);
        }
        await checkInvariants(h);
        await h.stop();
        open.splice(open.indexOf(h), 1);
      }),
      // Each file its own seed: FUZZ_SEED (default 16) plus the file's part number.
      { numRuns: opts.runs, seed: Number(process.env.FUZZ_SEED ?? 16) + opts.part, endOnFailure: true },
    );
  }, 240_000);
}
