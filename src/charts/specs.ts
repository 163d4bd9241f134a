import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../i18n/index.js';
import type { BroadcastReport } from '../staff/broadcasts.js';
import type { StepCount } from '../staff/readiness-stats.js';
import { STATUSES, type StatsRow, type Status } from '../staff/stats.js';

/**
 * Vega-Lite specifications of the board's charts, as plain JSON with their data inside
 * (`data.values`): the Mini App draws them with vega-embed, the server renders the same object to
 * a PNG (src/charts/png.ts). Pure: numbers in, a spec out; words come through `t` (src/i18n).
 */

/** A message from locales/ in the chart's language: `(id, args) => i18n.t(lang, id, args)`. */
export type Translate = (id: string, args?: Record<string, string | number>) => string;

export interface ChartOptions {
  /** "container" in the page (the card's width, 360 px on a phone); a number of pixels for a PNG. */
  width: number | 'container';
  t: Translate;
}

/** The plot width of a PNG before its 2x zoom: with the labels, about a phone screen (360 px). */
export const PNG_WIDTH = 300;

/** One bar: what it is called (a unit type, an organisation) and its counts. */
export interface Bar {
  label: string;
  row: StatsRow;
}

/** One stacked segment of the overview: a status of one bar, in bar order. */
export interface StatusDatum {
  /** Which chart the bar belongs to. */
  group: 'type' | 'org';
  category: string;
  /** The bar's position in its chart (0 first). */
  rank: number;
  status: Status;
  statusLabel: string;
  /** The status's position in the stack (done first). */
  order: number;
  count: number;
}

const STATUS_COLOURS: Record<Status, string> = {
  done: '#2e7d32',
  late: '#c62828',
  open: '#f9a825',
  upcoming: '#90a4ae',
  unreachable: '#5d4037',
};
/** Light segments take dark numbers. */
const DARK_TEXT = "datum.status === 'open' || datum.status === 'upcoming'";

const DONE_COLOUR = '#2e7d32';
const NOT_DONE_COLOUR = '#bdbdbd';

/** Axis labels wrap at a space onto a second line (vega draws an array as lines), each cut at the limit. */
const LABEL_LIMIT = 150;
const cut = (n: number) => `lastindexof(substring(datum.label, 0, ${n + 1}), ' ')`;
const wrapLabel = (n: number) =>
  `length(datum.label) <= ${n} || ${cut(n)} < 1 ? datum.label : ` +
  `[substring(datum.label, 0, ${cut(n)}), substring(datum.label, ${cut(n)} + 1)]`;
const WRAP_LABEL = wrapLabel(22);

/** In the page a single chart fills the card's width; its height follows its bars. */
const fitWidth = (width: ChartOptions['width']) =>
  width === 'container' ? { autosize: { type: 'fit-x' as const, contains: 'padding' as const } } : {};

/** The statuses of each bar as segments: the data of the overview charts. */
export function statusValues(group: StatusDatum['group'], bars: Bar[], t: Translate): StatusDatum[] {
  return bars.flatMap((bar, rank) =>
    STATUSES.map((status, order) => ({
      group,
      category: bar.label,
      rank,
      status,
      statusLabel: t(`chart-status-${status}`),
      order,
      count: bar.row[status],
    })),
  );
}

const countAxis = { title: null, tickMinStep: 1, format: 'd', grid: true };

/**
 * Shared look: type sizes that stay readable when a phone shrinks the picture to its width, room
 * on the right for the totals written after the bars, no frame around the plots.
 */
const LOOK = {
  padding: { left: 4, top: 4, bottom: 4, right: 36 },
  config: {
    view: { stroke: null },
    axis: { labelFontSize: 12 },
    legend: { labelFontSize: 12, symbolSize: 140 },
    title: { fontSize: 16, subtitleFontSize: 13 },
    text: { fontSize: 12 },
  },
} as const;

/**
 * Horizontal stacked bars of one group: a bar per category, a segment per status with its number
 * inside, the bar's total at its end. Categories keep their order (`rank`).
 */
function statusLayer(group: StatusDatum['group'], title: string, opts: ChartOptions) {
  const y = {
    field: 'category',
    type: 'nominal' as const,
    sort: { field: 'rank', op: 'min' as const, order: 'ascending' as const },
    axis: { title: null, labelLimit: LABEL_LIMIT, labelExpr: WRAP_LABEL },
  };
  const x = { field: 'count', type: 'quantitative' as const, stack: 'zero' as const };
  return {
    title: { text: title, anchor: 'start' as const, frame: 'bounds' as const, fontSize: 14 },
    width: opts.width,
    height: { step: 34 },
    transform: [{ filter: `datum.group === '${group}'` }],
    layer: [
      {
        mark: { type: 'bar' as const },
        encoding: {
          y,
          x: { ...x, axis: countAxis },
          color: {
            field: 'statusLabel',
            type: 'nominal' as const,
            scale: {
              domain: STATUSES.map((s) => opts.t(`chart-status-${s}`)),
              range: STATUSES.map((s) => STATUS_COLOURS[s]),
            },
            legend: { title: null, orient: 'bottom' as const, columns: 3 },
          },
          order: { field: 'order' },
          tooltip: [
            { field: 'category', title: opts.t('chart-tooltip-of') },
            { field: 'statusLabel', title: opts.t('chart-tooltip-status') },
            { field: 'count', title: opts.t('chart-units') },
          ],
        },
      },
      {
        transform: [{ filter: 'datum.count > 0' }],
        mark: { type: 'text' as const },
        encoding: {
          y,
          x: { ...x, bandPosition: 0.5 },
          order: { field: 'order' },
          text: { field: 'count', type: 'quantitative' as const },
          color: { condition: { test: DARK_TEXT, value: '#212121' }, value: '#ffffff' },
        },
      },
      {
        transform: [
          { aggregate: [{ op: 'sum' as const, field: 'count', as: 'total' }], groupby: ['category', 'rank'] },
        ],
        mark: { type: 'text' as const, align: 'left' as const, dx: 4, fontWeight: 'bold' as const },
        encoding: {
          y,
          x: { field: 'total', type: 'quantitative' as const },
          text: { field: 'total', type: 'quantitative' as const },
        },
      },
    ],
  };
}

/**
 * The overview: units by status per unit type and, when the organisation has children, per child
 * organisation (its own units first). One spec, both charts stacked, one legend.
 */
export function overviewSpec(
  input: { title: string; byType: Bar[]; byOrg?: Bar[] },
  opts: ChartOptions,
): TopLevelSpec {
  const { t } = opts;
  const byOrg = input.byOrg && input.byOrg.length > 0 ? input.byOrg : undefined;
  const values = [...statusValues('type', input.byType, t), ...(byOrg ? statusValues('org', byOrg, t) : [])];
  const charts = [statusLayer('type', t('chart-by-type'), opts)];
  if (byOrg) charts.push(statusLayer('org', t('chart-by-org'), opts));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: input.title, anchor: 'start', frame: 'bounds' },
    data: { values },
    vconcat: charts,
    resolve: { scale: { color: 'shared', x: 'independent' } },
    ...LOOK,
  } as TopLevelSpec;
}

/** One broadcast's delivery as one bar: acknowledged, sent (not acknowledged), gone, failed, pending. */
export function broadcastSpec(report: BroadcastReport & { ack: boolean }, opts: ChartOptions): TopLevelSpec {
  const { t } = opts;
  const pending = Math.max(0, report.total - report.sent - report.gone - report.failed);
  const acks = report.ack ? Math.min(report.acks, report.sent) : 0;
  const parts = [
    ...(report.ack ? [{ part: 'acked', count: acks, colour: '#1b5e20' }] : []),
    { part: report.ack ? 'sent-unacked' : 'sent', count: report.sent - acks, colour: '#66bb6a' },
    { part: 'gone', count: report.gone, colour: '#5d4037' },
    { part: 'failed', count: report.failed, colour: '#c62828' },
    { part: 'pending', count: pending, colour: '#bdbdbd' },
  ];
  const values = parts.map((p, order) => ({
    part: p.part,
    label: t(`chart-delivery-${p.part}`),
    count: p.count,
    order,
    of: report.total,
  }));
  const x = { field: 'count', type: 'quantitative' as const, stack: 'zero' as const };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: t('chart-delivery-title', { total: report.total }), anchor: 'start', frame: 'bounds' },
    width: opts.width,
    height: 36,
    ...fitWidth(opts.width),
    data: { values },
    layer: [
      {
        mark: 'bar',
        encoding: {
          x: { ...x, axis: countAxis },
          color: {
            field: 'label',
            type: 'nominal',
            scale: {
              domain: parts.map((p) => t(`chart-delivery-${p.part}`)),
              range: parts.map((p) => p.colour),
            },
            legend: { title: null, orient: 'bottom', columns: 2 },
          },
          order: { field: 'order' },
          tooltip: [
            { field: 'label', title: t('chart-tooltip-status') },
            { field: 'count', title: t('chart-units') },
          ],
        },
      },
      {
        transform: [{ filter: 'datum.count > 0' }],
        mark: { type: 'text' },
        encoding: {
          x: { ...x, bandPosition: 0.5 },
          order: { field: 'order' },
          text: { field: 'count', type: 'quantitative' },
          color: { condition: { test: "datum.part === 'pending'", value: '#212121' }, value: '#ffffff' },
        },
      },
    ],
    ...LOOK,
  } as TopLevelSpec;
}

/** Readiness: a bar per checklist step (of the units that must do it), done and not done. */
export function readinessSpec(steps: StepCount[], opts: ChartOptions & { lang: Lang }): TopLevelSpec {
  const { t } = opts;
  const shown = steps.filter((s) => s.of > 0);
  const done = t('chart-step-done');
  const notDone = t('chart-step-not-done');
  const values = shown.flatMap((s, rank) => {
    // Numbered: the number ties a cut title to the full list beside the chart.
    const step = `${rank + 1}. ${s.step.title[opts.lang]}`;
    return [
      { step, stepId: s.step.id, rank, status: 'done', statusLabel: done, order: 0, count: s.done, of: s.of },
      {
        step,
        stepId: s.step.id,
        rank,
        status: 'not-done',
        statusLabel: notDone,
        order: 1,
        count: s.of - s.done,
        of: s.of,
      },
    ];
  });
  const y = {
    field: 'step',
    type: 'nominal' as const,
    sort: { field: 'rank', op: 'min' as const, order: 'ascending' as const },
    axis: { title: null, labelLimit: LABEL_LIMIT + 20, labelExpr: WRAP_LABEL },
  };
  const x = { field: 'count', type: 'quantitative' as const, stack: 'zero' as const };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: t('chart-readiness-title'), anchor: 'start', frame: 'bounds' },
    width: opts.width,
    // A fixed height, not a step: vega-lite cannot fit the width of a chart sized by steps.
    height: Math.max(1, shown.length) * 34,
    ...fitWidth(opts.width),
    data: { values },
    layer: [
      {
        mark: 'bar',
        encoding: {
          y,
          x: { ...x, axis: countAxis },
          color: {
            field: 'statusLabel',
            type: 'nominal',
            scale: { domain: [done, notDone], range: [DONE_COLOUR, NOT_DONE_COLOUR] },
            legend: { title: null, orient: 'bottom' },
          },
          order: { field: 'order' },
        },
      },
      {
        transform: [{ filter: 'datum.count > 0' }],
        mark: { type: 'text' },
        encoding: {
          y,
          x: { ...x, bandPosition: 0.5 },
          order: { field: 'order' },
          text: { field: 'count', type: 'quantitative' },
          color: { condition: { test: "datum.status === 'done'", value: '#ffffff' }, value: '#212121' },
        },
      },
    ],
    ...LOOK,
  } as TopLevelSpec;
}
