import { type Day, dayIn, showDay, showTime } from '../calendar.js';
import type { BatchCounts } from '../delivery/outbox.js';
import type { MessageArgs } from '../i18n/index.js';
import type { Pack } from '../knowledge/pack.js';
import type { AudienceSpec } from './audience.js';
import type { Broadcast, BroadcastReport } from './broadcasts.js';
import type { Digest, DigestEntry } from './digest.js';

/** A translator bound to one language. */
export type T = (id: string, args?: MessageArgs) => string;

export function audienceLabel(spec: AudienceSpec, pack: Pack, lang: 'vi' | 'en', t: T): string {
  if (spec.kind === 'type') {
    const type = pack.unitTypes.find((u) => u.code === spec.type);
    return t('broadcast-aud-type', { type: type ? type.name[lang] : spec.type });
  }
  if (spec.kind === 'step-open') {
    const step = pack.checklist.steps.find((s) => s.id === spec.step);
    return t('broadcast-aud-step-open', { step: step ? step.title[lang] : spec.step });
  }
  return t(`broadcast-aud-${spec.kind}`);
}

/** "HH:mm DD/MM/YYYY" in the bot's zone. */
export function showInstant(instant: Date, timezone: string): string {
  return `${showTime(instant, timezone)} ${showDay(dayIn(timezone, instant))}`;
}

export function progressText(b: Broadcast, counts: BatchCounts, t: T): string {
  const total = b.recipients?.length ?? counts.total;
  const done = counts.sent + counts.dead;
  const lines = [t('broadcast-progress', { id: b.id, done, total })];
  if (counts.failed > 0) lines.push(t('broadcast-progress-retrying', { count: counts.failed }));
  return lines.join('\n');
}

export function reportText(b: Broadcast, report: BroadcastReport, audience: string, t: T): string {
  const lines = [
    t('broadcast-report', {
      id: b.id,
      audience,
      total: report.total,
      sent: report.sent,
      gone: report.gone,
      failed: report.failed,
    }),
  ];
  if (b.ack) lines.push(t('broadcast-report-acks', { acks: report.acks, sent: report.sent }));
  if (report.gone + report.failed > 0) lines.push(t('broadcast-report-detail', { id: b.id }));
  return lines.join('\n');
}

const MAX_LINES = 25;

function section(title: string, entries: DigestEntry[], line: (e: DigestEntry) => string, t: T): string[] {
  if (entries.length === 0) return [];
  const shown = entries.slice(0, MAX_LINES).map(line);
  if (entries.length > MAX_LINES) shown.push(t('digest-more', { count: entries.length - MAX_LINES }));
  return ['', title, ...shown];
}

export function digestText(digest: Digest, today: Day, t: T): string {
  const lines = [t('digest-title', { date: showDay(today) })];
  if (digest.late.length === 0 && digest.closing.length === 0) {
    lines.push(t('digest-none'));
    return lines.join('\n');
  }
  lines.push(
    ...section(
      t('digest-late-title', { count: digest.late.length }),
      digest.late,
      (e) => t('digest-late-line', { name: e.unit.name, last: showDay(e.last), days: -e.daysLeft }),
      t,
    ),
    ...section(
      t('digest-closing-title', { count: digest.closing.length }),
      digest.closing,
      (e) => t('digest-closing-line', { name: e.unit.name, last: showDay(e.last), days: e.daysLeft }),
      t,
    ),
  );
  return lines.join('\n');
}
