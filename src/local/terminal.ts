import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createApp } from '../app.js';
import { clockStartingAt, systemClock } from '../clock.js';
import { parseConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { launchUrl } from './dashboard-link.js';
import { type BotMessage, Emulator, freePort } from './emulator.js';
import { renderTelegramHtml } from './render.js';

/**
 * `npm run local`: the real bot against a local Bot API emulator, in a terminal. Type a message
 * or a command; the bot's replies are printed with their buttons numbered; type a number to
 * press that button. No token, no network. Logs go to stderr at warn level unless LOG_LEVEL says.
 */
/** The bot's environment in local mode: the emulator, a throw-away store, the dashboard on this machine. */
async function localEnv(emulator: Emulator): Promise<Record<string, string | undefined>> {
  const port = process.env.PORT ?? String(await freePort());
  return {
    ...process.env,
    BOT_TOKEN: emulator.token,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    STORE_URL:
      process.env.STORE_URL ?? `sqlite://${join(mkdtempSync(join(tmpdir(), 'daihoi-local-')), 'bot.sqlite')}`,
    WEBHOOK_URL: '',
    PORT: port,
    DASHBOARD_URL: `http://127.0.0.1:${port}/dashboard/`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
}

async function main(): Promise<void> {
  const emulator = await Emulator.start({ token: '123456:LOCAL-terminal' });
  const config = parseConfig(await localEnv(emulator));
  const logger = createLogger({ level: config.logLevel, token: config.token, destination: process.stderr });
  const clock = config.clockStart ? clockStartingAt(config.clockStart) : systemClock;
  const app = await createApp(config, { clock, logger });
  await app.start();

  const userId = Number(process.env.LOCAL_USER_ID ?? config.adminIds[0] ?? 1001);
  const languageCode = process.env.LOCAL_LANG ?? 'vi';
  const user = { id: userId, firstName: 'Local', languageCode };
  const chat = emulator.chat({ userId, chatId: userId, languageCode, firstName: 'Local' });
  let buttons: Array<{ text: string; data: string; messageId: number }> = [];

  // Styling only on a terminal that wants it (https://no-color.org).
  const styled = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const show = (m: BotMessage) => {
    const text = m.parseMode === 'HTML' ? renderTelegramHtml(m.text, styled) : m.text;
    process.stdout.write(`\nbot> ${text.split('\n').join('\n     ')}\n`);
    for (const row of m.buttons) {
      const labels = row.map((b) => {
        // A Web App button opens in a browser here: the link with the pretend user's init data.
        if ('web_app' in b && b.web_app)
          return `(${b.text}: ${launchUrl(b.web_app.url, config.token, user, new Date())})`;
        if (!('callback_data' in b)) return `(${b.text})`;
        buttons.push({ text: b.text, data: b.callback_data, messageId: m.messageId });
        return `[${buttons.length}] ${b.text}`;
      });
      process.stdout.write(`     ${labels.join('   ')}\n`);
    }
  };

  const drain = async () => {
    // Everything the handler sent (some features send two messages), once the bot is done with
    // the update; then a moment for what it hands the outbox to send right after.
    for (const m of await chat.settled()) show(m);
    for (const m of await chat.quiet(50)) show(m);
  };

  process.stdout.write(
    `daihoi-bot local mode (user id ${userId}). Type a message or a command, a number to press a button, /quit to leave.\n`,
  );
  showDashboardLink(config, user, app.deps.orgs.scopeFor(userId));
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  rl.setPrompt('you> ');
  rl.prompt();
  const lines = rl[Symbol.asyncIterator]();
  for (;;) {
    const next = await lines.next();
    if (next.done) break;
    const line = next.value.trim();
    if (line === '/quit' || line === '/exit') break;
    if (line !== '') {
      const pressed = /^\d+$/.test(line) ? buttons[Number(line) - 1] : undefined;
      if (/^\d+$/.test(line) && !pressed) {
        process.stdout.write(`no button ${line}\n`);
      } else {
        buttons = [];
        if (pressed) await chat.press({ data: pressed.data, messageId: pressed.messageId });
        else await chat.send(line);
        await drain();
      }
    }
    rl.prompt();
  }
  rl.close();
  await drain();
  await app.stop('local session ended');
  await emulator.stop();
  process.stdout.write('\n');
}

/** The dashboard, opened in a browser as the pretend user (its init data signed with the local token). */
function showDashboardLink(
  config: ReturnType<typeof parseConfig>,
  user: { id: number; firstName: string; languageCode: string },
  scope: unknown,
): void {
  if (!config.dashboard) return;
  // Real time, as Telegram stamps init data (and the server checks its age against real time).
  const url = launchUrl(config.dashboard.url, config.token, user, new Date());
  process.stdout.write(`Dashboard, in a browser, as user ${user.id} (valid 24 hours):\n  ${url}\n`);
  if (scope === undefined)
    process.stdout.write(
      `  (user ${user.id} is not staff: start with ADMIN_IDS=${user.id} to see the figures)\n`,
    );
}

main().catch((err: unknown) => {
  process.stderr.write(
    `local mode failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
