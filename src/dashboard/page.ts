import { type I18n, LANGS } from '../i18n/index.js';

/** The page's words: every `dash-page-*` message, and the statuses as the charts name them. */
const PREFIXES: Array<[string, string]> = [
  ['dash-page-', ''],
  ['chart-status-', 'status-'],
];

/** Placeholders the page fills in itself (`{n}`), given to Fluent as their own names. */
const PLACEHOLDERS = { n: '{n}', total: '{total}', page: '{page}', pages: '{pages}', date: '{date}' };

export function pageStrings(i18n: I18n): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const lang of LANGS) {
    const words: Record<string, string> = {};
    for (const id of i18n.ids(lang))
      for (const [prefix, as] of PREFIXES)
        if (id.startsWith(prefix)) words[as + id.slice(prefix.length)] = i18n.t(lang, id, PLACEHOLDERS);
    out[lang] = words;
  }
  return out;
}

/**
 * The page with its words in it, both languages (it picks one once it knows the user): user-facing
 * text stays in locales/, and the page needs no API call before it can say that one was refused.
 */
export function pageHtml(template: Buffer, i18n: I18n): string {
  // `<` escaped: the JSON cannot close its script element.
  const json = JSON.stringify(pageStrings(i18n)).replaceAll('<', '\\u003c');
  return template.toString('utf8').replace('{"strings":"__STRINGS__"}', () => json);
}
