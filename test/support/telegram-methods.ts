import type { UserFromGetMe } from 'telegraf/types';
import { type Answer, type FakeBotApi, type OtherMethods, refuse } from './fake-bot-api.js';

export type MemberStatus = 'creator' | 'administrator' | 'member' | 'restricted' | 'left' | 'kicked';

export interface SentDocument {
  chatId: number;
  filename: string;
  content: Buffer;
  caption?: string;
  messageId: number;
}

const ok = (result: unknown): Answer => ({ status: 200, body: { ok: true, result } });

/**
 * The rest of the Bot API the bot uses, answered as Telegram does: edits change the recorded
 * message (and an edit that changes nothing is a 400, as on Telegram), getChatMember answers the
 * status a test set, documents are kept for inspection, menus are recorded.
 */
export class TelegramMethods implements OtherMethods {
  readonly members = new Map<string, MemberStatus>();
  readonly documents: SentDocument[] = [];
  /** Photos (sendPhoto with an uploaded file), as documents are kept. */
  readonly photos: SentDocument[] = [];
  readonly commandMenus: Array<Record<string, unknown>> = [];

  constructor(private readonly botInfo: UserFromGetMe) {}

  setMember(chatId: number, userId: number, status: MemberStatus): void {
    this.members.set(`${chatId}:${userId}`, status);
  }

  answer(method: string, params: Record<string, unknown>, api: FakeBotApi): Answer | undefined {
    switch (method) {
      case 'getMe':
        return ok(this.botInfo);
      case 'getChatMember': {
        const status = this.members.get(`${String(params.chat_id)}:${String(params.user_id)}`) ?? 'member';
        return ok({ status, user: { id: Number(params.user_id), is_bot: false, first_name: 'U' } });
      }
      case 'setMyCommands':
        this.commandMenus.push(params);
        return ok(true);
      case 'answerCallbackQuery':
      case 'deleteMyCommands':
      case 'setChatMenuButton':
      case 'setWebhook':
      case 'deleteWebhook':
      case 'sendChatAction':
      case 'deleteMessage':
        return ok(true);
      case 'editMessageText':
      case 'editMessageReplyMarkup':
        return this.#edit(method, params, api);
      case 'sendDocument':
        return this.#document(params, api);
      case 'sendPhoto':
        return this.#document(params, api, 'photo');
      default:
        return undefined;
    }
  }

  #edit(method: string, params: Record<string, unknown>, api: FakeBotApi): Answer {
    if (params.inline_message_id !== undefined) return ok(true);
    const chatId = Number(params.chat_id);
    const messageId = Number(params.message_id);
    const message = api.delivered.find((d) => d.chatId === chatId && d.messageId === messageId);
    if (!message) return refuse(400, 'Bad Request: message to edit not found');
    const text = method === 'editMessageText' ? String(params.text ?? '') : message.text;
    if (method === 'editMessageText' && text === '') return refuse(400, 'Bad Request: message text is empty');
    if (text.length > 4096) return refuse(400, 'Bad Request: MESSAGE_TOO_LONG');
    const markup = params.reply_markup;
    if (text === message.text && JSON.stringify(markup) === JSON.stringify(message.replyMarkup))
      return refuse(400, 'Bad Request: message is not modified');
    message.text = text;
    if (markup === undefined || (markup as { inline_keyboard?: unknown[] }).inline_keyboard?.length === 0)
      delete message.replyMarkup;
    else message.replyMarkup = markup;
    if (typeof params.parse_mode === 'string') message.parseMode = params.parse_mode;
    return ok({ message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: chatId }, text });
  }

  #document(
    params: Record<string, unknown>,
    api: FakeBotApi,
    field: 'document' | 'photo' = 'document',
  ): Answer {
    const doc = params[field] as { filename: string; content: Buffer } | undefined;
    if (!doc) return refuse(400, `Bad Request: there is no ${field} in the request`);
    if (String(params.caption ?? '').length > 1024)
      return refuse(400, 'Bad Request: message caption is too long');
    const chatId = Number(params.chat_id);
    const messageId = api.nextMessageId();
    (field === 'photo' ? this.photos : this.documents).push({
      chatId,
      filename: doc.filename,
      content: doc.content,
      messageId,
      ...(params.caption ? { caption: String(params.caption) } : {}),
    });
    return ok({
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: chatId > 0 ? 'private' : 'supergroup' },
      ...(field === 'photo'
        ? { photo: [{ file_id: 'photo', file_unique_id: 'photo', width: 1, height: 1 }] }
        : { document: { file_id: 'doc', file_unique_id: 'doc', file_name: doc.filename } }),
    });
  }
}
