import { expect } from 'vitest';
import type { Emulator } from '../../src/local/emulator.js';

/** Polls until `probe` returns something truthy; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(
  probe: () => T | undefined | false,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Registers `count` private-chat units in one line each, a few at a time; returns their chat ids. */
export async function registerUnits(
  emulator: Emulator,
  names: Array<{ type: string; name: string }>,
  firstUserId: number,
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < names.length; i += 10) {
    await Promise.all(
      names.slice(i, i + 10).map(async ({ type, name }, j) => {
        const chat = emulator.chat({ userId: firstUserId + i + j });
        await chat.send(`/dangky ${type} ${name}`);
        const reply = await chat.reply(10_000);
        expect(reply.text).toContain(name);
        ids.push(chat.chatId);
      }),
    );
  }
  return ids.sort((a, b) => a - b);
}

/** The id of a notice named in a bot message ("#ABC234"). */
export function noticeId(text: string): string {
  const m = /#([A-Z2-9]{6})/.exec(text);
  if (!m?.[1]) throw new Error(`no notice id in: ${text}`);
  return m[1];
}
