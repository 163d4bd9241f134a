import {
  isAuthDateInvalidError,
  isExpiredError,
  isSignatureInvalidError,
  isSignatureMissingError,
  parse,
  validate,
} from '@telegram-apps/init-data-node';
import { resolveLang } from '../bot/language.js';
import type { Lang } from '../i18n/index.js';
import type { Scope } from '../orgs/rules.js';
import { type AccessDeps, staffScope } from '../staff/access.js';

/** Telegram's init data of a Web App is a few hundred bytes; anything far longer is not from it. */
export const MAX_INIT_DATA = 4096;
/** Refused when older than this (Telegram stamps auth_date when it opens the Web App). */
export const INIT_DATA_MAX_AGE_S = 24 * 60 * 60;

export interface Caller {
  userId: number;
  firstName: string;
  lang: Lang;
  scope: Scope;
}

export type Refusal = 'missing' | 'malformed' | 'forged' | 'expired' | 'not-staff';

export type Authenticated =
  | { ok: true; caller: Caller }
  | { ok: false; status: 401 | 403; error: Refusal; userId?: number };

export interface AuthOptions {
  token: string;
  access: AccessDeps;
  /** The language the user chose with /ngonngu in their private chat with the bot (its id is theirs). */
  chosenLang(userId: number): Promise<Lang | undefined>;
}

const refuse = (error: Exclude<Refusal, 'not-staff'>): Authenticated => ({ ok: false, status: 401, error });

/** The signature, then the age; only then is anything in the init data read. */
function check(raw: string, token: string): Authenticated | undefined {
  try {
    // The library compares auth_date with real time, as Telegram stamps it: a rehearsal clock
    // (BOT_CLOCK) must not make a fresh Web App session look expired or an old one fresh.
    validate(raw, token, { expiresIn: INIT_DATA_MAX_AGE_S });
    return undefined;
  } catch (err) {
    if (isExpiredError(err)) return refuse('expired');
    if (isSignatureInvalidError(err)) return refuse('forged');
    if (isSignatureMissingError(err) || isAuthDateInvalidError(err)) return refuse('malformed');
    return refuse('malformed');
  }
}

/**
 * The `Authorization: tma <init data>` header of a dashboard API call: validated with the bot
 * token (signature, then no older than 24 hours), then the same staff decision as the chat
 * commands (staff/access.ts). Nothing else of the request is read before this passes.
 */
export async function authenticate(header: string | undefined, o: AuthOptions): Promise<Authenticated> {
  // HTTP drops trailing spaces: "tma " arrives as "tma".
  if (header === undefined || header.trim() === '' || header.trim() === 'tma') return refuse('missing');
  if (header.length > MAX_INIT_DATA + 4 || !header.startsWith('tma ')) return refuse('malformed');
  const raw = header.slice(4).trim();
  if (raw === '') return refuse('missing');
  const failed = check(raw, o.token);
  if (failed) return failed;
  let user: { id: number; first_name: string; language_code?: string | undefined } | undefined;
  try {
    user = parse(raw).user;
  } catch {
    return refuse('malformed');
  }
  if (!user || !Number.isSafeInteger(user.id) || user.id <= 0) return refuse('malformed');
  const scope = await staffScope(o.access, user.id);
  if (!scope) return { ok: false, status: 403, error: 'not-staff', userId: user.id };
  const lang = resolveLang(await o.chosenLang(user.id), user.language_code);
  return { ok: true, caller: { userId: user.id, firstName: user.first_name, lang, scope } };
}
