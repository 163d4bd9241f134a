import type { z } from 'zod';

const MAX_BYTES = 64; // Telegram's limit for callback_data

/**
 * Typed callback data: `prefix:field:field`, packed and checked by one schema so a stale or forged
 * button is recognised as such instead of being sliced into something wrong.
 */
export function callbackData<S extends z.ZodTuple>(prefix: string, schema: S) {
  if (!/^[a-z][a-z0-9-]*$/.test(prefix)) throw new Error(`bad callback prefix ${prefix}`);
  return {
    prefix,
    /** Matches every button of this kind, valid or not; unpack decides. */
    trigger: new RegExp(`^${prefix}(:|$)`),
    pack(...fields: z.input<S>): string {
      for (const f of fields as unknown[]) {
        if (String(f).includes(':')) throw new Error(`callback field may not contain ':' (${String(f)})`);
      }
      const data = [prefix, ...(fields as unknown[]).map(String)].join(':');
      if (Buffer.byteLength(data) > MAX_BYTES)
        throw new Error(`callback data over ${MAX_BYTES} bytes: ${data}`);
      return data;
    },
    /** The fields of the pressed button, or undefined when it is not a valid one of this kind. */
    of(ctx: { callbackQuery?: object | undefined }): z.output<S> | undefined {
      const query = ctx.callbackQuery;
      return this.unpack(query && 'data' in query && typeof query.data === 'string' ? query.data : undefined);
    },
    unpack(data: string | undefined): z.output<S> | undefined {
      if (data === undefined) return undefined;
      const [head, ...fields] = data.split(':');
      if (head !== prefix) return undefined;
      const parsed = schema.safeParse(fields);
      return parsed.success ? parsed.data : undefined;
    },
  };
}
