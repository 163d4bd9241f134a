/**
 * Telegram's length limits, and the one place a long text is cut to them. Lengths are counted in
 * UTF-16 code units, as JavaScript strings and Telegram both count them; for HTML the tags count
 * too, which keeps a piece under the limit whatever Telegram leaves of them.
 */
export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

export interface SplitOptions {
  /** Longest piece (default TEXT_LIMIT; CAPTION_LIMIT for a caption). */
  max?: number;
  /** The text is Telegram HTML: never cut inside a tag or an entity; tags open at a cut are closed and opened again. */
  html?: boolean;
}

interface OpenTag {
  name: string;
  /** The opening tag as written, attributes included: what the next piece starts with. */
  text: string;
}

type Kind = 'paragraph' | 'line' | 'space' | 'any';
interface Cut {
  at: number;
  /** Separator characters dropped at the cut (the blank line, the line break, the space). */
  skip: number;
  /** Tags open at the cut. */
  open: OpenTag[];
}

const ENTITY = /^&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/i;
const TAG = /^<(\/?)([a-z][a-z0-9-]*)[^<>]*>$/i;

const closing = (open: OpenTag[]) => open.reduce((n, t) => n + t.name.length + 3, 0);
const closeAll = (open: OpenTag[]) =>
  open
    .map((t) => `</${t.name}>`)
    .reverse()
    .join('');

/** The length of the indivisible piece at `i`: a tag or an entity in HTML, a surrogate pair, or one unit. */
function atomAt(text: string, i: number, html: boolean): number {
  const c = text[i];
  if (html && c === '<') {
    const end = text.indexOf('>', i);
    if (end > i && TAG.test(text.slice(i, end + 1))) return end + 1 - i;
  }
  if (html && c === '&') {
    const m = ENTITY.exec(text.slice(i, i + 12));
    if (m) return m[0].length;
  }
  const code = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** Applies one tag to the list of open tags. */
function applyTag(open: OpenTag[], tag: string): OpenTag[] {
  const m = TAG.exec(tag);
  if (!m) return open;
  const name = (m[2] as string).toLowerCase();
  if (m[1] !== '/') return [...open, { name, text: tag }];
  const at = open.map((t) => t.name).lastIndexOf(name);
  return at < 0 ? open : open.slice(0, at);
}

/**
 * Where to cut `rest` (which starts with the tags `open` still open) so that the piece, its
 * reopened tags and its closing tags fit in `max`: the last blank line in the second half of the
 * room, else the last line break there, else the last space, else as far as fits. Undefined when
 * all of `rest` fits.
 */
function findCut(rest: string, open: OpenTag[], max: number, html: boolean): Cut | undefined {
  const room = max - open.reduce((n, t) => n + t.text.length, 0);
  const best = new Map<Kind, Cut>();
  let tags = open;
  let i = 0;
  while (i < rest.length) {
    if (i + closing(tags) > room) break;
    if (i > 0) {
      const kind: Kind = rest.startsWith('\n\n', i)
        ? 'paragraph'
        : rest[i] === '\n'
          ? 'line'
          : rest[i] === ' '
            ? 'space'
            : 'any';
      const skip = kind === 'paragraph' ? 2 : kind === 'any' ? 0 : 1;
      best.set(kind, { at: i, skip, open: tags });
      if (kind !== 'any') best.set('any', { at: i, skip: 0, open: tags });
    }
    const n = atomAt(rest, i, html);
    if (html && n > 1 && rest[i] === '<') tags = applyTag(tags, rest.slice(i, i + n));
    i += n;
  }
  if (i >= rest.length && i + closing(tags) <= room) return undefined;
  const half = room / 2;
  for (const kind of ['paragraph', 'line'] as const) {
    const cut = best.get(kind);
    if (cut && cut.at >= half) return cut;
  }
  const fallback = best.get('space') ?? best.get('any');
  if (fallback) return fallback;
  // Not even one character fits beside the open tags (nesting deeper than a message can hold):
  // one atom, balanced, rather than no progress.
  const n = atomAt(rest, 0, html);
  return { at: n, skip: 0, open: n > 1 && rest[0] === '<' ? applyTag(open, rest.slice(0, n)) : open };
}

/**
 * Splits a text into messages of at most `max` characters: at a blank line where one falls in
 * the second half of the room, else at a line break, else at a space; a single word longer than
 * a message is cut where it must (never inside a surrogate pair). With `html`, never inside a tag
 * or an entity, and a tag open at a cut (<b>, <pre>, <a href>) is closed at the end of the piece
 * and opened again at the start of the next, so each piece is balanced on its own.
 */
export function splitMessage(text: string, opts: SplitOptions = {}): string[] {
  const max = opts.max ?? TEXT_LIMIT;
  const html = opts.html ?? false;
  const out: string[] = [];
  let open: OpenTag[] = [];
  let rest = text.trim();
  // Most replies: nothing to cut (a text that fits is balanced as it was written).
  if (rest.length <= max) return rest === '' ? [] : [rest];
  while (rest !== '') {
    const prefix = open.map((t) => t.text).join('');
    const cut = findCut(rest, open, max, html);
    if (!cut) {
      out.push(prefix + rest);
      break;
    }
    const piece = rest.slice(0, cut.at).trimEnd();
    if (piece !== '') out.push(prefix + piece + closeAll(cut.open));
    rest = rest.slice(cut.at + cut.skip).replace(/^\n+/, '');
    open = cut.open;
  }
  return out;
}
