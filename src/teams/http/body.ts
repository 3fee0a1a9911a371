import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

/** The largest request body the bot reads (an activity from Teams is a few kilobytes). */
export const MAX_BODY_BYTES = 1024 * 1024;

export type Refusal = { status: 400 | 413 | 415; error: string };

const TOO_LARGE: Refusal = { status: 413, error: `the body is over ${MAX_BODY_BYTES} bytes` };

/** Whether the request announces a body: a length above zero, or a chunked one. */
function announcesBody(headers: IncomingHttpHeaders): boolean {
  if (headers['transfer-encoding'] !== undefined) return true;
  const length = headers['content-length'];
  return length !== undefined && Number(length) !== 0;
}

/** `application/json`, optionally with `charset=utf-8`: what Teams sends, and all the bot reads. */
export function isJsonUtf8(contentType: string | undefined): boolean {
  const [type, ...params] = (contentType ?? '').split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every(
    (p) => !p.startsWith('charset=') || ['utf-8', '"utf-8"', 'utf8'].includes(p.slice('charset='.length)),
  );
}

/** The largest HTML form post the bot reads (the page for people outside Teams: at most a few thousand characters). */
export const MAX_FORM_BYTES = 64 * 1024;

/** `application/x-www-form-urlencoded`, optionally with `charset=utf-8`: a plain HTML form post. */
export function isFormUrlencoded(contentType: string | undefined): boolean {
  const [type, ...params] = (contentType ?? '').split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/x-www-form-urlencoded') return false;
  return params.every((p) => !p.startsWith('charset=') || ['utf-8', '"utf-8"', 'utf8'].includes(p.slice(8)));
}

/**
 * Judged from the headers alone, before a byte of the body is read, for every request: a body
 * must be uncompressed JSON in UTF-8 of at most MAX_BODY_BYTES; only where `acceptsForm` (a route
 * that declared it, see routes.ts) may it also be a plain HTML form post. So multipart uploads,
 * forms elsewhere and compressed bodies never reach a parser, and nothing of them is written anywhere.
 */
export function refuseByHeaders(headers: IncomingHttpHeaders, acceptsForm = false): Refusal | undefined {
  const encoding = String(headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();
  if (encoding !== 'identity' && encoding !== '') return { status: 415, error: 'content-encoding not accepted' };
  if (!announcesBody(headers)) return undefined;
  const form = acceptsForm && isFormUrlencoded(headers['content-type']);
  if (!form && !isJsonUtf8(headers['content-type']))
    return { status: 415, error: 'only application/json (UTF-8) is accepted' };
  if (Number(headers['content-length'] ?? 0) > MAX_BODY_BYTES) return TOO_LARGE;
  return undefined;
}

/**
 * Reads a JSON body into memory, at most MAX_BODY_BYTES (a chunked body is cut off as soon as it
 * passes the limit). Resolves with the parsed value (undefined for an empty body) or a refusal.
 */
export async function readJsonBody(req: IncomingMessage): Promise<{ value: unknown } | Refusal> {
  const raw = await readText(req, MAX_BODY_BYTES);
  if (!('text' in raw)) return raw;
  if (raw.text.trim() === '') return { value: undefined };
  try {
    return { value: JSON.parse(raw.text) as unknown };
  } catch {
    return { status: 400, error: 'the body is not valid JSON' };
  }
}

/**
 * Reads an HTML form post, at most MAX_FORM_BYTES, into its fields; a field named twice is refused
 * (which value would count?), as is a body that is not UTF-8.
 */
export async function readFormBody(req: IncomingMessage): Promise<{ value: Record<string, string> } | Refusal> {
  const raw = await readText(req, MAX_FORM_BYTES);
  if (!('text' in raw)) return raw;
  const fields = [...new URLSearchParams(raw.text)];
  // raw bytes or %-escapes that are not UTF-8 both decode to U+FFFD
  if (raw.text.includes('\uFFFD') || fields.some(([k, v]) => `${k}${v}`.includes('\uFFFD')))
    return { status: 400, error: 'the form is not UTF-8' };
  if (new Set(fields.map(([k]) => k)).size !== fields.length)
    return { status: 400, error: 'a form field appears more than once' };
  return { value: Object.fromEntries(fields) };
}

/** The body as UTF-8 text, at most `max` bytes (a chunked body is cut off as soon as it passes). */
function readText(req: IncomingMessage, max: number): Promise<{ text: string } | Refusal> {
  const tooLarge: Refusal =
    max === MAX_BODY_BYTES ? TOO_LARGE : { status: 413, error: `the body is over ${max} bytes` };
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: { text: string } | Refusal) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) finish(tooLarge);
      else chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => finish({ text: Buffer.concat(chunks).toString('utf8') }));
    // the client went away mid-body: nobody is left to answer
    req.once('close', () => finish({ status: 400, error: 'the request ended before its body' }));
    req.once('error', () => finish({ status: 400, error: 'the request ended before its body' }));
  });
}
