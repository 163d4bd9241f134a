import type { DeliveryEvents } from './sender.js';

type Handler<K extends keyof DeliveryEvents> = NonNullable<DeliveryEvents[K]>;

/**
 * Where other modules hear about deliveries: units mark a chat inactive when it is gone and
 * follow a group to its supergroup. Several listeners per event, added at any time; the Sender is
 * given `events`, which calls them in the order they were added.
 */
export class DeliveryHooks {
  readonly #handlers: { [K in keyof DeliveryEvents]-?: Array<Handler<K>> } = {
    onChatGone: [],
    onChatMigrated: [],
    onSent: [],
  };

  /** Adds a listener; returns the function that removes it. */
  on<K extends keyof DeliveryEvents>(name: K, handler: Handler<K>): () => void {
    const list = this.#handlers[name] as Array<Handler<K>>;
    list.push(handler);
    return () => {
      const i = list.indexOf(handler);
      if (i >= 0) list.splice(i, 1);
    };
  }

  /** For the Sender. Every listener runs even if one fails; the failures are thrown together. */
  readonly events: Required<DeliveryEvents> = {
    onChatGone: (chatId, reason) => this.#all(this.#handlers.onChatGone, (h) => h(chatId, reason)),
    onChatMigrated: (from, to) => this.#all(this.#handlers.onChatMigrated, (h) => h(from, to)),
    onSent: (item) => this.#all(this.#handlers.onSent, (h) => h(item)),
  };

  async #all<H>(handlers: H[], call: (h: H) => Promise<void> | void): Promise<void> {
    const errors: unknown[] = [];
    for (const h of [...handlers]) {
      try {
        await call(h);
      } catch (err) {
        errors.push(err);
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, 'delivery listeners failed');
  }
}
