import { DEFAULT_LANG, isLang, type Lang } from '../i18n/index.js';

/** The chat's choice from /ngonngu, else the sender's Telegram language when vi or en, else vi. */
export function resolveLang(chosen: Lang | undefined, languageCode: string | undefined): Lang {
  if (chosen) return chosen;
  const base = languageCode?.toLowerCase().split('-')[0];
  return isLang(base) ? base : DEFAULT_LANG;
}
