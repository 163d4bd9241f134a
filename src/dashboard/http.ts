import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AppDeps } from '../bot/context.js';
import { PROJECT_ROOT } from '../paths.js';
import { type Api, apiRoutes } from './api.js';
import { type Authenticated, authenticate } from './auth.js';
import { pageHtml } from './page.js';
import { MAX_URL } from './query.js';

/** The page's own files (plain HTML, CSS and a script; no build step). */
export const PAGE_DIR = join(PROJECT_ROOT, 'src', 'dashboard', 'page');

/** The chart code, served from node_modules: the page loads nothing from outside this server. */
const VENDOR: Record<string, string> = {
  'vega.min.js': join(PROJECT_ROOT, 'node_modules', 'vega', 'build', 'vega.min.js'),
  'vega-lite.min.js': join(PROJECT_ROOT, 'node_modules', 'vega-lite', 'build', 'vega-lite.min.js'),
  'vega-embed.min.js': join(PROJECT_ROOT, 'node_modules', 'vega-embed', 'build', 'vega-embed.min.js'),
};
const STATIC: Record<string, { file: string; type: string }> = {
  'app.js': { file: join(PAGE_DIR, 'app.js'), type: 'text/javascript; charset=utf-8' },
  'app.css': { file: join(PAGE_DIR, 'app.css'), type: 'text/css; charset=utf-8' },
  ...Object.fromEntries(
    Object.entries(VENDOR).map(([name, file]) => [
      `vendor/${name}`,
      { file, type: 'text/javascript; charset=utf-8' },
    ]),
  ),
};

const HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // Vega compiles its expressions with Function: 'unsafe-eval'. Nothing from another origin.
  'content-security-policy':
    "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:",
};

export const sendJson = (res: ServerResponse, status: number, body: unknown) => {
  if (res.writableEnded) return;
  res
    .writeHead(status, {
      ...HEADERS,
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    })
    .end(JSON.stringify(body));
};

export interface DashboardHttp {
  /** The path the dashboard lives under, with its trailing slash (DASHBOARD_URL's path). */
  readonly mount: string;
  /** Answers a request under `mount`; false (nothing written) for any other path. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

/** The mount point of a dashboard URL: its path, ending in a slash. */
export const mountOf = (url: string) => {
  const path = new URL(url).pathname;
  return path.endsWith('/') ? path : `${path}/`;
};

export function dashboardHttp(deps: AppDeps, mount: string): DashboardHttp {
  const cache = new Map<string, Buffer>();
  const file = async (path: string) => {
    let body = cache.get(path);
    if (!body) {
      body = await readFile(path);
      cache.set(path, body);
    }
    return body;
  };
  const api = apiRoutes(deps);
  const auth = (req: IncomingMessage): Promise<Authenticated> =>
    authenticate(req.headers.authorization, {
      token: deps.config.token,
      access: deps,
      chosenLang: async (userId) => (await deps.prefs.get(userId)).lang,
    });

  return {
    mount,
    async handle(req, res) {
      const raw = req.url ?? '/';
      const path = raw.split('?', 1)[0] ?? '/';
      if (path === mount.slice(0, -1)) {
        res.writeHead(308, { location: mount }).end();
        return true;
      }
      if (!path.startsWith(mount)) return false;
      const rest = path.slice(mount.length);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendJson(res, 405, { error: 'method not allowed' });
        return true;
      }
      if (rest.startsWith('api/')) {
        await serveApi(api, rest.slice(4), raw, req, res, auth);
        return true;
      }
      if (rest === '' || rest === 'index.html') {
        const html = pageHtml(await file(join(PAGE_DIR, 'index.html')), deps.i18n);
        res.writeHead(200, {
          ...HEADERS,
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-cache',
        });
        res.end(html);
        return true;
      }
      const asset = STATIC[rest];
      if (!asset) {
        sendJson(res, 404, { error: 'not found' });
        return true;
      }
      res.writeHead(200, { ...HEADERS, 'content-type': asset.type, 'cache-control': 'public, max-age=3600' });
      res.end(await file(asset.file));
      return true;
    },
  };
}

/**
 * One API call: 1. the route exists; 2. the request line is not huge; 3. the init data (401/403);
 * 4. only then the parameters (400) and the organisation asked for (403).
 */
async function serveApi(
  api: Api,
  name: string,
  raw: string,
  req: IncomingMessage,
  res: ServerResponse,
  auth: (req: IncomingMessage) => Promise<Authenticated>,
): Promise<void> {
  const route = api.routes.get(name);
  if (!route) return sendJson(res, 404, { error: 'not found' });
  if (raw.length > MAX_URL) return sendJson(res, 400, { error: 'request too long' });
  const who = await auth(req);
  if (!who.ok) {
    await api.refused(name, who);
    return sendJson(res, who.status, { error: who.error });
  }
  const params = new URL(raw, 'http://localhost').searchParams;
  const answer = await route(who.caller, params);
  if (answer.kind === 'json') return sendJson(res, answer.status, answer.body);
  res.writeHead(200, {
    ...HEADERS,
    'content-type': answer.type,
    'content-disposition': `attachment; filename="${answer.filename}"`,
    'cache-control': 'no-store',
  });
  res.end(answer.body);
}
