/**
 * What a failed send means for the item. Bot API errors (telegraf's TelegramError) carry
 * `response.error_code`, `response.description` and `response.parameters`; they are read by shape
 * so that this layer does not import telegraf.
 */
export type Verdict =
  /** 429: wait retry_after, then send the same item again. */
  | { kind: 'flood'; retryAfterMs: number; reason: string }
  /** 5xx, timeouts, network: back off and try again, up to a limit. */
  | { kind: 'transient'; reason: string; code?: number }
  /** 403 (blocked, kicked, deactivated), 400 chat not found: the chat is unreachable. */
  | { kind: 'gone'; reason: string; code: number }
  /** 400 with migrate_to_chat_id: the group became a supergroup. */
  | { kind: 'migrated'; to: number; reason: string; code: number }
  /** Any other refusal: sending it again would fail the same way. */
  | { kind: 'rejected'; reason: string; code: number };

interface BotApiErrorShape {
  error_code: number;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

function botApiError(err: unknown): BotApiErrorShape | undefined {
  if (typeof err !== 'object' || err === null || !('response' in err)) return undefined;
  const response = (err as { response: unknown }).response;
  if (typeof response !== 'object' || response === null) return undefined;
  const code = (response as { error_code?: unknown }).error_code;
  return typeof code === 'number' ? (response as BotApiErrorShape) : undefined;
}

const messageOf = (err: unknown): string =>
  err instanceof Error ? `${err.name}: ${err.message}` : String(err);

export function classifySendError(err: unknown): Verdict {
  const api = botApiError(err);
  if (!api) return { kind: 'transient', reason: messageOf(err) };
  const code = api.error_code;
  const reason = `${code}: ${api.description ?? 'no description'}`;
  const params = api.parameters ?? {};
  if (code === 429) {
    const seconds = typeof params.retry_after === 'number' && params.retry_after > 0 ? params.retry_after : 1;
    return { kind: 'flood', retryAfterMs: seconds * 1000, reason };
  }
  if (typeof params.migrate_to_chat_id === 'number') {
    return { kind: 'migrated', to: params.migrate_to_chat_id, reason, code };
  }
  if (code === 403) return { kind: 'gone', reason, code };
  // The one case no field tells apart: Telegram marks a missing chat only in the description.
  if (code === 400 && /chat not found/i.test(api.description ?? '')) return { kind: 'gone', reason, code };
  if (code >= 500) return { kind: 'transient', reason, code };
  return { kind: 'rejected', reason, code };
}
