import { parse, validate } from '@telegram-apps/init-data-node';
import { describe, expect, it } from 'vitest';
import { launchUrl } from '../../src/local/dashboard-link.js';

describe('npm run local: the dashboard link', () => {
  const token = '123456:LOCAL-terminal';
  const url = launchUrl(
    'http://127.0.0.1:9999/dashboard/',
    token,
    { id: 1001, firstName: 'Local', languageCode: 'en' },
    new Date(),
  );

  it('carries init data in the fragment, as Telegram passes it, signed with the local token', () => {
    const { origin, pathname, search, hash } = new URL(url);
    expect(`${origin}${pathname}`).toBe('http://127.0.0.1:9999/dashboard/');
    expect(search).toBe(''); // nothing of it in the query string, which servers log
    const data = new URLSearchParams(hash.slice(1)).get('tgWebAppData') as string;
    expect(() => validate(data, token)).not.toThrow();
    expect(() => validate(data, '999:other')).toThrow();
    expect(parse(data).user).toMatchObject({ id: 1001, first_name: 'Local', language_code: 'en' });
  });
});
