import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPTION_LIMIT, splitMessage, TEXT_LIMIT } from '../src/message-split.js';

const TAG = /<(\/?)([a-z]+)[^<>]*>/gi;

/** The tags left open at the end of an HTML piece (empty when it is balanced), or 'broken' for a stray '<' or '&'. */
function unbalanced(html: string): string[] | 'broken' {
  const open: string[] = [];
  for (const m of html.matchAll(TAG)) {
    if (m[1] === '/') {
      if (open.pop() !== m[2]) return 'broken';
    } else open.push(m[2] as string);
  }
  const rest = html.replace(TAG, '');
  if (rest.includes('<') || rest.includes('>')) return 'broken';
  if (/&(?!(?:amp|lt|gt|quot);)/.test(rest)) return 'broken';
  return open;
}
const visible = (html: string) => html.replace(TAG, '');
const noSpace = (s: string) => s.replace(/\s+/g, '');

describe('splitting a text at Telegram’s limits', () => {
  it('keeps a short text whole, trimmed', () => {
    expect(splitMessage('  ngắn \n')).toEqual(['ngắn']);
    expect(splitMessage('')).toEqual([]);
    expect(TEXT_LIMIT).toBe(4096);
    expect(CAPTION_LIMIT).toBe(1024);
  });

  it('cuts at blank lines: every piece within 4,096, the paragraphs whole and in order', () => {
    const para = 'Đại hội chi bộ. '.repeat(100).trim();
    const text = Array.from({ length: 10 }, () => para).join('\n\n');
    const pieces = splitMessage(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(4096);
    expect(pieces.join('\n\n')).toBe(text);
  });

  it('cuts a list between lines, not inside one', () => {
    const lines = Array.from(
      { length: 300 },
      (_, i) => `${i + 1}. Chi bộ Khu dân cư số ${i + 1}: chưa báo cáo`,
    );
    const text = lines.join('\n');
    const pieces = splitMessage(text);
    // Full pieces: only the last holds less than a line's worth short of the limit.
    expect(pieces.length).toBe(Math.ceil(text.length / (4096 - (lines[0] ?? '').length)));
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(4096);
    expect(pieces.flatMap((p) => p.split('\n'))).toEqual(lines);
  });

  it('cuts a text without breaks at spaces, never inside a word', () => {
    const text = 'nhiệm kỳ '.repeat(1000).trim();
    const pieces = splitMessage(text, { max: 100 });
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(100);
      expect(p.startsWith('nhiệm')).toBe(true);
    }
  });

  it('cuts a single over-long word where it must, never inside a surrogate pair', () => {
    const pieces = splitMessage('🗳'.repeat(3000));
    expect(pieces.map((p) => p.length)).toEqual([4096, 1904]);
    expect(pieces.join('')).toBe('🗳'.repeat(3000));
    const odd = splitMessage(`x${'🗳'.repeat(10)}`, { max: 4 });
    for (const p of odd) expect(p).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    expect(odd.join('')).toBe(`x${'🗳'.repeat(10)}`);
  });

  it('keeps captions to 1,024', () => {
    const pieces = splitMessage('Danh sách chi bộ. '.repeat(200), { max: CAPTION_LIMIT });
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(CAPTION_LIMIT);
  });

  it('closes a <pre> table at the cut and opens it again in the next piece, spaces kept', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `Phường ${String(i).padStart(3)}   12    3    0`);
    const html = `<b>Thống kê</b>\n<pre>${rows.join('\n')}</pre>\nChú thích &amp; nguồn`;
    const pieces = splitMessage(html, { html: true });
    expect(pieces.length).toBe(2);
    expect(pieces[0]?.endsWith('</pre>')).toBe(true);
    expect(pieces[1]?.startsWith('<pre>')).toBe(true);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(4096);
      expect(unbalanced(p)).toEqual([]);
    }
    // Every row whole, its alignment intact, in order.
    const shown = pieces.map(visible).join('\n').split('\n');
    expect(shown.filter((l) => l.startsWith('Phường'))).toEqual(rows);
  });

  it('never cuts inside a tag or an entity, and reopens a link with its address', () => {
    const word = '<a href="https://example.org/a?b=1&amp;c=2">tài liệu</a> &lt;Điều 5&gt;';
    const html = Array.from({ length: 30 }, () => word).join(' ');
    const wrapped = `<b>${html}</b>`;
    const pieces = splitMessage(wrapped, { max: 300, html: true });
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(300);
      expect(unbalanced(p)).toEqual([]);
      expect(p.startsWith('<b>')).toBe(true);
    }
    expect(noSpace(pieces.map(visible).join(''))).toBe(noSpace(visible(wrapped)));
  });

  it('for any text: pieces within the limit, nothing lost or reordered but the whitespace at cuts', () => {
    const chunk = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom('\n', '\n\n', ' ', 'Chi bộ', '🗳🗳', 'x'.repeat(200)),
    );
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 80 }), fc.integer({ min: 8, max: 400 }), (parts, max) => {
        const text = parts.join('');
        const pieces = splitMessage(text, { max });
        for (const p of pieces) expect(p.length).toBeLessThanOrEqual(max);
        expect(noSpace(pieces.join(''))).toBe(noSpace(text));
      }),
      { numRuns: 300 },
    );
  });

  it('for any HTML of ours (<b>, <i>, <code>, <pre>, entities): every piece balanced and within the limit', () => {
    const leaf = fc.oneof(
      fc.stringMatching(/^[a-zA-Z0-9 ăâêôơưđ.,\n]{0,40}$/),
      fc.constantFrom('&amp;', '&lt;', '&gt;', '&quot;', '\n\n', ' '),
    );
    const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc
          .tuple(fc.constantFrom('b', 'i', 'code', 'pre'), fc.array(tie('node'), { maxLength: 4 }))
          .map(([t, kids]) => `<${t}>${kids.join('')}</${t}>`),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(node, { maxLength: 30 }), fc.integer({ min: 120, max: 500 }), (nodes, max) => {
        const html = nodes.join('');
        const pieces = splitMessage(html, { max, html: true });
        for (const p of pieces) {
          expect(p.length).toBeLessThanOrEqual(max);
          expect(unbalanced(p)).toEqual([]);
        }
        expect(noSpace(pieces.map(visible).join(''))).toBe(noSpace(visible(html)));
      }),
      { numRuns: 300 },
    );
  });
});
