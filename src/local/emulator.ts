import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'telegraf/types';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { parseParams, readBody } from './bot-api-params.js';
import { EmulatedChat } from './emulated-chat.js';

export type { EmulatedChat };

/**
 * A local Bot API for `npm run local` and the end-to-end tests: telegram-test-api (the emulator on
 * npm) behind a small front of ours. The front adds what the emulator lacks and the bot needs:
 * long polling for getUpdates (the emulator answers at once, so a poller would spin),
 * getChatMember with configurable statuses, setMyCommands, sendDocument and sendPhoto (kept for inspection),
 * a record of every call, and per-method overrides so a test can make a call fail.
 */

const WEBHOOK_ANSWER_HEADER = 'x-emulator-webhook-answer';

export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  at: number;
  /** True when the call came in the bot's answer to a webhook POST, not as an API request. */
  inWebhookAnswer?: boolean;
}

export type ApiReply =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: Record<string, unknown> };

/** Returns a reply to send instead of the default handling, or undefined to go on as usual. */
export type Override = (
  params: Record<string, unknown>,
  method: string,
) => ApiReply | undefined | Promise<ApiReply | undefined>;

export type MemberStatus = 'creator' | 'administrator' | 'member' | 'restricted' | 'left' | 'kicked';

export interface SentDocument {
  chatId: string;
  filename: string;
  content: Buffer;
  caption?: string;
}

export interface BotMessage {
  messageId: number;
  chatId: string;
  text: string;
  buttons: InlineKeyboardButton[][];
  /** 'HTML' when the bot sent Telegram HTML. */
  parseMode?: string;
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export const freePort = async (): Promise<number> => {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((r) => probe.close(r));
  return port;
};

export class Emulator {
  readonly calls: ApiCall[] = [];
  readonly documents: SentDocument[] = [];
  readonly overrides = new Map<string, Override>();
  readonly members = new Map<string, MemberStatus>();
  readonly commandMenus: Array<Record<string, unknown>> = [];
  /** Set by the bot's setWebhook: updates are then POSTed there with the secret header, as Telegram does. */
  webhook: { url: string; secret?: string } | undefined;
  private userId = 100;
  /** getUpdates requests so far, and the number of the one that last handed the bot updates. */
  private polls = 0;
  private deliveredAtPoll = 0;

  private constructor(
    readonly inner: TelegramServer,
    private readonly front: Server,
    readonly apiRoot: string,
    readonly token: string,
  ) {}

  static async start(opts: { token?: string; port?: number } = {}): Promise<Emulator> {
    const innerPort = await freePort();
    // storeTimeout: keep every message for the whole run (the default drops them after 60 s).
    const inner = new TelegramServer({ port: innerPort, host: '127.0.0.1', storeTimeout: 24 * 3600 });
    await inner.start();
    let emulator: Emulator | undefined;
    const front = createServer((req, res) => {
      if (!emulator) return void res.writeHead(503).end();
      emulator.handle(req, res).catch((err: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error_code: 500, description: String(err) }));
      });
    });
    front.listen(opts.port ?? 0, '127.0.0.1');
    await once(front, 'listening');
    const { port } = front.address() as AddressInfo;
    emulator = new Emulator(inner, front, `http://127.0.0.1:${port}`, opts.token ?? '123456:TEST-token');
    return emulator;
  }

  async stop(): Promise<void> {
    this.front.closeAllConnections();
    await new Promise((r) => this.front.close(r));
    await this.inner.stop();
  }

  /** Sets what getChatMember answers for a user in a chat. */
  setMember(chatId: number, userId: number, status: MemberStatus): void {
    this.members.set(`${chatId}:${userId}`, status);
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** A chat to type into, as a user of the given id. Group chats have negative ids. */
  chat(
    opts: {
      chatId?: number;
      userId?: number;
      type?: 'private' | 'group' | 'supergroup';
      languageCode?: string;
      firstName?: string;
      title?: string;
    } = {},
  ): EmulatedChat {
    const userId = opts.userId ?? this.userId++;
    return new EmulatedChat(this, {
      chatId: opts.chatId ?? userId,
      userId,
      type: opts.type ?? 'private',
      languageCode: opts.languageCode,
      firstName: opts.firstName ?? `User${userId}`,
      title: opts.title ?? 'Test group',
    });
  }

  /** Every message the bot sent to a chat, edits applied, oldest first. */
  messagesTo(chatId: number | string): BotMessage[] {
    return this.inner.storage.botMessages
      .filter((m) => String(m.message.chat_id) === String(chatId))
      .map((m) => toBotMessage(m.messageId, m.message as unknown as Record<string, unknown>));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    const body = await readBody(req);
    if (!match) return this.forward(req, res, body);
    const method = match[2] as string;
    const params = await parseParams(req, body, url);
    this.calls.push({
      method,
      params,
      at: Date.now(),
      ...(req.headers[WEBHOOK_ANSWER_HEADER] ? { inWebhookAnswer: true } : {}),
    });

    const override = this.overrides.get(method);
    const custom = override ? await override(params, method) : undefined;
    if (custom) return reply(res, custom);

    switch (method) {
      case 'getUpdates':
        return this.longPoll(match[1] as string, params, res, ++this.polls);
      case 'getChatMember': {
        const status = this.members.get(`${String(params.chat_id)}:${String(params.user_id)}`) ?? 'member';
        return reply(res, {
          ok: true,
          result: { status, user: { id: Number(params.user_id), is_bot: false, first_name: 'U' } },
        });
      }
      case 'setMyCommands':
        this.commandMenus.push(params);
        return reply(res, { ok: true, result: true });
      case 'setWebhook':
        this.webhook = {
          url: String(params.url),
          ...(params.secret_token ? { secret: String(params.secret_token) } : {}),
        };
        return reply(res, { ok: true, result: true });
      case 'deleteWebhook':
        this.webhook = undefined;
        return reply(res, { ok: true, result: true });
      case 'deleteMyCommands':
      case 'setChatMenuButton':
        return reply(res, { ok: true, result: true });
      case 'sendDocument':
      case 'sendPhoto': {
        // A photo (the /thongke chart) is kept with the documents, under its file name.
        const field = method === 'sendPhoto' ? 'photo' : 'document';
        const doc = params[field] as { filename: string; content: Buffer } | undefined;
        if (!doc)
          return reply(res, {
            ok: false,
            error_code: 400,
            description: `Bad Request: there is no ${field} in the request`,
          });
        this.documents.push({
          chatId: String(params.chat_id),
          filename: doc.filename,
          content: doc.content,
          ...(params.caption ? { caption: String(params.caption) } : {}),
        });
        return reply(res, {
          ok: true,
          result: {
            message_id: 1_000_000 + this.documents.length,
            date: Math.floor(Date.now() / 1000),
            chat: { id: Number(params.chat_id), type: 'private' },
            document: { file_id: 'doc', file_unique_id: 'doc', file_name: doc.filename },
          },
        });
      }
      case 'editMessageText': {
        // The emulator answers null; Bot API answers the edited message (or true for inline messages).
        await this.forward(req, undefined, Buffer.from(JSON.stringify(stripFiles(params))), method);
        return reply(res, { ok: true, result: true });
      }
      default:
        return this.forward(req, res, Buffer.from(JSON.stringify(stripFiles(params))), method);
    }
  }

  /** In webhook mode, delivers pending user updates to the bot's webhook; returns the HTTP statuses. */
  async pushWebhook(): Promise<number[]> {
    const hook = this.webhook;
    if (!hook) return [];
    const statuses: number[] = [];
    for (const update of this.inner.getUpdates(this.token)) {
      const res = await fetch(hook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(hook.secret ? { 'x-telegram-bot-api-secret-token': hook.secret } : {}),
        },
        body: JSON.stringify(update),
      });
      statuses.push(res.status);
      // As Telegram does: a method call in the webhook's answer is carried out.
      const answer = (await res.json().catch(() => undefined)) as { method?: string } | undefined;
      if (res.ok && typeof answer?.method === 'string') {
        const { method, ...params } = answer;
        await fetch(`${this.apiRoot}/bot${this.token}/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [WEBHOOK_ANSWER_HEADER]: '1' },
          body: JSON.stringify(params),
        });
      }
    }
    return statuses;
  }

  /**
   * Resolves true once the bot has handled every update sent so far, false after `timeoutMs`. A
   * polling bot (telegraf) asks for more only when the handlers of the last batch are done, so
   * the signal is a getUpdates after the one that took the last update; in webhook mode an update
   * is handled when `pushWebhook` returns.
   */
  async settled(timeoutMs = 10_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.webhook) return true;
      const unread = this.inner.storage.userMessages.some((u) => u.botToken === this.token && !u.isRead);
      if (!unread && this.polls > this.deliveredAtPoll) return true;
      if (Date.now() > deadline) return false;
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /**
   * getUpdates as a long poll. Updates are taken (and marked read) only while the poller is still
   * connected: a poller that went away (a bot stopped or killed mid-poll) must not swallow the
   * next update, which its successor would then never see.
   */
  private async longPoll(
    token: string,
    params: Record<string, unknown>,
    res: ServerResponse,
    poll: number,
  ): Promise<void> {
    const timeoutMs = Math.min(Number(params.timeout ?? 0), 10) * 1000;
    const deadline = Date.now() + timeoutMs;
    let gone = false;
    res.once('close', () => {
      gone = true;
    });
    for (;;) {
      if (gone || res.destroyed) return;
      const updates = this.inner.getUpdates(token);
      if (updates.length > 0) this.deliveredAtPoll = Math.max(this.deliveredAtPoll, poll);
      if (updates.length > 0 || Date.now() >= deadline) return reply(res, { ok: true, result: updates });
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          res.off('close', wake);
          this.inner
            .off('AddedUserMessage', wake)
            .off('AddedUserCommand', wake)
            .off('AddedUserCallbackQuery', wake);
          resolve();
        };
        const timer = setTimeout(wake, Math.max(0, deadline - Date.now()));
        timer.unref();
        res.once('close', wake);
        this.inner
          .on('AddedUserMessage', wake)
          .on('AddedUserCommand', wake)
          .on('AddedUserCallbackQuery', wake);
      });
    }
  }

  private async forward(
    req: IncomingMessage,
    res: ServerResponse | undefined,
    body: Buffer,
    method?: string,
  ): Promise<void> {
    const target = `${this.inner.config.apiURL}${req.url ?? '/'}`;
    const response = await fetch(target, {
      method: req.method ?? 'POST',
      headers: { 'content-type': 'application/json' },
      ...(req.method === 'GET' ? {} : { body }),
    });
    const text = await response.text();
    if (!res) return;
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      json = {};
    }
    // The emulator reports unknown methods as {message}; answer in the Bot API's own shape.
    if (json.ok === undefined) {
      return reply(res, {
        ok: false,
        error_code: 404,
        description: `Not Found: method ${method ?? '?'} is not supported by the emulator`,
      });
    }
    res.writeHead(response.status, { 'content-type': 'application/json' }).end(text);
  }
}

function reply(res: ServerResponse, body: ApiReply): void {
  const status = body.ok ? 200 : body.error_code;
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function stripFiles(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).filter(([, v]) => !(v && typeof v === 'object' && 'content' in v)),
  );
}

function toBotMessage(messageId: number, m: Record<string, unknown>): BotMessage {
  const markup = m.reply_markup as InlineKeyboardMarkup | undefined;
  return {
    messageId,
    chatId: String(m.chat_id),
    text: String(m.text ?? ''),
    buttons: markup?.inline_keyboard ?? [],
    ...(typeof m.parse_mode === 'string' ? { parseMode: m.parse_mode } : {}),
  };
}
