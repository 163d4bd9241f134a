import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * pino logger that never prints the bot token: network errors from the HTTP client carry the
 * request URL (…/bot<token>/method), so every written line is scrubbed, not only known fields.
 */
export function createLogger(opts: {
  level: string;
  token?: string | undefined;
  destination?: NodeJS.WritableStream;
}): Logger {
  const secret = opts.token;
  const scrub = (line: string) => (secret ? line.split(secret).join('<BOT_TOKEN>') : line);
  return pino(
    {
      level: opts.level,
      base: undefined,
      hooks: { streamWrite: scrub },
    },
    opts.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
