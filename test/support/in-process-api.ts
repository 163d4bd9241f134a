import { STATUS_CODES } from 'node:http';
import { Telegram, TelegramError } from 'telegraf';
import type { FakeBotApi } from './fake-bot-api.js';

/**
 * The fake Bot API answered in process, without HTTP: telegraf's client (the `callApi` every
 * Telegram instance uses, including the one telegraf builds per update) hands a call to the fake
 * whose apiRoot it targets when that fake is connected here. What the fake sees is what it would
 * parse from telegraf's JSON body (the payload through JSON with telegraf's replacer, which drops
 * null and undefined); what the bot gets back is what telegraf's client makes of the answer (the
 * result, or a TelegramError with the same error_code, description and parameters). Calls that
 * upload a file (charts, exports) still go over HTTP, as multipart, and so does every call to a
 * fake that is not connected (the delivery tests, `Harness.start({ http: true })`).
 *
 * Why: the HTTP round trip (node-fetch, the http client and server, parsing the body) was about
 * two thirds of the CPU an in-process update cost (profile of the 10,000-update fuzz).
 */
const connected = new Map<string, FakeBotApi>();

export function connectInProcess(apiRoot: string, fake: FakeBotApi): void {
  install();
  connected.set(apiRoot, fake);
}

export function disconnectInProcess(apiRoot: string): void {
  connected.delete(apiRoot);
}

type CallApi = (
  this: { options: { apiRoot: string } },
  method: string,
  payload: object,
  opts?: object,
) => Promise<unknown>;

let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  // Telegram extends ApiClient, which defines callApi; telegraf's per-update instances share it.
  const client = Object.getPrototypeOf(Telegram.prototype) as { callApi: CallApi };
  const overHttp = client.callApi;
  client.callApi = async function (method, payload, opts) {
    const fake = connected.get(this.options.apiRoot);
    if (!fake || includesUpload(payload)) return overHttp.call(this, method, payload, opts);
    const params = JSON.parse(JSON.stringify(payload, dropNull)) as Record<string, unknown>;
    const answer = await fake.answer(method, params);
    // No answer: telegraf's client would wait for its 500 s timeout, longer than any test.
    if (answer === 'hang') return new Promise<never>(() => undefined);
    if (answer.status >= 500)
      throw new TelegramError(
        { error_code: answer.status, description: STATUS_CODES[answer.status] ?? '' },
        { method, payload },
      );
    const data = answer.body as { ok: boolean; result?: unknown; error_code: number; description: string };
    if (!data.ok) throw new TelegramError(data, { method, payload });
    return data.result;
  };
}

/** telegraf's JSON replacer: null and undefined fields are left out of the body. */
const dropNull = (_key: string, value: unknown) => (value == null ? undefined : value);

/** telegraf's test for a multipart call: a field (or a media item) with a source or a url. */
function includesUpload(payload: object): boolean {
  const file = (v: unknown) =>
    typeof v === 'object' &&
    v !== null &&
    (Boolean((v as { source?: unknown }).source) || Boolean((v as { url?: unknown }).url));
  return Object.entries(payload).some(([key, value]) => {
    if (key === 'link_preview_options') return false;
    if (Array.isArray(value)) return value.some((m) => file((m as { media?: unknown } | null)?.media));
    return file(value) || file((value as { media?: unknown } | null)?.media);
  });
}
