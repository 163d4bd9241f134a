import { instantAt, parseUserDay } from '../calendar.js';
import { TEXT_LIMIT } from '../message-split.js';

/** A broadcast is one message: Telegram's limit for a text. */
export const MAX_TEXT = TEXT_LIMIT;

export type ParsedBroadcast =
  | { ok: true; text: string; at?: Date }
  | {
      ok: false;
      error: 'empty' | 'too-long' | 'time-format' | 'time-impossible' | 'time-range' | 'time-past';
    };

const AT = /^\s*(lúc|luc|at)\s+/i;
const DATE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/;
const TIME = /^(\d{1,2})[:h](\d{2})$/i;

/**
 * Reads what follows /thongbao: the notice text, optionally preceded by a time to send it,
 * `lúc DD/MM/YYYY HH:mm` (or `at`, or the time before the date), in the bot's zone.
 */
export function parseBroadcastInput(input: string, timezone: string, now: Date): ParsedBroadcast {
  let rest = input;
  let at: Date | undefined;
  const head = AT.exec(rest);
  if (head) {
    rest = rest.slice(head[0].length);
    const words = /^(\S+)\s+(\S+)/.exec(rest);
    const [a, b] = [words?.[1] ?? '', words?.[2] ?? ''];
    const dateWord = DATE.test(a) ? a : DATE.test(b) ? b : undefined;
    const timeWord = TIME.test(a) ? a : TIME.test(b) ? b : undefined;
    if (!words || !dateWord || !timeWord) return { ok: false, error: 'time-format' };
    const day = parseUserDay(dateWord);
    const time = TIME.exec(timeWord);
    const hour = Number(time?.[1]);
    const minute = Number(time?.[2]);
    if ('error' in day && day.error === 'range') return { ok: false, error: 'time-range' };
    if ('error' in day || hour > 23 || minute > 59) return { ok: false, error: 'time-impossible' };
    at = instantAt(day.day, timezone, hour, minute);
    if (at.getTime() <= now.getTime()) return { ok: false, error: 'time-past' };
    rest = rest.slice(words[0].length);
  }
  const text = rest.trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (text.length > MAX_TEXT) return { ok: false, error: 'too-long' };
  return at ? { ok: true, text, at } : { ok: true, text };
}
