import { z } from 'zod';
import { ROOT } from '../../orgs/org.js';
import { pathOf } from '../../orgs/tree.js';
import type { AppDeps, BotContext } from '../context.js';

/** What naming an organisation needs: the organisations and the reader's words (a chat, or the dashboard). */
export type NamingContext = { deps: Pick<AppDeps, 'orgs'>; t: BotContext['t'] };

/** An organisation's name as users see it; the root without ROOT_ORG_NAME gets a generic one. */
export function orgLabel(ctx: NamingContext, id: string): string {
  const name = ctx.deps.orgs.get(id)?.name;
  if (id === ROOT && !name) return ctx.t('orgs-root-default');
  return name ?? ctx.t('orgs-unknown');
}

/** "Organisation: Thành ủy › Phường A", the line that says whose figures follow. */
export function orgTitle(ctx: BotContext, id: string): string {
  const path = pathOf(ctx.deps.orgs.tree(), id).map((o) => orgLabel(ctx, o));
  return ctx.t('orgs-scope-line', { path: path.join(' › ') });
}

/** Table cells stay narrow on a phone: long names are cut with an ellipsis. */
export function shortName(name: string, max = 18): string {
  const chars = [...name];
  return chars.length <= max ? name : `${chars.slice(0, max - 1).join('')}…`;
}

/** Callback fields naming an organisation, and a page of a list. */
export const orgId = z.string().regex(/^[A-Za-z0-9_-]{1,24}$/);
export const page = z.coerce.number().int().min(0).max(100_000);
