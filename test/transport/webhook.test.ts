import { request } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { PassThrough } from 'node:stream';
import type { Update } from 'telegraf/types';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { SECRET_HEADER, startWebhookServer, type WebhookServer } from '../../src/transport/webhook.js';

const SECRET = 'hook-secret_1';

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A webhook server on a free port, its log lines parsed, and the updates it handed on. */
async function serve() {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new PassThrough();
  sink.on('data', (d: Buffer) => {
    for (const l of d.toString().split('\n'))
      if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
  });
  const handled: Update[] = [];
  const hook = await startWebhookServer({
    path: '/tg/hook',
    secret: SECRET,
    port: 0,
    host: '127.0.0.1',
    logger: createLogger({ level: 'debug', destination: sink }),
    handleUpdate: async (update) => {
      handled.push(update);
    },
    health: async () => true,
  });
  const port = (hook.server.address() as AddressInfo).port;
  return { hook, port, lines, handled };
}

/** POSTs `body` with the secret; resolves with the status, or rejects on a connection error. */
function post(port: number, body: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        port,
        host: '127.0.0.1',
        path: '/tg/hook',
        method: 'POST',
        headers: {
          [SECRET_HEADER]: SECRET,
          'content-type': 'application/json',
          'content-length': body.length,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the webhook endpoint', () => {
  let hook: WebhookServer | undefined;
  const open: Socket[] = [];
  afterEach(async () => {
    for (const s of open.splice(0)) s.destroy();
    await hook?.close(0);
    hook = undefined;
  });

  it('answers a 10 MB body that carries the secret with 413, not a reset, and runs no handler', async () => {
    const s = await serve();
    hook = s.hook;
    const big = Buffer.alloc(10 * 1024 * 1024, 0x20);
    expect(await post(s.port, big)).toBe(413);
    expect(s.handled).toEqual([]);
    // The connection is still good for the next update.
    expect(await post(s.port, Buffer.from(JSON.stringify({ update_id: 1 })))).toBe(200);
    expect(s.handled).toEqual([{ update_id: 1 }]);
  });

  it('logs a client that disconnects mid-body at debug level, without a stack, and runs no handler', async () => {
    const s = await serve();
    hook = s.hook;
    const socket = connect(s.port, '127.0.0.1');
    open.push(socket);
    const inHand = new Promise((r) => s.hook.server.once('request', r));
    socket.write(
      `POST /tg/hook HTTP/1.1\r\nHost: x\r\n${SECRET_HEADER}: ${SECRET}\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"update_id":`,
    );
    // The server has the request and waits for the rest of its body; the client leaves.
    await inHand;
    socket.destroy();
    await until(() =>
      s.lines.some((l) => l.msg === 'webhook client went away before the end of its request'),
    );
    const line = s.lines.find((l) => l.msg === 'webhook client went away before the end of its request');
    expect(line?.level).toBe(20);
    expect(JSON.stringify(s.lines)).not.toContain('stack');
    expect(s.lines.filter((l) => Number(l.level) >= 40)).toEqual([]);
    expect(s.handled).toEqual([]);
  });

  it('on close, drops a client stuck in its headers after the grace period', async () => {
    const s = await serve();
    const socket = connect(s.port, '127.0.0.1');
    open.push(socket);
    await new Promise<void>((r) => socket.once('connect', () => r()));
    socket.write('POST /tg/hook HTTP/1.1\r\nHost: x\r\n');
    let dropped = false;
    socket.on('close', () => {
      dropped = true;
    });
    const started = Date.now();
    await s.hook.close(300);
    expect(Date.now() - started).toBeLessThan(3000);
    await until(() => dropped);
  });

  it('on close, finishes the request in hand and does not keep its connection', async () => {
    const s = await serve();
    hook = s.hook;
    const socket = connect(s.port, '127.0.0.1');
    open.push(socket);
    let received = '';
    socket.on('data', (d: Buffer) => {
      received += d.toString();
    });
    const inHand = new Promise((r) => s.hook.server.once('request', r));
    // Headers only: the request is in hand when close begins, its body comes after.
    const body = JSON.stringify({ update_id: 7 });
    socket.write(
      `POST /tg/hook HTTP/1.1\r\nHost: x\r\n${SECRET_HEADER}: ${SECRET}\r\ncontent-length: ${body.length}\r\n\r\n`,
    );
    await inHand;
    const closed = s.hook.close(2000);
    socket.write(body);
    await until(() => received.includes('HTTP/1.1 200'));
    expect(received.toLowerCase()).toContain('connection: close');
    expect(s.handled).toEqual([{ update_id: 7 }]);
    await closed;
    hook = undefined;
  });
});
