import { Composer } from 'telegraf';
import { message } from 'telegraf/filters';
import type { Collection, Store } from '../store/index.js';
import type { BotContext } from './context.js';

/**
 * Guided flows: when the bot asks a user for a piece of text (a unit's name, the new name of an
 * organisation), it records the chat's pending step, and the user's next plain text in that chat
 * goes to the flow named there, whatever the order of the features. The step is kept in the store,
 * so another replica can take the answer; it lapses after its time to live.
 */
export type FlowName = 'units.name' | 'units.parent' | 'orgs.rename' | 'broadcast.text';

export interface PendingStep {
  flow: FlowName;
  /** ISO instant after which the step is ignored. */
  expiresAt: string;
}

/** Answers the text of a pending step; `next` passes it on (the step turned out stale). */
export type FlowHandler = (
  ctx: BotContext & { message: { text: string } },
  step: PendingStep,
  next: () => Promise<void>,
) => Promise<void>;

const handlers = new Map<FlowName, FlowHandler>();
const collections = new WeakMap<Store, Collection<PendingStep>>();

function steps(ctx: BotContext): Collection<PendingStep> {
  const store = ctx.deps.store;
  let c = collections.get(store);
  if (!c) {
    c = store.collection<PendingStep>('pending-steps', { cache: 10_000 });
    collections.set(store, c);
  }
  return c;
}

/** Chat and user: in a group two administrators each have their own step. */
const keyOf = (ctx: BotContext) => (ctx.chat && ctx.from ? `${ctx.chat.id}:${ctx.from.id}` : undefined);

/** The flow that answers a pending step; one per name. */
export function registerFlow(flow: FlowName, handler: FlowHandler): void {
  if (handlers.has(flow)) throw new Error(`flow ${flow} has two handlers`);
  handlers.set(flow, handler);
}

/** Records that this chat waits for the user's next text, for `flow`, for `ttlMs`. */
export async function expectText(ctx: BotContext, flow: FlowName, ttlMs: number): Promise<void> {
  const key = keyOf(ctx);
  if (!key) return;
  const expiresAt = new Date(ctx.deps.clock.now().getTime() + ttlMs).toISOString();
  await steps(ctx).set(key, { flow, expiresAt });
}

/** The step this chat waits on from this user, when one is pending and not expired. */
export async function pendingStep(ctx: BotContext): Promise<PendingStep | undefined> {
  const key = keyOf(ctx);
  if (!key) return undefined;
  const step = await steps(ctx).get(key);
  if (!step) return undefined;
  if (Date.parse(step.expiresAt) <= ctx.deps.clock.now().getTime()) {
    await steps(ctx).delete(key);
    return undefined;
  }
  return step;
}

/** Nothing pending any more (done, cancelled, or another command took over). */
export async function clearStep(ctx: BotContext): Promise<void> {
  const key = keyOf(ctx);
  if (key) await steps(ctx).delete(key);
}

/** The router: a plain text (no command) goes to the flow of the pending step, else on. */
export const flowRouter = new Composer<BotContext>();

flowRouter.on(message('text'), async (ctx, next) => {
  if (ctx.message.text.startsWith('/')) return next();
  const step = await pendingStep(ctx);
  const handler = step && handlers.get(step.flow);
  if (!step || !handler) return next();
  await handler(ctx, step, next);
});
