import type { Update, UserFromGetMe } from 'telegraf/types';

/**
 * Small factories for the updates Telegram sends, shaped as the Bot API documents them, for
 * `bot.handleUpdate`. Ids are unique per process: the app drops an update id it has seen.
 */

export const BOT_INFO: UserFromGetMe = {
  id: 123456,
  is_bot: true,
  first_name: 'Đại hội bot',
  username: 'daihoi_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
};

let nextUpdateId = 1;
let nextMessageId = 500_000;
let nextQueryId = 1;

export type ChatKind = 'private' | 'group' | 'supergroup';

export interface ChatRef {
  id: number;
  type: ChatKind;
  title?: string;
}

export interface UserRef {
  id: number;
  languageCode?: string | undefined;
  firstName?: string;
}

const date = () => Math.floor(Date.now() / 1000);

export const userOf = (u: UserRef) => ({
  id: u.id,
  is_bot: false,
  first_name: u.firstName ?? `User${u.id}`,
  ...(u.languageCode ? { language_code: u.languageCode } : {}),
});

export const chatOf = (c: ChatRef) =>
  c.type === 'private'
    ? { id: c.id, type: 'private' as const, first_name: `User${c.id}` }
    : { id: c.id, type: c.type, title: c.title ?? 'Test group' };

/** A text message; text starting with "/" carries the bot_command entity telegraf matches on. */
export function messageUpdate(
  text: string,
  opts: { chat: ChatRef; from?: UserRef | undefined; extra?: Record<string, unknown> },
): Update {
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: date(),
      chat: chatOf(opts.chat),
      ...(opts.from ? { from: userOf(opts.from) } : {}),
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
      ...opts.extra,
    },
  } as unknown as Update;
}

/** A press on an inline button; `inline` makes it a button of an inline message (no chat, no message). */
export function callbackUpdate(
  data: string,
  opts: { chat: ChatRef; from: UserRef; messageId?: number; inline?: boolean },
): Update & { callback_query: { id: string } } {
  const id = `q${nextQueryId++}`;
  const where = opts.inline
    ? { inline_message_id: `inline-${id}` }
    : {
        message: {
          message_id: opts.messageId ?? 1,
          date: date(),
          chat: chatOf(opts.chat),
          text: '',
        },
      };
  return {
    update_id: nextUpdateId++,
    callback_query: { id, from: userOf(opts.from), chat_instance: String(opts.chat.id), data, ...where },
  } as unknown as Update & { callback_query: { id: string } };
}

/** The bot's own membership changed (blocked, unblocked, removed from or added to a group). */
export function myChatMemberUpdate(
  chat: ChatRef,
  from: number,
  oldStatus: string,
  newStatus: string,
): Update {
  const bot = { id: BOT_INFO.id, is_bot: true, first_name: BOT_INFO.first_name, username: BOT_INFO.username };
  return {
    update_id: nextUpdateId++,
    my_chat_member: {
      chat: chatOf(chat),
      from: userOf({ id: from }),
      date: date(),
      old_chat_member: { status: oldStatus, user: bot },
      new_chat_member: { status: newStatus, user: bot },
    },
  } as unknown as Update;
}

/** The service message a group sends when it becomes a supergroup. */
export function migrateUpdate(oldChatId: number, newChatId: number, from: number): Update {
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: date(),
      chat: chatOf({ id: oldChatId, type: 'group' }),
      from: userOf({ id: from }),
      migrate_to_chat_id: newChatId,
    },
  } as unknown as Update;
}

/** Any other update, numbered in the same sequence. */
export function rawUpdate(body: Record<string, unknown>): Update {
  return { update_id: nextUpdateId++, ...body } as unknown as Update;
}
