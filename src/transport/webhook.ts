import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Update } from 'telegraf/types';
import type { Logger } from '../logger.js';

export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
const MAX_BODY = 1 << 20; // Telegram's updates are far smaller; anything larger is not from Telegram.

/** Telegram's updates: POST <path> with the secret header. */
export interface Hook {
  path: string;
  secret: string;
  handleUpdate(update: Update, res: ServerResponse): Promise<void>;
}

/** The bot's HTTP server: GET /healthz, the webhook when there is one, other routes (the dashboard). */
export interface ServerOptions {
  port: number;
  host?: string;
  logger: Logger;
  health(): Promise<boolean>;
  hook?: Hook;
  /** Tried before the webhook: answers and returns true for its own paths, false for any other. */
  routes?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

export interface WebhookOptions extends Hook, Omit<ServerOptions, 'hook'> {}

const sameSecret = (given: string | string[] | undefined, secret: string) => {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
};

type Body = { kind: 'ok'; text: string } | { kind: 'too-large' } | { kind: 'gone' };

/**
 * Reads the body up to MAX_BODY. A larger one is read to its end and dropped, so the client gets
 * its 413 instead of a reset mid-upload (the server's requestTimeout bounds how long that takes).
 * A client that goes away before the end is 'gone': nothing to answer, nothing of ours failed.
 */
function readBody(req: IncomingMessage): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () =>
      resolve(
        size > MAX_BODY
          ? { kind: 'too-large' }
          : { kind: 'ok', text: Buffer.concat(chunks).toString('utf8') },
      ),
    );
    req.on('error', () => resolve({ kind: 'gone' }));
    req.on('close', () => {
      if (!req.complete) resolve({ kind: 'gone' });
    });
  });
}

const send = (res: ServerResponse, status: number, body: object) => {
  if (res.writableEnded) return;
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

export interface WebhookServer {
  server: Server;
  /**
   * Stops taking updates: no new connections, a 503 (Telegram sends it again, maybe to another
   * replica) for requests on open ones, idle connections closed now and every other one
   * destroyed after `graceMs`, whatever its client is doing (slow headers, a stalled body).
   */
  close(graceMs: number): Promise<void>;
}

/** One request: health, other routes, then path, method and secret, then the body, then the update. */
async function route(opts: ServerOptions, req: IncomingMessage, res: ServerResponse, closing: () => boolean) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'GET' && url.pathname === '/healthz') {
    const ok = await opts.health().catch(() => false);
    send(res, ok ? 200 : 503, { ok });
    return;
  }
  const hook = opts.hook;
  // The webhook's own path first: other routes (a dashboard mounted at /) cannot shadow it.
  if (!hook || url.pathname !== hook.path) {
    if (opts.routes && (await opts.routes(req, res))) return;
    send(res, 404, { ok: false });
    return;
  }
  if (req.method !== 'POST') {
    send(res, 405, { ok: false });
    return;
  }
  // The secret is checked before the body is read: a request without it runs no handler.
  if (!sameSecret(req.headers[SECRET_HEADER], hook.secret)) {
    opts.logger.warn({ ip: req.socket.remoteAddress }, 'webhook request without the right secret refused');
    send(res, 401, { ok: false });
    return;
  }
  const body = await readBody(req);
  if (body.kind === 'gone') {
    opts.logger.debug(
      { ip: req.socket.remoteAddress },
      'webhook client went away before the end of its request',
    );
    return;
  }
  if (body.kind === 'too-large') {
    opts.logger.warn({ ip: req.socket.remoteAddress }, 'webhook request over 1 MiB refused');
    send(res, 413, { ok: false });
    return;
  }
  let update: Update;
  try {
    update = JSON.parse(body.text) as Update;
  } catch {
    send(res, 400, { ok: false });
    return;
  }
  if (typeof update !== 'object' || update === null || typeof update.update_id !== 'number') {
    send(res, 400, { ok: false });
    return;
  }
  await hook.handleUpdate(update, res);
  // Shutting down: this connection is not kept for another request.
  if (closing() && !res.headersSent) res.setHeader('connection', 'close');
  send(res, 200, { ok: true });
}

/** The webhook endpoint: POST <path> with the secret header, and GET /healthz. */
export function startWebhookServer(opts: WebhookOptions): Promise<WebhookServer> {
  const { path, secret, handleUpdate, ...server } = opts;
  return startHttpServer({ ...server, hook: { path, secret, handleUpdate } });
}

/** Listens on `opts.port`; in polling mode there is no hook, only /healthz and the other routes. */
export async function startHttpServer(opts: ServerOptions): Promise<WebhookServer> {
  let closing = false;
  // Slow clients are cut off: headers within 10 s, the whole request within 30 s.
  const server = createServer(
    { headersTimeout: 10_000, requestTimeout: 30_000, connectionsCheckingInterval: 1_000 },
    (req, res) => {
      if (closing) {
        res.setHeader('connection', 'close');
        send(res, 503, { ok: false });
        return;
      }
      void route(opts, req, res, () => closing).catch((err: unknown) => {
        opts.logger.error({ err, path: req.url?.split('?', 1)[0] }, 'HTTP request failed');
        send(res, 500, { ok: false });
      });
    },
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '0.0.0.0', () => resolve());
  });
  return {
    server,
    close(graceMs) {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const cut = setTimeout(() => server.closeAllConnections(), graceMs);
      return closed.finally(() => clearTimeout(cut));
    },
  };
}
