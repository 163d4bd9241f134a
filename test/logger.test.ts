import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

describe('logger', () => {
  it('scrubs the bot token from every line, whatever field carries it', async () => {
    const out = new PassThrough();
    let written = '';
    out.on('data', (d: Buffer) => {
      written += d.toString();
    });
    const logger = createLogger({ level: 'info', token: '55:TOKEN-xyz', destination: out });
    logger.error(
      { err: new Error('request to https://api.telegram.org/bot55:TOKEN-xyz/getMe failed') },
      'failed',
    );
    logger.info({ url: 'https://api.telegram.org/bot55:TOKEN-xyz/sendMessage' }, 'call');
    await new Promise((r) => setImmediate(r));
    expect(written).toContain('bot<BOT_TOKEN>/getMe');
    expect(written).toContain('bot<BOT_TOKEN>/sendMessage');
    expect(written).not.toContain('TOKEN-xyz');
  });
});
