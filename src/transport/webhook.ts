import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Update } from 'telegraf/types';
import type { Logger } from '../logger.js';

export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
const MAX_BODY = 1 << 20; // Telegram's updates are far smaller; anything larger is not from Telegram.

export interface WebhookOptions {
  path: string;
  secret: string;
  port: number;
  host?: string;
  logger: Logger;
  handleUpdate(update: Update, res: ServerResponse): Promise<void>;
  health(): Promise<boolean>;
}

const sameSecret = (given: string | string[] | undefined, secret: string) => {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
};

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(undefined);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const send = (res: ServerResponse, status: number, body: object) => {
  if (res.writableEnded) return;
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

/** The webhook endpoint: POST <path> with the secret header, and GET /healthz. */
export async function startWebhookServer(opts: WebhookOptions): Promise<Server> {
  const server = createServer((req, res) => {
    void route(req, res).catch((err: unknown) => {
      opts.logger.error({ err }, 'webhook request failed');
      send(res, 500, { ok: false });
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/healthz') {
      const ok = await opts.health().catch(() => false);
      send(res, ok ? 200 : 503, { ok });
      return;
    }
    if (url.pathname !== opts.path) {
      send(res, 404, { ok: false });
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, { ok: false });
      return;
    }
    // The secret is checked before the body is read: a request without it runs no handler.
    if (!sameSecret(req.headers[SECRET_HEADER], opts.secret)) {
      opts.logger.warn({ ip: req.socket.remoteAddress }, 'webhook request without the right secret refused');
      send(res, 401, { ok: false });
      return;
    }
    const body = await readBody(req);
    if (body === undefined) {
      send(res, 413, { ok: false });
      return;
    }
    let update: Update;
    try {
      update = JSON.parse(body) as Update;
    } catch {
      send(res, 400, { ok: false });
      return;
    }
    if (typeof update !== 'object' || update === null || typeof update.update_id !== 'number') {
      send(res, 400, { ok: false });
      return;
    }
    await opts.handleUpdate(update, res);
    send(res, 200, { ok: true });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '0.0.0.0', () => resolve());
  });
  return server;
}
