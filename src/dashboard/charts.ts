import type { TopLevelSpec } from 'vega-lite';
import type { AppDeps } from '../bot/context.js';
import { orgLabel } from '../bot/features/org-names.js';
import { type Day, showDay } from '../calendar.js';
import { broadcastSpec, overviewSpec, readinessSpec, type Translate } from '../charts/specs.js';
import type { Lang } from '../i18n/index.js';
import type { scopedStats } from '../orgs/stats.js';
import type { StepCount } from '../staff/readiness-stats.js';
import type { BroadcastRow } from './broadcasts.js';

/**
 * The page's charts: the same Vega-Lite specifications as /thongke's picture (src/charts/specs.ts),
 * sized to the page's card (`width: 'container'`) and drawn there by vega-embed.
 */

type Stats = ReturnType<typeof scopedStats>;

const translate =
  (deps: AppDeps, lang: Lang): Translate =>
  (id, args) =>
    deps.i18n.t(lang, id, args);

export function overviewChart(
  deps: AppDeps,
  lang: Lang,
  org: string,
  stats: Stats,
  today: Day,
): TopLevelSpec {
  const t = translate(deps, lang);
  const types = new Map(deps.pack.unitTypes.map((type) => [type.code, type.name[lang]]));
  const naming = { deps, t };
  const hasChildren = stats.byOrg.rows.length > 1;
  return overviewSpec(
    {
      title: t('chart-overview-title', { date: showDay(today) }),
      byType: stats.byType.rows.map((row) => ({ label: types.get(row.type ?? '') ?? row.type ?? '', row })),
      ...(hasChildren
        ? {
            byOrg: stats.byOrg.rows.map((row) => ({
              label: row.type === org ? t('dash-page-own-units') : orgLabel(naming, row.type ?? ''),
              row,
            })),
          }
        : {}),
    },
    { width: 'container', t },
  );
}

export function deliveryChart(deps: AppDeps, lang: Lang, b: BroadcastRow): TopLevelSpec {
  return broadcastSpec(
    { total: b.total, sent: b.sent, gone: b.gone, failed: b.failed, acks: b.acks, ack: b.ack },
    { width: 'container', t: translate(deps, lang) },
  );
}

export function readinessChart(deps: AppDeps, lang: Lang, steps: StepCount[]): TopLevelSpec {
  return readinessSpec(steps, { width: 'container', t: translate(deps, lang), lang });
}
