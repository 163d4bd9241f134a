import type Keyv from 'keyv';

/**
 * Keyv's own JSON format, written and read faster. Keyv escapes a string that starts with ':'
 * (one more ':' in front) and writes a Buffer as ':base64:…', by a serializer that walks the value
 * in JavaScript and a JSON.parse with a reviver that visits every value; both cost two to three
 * times a plain JSON.stringify or JSON.parse, and the stores' records (JSON data, checked by their
 * schemas) hold neither. So: a plain JSON.stringify whose text has no string starting with ':'
 * and no Buffer is keyv's text; a stored text with no string starting with ':' reads back with a
 * plain JSON.parse. Anything else goes through keyv's own functions, so the rows are the same as
 * keyv writes them and old rows read the same.
 */

/** A string that starts with ':' (its opening quote, then ':'), or a Buffer's JSON. */
const NEEDS_KEYV_TO_WRITE = /(?:^|[[{,:])":|"type":"Buffer"/;
/** A string that starts with ':' in stored JSON, with or without spaces. */
const NEEDS_KEYV_TO_READ = /(?:^|[[{,:])\s*":/;

export function fasterJson(keyv: Keyv): void {
  const serialize = keyv.serialize;
  const deserialize = keyv.deserialize;
  if (!serialize || !deserialize) return;
  keyv.serialize = (data) => {
    const text = JSON.stringify(data);
    return typeof text === 'string' && !NEEDS_KEYV_TO_WRITE.test(text) ? text : serialize(data);
  };
  keyv.deserialize = (text) =>
    typeof text === 'string' && !NEEDS_KEYV_TO_READ.test(text) ? JSON.parse(text) : deserialize(text);
}
