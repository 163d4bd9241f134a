import type { IncomingMessage } from 'node:http';

/** The whole body of a request. */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** JSON, form-urlencoded, query string or multipart (telegraf sends files as multipart). */
export async function parseParams(
  req: IncomingMessage,
  body: Buffer,
  url: URL,
): Promise<Record<string, unknown>> {
  const type = req.headers['content-type'] ?? '';
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  if (body.length === 0) return params;
  if (type.includes('application/json'))
    return { ...params, ...(JSON.parse(body.toString('utf8')) as object) };
  if (type.includes('multipart/form-data') || type.includes('application/x-www-form-urlencoded')) {
    const form = await new Request('http://local/', {
      method: 'POST',
      headers: { 'content-type': type },
      body,
    }).formData();
    for (const [key, value] of form.entries()) {
      if (typeof value === 'string') {
        params[key] = parseMaybeJson(value);
      } else {
        params[key] = { filename: value.name, content: Buffer.from(await value.arrayBuffer()) };
      }
    }
    // telegraf sends the file as attach://<id> in the document field, the bytes under <id>.
    for (const [key, value] of Object.entries(params)) {
      if (typeof value === 'string' && value.startsWith('attach://'))
        params[key] = params[value.slice('attach://'.length)];
    }
  }
  return params;
}

const parseMaybeJson = (v: string): unknown => {
  if (/^[[{]/.test(v)) {
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  }
  return v;
};
