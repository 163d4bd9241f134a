import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { callbackData } from '../../src/bot/callback-data.js';

describe('typed callback data', () => {
  const button = callbackData('u-x', z.tuple([z.enum(['yes', 'no']), z.coerce.number().int()]));

  it('packs and unpacks its fields', () => {
    const data = button.pack('yes', 7);
    expect(data).toBe('u-x:yes:7');
    expect(button.unpack(data)).toEqual(['yes', 7]);
  });

  it('reads the pressed button from a context, and nothing from a press without data', () => {
    expect(button.of({ callbackQuery: { data: 'u-x:no:3' } })).toEqual(['no', 3]);
    expect(button.of({ callbackQuery: { game_short_name: 'g' } })).toBeUndefined();
    expect(button.of({})).toBeUndefined();
  });

  it('refuses forged, stale and foreign data', () => {
    for (const data of ['u-x:maybe:1', 'u-x:yes', 'u-x:yes:1:extra', 'u-y:yes:1', 'u-x', ''])
      expect(button.unpack(data), data).toBeUndefined();
  });

  it('refuses to pack a field with a colon or data over 64 bytes', () => {
    const text = callbackData('t', z.tuple([z.string()]));
    expect(() => text.pack('a:b')).toThrow();
    expect(() => text.pack('ộ'.repeat(30))).toThrow(/64 bytes/);
  });
});
