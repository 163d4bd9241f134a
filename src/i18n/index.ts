import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'vi';

export const isLang = (x: unknown): x is Lang =>
  typeof x === 'string' && (LANGS as readonly string[]).includes(x);

export type MessageArgs = Record<string, FluentVariable>;

export interface I18n {
  t(lang: Lang, id: string, args?: MessageArgs): string;
  has(lang: Lang, id: string): boolean;
  ids(lang: Lang): string[];
}

/** Reads every locales/<lang>/*.ftl file (one file per feature) into one Fluent bundle per language. */
export function loadI18n(dir: string, onError: (msg: string) => void = () => {}): I18n {
  const bundles = new Map<Lang, FluentBundle>();
  const ids = new Map<Lang, string[]>();
  for (const lang of LANGS) {
    // No Unicode isolation marks: Telegram shows them as stray characters around numbers on some phones.
    const bundle = new FluentBundle(lang, { useIsolating: false });
    const langIds: string[] = [];
    const files = readdirSync(join(dir, lang))
      .filter((f) => f.endsWith('.ftl'))
      .sort();
    for (const file of files) {
      const resource = new FluentResource(readFileSync(join(dir, lang, file), 'utf8'));
      const errors = bundle.addResource(resource);
      for (const e of errors) throw new Error(`locales/${lang}/${file}: ${e.message}`);
      langIds.push(...resource.body.map((m) => m.id));
    }
    bundles.set(lang, bundle);
    ids.set(lang, langIds);
  }

  const bundleOf = (lang: Lang) => bundles.get(lang) as FluentBundle;
  return {
    t(lang, id, args) {
      const bundle = bundleOf(lang);
      const message = bundle.getMessage(id);
      if (!message?.value) {
        onError(`missing message ${lang}:${id}`);
        return id;
      }
      const errors: Error[] = [];
      const text = bundle.formatPattern(message.value, args, errors);
      for (const e of errors) onError(`message ${lang}:${id}: ${e.message}`);
      return text;
    },
    has: (lang, id) => Boolean(bundleOf(lang).getMessage(id)?.value),
    ids: (lang) => [...(ids.get(lang) ?? [])],
  };
}
