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

/**
 * The HTTP client of every Bot Connector call (botbuilder's `connectorClientOptions.httpClient`,
 * so incoming turns and proactive sends alike): sends with fetch under the send policy, and hands
 * the SDK only answers it must not retry blindly.
 */
export function connectorHttpClient(throttle: ThrottleSignal): HttpClient {
  return {
    async sendRequest(request) {
      const init: RequestInit = {
        method: request.method,
        headers: request.headers.rawHeaders(),
        body: request.body as RequestInit['body'],
        signal: signalFor(request),
      };
      let response: Response;
      try {
        response = await sendSafely(async () => {
          const r = await fetch(request.url, init);
          if (r.status === 429) await r.arrayBuffer(); // the body of an answer we send again is not needed
          return Object.assign(r, { retryAfter: r.headers.get('retry-after') });
        }, throttle);
      } catch (err) {
        throw new ConnectorNetworkError(err);
      }
      const bodyAsText = await response.text();
      if (response.status >= 500 || response.status === 408 || response.status === 429)
        throw new ConnectorHttpError(response.status, bodyAsText, response.headers.get('retry-after') ?? undefined);
      return { request, status: response.status, headers: headersLike(response.headers), bodyAsText };
    },
  };
}
