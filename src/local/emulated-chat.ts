import type { BotMessage, Emulator } from './emulator.js';

/** One user in one chat of the emulator: sends text and presses buttons, reads the bot's replies. */
export class EmulatedChat {
  private seen = 0;
  constructor(
    private readonly emulator: Emulator,
    readonly info: {
      chatId: number;
      userId: number;
      type: 'private' | 'group' | 'supergroup';
      languageCode: string | undefined;
      firstName: string;
      title: string;
    },
  ) {
    this.seen = emulator.messagesTo(info.chatId).length;
  }

  get chatId(): number {
    return this.info.chatId;
  }

  private client() {
    const { chatId, userId, type, firstName, title } = this.info;
    return this.emulator.inner.getClient(this.emulator.token, {
      chatId,
      userId,
      type,
      firstName,
      chatTitle: title,
    });
  }

  private from(): Record<string, unknown> {
    return this.info.languageCode ? { from: { language_code: this.info.languageCode } } : {};
  }

  /** Sends text as this user; text starting with / is sent as a command. */
  async send(text: string, extra: Record<string, unknown> = {}): Promise<void> {
    const client = this.client();
    if (text.startsWith('/')) {
      await this.emulator.inner.addUserCommand(
        client.makeCommand(text, { ...this.from(), ...extra }) as never,
      );
    } else {
      await this.emulator.inner.addUserMessage(
        client.makeMessage(text, { ...this.from(), ...extra }) as never,
      );
    }
    await this.emulator.pushWebhook();
  }

  /** Presses a button of a bot message by its label (exact or a part of it) or sends raw callback data. */
  async press(label: string | { data: string; messageId?: number }): Promise<void> {
    let data: string;
    let messageId: number | undefined;
    if (typeof label === 'string') {
      const found = this.findButton(label);
      if (!found)
        throw new Error(
          `no button "${label}" in chat ${this.chatId}; buttons: ${this.allButtons()
            .map((b) => b.text)
            .join(' | ')}`,
        );
      data = found.data;
      messageId = found.messageId;
    } else {
      data = label.data;
      messageId = label.messageId;
    }
    const client = this.client();
    const query = client.makeCallbackQuery(data, {
      ...this.from(),
      message: { message_id: messageId ?? 1, date: Math.floor(Date.now() / 1000), text: '' },
    });
    await this.emulator.inner.addUserCallback(query as never);
    await this.emulator.pushWebhook();
  }

  private allButtons(): Array<{ text: string; data: string; messageId: number }> {
    return this.emulator
      .messagesTo(this.chatId)
      .reverse()
      .flatMap((m) =>
        m.buttons
          .flat()
          .flatMap((b) =>
            'callback_data' in b ? [{ text: b.text, data: b.callback_data, messageId: m.messageId }] : [],
          ),
      );
  }

  private findButton(label: string) {
    const all = this.allButtons();
    return all.find((b) => b.text === label) ?? all.find((b) => b.text.includes(label));
  }

  /** Every bot message in this chat so far. */
  messages(): BotMessage[] {
    return this.emulator.messagesTo(this.chatId);
  }

  /** Waits for `count` new bot messages since the last read and returns them. */
  async replies(count = 1, timeoutMs = 5000): Promise<BotMessage[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const all = this.messages();
      if (all.length - this.seen >= count) {
        const fresh = all.slice(this.seen, this.seen + count);
        this.seen += count;
        return fresh;
      }
      if (Date.now() > deadline) {
        const got = all.slice(this.seen).map((m) => m.text);
        throw new Error(
          `chat ${this.chatId}: expected ${count} new bot message(s) within ${timeoutMs} ms, got ${got.length}: ${JSON.stringify(got)}`,
        );
      }
      await new Promise((r) => setTimeout(r, 15));
    }
  }

  /** The next bot message. */
  async reply(timeoutMs = 5000): Promise<BotMessage> {
    const [m] = await this.replies(1, timeoutMs);
    return m as BotMessage;
  }

  /** Waits until the bot has handled what was sent (see Emulator.settled), then returns the new messages. */
  async settled(timeoutMs = 10_000): Promise<BotMessage[]> {
    await this.emulator.settled(timeoutMs);
    const fresh = this.messages().slice(this.seen);
    this.seen += fresh.length;
    return fresh;
  }

  /** Waits a while and returns whatever new messages came (for asserting silence). */
  async quiet(ms = 400): Promise<BotMessage[]> {
    await new Promise((r) => setTimeout(r, ms));
    const fresh = this.messages().slice(this.seen);
    this.seen += fresh.length;
    return fresh;
  }
}
