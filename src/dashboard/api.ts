import type { z } from 'zod';
import type { AppDeps } from '../bot/context.js';
import { type NamingContext, orgLabel } from '../bot/features/org-names.js';
import type { Lang } from '../i18n/index.js';
import { unitStats } from '../orgs/stats.js';
import { childrenOf, orgOfUnit } from '../orgs/tree.js';
import { csvWords } from '../staff/csv.js';
import { readinessByStep } from '../staff/readiness-stats.js';
import type { Authenticated, Caller } from './auth.js';
import { broadcastRows } from './broadcasts.js';
import { deliveryChart, overviewChart, readinessChart } from './charts.js';
import { exportQuery, orgQuery, parseQuery, unitsQuery } from './query.js';
import { filterUnits, overview, pageOf, unitsUnder } from './views.js';

export type Answer =
  | { kind: 'json'; status: number; body: unknown }
  | { kind: 'file'; type: string; filename: string; body: Buffer };

export type Route = (caller: Caller, params: URLSearchParams) => Promise<Answer>;

export interface Api {
  routes: Map<string, Route>;
  /** Logs a refused call; a known user who is not staff is audited as the chat commands are. */
  refused(route: string, who: Exclude<Authenticated, { ok: true }>): Promise<void>;
}

const json = (body: unknown, status = 200): Answer => ({ kind: 'json', status, body });
const bad = (error: string) => json({ error }, 400);

/** The dashboard's JSON API: each route gets a caller whose init data and staff scope were checked. */
export function apiRoutes(deps: AppDeps): Api {
  const { pack, orgs, staff, i18n } = deps;
  const naming = (lang: Lang): NamingContext => ({ deps, t: (id, args) => i18n.t(lang, id, args) });

  const scoped = scopedRoutes(deps);

  const routes = new Map<string, Route>();
  routes.set('me', async (caller) => json(me(deps, caller, naming(caller.lang))));
  routes.set(
    'overview',
    scoped('overview', orgQuery, (caller, org) => {
      const today = staff.today();
      const stats = unitStats(pack, orgs.tree(), org, deps.units, today);
      const chart = overviewChart(deps, caller.lang, org, stats, today);
      return json({ ...overview(org, today, stats), chart });
    }),
  );
  routes.set(
    'readiness',
    scoped('readiness', orgQuery, (caller, org) => {
      const steps = readinessByStep(pack, unitsUnder(orgs.tree(), org, staff.units.all()));
      const chart = readinessChart(deps, caller.lang, steps);
      return json({ org, steps: steps.map((c) => ({ id: c.step.id, done: c.done, of: c.of })), chart });
    }),
  );
  routes.set(
    'broadcasts',
    scoped('broadcasts', orgQuery, async (caller, org) => {
      const rows = await broadcastRows(staff, orgs.tree(), org);
      const broadcasts = rows.map((b) => ({ ...b, chart: deliveryChart(deps, caller.lang, b) }));
      return json({ org, broadcasts });
    }),
  );
  routes.set(
    'units',
    scoped('units', unitsQuery, (caller, org, q) => {
      const t = naming(caller.lang);
      const filter = { ...q, org };
      const { rows } = filterUnits(pack, orgs.tree(), staff.units.all(), filter, staff.today(), (id) =>
        orgLabel(t, id),
      );
      return json(pageOf(rows, q.page, q.size));
    }),
  );

  routes.set(
    'units.xlsx',
    scoped('units.xlsx', exportQuery, (caller, org, q) => download(deps, caller, org, q)),
  );

  return {
    routes,
    async refused(route, who) {
      deps.logger.warn({ route, reason: who.error, from: who.userId }, 'dashboard call refused');
      if (who.userId === undefined) return;
      await staff.audit.record({
        userId: who.userId,
        chatId: undefined,
        action: `dashboard.${route}`,
        outcome: 'refused',
        detail: { reason: who.error },
      });
    },
  };
}

type Filters = { org?: string | undefined; type?: string | undefined; step?: string | undefined };

/** Views of one organisation: each checks its parameters (400), then the organisation asked for (403). */
function scopedRoutes(deps: AppDeps) {
  const { orgs, staff } = deps;
  /** The organisation a call asks about: the caller's own by default, else one of its subtree. */
  const orgOf = async (caller: Caller, asked: string | undefined, route: string) => {
    const org = asked ?? caller.scope.org;
    if (orgs.tree().byId.has(org) && caller.scope.hasOrg(org)) return org;
    await staff.audit.record({
      userId: caller.userId,
      chatId: undefined,
      action: `dashboard.${route}`,
      org: caller.scope.org,
      outcome: 'refused',
      detail: { reason: 'out-of-scope' },
    });
    deps.logger.warn(
      { route, from: caller.userId },
      'dashboard: organisation outside the caller’s scope refused',
    );
    return undefined;
  };

  /** A view of one organisation: its parameters (400), then the organisation asked for (403). */
  const scoped =
    <Q extends Filters>(
      route: string,
      schema: z.ZodType<Q>,
      view: (caller: Caller, org: string, q: Q) => Promise<Answer> | Answer,
    ): Route =>
    async (caller, params) => {
      const q = parseQuery(params, schema);
      if (!q.ok) return bad(q.error);
      const unknown = unknownCode(deps, q.value);
      if (unknown) return bad(unknown);
      const org = await orgOf(caller, q.value.org, route);
      if (!org) return json({ error: 'out-of-scope' }, 403);
      return view(caller, org, q.value);
    };
  return scoped;
}

/** The table's rows, every page, as .xlsx (src/exports/xlsx.ts, the columns of /danhsach); audited. */
async function download(
  deps: AppDeps,
  caller: Caller,
  org: string,
  q: z.infer<typeof exportQuery>,
): Promise<Answer> {
  const { pack, orgs, staff, i18n } = deps;
  const t: NamingContext = { deps, t: (id, args) => i18n.t(caller.lang, id, args) };
  const tree = orgs.tree();
  const today = staff.today();
  const filter = { ...q, org };
  const { units } = filterUnits(pack, tree, staff.units.all(), filter, today, (id) => orgLabel(t, id));
  const words = csvWords(pack, caller.lang, t.t, (u) => orgLabel(t, orgOfUnit(tree, u)));
  const sheetName = i18n.t(caller.lang, 'dash-page-sheet');
  // exceljs is loaded on the first download, not at every start of the bot (~0.3 s of CPU).
  const { unitsXlsx, XLSX_MIME } = await import('../exports/xlsx.js');
  const now = deps.clock.now();
  const body = await unitsXlsx(pack, units, { today, timezone: deps.config.timezone, words, sheetName, now });
  await staff.audit.record({
    userId: caller.userId,
    chatId: undefined,
    action: 'dashboard.export',
    org: caller.scope.org,
    outcome: 'ok',
    detail: { org, count: units.length },
  });
  return { kind: 'file', type: XLSX_MIME, filename: `don-vi-${today.replaceAll('-', '')}.xlsx`, body };
}

/** A type or step the pack does not have is a bad parameter, not an empty table. */
function unknownCode(
  deps: AppDeps,
  q: { type?: string | undefined; step?: string | undefined },
): string | undefined {
  if (q.type && !deps.pack.unitTypes.some((t) => t.code === q.type)) return 'bad parameter: type';
  if (q.step && !deps.pack.checklist.steps.some((s) => s.id === q.step)) return 'bad parameter: step';
  return undefined;
}

/** Who the caller is and what they may pick: their organisations (tree order), types, steps. */
function me(deps: AppDeps, caller: Caller, naming: NamingContext) {
  const tree = deps.orgs.tree();
  const list: Array<{ id: string; name: string; depth: number }> = [];
  const walk = (id: string, depth: number) => {
    list.push({ id, name: orgLabel(naming, id), depth });
    for (const child of childrenOf(tree, id)) walk(child, depth + 1);
  };
  walk(caller.scope.org, 0);
  const lang = caller.lang;
  return {
    user: { id: caller.userId, firstName: caller.firstName },
    lang,
    org: caller.scope.org,
    orgs: list,
    today: deps.staff.today(),
    types: deps.pack.unitTypes.map((t) => ({ code: t.code, name: t.name[lang], short: t.short })),
    steps: deps.pack.checklist.steps.map((s) => ({ id: s.id, title: s.title[lang], types: s.types })),
  };
}
