import type { Emulator } from '../../src/local/emulator.js';

/**
 * telegram-test-api only makes message and callback updates. The unit tests of the bot also need
 * my_chat_member updates and service messages (migrate_to_chat_id): this queues raw updates and
 * hands them out through the emulator's getUpdates, numbered in its own update sequence.
 */
interface Inner {
  updateId: number;
  getUpdates(token: string): Array<{ update_id: number }>;
  emit(event: string): boolean;
}

const queues = new WeakMap<Emulator, Array<Record<string, unknown>>>();

export function pushRawUpdate(emulator: Emulator, update: Record<string, unknown>): void {
  const inner = emulator.inner as unknown as Inner;
  let queue = queues.get(emulator);
  if (!queue) {
    const q: Array<Record<string, unknown>> = [];
    queue = q;
    queues.set(emulator, q);
    const original = inner.getUpdates.bind(inner);
    inner.getUpdates = (token) =>
      [...original(token), ...(q.splice(0) as Array<{ update_id: number }>)].sort(
        (a, b) => a.update_id - b.update_id,
      );
  }
  queue.push({ update_id: inner.updateId++, ...update });
  // Wakes the bot's pending long poll.
  inner.emit('AddedUserMessage');
}

const now = () => Math.floor(Date.now() / 1000);
const botUser = { id: 123456, is_bot: true, first_name: 'Bot', username: 'Bot' };

export function chatMemberUpdate(
  chat: { id: number; type: 'private' | 'group' | 'supergroup'; title?: string },
  from: number,
  oldStatus: string,
  newStatus: string,
): Record<string, unknown> {
  const shaped =
    chat.type === 'private'
      ? { id: chat.id, type: 'private', first_name: `User${chat.id}` }
      : { id: chat.id, type: chat.type, title: chat.title ?? 'Test group' };
  return {
    my_chat_member: {
      chat: shaped,
      from: { id: from, is_bot: false, first_name: `User${from}` },
      date: now(),
      old_chat_member: { status: oldStatus, user: botUser },
      new_chat_member: { status: newStatus, user: botUser },
    },
  };
}

export function migrateMessage(oldChatId: number, newChatId: number, from: number): Record<string, unknown> {
  return {
    message: {
      message_id: 900_000 + (newChatId % 1000),
      date: now(),
      chat: { id: oldChatId, type: 'group', title: 'Test group' },
      from: { id: from, is_bot: false, first_name: `User${from}` },
      migrate_to_chat_id: newChatId,
    },
  };
}
