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

/**
 * Judged from the headers alone, before a byte of the body is read, for every request: a body
 * must be uncompressed JSON in UTF-8 of at most MAX_BODY_BYTES. So multipart uploads, forms and
 * compressed bodies never reach a parser, and nothing of them is written anywhere.
 */
export function refuseByHeaders(headers: IncomingHttpHeaders): Refusal | undefined {
  const encoding = String(headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();
  if (encoding !== 'identity' && encoding !== '') return { status: 415, error: 'content-encoding not accepted' };
  if (!announcesBody(headers)) return undefined;
  if (!isJsonUtf8(headers['content-type'])) return { status: 415, error: 'only application/json (UTF-8) is accepted' };
  if (Number(headers['content-length'] ?? 0) > MAX_BODY_BYTES) return TOO_LARGE;
  return undefined;
}

/**
 * Reads a JSON body into memory, at most MAX_BODY_BYTES (a chunked body is cut off as soon as it
 * passes the limit). Resolves with the parsed value (undefined for an empty body) or a refusal.
 */
export function readJsonBody(req: IncomingMessage): Promise<{ value: unknown } | Refusal> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: { value: unknown } | Refusal) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) finish(TOO_LARGE);
      else chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return finish({ value: undefined });
      try {
        finish({ value: JSON.parse(text) as unknown });
      } catch {
        finish({ status: 400, error: 'the body is not valid JSON' });
      }
    });
    // the client went away mid-body: nobody is left to answer
    req.once('close', () => finish({ status: 400, error: 'the request ended before its body' }));
    req.once('error', () => finish({ status: 400, error: 'the request ended before its body' }));
  });
}
