import { describe, expect, it } from 'vitest';
import { renderTelegramHtml } from '../../src/local/render.js';

describe('Telegram HTML in the terminal (npm run local)', () => {
  const html =
    '<b>Thống kê &amp; tổng</b>\n<pre>Loại ĐK\nCBTT  2</pre>\n<i>ghi chú</i> <code>/thongke</code> &lt;x&gt;';

  it('styles bold, italic, code and pre blocks with ANSI escapes and decodes entities', () => {
    expect(renderTelegramHtml(html, true)).toBe(
      '\x1b[1mThống kê & tổng\x1b[22m\n\x1b[36mLoại ĐK\nCBTT  2\x1b[39m\n\x1b[3mghi chú\x1b[23m \x1b[36m/thongke\x1b[39m <x>',
    );
  });

  it('prints no tags when the output is not a terminal', () => {
    expect(renderTelegramHtml(html, false)).toBe('Thống kê & tổng\nLoại ĐK\nCBTT  2\nghi chú /thongke <x>');
  });

  it('shows a link with its address, and keeps unknown tags out', () => {
    expect(
      renderTelegramHtml('<a href="https://x.vn/a?b=1&amp;c=2">văn bản</a> <blink>hi</blink>', false),
    ).toBe('văn bản (https://x.vn/a?b=1&c=2) hi');
  });

  it('leaves plain text with a lone < alone', () => {
    expect(renderTelegramHtml('2 < 3 và 5 > 4', false)).toBe('2 < 3 và 5 > 4');
  });
});
