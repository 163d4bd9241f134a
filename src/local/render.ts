/**
 * Telegram HTML (the subset the Bot API accepts: b, strong, i, em, u, ins, s, strike, del, code,
 * pre, a, tg-spoiler, blockquote) for a terminal: styled with ANSI escapes when `styled`, plain
 * otherwise; entities decoded either way. Unknown tags are dropped, their text kept.
 */
const STYLES: Record<string, [string, string]> = {
  b: ['\x1b[1m', '\x1b[22m'],
  strong: ['\x1b[1m', '\x1b[22m'],
  i: ['\x1b[3m', '\x1b[23m'],
  em: ['\x1b[3m', '\x1b[23m'],
  u: ['\x1b[4m', '\x1b[24m'],
  ins: ['\x1b[4m', '\x1b[24m'],
  s: ['\x1b[9m', '\x1b[29m'],
  strike: ['\x1b[9m', '\x1b[29m'],
  del: ['\x1b[9m', '\x1b[29m'],
  code: ['\x1b[36m', '\x1b[39m'],
  pre: ['\x1b[36m', '\x1b[39m'],
  'tg-spoiler': ['\x1b[7m', '\x1b[27m'],
};

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00A0' };

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

export function renderTelegramHtml(html: string, styled: boolean): string {
  let out = '';
  const links: string[] = [];
  for (const part of html.split(/(<\/?[a-z][a-z-]*(?:\s[^>]*)?>)/i)) {
    const tag = /^<(\/?)([a-z][a-z-]*)([^>]*)>$/i.exec(part);
    if (!tag) {
      out += decode(part);
      continue;
    }
    const [, closing, rawName, attrs] = tag as unknown as [string, string, string, string];
    const name = rawName.toLowerCase();
    if (name === 'a') {
      // The link's address follows its text, as a terminal cannot click.
      if (!closing) links.push(decode(/href\s*=\s*"([^"]*)"/i.exec(attrs)?.[1] ?? ''));
      else {
        const href = links.pop();
        if (href) out += ` (${href})`;
      }
      continue;
    }
    const style = STYLES[name];
    if (style && styled) out += closing ? style[1] : style[0];
  }
  return out;
}
