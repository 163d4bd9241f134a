import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parseParams, readBody } from '../../src/local/bot-api-params.js';

/**
 * A fake Bot API that speaks sendMessage over HTTP and enforces Telegram's flood limits with
 * 429 + retry_after: about 30 messages a second per bot, one a second per private chat and 20 a
 * minute per group (negative chat id). Faults can be injected per chat. Point telegraf's client
 * at it: `new Telegram(token, { apiRoot: await fake.start() })`.
 */
export type ChatFault =
  /** 403 Forbidden: bot was blocked by the user. */
  | { kind: 'blocked' }
  /** 403 Forbidden: bot was kicked from the group chat. */
  | { kind: 'kicked' }
  /** 403 Forbidden: user is deactivated. */
  | { kind: 'deactivated' }
  /** 400 Bad Request: chat not found. */
  | { kind: 'chat-not-found' }
  /** Any other 400. */
  | { kind: 'bad-request'; description: string }
  /** 500, `times` times (for ever when unset), then normal. */
  | { kind: 'server-error'; times?: number }
  /** No answer at all, `times` times (for ever when unset), then normal. */
  | { kind: 'timeout'; times?: number }
  /** 400 with parameters.migrate_to_chat_id: the group became a supergroup. */
  | { kind: 'migrate'; to: number }
  /** 429 with this retry_after, `times` times, whatever the limits say. */
  | { kind: 'flood'; retryAfter: number; times?: number };

export interface FakeBotApiOptions {
  /** Accepted messages per second, bot-wide. Default 30. */
  globalPerSecond?: number;
  /** Minimum gap between two messages to one private chat. Default 1000 ms. */
  privateIntervalMs?: number;
  /** Messages per minute to one group. Default 20. */
  groupPerMinute?: number;
  /** Delay before each answer. Default 0. */
  latencyMs?: number;
  /** Methods besides sendMessage; without them every other method is a 404. */
  methods?: OtherMethods;
  /** The time the limits are counted on, in ms. Default performance.now (the delivery tests pass virtual time). */
  now?: () => number;
}

export interface Delivered {
  chatId: number;
  text: string;
  messageId: number;
  /** When accepted (`now`: performance.now() unless the fake was given another time). */
  at: number;
  replyMarkup?: unknown;
  parseMode?: string;
}

/** One request to the fake, whatever its method, with its parameters as parsed. */
export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
}

export type ApiReply =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: Record<string, unknown> };

/** Answers the methods other than sendMessage (the in-process harness gives the whole Bot API surface the bot uses). */
export interface OtherMethods {
  answer(method: string, params: Record<string, unknown>, api: FakeBotApi): Answer | undefined;
}

export interface Refusal {
  chatId: number;
  code: number;
  description: string;
  retryAfter?: number;
}

export interface Answer {
  status: number;
  body: unknown;
}

export const refuse = (code: number, description: string, parameters?: object): Answer => ({
  status: code,
  body: { ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) },
});

export class FakeBotApi {
  readonly delivered: Delivered[] = [];
  readonly refusals: Refusal[] = [];
  /** Every request, in order. */
  readonly calls: ApiCall[] = [];
  /** Per-method answers that replace the usual handling when they return a reply. */
  readonly overrides = new Map<string, (params: Record<string, unknown>) => ApiReply | undefined>();
  readonly #opts: Required<Omit<FakeBotApiOptions, 'methods' | 'now'>>;
  readonly #now: () => number;
  readonly #methods: OtherMethods | undefined;
  readonly #faults = new Map<number, ChatFault & { left?: number }>();
  /** Accepted times, oldest first; `#windowStart` skips the ones older than a second. */
  readonly #acceptedAt: number[] = [];
  #windowStart = 0;
  readonly #lastPrivate = new Map<number, number>();
  readonly #groupTimes = new Map<number, number[]>();
  #server: Server | undefined;
  #nextMessageId = 1;
  /** Requests per chat, answered or not. */
  readonly requests = new Map<number, number>();
  /** Calls that came over HTTP (the rest were answered in process: in-process-api.ts). */
  httpCalls = 0;
  /** Requests left without an answer (the `timeout` fault). */
  hanging = 0;

  constructor(opts: FakeBotApiOptions = {}) {
    this.#opts = {
      globalPerSecond: opts.globalPerSecond ?? 30,
      privateIntervalMs: opts.privateIntervalMs ?? 1000,
      groupPerMinute: opts.groupPerMinute ?? 20,
      latencyMs: opts.latencyMs ?? 0,
    };
    this.#methods = opts.methods;
    this.#now = opts.now ?? (() => performance.now());
  }

  get count429(): number {
    return this.refusals.filter((r) => r.code === 429).length;
  }

  inject(chatId: number, fault: ChatFault): void {
    this.#faults.set(chatId, { ...fault, ...('times' in fault ? { left: fault.times } : {}) });
  }

  heal(chatId: number): void {
    this.#faults.delete(chatId);
  }

  /** Texts delivered to one chat, in order. */
  textsFor(chatId: number): string[] {
    return this.delivered.filter((d) => d.chatId === chatId).map((d) => d.text);
  }

  /** Starts listening on a free local port; returns the apiRoot to give telegraf. */
  async start(port = 0): Promise<string> {
    const server = createServer((req, res) => {
      this.#handle(req, res).catch((err: unknown) => {
        res.writeHead(500).end(JSON.stringify({ ok: false, error_code: 500, description: String(err) }));
      });
    });
    // Telegram keeps idle connections open far longer than node's 5 s default; with 5 s a call made
    // after a slow step (a chart drawn on a loaded machine) reuses a socket the fake just closed.
    server.keepAliveTimeout = 120_000;
    this.#server = server;
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = url.pathname.split('/').pop() ?? '';
    const payload = await parseParams(req, await readBody(req), url);
    this.httpCalls++;
    const answer = await this.answer(method, payload);
    if (answer === 'hang') return; // the socket stays open until the client gives up or stop()
    this.#reply(res, answer);
  }

  /** One Bot API call, its parameters already parsed: what the fake answers ('hang': no answer). */
  async answer(method: string, payload: Record<string, unknown>): Promise<Answer | 'hang'> {
    this.calls.push({ method, params: payload });
    const override = this.overrides.get(method);
    const custom = override ? await override(payload) : undefined;
    if (custom)
      return custom.ok ? { status: 200, body: custom } : { status: custom.error_code, body: custom };
    if (method !== 'sendMessage')
      return this.#methods?.answer(method, payload, this) ?? refuse(404, 'Not Found: method not found');
    const chatId = Number(payload.chat_id);
    this.requests.set(chatId, (this.requests.get(chatId) ?? 0) + 1);
    if (!Number.isFinite(chatId) || typeof payload.text !== 'string' || payload.text === '')
      return refuse(400, 'Bad Request: message text is empty');
    // Telegram's length limit (tags counted: stricter than Telegram, which counts the parsed text).
    if (payload.text.length > 4096) {
      this.refusals.push({ chatId, code: 400, description: 'Bad Request: message is too long' });
      return refuse(400, 'Bad Request: message is too long');
    }
    if (this.#opts.latencyMs > 0) await new Promise((r) => setTimeout(r, this.#opts.latencyMs));

    const answer = this.#decide(chatId, payload.text, payload.reply_markup, payload.parse_mode);
    if (answer === 'hang') {
      this.hanging++;
      return answer;
    }
    if (answer.status !== 200) {
      const body = answer.body as { description: string; parameters?: { retry_after?: number } };
      this.refusals.push({
        chatId,
        code: answer.status,
        description: body.description,
        ...(body.parameters?.retry_after !== undefined ? { retryAfter: body.parameters.retry_after } : {}),
      });
    }
    return answer;
  }

  /** A message id for anything else that posts a message (documents), in the same sequence. */
  nextMessageId(): number {
    return this.#nextMessageId++;
  }

  #decide(chatId: number, text: string, replyMarkup: unknown, parseMode: unknown): Answer | 'hang' {
    const fault = this.#faults.get(chatId);
    if (fault) {
      const answer = this.#fault(fault);
      if (fault.left !== undefined && --fault.left <= 0) this.#faults.delete(chatId);
      if (answer) return answer;
    }

    // Flood limits, as Telegram counts them: on accepted messages.
    const now = this.#now();
    while (
      this.#windowStart < this.#acceptedAt.length &&
      (this.#acceptedAt[this.#windowStart] ?? 0) <= now - 1000
    ) {
      this.#windowStart++;
    }
    if (this.#acceptedAt.length - this.#windowStart >= this.#opts.globalPerSecond) {
      return refuse(429, 'Too Many Requests: retry after 1', { retry_after: 1 });
    }
    if (chatId > 0) {
      const last = this.#lastPrivate.get(chatId);
      if (last !== undefined && now - last < this.#opts.privateIntervalMs) {
        const wait = Math.max(1, Math.ceil((this.#opts.privateIntervalMs - (now - last)) / 1000));
        return refuse(429, `Too Many Requests: retry after ${wait}`, { retry_after: wait });
      }
      this.#lastPrivate.set(chatId, now);
    } else {
      const times = (this.#groupTimes.get(chatId) ?? []).filter((t) => t > now - 60_000);
      this.#groupTimes.set(chatId, times);
      if (times.length >= this.#opts.groupPerMinute) {
        const wait = Math.max(1, Math.ceil(((times[0] ?? now) + 60_000 - now) / 1000));
        return refuse(429, `Too Many Requests: retry after ${wait}`, { retry_after: wait });
      }
      times.push(now);
    }
    this.#acceptedAt.push(now);

    const messageId = this.#nextMessageId++;
    this.delivered.push({
      chatId,
      text,
      messageId,
      at: now,
      ...(replyMarkup ? { replyMarkup } : {}),
      ...(typeof parseMode === 'string' ? { parseMode } : {}),
    });
    return {
      status: 200,
      body: {
        ok: true,
        result: {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: chatId, type: chatId > 0 ? 'private' : 'supergroup' },
          text,
        },
      },
    };
  }

  #fault(fault: ChatFault): Answer | 'hang' | undefined {
    switch (fault.kind) {
      case 'blocked':
        return refuse(403, 'Forbidden: bot was blocked by the user');
      case 'kicked':
        return refuse(403, 'Forbidden: bot was kicked from the group chat');
      case 'deactivated':
        return refuse(403, 'Forbidden: user is deactivated');
      case 'chat-not-found':
        return refuse(400, 'Bad Request: chat not found');
      case 'bad-request':
        return refuse(400, fault.description);
      case 'server-error':
        return refuse(500, 'Internal Server Error');
      case 'timeout':
        return 'hang';
      case 'migrate':
        return refuse(400, 'Bad Request: group chat was upgraded to a supergroup chat', {
          migrate_to_chat_id: fault.to,
        });
      case 'flood':
        return refuse(429, `Too Many Requests: retry after ${fault.retryAfter}`, {
          retry_after: fault.retryAfter,
        });
    }
  }

  #reply(res: ServerResponse, answer: Answer): void {
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
  }
}
