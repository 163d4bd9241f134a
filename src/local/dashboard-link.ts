import { sign } from '@telegram-apps/init-data-node';

/**
 * The dashboard's URL as Telegram would open it for `user`: the launch parameters in the fragment,
 * the init data signed with the bot's token (the local one: `npm run local` has no real Telegram).
 * Valid for 24 hours from `now`, as real init data.
 */
export function launchUrl(
  dashboardUrl: string,
  token: string,
  user: { id: number; firstName: string; languageCode: string },
  now: Date,
): string {
  const initData = sign(
    { user: { id: user.id, first_name: user.firstName, language_code: user.languageCode } },
    token,
    now,
  );
  const fragment = new URLSearchParams({
    tgWebAppData: initData,
    tgWebAppVersion: '8.0',
    tgWebAppPlatform: 'web',
  });
  return `${dashboardUrl}#${fragment}`;
}
