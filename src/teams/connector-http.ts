import http from 'node:http';
import https from 'node:https';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import { sendSafely, type ThrottleSignal } from './send-policy.js';

/** The types of botbuilder's `connectorClientOptions.httpClient`, read from the adapter's constructor. */
type ConnectorClientOptions = NonNullable<ConstructorParameters<typeof TeamsAdapter>[3]>;
type HttpClient = NonNullable<ConnectorClientOptions['httpClient']>;
type WebResource = Parameters<HttpClient['sendRequest']>[0];
type CompatResponse = Awaited<ReturnType<HttpClient['sendRequest']>>;
type HeadersLike = CompatResponse['headers'];

/** The header collection the SDK's pipeline reads, over the headers of a fetch response. */
function headersLike(entries: Iterable<[string, string]>): HeadersLike {
  const all = new Map<string, { name: string; value: string }>();
  for (const [name, value] of entries) all.set(name.toLowerCase(), { name, value });
  const raw = (preserveCase = false) =>
    Object.fromEntries([...all].map(([key, h]) => [preserveCase ? h.name : key, h.value]));
  const headers: HeadersLike = {
    set: (name, value) => void all.set(name.toLowerCase(), { name, value: String(value) }),
    get: (name) => all.get(name.toLowerCase())?.value,
    contains: (name) => all.has(name.toLowerCase()),
    remove: (name) => all.delete(name.toLowerCase()),
    rawHeaders: () => raw(),
    headersArray: () => [...all.values()],
    headerNames: () => [...all.values()].map((h) => h.name),
    headerValues: () => [...all.values()].map((h) => h.value),
    clone: () => headersLike([...all.values()].map((h) => [h.name, h.value])),
    toJson: (options) => raw(options?.preserveCase),
  };
  return headers;
}

/**
 * An answer the SDK must not retry by itself: a 5xx (the message may have been delivered), a 408,
 * or a 429 that outlasted our waits. Not a RestError, so the SDK's retry policy passes it on as it
 * is; the proactive sender reads `statusCode`.
 */
export class ConnectorHttpError extends Error {
  override readonly name = 'ConnectorHttpError';
  constructor(
    readonly statusCode: number,
    readonly bodyAsText: string,
    /** The Retry-After header of a 429 or 503, as Teams sent it. */
    readonly retryAfter?: string,
  ) {
    super(`the Bot Connector answered ${statusCode}`);
  }
}

/** A network failure, passed on as it is (refused connections were already tried again). */
class ConnectorNetworkError extends Error {
  override readonly name = 'ConnectorNetworkError';
  readonly code: string | undefined;
  constructor(cause: unknown) {
    const code =
      (cause as { cause?: { code?: string }; code?: string })?.cause?.code ?? (cause as { code?: string })?.code;
    super(`${code ?? 'network error'}: ${(cause as Error)?.message ?? String(cause)}`);
    this.code = code;
  }
}

function signalFor(request: WebResource): AbortSignal | undefined {
  const signals = [
    request.abortSignal as AbortSignal | undefined,
    request.timeout ? AbortSignal.timeout(request.timeout) : undefined,
  ].filter((s) => s !== undefined);
  return signals.length > 1 ? AbortSignal.any(signals) : signals[0];
}

/** One answer of the Bot Connector, read whole. */
interface Answer {
  status: number;
  headers: [string, string][];
  bodyAsText: string;
  retryAfter: string | null;
}

/** Connections to the Bot Connector are kept open between calls, as fetch kept them. */
const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

/** The body as bytes: the SDK sends JSON text; anything else is read the way fetch would read it. */
async function bytesOf(body: unknown): Promise<Buffer | undefined> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return Buffer.from(await new Response(body as RequestInit['body']).arrayBuffer());
}

/**
 * One call with node:http(s): about a third of fetch's CPU time per call (fetch builds web
 * streams around every request and answer), and every reply and proactive send is such a call.
 */
async function exchange(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: Buffer | undefined,
  signal: AbortSignal | undefined,
): Promise<Answer> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  const sent = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-length'));
  if (body) sent['content-length'] = String(body.length);
  return new Promise<Answer>((resolve, reject) => {
    const req = (secure ? https : http).request(
      target,
      { method, headers: sent, agent: secure ? agents.https : agents.http, signal },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('close', () => {
          if (!res.complete) reject(new Error('the answer ended before its body'));
        });
        res.on('end', () => {
          const all: [string, string][] = Object.entries(res.headers).flatMap(([name, value]) =>
            value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]],
          );
          const retryAfter = res.headers['retry-after'];
          resolve({
            status: res.statusCode ?? 0,
            headers: all,
            bodyAsText: Buffer.concat(chunks).toString('utf8'),
            retryAfter: typeof retryAfter === 'string' ? retryAfter : null,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The HTTP client of every Bot Connector call (botbuilder's `connectorClientOptions.httpClient`,
 * so incoming turns and proactive sends alike): sends with fetch under the send policy, and hands
 * the SDK only answers it must not retry blindly.
 */
export function connectorHttpClient(throttle: ThrottleSignal): HttpClient {
  return {
    async sendRequest(request) {
      const headers = request.headers.rawHeaders();
      const signal = signalFor(request);
      let answer: Answer;
      try {
        const body = await bytesOf(request.body);
        answer = await sendSafely(() => exchange(request.url, request.method, headers, body, signal), throttle);
      } catch (err) {
        throw new ConnectorNetworkError(err);
      }
      if (answer.status >= 500 || answer.status === 408 || answer.status === 429)
        throw new ConnectorHttpError(answer.status, answer.bodyAsText, answer.retryAfter ?? undefined);
      return { request, status: answer.status, headers: headersLike(answer.headers), bodyAsText: answer.bodyAsText };
    },
  };
}
