import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../src/delivery/outbox.js';
import type { EmulatedChat } from '../../src/local/emulated-chat.js';
import type { BotMessage } from '../../src/local/emulator.js';
import { openStore } from '../../src/store/index.js';
import { startBot } from '../support/bot-process.js';

/**
 * Reminders through the real process: the cron tick on a rehearsal clock (BOT_CLOCK), and a
 * crash. The rest of the reminder behaviour is tested in process (test/bot/reminders.test.ts).
 */
const TICK = { REMINDER_TICK: '*/1 * * * * *' };

async function untilAsync<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  ms = 20_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const until = <T>(probe: () => T | undefined | false, what: string, ms?: number) =>
  untilAsync(probe, what, ms);

describe('reminders through the real process', () => {
  let env: Awaited<ReturnType<typeof startBot>>;
  let chat: EmulatedChat;
  const reminders = () => chat.messages().filter((m: BotMessage) => m.text.startsWith('🔔'));

  beforeAll(async () => {
    env = await startBot({ ...TICK, BOT_CLOCK: '2025-06-22T07:59:52+07:00' });
    chat = env.emulator.chat({ languageCode: 'vi' });
  });
  afterAll(async () => {
    await env.stop();
  });

  it('registering on D-7 at 07:59 brings the D-7 reminder at 08:00, on the cron tick', async () => {
    await chat.send('/dangky chi-bo-co-so Chi bo ABC');
    const reminder = await until(() => reminders()[0], 'the D-7 reminder');
    expect(reminder.text).toContain('Còn 7 ngày.');
  });

  /** The states of the outbox items to the chat, read from the store file. */
  const outboxStates = async () => {
    const store = await openStore(env.bot.storeUrl);
    try {
      const states: string[] = [];
      for await (const [, item] of store.collection<OutboxItem>('outbox').entries())
        if (item.chatId === chat.chatId) states.push(item.state);
      return states;
    } finally {
      await store.close();
    }
  };

  it('sends no duplicate after a crash (SIGKILL): after the start-up pass nothing is left to send', async () => {
    // Killed once the reminder is recorded as sent (a kill while it is in flight may send it twice).
    await untilAsync(async () => (await outboxStates()).join() === 'sent', 'the reminder recorded as sent');
    await env.bot.stop('SIGKILL');
    const menus = env.emulator.callsOf('setMyCommands').length;
    await env.bot.start({ BOT_CLOCK: '2025-06-22T09:00:00+07:00' });
    // The menu is registered once the start-up jobs (the reminder pass, the sender) have run.
    await until(() => env.emulator.callsOf('setMyCommands').length > menus, 'the start-up jobs');
    expect(await outboxStates()).toEqual(['sent']);
    expect(reminders()).toHaveLength(1);
  });
});
