import fc from 'fast-check';
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { fasterJson } from '../../src/store/serialize.js';
import { makeUnitRecord } from '../support/units.js';

/** Keyv's own functions, and the faster ones over them. */
const own = new Keyv();
const fast = new Keyv();
fasterJson(fast);
const write = (k: Keyv, value: unknown) => k.serialize?.({ value }) as string;
const read = (k: Keyv, text: string) => k.deserialize?.(text) as unknown;

/** JSON data with strings that keyv escapes (':…', ':base64:…', '::') mixed in. */
const text = fc.oneof(fc.string(), fc.constantFrom(':', '::x', ':base64:AAEC', 'a:b', '": "', '[":', '\\":'));
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(text, tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('the store writes and reads keyv’s JSON faster, and the same', () => {
  it('writes the text keyv writes, and reads any text as keyv reads it', () => {
    fc.assert(
      fc.property(json, (value) => {
        const stored = write(own, value);
        expect(write(fast, value)).toBe(stored);
        expect(read(fast, stored)).toEqual(read(own, stored));
        // A server may hand the text back with spaces (jsonb): still read as keyv reads it.
        const spaced = JSON.stringify(JSON.parse(stored), null, 1);
        expect(read(fast, spaced)).toEqual(read(own, spaced));
      }),
      { numRuns: 2_000 },
    );
  });

  it('keeps keyv’s escapes: a string starting with ":", a Buffer, a date', () => {
    const unit = { ...makeUnitRecord({ chatId: 5, name: ':Chi bộ' }), v: 3 };
    const value = {
      unit,
      file: Buffer.from([0, 1, 2]),
      at: new Date('2025-03-01T00:00:00Z'),
      list: [':a', 'b'],
    };
    const stored = write(fast, value);
    expect(stored).toBe(write(own, value));
    expect(stored).toContain('"::Chi bộ"');
    expect(stored).toContain('":base64:AAEC"');
    expect(read(fast, stored)).toEqual(read(own, stored));
    expect((read(fast, stored) as { value: { file: Buffer } }).value.file).toEqual(Buffer.from([0, 1, 2]));
    // Broken text fails as JSON.parse fails: the store names the collection and key from it.
    expect(() => read(fast, '{bad')).toThrow(SyntaxError);
  });
});
