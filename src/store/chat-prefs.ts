import type { Lang } from '../i18n/index.js';
import type { Collection, Store } from './index.js';

export interface ChatPrefs {
  lang?: Lang;
}

/** Per-chat preferences (the reply language chosen with /ngonngu). */
export class ChatPrefsRepo {
  readonly #items: Collection<ChatPrefs>;
  constructor(store: Store) {
    this.#items = store.collection<ChatPrefs>('chat-prefs', { cache: 50_000 });
  }
  async get(chatId: number): Promise<ChatPrefs> {
    return (await this.#items.get(String(chatId))) ?? {};
  }
  async setLang(chatId: number, lang: Lang): Promise<void> {
    const current = await this.get(chatId);
    await this.#items.set(String(chatId), { ...current, lang });
  }
}
