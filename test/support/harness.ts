import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { InlineKeyboardButton, Update } from 'telegraf/types';
import { type App, createApp } from '../../src/app.js';
import { registerMenu } from '../../src/bot/index.js';
import { ManualClock } from '../../src/clock.js';
import { type Config, parseConfig } from '../../src/config.js';
import { loadPack, type Pack } from '../../src/knowledge/pack.js';
import { createLogger, type Logger } from '../../src/logger.js';
import type { AuditEntry } from '../../src/staff/audit.js';
import { openStore, type Store } from '../../src/store/index.js';
import { type ApiCall, type Delivered, FakeBotApi } from './fake-bot-api.js';
import { connectInProcess, disconnectInProcess } from './in-process-api.js';
import { TelegramMethods } from './telegram-methods.js';
import { BOT_INFO, type ChatKind, callbackUpdate, messageUpdate, type UserRef } from './updates.js';

export const TOKEN = '123456:TEST-token';

/** Waits for `probe` to give something truthy; fails naming `what` after `timeoutMs` (a deadline, not a sleep). */
export async function until<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface HarnessOptions {
  /** Where the manual clock starts (an ISO instant). */
  clock: string;
  /** Environment variables on top of the harness's own (ADMIN_IDS, BROADCAST_CONFIRM_ABOVE, …). */
  env?: Record<string, string>;
  /** The Bot API over HTTP for every call (default: in process, uploads over HTTP; in-process-api.ts). */
  http?: boolean;
}

/**
 * The real app (`createApp`) in this process: a manual clock, a SQLite store in a temp folder, a
 * preset botInfo (no getMe), and a recording Bot API (the limit-aware fake, with the flood limits
 * lifted for replies, answering telegraf's client in process: in-process-api.ts). Updates go in
 * through `bot.handleUpdate`, which resolves once the handler has finished: what a handler replies
 * is recorded by the time `send` or `press` returns.
 */
/** Parsed once per campaign file and worker (the pack is read-only): a harness starts in milliseconds. */
const packs = new Map<string, Pack>();
function packOf(config: Config): Pack {
  let pack = packs.get(config.campaign);
  if (!pack) {
    pack = loadPack(config.campaign);
    packs.set(config.campaign, pack);
  }
  return pack;
}

/**
 * createApp, then what start() does without the transport: the jobs' start-up runs (a reminder
 * pass, the sender, a staff pass); with manualJobs no timer runs them again, the tests do.
 */
async function bootApp(config: Config, clock: ManualClock, logger: Logger): Promise<App> {
  const app = await createApp(config, {
    clock,
    logger,
    botInfo: BOT_INFO,
    manualJobs: true,
    pack: packOf(config),
  });
  app.deps.staff.useApi(app.bot.telegram);
  await app.jobs.start();
  return app;
}

export class Harness {
  #nextUser = 1000;

  #config: Config | undefined;
  #logger: Logger | undefined;

  private constructor(
    public app: App,
    readonly api: FakeBotApi,
    readonly telegram: TelegramMethods,
    readonly clock: ManualClock,
    readonly dir: string,
    readonly storeUrl: string,
    /** Every log line the app wrote at warn or above, parsed. */
    readonly logs: Array<Record<string, unknown>>,
  ) {}

  static async start(opts: HarnessOptions): Promise<Harness> {
    const telegram = new TelegramMethods(BOT_INFO);
    // Replies are not paced by the bot (only the outbox is), and Telegram lets a short burst through.
    const api = new FakeBotApi({
      globalPerSecond: 1e6,
      privateIntervalMs: 0,
      groupPerMinute: 1e6,
      methods: telegram,
    });
    const apiRoot = await api.start();
    const dir = mkdtempSync(join(tmpdir(), 'daihoi-harness-'));
    const storeUrl = `sqlite://${join(dir, 'bot.sqlite')}`;
    const config = parseConfig({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      STORE_URL: storeUrl,
      LOG_LEVEL: 'warn',
      ...opts.env,
    });
    if (!opts.http) connectInProcess(config.apiRoot, api);
    const clock = new ManualClock(opts.clock);
    const logs: Array<Record<string, unknown>> = [];
    const destination = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString('utf8').split('\n'))
          if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const logger = createLogger({ level: 'warn', token: TOKEN, destination });
    const h = new Harness(await bootApp(config, clock, logger), api, telegram, clock, dir, storeUrl, logs);
    h.#config = config;
    h.#logger = logger;
    return h;
  }

  /** Stops the app as SIGTERM would and starts a new one on the same store at `at`: a restart. */
  async restart(at: string, config: Partial<Config> = {}): Promise<void> {
    await this.app.stop('restart');
    this.clock.set(at);
    // `config`: settings the new app runs with from now on (another campaign pack file, say).
    this.#config = { ...(this.#config as Config), ...config };
    this.app = await bootApp(this.#config, this.clock, this.#logger as Logger);
  }

  get deps() {
    return this.app.deps;
  }

  /** Pushes one update through the bot, as polling or the webhook would. */
  async push(update: Update): Promise<void> {
    await this.app.bot.handleUpdate(update);
  }

  /** A user in a chat. Without a chat id the chat is the user's private chat. */
  chat(
    opts: {
      userId?: number;
      chatId?: number;
      type?: ChatKind;
      languageCode?: string;
      firstName?: string;
      title?: string;
    } = {},
  ): TestChat {
    const userId = opts.userId ?? this.#nextUser++;
    const user: UserRef = {
      id: userId,
      languageCode: opts.languageCode,
      ...(opts.firstName ? { firstName: opts.firstName } : {}),
    };
    const type = opts.type ?? (opts.chatId !== undefined && opts.chatId < 0 ? 'group' : 'private');
    return new TestChat(
      this,
      { id: opts.chatId ?? userId, type, ...(opts.title ? { title: opts.title } : {}) },
      user,
    );
  }

  /** Every call the bot made to the Bot API with this method. */
  callsOf(method: string): ApiCall[] {
    return this.api.calls.filter((c) => c.method === method);
  }

  /** Messages in a chat, edits applied, oldest first. */
  messagesTo(chatId: number): Delivered[] {
    return this.api.delivered.filter((d) => d.chatId === chatId);
  }

  /** Log lines at warn or above (error-level ones mean an update failed). */
  errors(): Array<Record<string, unknown>> {
    return this.logs.filter((l) => Number(l.level) >= 50);
  }

  /** Waits until the outbox has nothing queued or in flight; the clock stays where it is. */
  async drained(timeoutMs = 10_000): Promise<void> {
    let done = false;
    void this.app.sender.idle().then(() => {
      done = true;
    });
    await until(() => done, 'the outbox to drain', timeoutMs);
  }

  /**
   * Delivers everything in the outbox, moving the clock forward (a quarter second every 50 ms
   * polled) while items wait on it: a retry after a 429 or a 5xx, a chat's spacing. Returns the
   * time the clock moved.
   */
  async deliverAll(timeoutMs = 20_000): Promise<number> {
    let done = false;
    void this.app.sender.idle().then(() => {
      done = true;
    });
    const deadline = Date.now() + timeoutMs;
    let moved = 0;
    await new Promise((r) => setImmediate(r));
    while (!done) {
      if (Date.now() > deadline) throw new Error(`the outbox did not drain within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
      if (done) break;
      this.clock.advance(250);
      moved += 250;
    }
    return moved;
  }

  /** One reminder pass at the clock's time, as the reminder job runs it; resolves when it finished. */
  async reminderPass(): Promise<void> {
    if (!(await this.app.jobs.run('reminders'))) throw new Error('the reminder pass did not run');
  }

  /** One staff pass (due scheduled broadcasts, progress, acknowledgements, the digest) at the clock's time. */
  async staffPass(): Promise<void> {
    if (!(await this.app.jobs.run('staff'))) throw new Error('the staff pass did not run');
  }

  /** Registers the command menus as start-up does. */
  registerMenu(): Promise<void> {
    return registerMenu(this.app.bot, this.deps);
  }

  async audit(): Promise<AuditEntry[]> {
    return this.deps.staff.audit.all();
  }

  /** A second handle on the store file, to read what the bot wrote. */
  openStore(): Promise<Store> {
    return openStore(this.storeUrl);
  }

  async stop(): Promise<void> {
    await this.app.stop('test done');
    disconnectInProcess(this.app.deps.config.apiRoot);
    await this.api.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface Pressed {
  /** The text of the bot's answerCallbackQuery, '' when it answered without text. */
  answer: string | undefined;
  showAlert: boolean;
}

/** One user in one chat: sends text, presses buttons, reads the bot's messages to the chat. */
export class TestChat {
  #seen: number;

  constructor(
    readonly h: Harness,
    readonly chat: { id: number; type: ChatKind; title?: string },
    readonly user: UserRef,
  ) {
    this.#seen = h.messagesTo(chat.id).length;
  }

  get chatId(): number {
    return this.chat.id;
  }

  get userId(): number {
    return this.user.id;
  }

  /** Sends a message (a command when it starts with "/") and waits for the bot to finish with it. */
  async send(text: string, opts: { noFrom?: boolean; extra?: Record<string, unknown> } = {}): Promise<void> {
    await this.h.push(
      messageUpdate(text, {
        chat: this.chat,
        from: opts.noFrom ? undefined : this.user,
        ...(opts.extra ? { extra: opts.extra } : {}),
      }),
    );
  }

  /** Sends and returns the text of the one reply. */
  async say(text: string): Promise<string> {
    await this.send(text);
    return (await this.reply()).text;
  }

  /** Presses a button of a bot message in this chat, by its label (exact, else a part) or by raw data. */
  async press(label: string | { data: string; messageId?: number; inline?: boolean }): Promise<Pressed> {
    let data: string;
    let messageId: number | undefined;
    if (typeof label === 'string') {
      const found = this.#findButton(label);
      if (!found)
        throw new Error(
          `no button "${label}" in chat ${this.chatId}; buttons: ${this.#buttons()
            .map((b) => b.text)
            .join(' | ')}`,
        );
      ({ data, messageId } = found);
    } else {
      ({ data, messageId } = label);
    }
    const update = callbackUpdate(data, {
      chat: this.chat,
      from: this.user,
      ...(messageId !== undefined ? { messageId } : {}),
      ...(typeof label !== 'string' && label.inline ? { inline: true } : {}),
    });
    await this.h.push(update);
    const call = this.h
      .callsOf('answerCallbackQuery')
      .find((c) => c.params.callback_query_id === update.callback_query.id);
    return {
      answer: call ? String(call.params.text ?? '') : undefined,
      showAlert: call?.params.show_alert === true,
    };
  }

  /** Every bot message in this chat, edits applied. */
  messages(): Delivered[] {
    return this.h.messagesTo(this.chatId);
  }

  /** The next `count` bot messages not read yet; waits (with a deadline) for outbox deliveries. */
  async replies(count = 1, timeoutMs = 5_000): Promise<Delivered[]> {
    await until(
      () => this.messages().length - this.#seen >= count,
      `${count} new message(s) in chat ${this.chatId}; got ${JSON.stringify(
        this.messages()
          .slice(this.#seen)
          .map((m) => m.text),
      )}`,
      timeoutMs,
    );
    const fresh = this.messages().slice(this.#seen, this.#seen + count);
    this.#seen += count;
    return fresh;
  }

  async reply(timeoutMs?: number): Promise<Delivered> {
    const [m] = await this.replies(1, timeoutMs);
    return m as Delivered;
  }

  /** The messages not read yet, without waiting: after `send` resolved, these are all the bot said. */
  unread(): Delivered[] {
    const fresh = this.messages().slice(this.#seen);
    this.#seen += fresh.length;
    return fresh;
  }

  #buttons(): Array<{ text: string; data: string; messageId: number }> {
    return this.messages()
      .reverse()
      .flatMap((m) => {
        const rows =
          (m.replyMarkup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined)?.inline_keyboard ??
          [];
        return rows
          .flat()
          .flatMap((b) =>
            'callback_data' in b ? [{ text: b.text, data: b.callback_data, messageId: m.messageId }] : [],
          );
      });
  }

  #findButton(label: string) {
    const all = this.#buttons();
    return all.find((b) => b.text === label) ?? all.find((b) => b.text.includes(label));
  }
}
