import { ClientSecretCredential, type TokenCredential } from '@azure/identity';
import {
  Client,
  GraphError,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import type { GraphSettings } from '../config/env-graph.js';

/** Every Graph call gives up after this long: a call that hangs is an unknown outcome, not a stuck job. */
const TIMEOUT_MS = 30_000;

/** The answer to one Graph call, as data: expected failures are not exceptions. */
export type GraphResult<T> =
  | { ok: true; status: number; body: T }
  | {
      ok: false;
      /** HTTP status; 0 when no answer came (network error, time-out). */
      status: number;
      /** Graph's error code (e.g. "Request_ResourceNotFound"), when it gave one. */
      code?: string;
      /** How long Graph asked to wait (429, 503), when it said. */
      retryAfterMs?: number;
      /** Short and free of personal data: status and code only. */
      error: string;
    };

export interface GraphClientOptions {
  /** A credential other than the client secret (tests). */
  credential?: TokenCredential;
  /** Extra certificate authorities to trust for the token endpoint (a test stand-in's own). */
  ca?: string | Buffer;
  timeoutMs?: number;
}

/** Adds the app's token to calls to the configured Graph address, and refuses calls anywhere else. */
class AppTokenMiddleware implements Middleware {
  private next: Middleware | undefined;
  constructor(
    private readonly credential: TokenCredential,
    private readonly scope: string,
    private readonly origin: string,
    private readonly timeoutMs: number,
  ) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    if (new URL(url).origin !== this.origin) throw new Error('refused: a Graph call outside GRAPH_BASE_URL');
    const token = await this.credential.getToken(this.scope);
    if (!token) throw new Error('no Graph token');
    const headers = new Headers(context.options?.headers as ConstructorParameters<typeof Headers>[0]);
    headers.set('Authorization', `Bearer ${token.token}`);
    context.options = { ...context.options, headers, signal: AbortSignal.timeout(this.timeoutMs) };
    await this.next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

function retryAfterMs(headers: Headers | undefined): number | undefined {
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function failure(err: unknown): GraphResult<never> {
  if (err instanceof GraphError) {
    const code = err.code ?? undefined;
    const status = err.statusCode > 0 ? err.statusCode : 0;
    const wait = retryAfterMs(err.headers);
    return {
      ok: false,
      status,
      ...(code ? { code } : {}),
      ...(wait !== undefined ? { retryAfterMs: wait } : {}),
      error: `graph ${status || 'no answer'}${code ? ` ${code}` : ''}`,
    };
  }
  const name = (err as Error)?.name ?? 'Error';
  return { ok: false, status: 0, error: `graph no answer (${name})` };
}

/** An answer without a body (202 Accepted of sendMail or cancel) comes back as an unread stream: let it go. */
function settled<T>(value: unknown): T {
  const stream = value as { cancel?: () => Promise<void>; getReader?: unknown } | undefined;
  if (stream && typeof stream.getReader === 'function' && typeof stream.cancel === 'function') {
    stream.cancel().catch(() => undefined);
    return undefined as T;
  }
  return value as T;
}

/**
 * Microsoft Graph with the application's own permissions (client credentials): a token from
 * `ClientSecretCredential` at GRAPH_AUTHORITY_HOST, calls to GRAPH_BASE_URL through the Graph
 * SDK's retry handler (429 and 503 waited out as Retry-After says). Answers are data.
 */
export class GraphClient {
  private readonly client: Client;

  constructor(settings: GraphSettings, options: GraphClientOptions = {}) {
    const base = new URL(`${settings.baseUrl}/`);
    const version = base.pathname.replace(/^\/+|\/+$/g, '');
    const credential =
      options.credential ??
      new ClientSecretCredential(settings.tenantId, settings.clientId, settings.clientSecret, {
        authorityHost: settings.authorityHost,
        // a custom authority host (a national cloud, a stand-in) is not in Microsoft's instance list
        disableInstanceDiscovery: settings.authorityHost !== 'https://login.microsoftonline.com',
        ...(options.ca ? { tlsOptions: { ca: options.ca } } : {}),
      });
    const scope = `${base.origin}/.default`;
    const middleware: Middleware[] = [
      new AppTokenMiddleware(credential, scope, base.origin, options.timeoutMs ?? TIMEOUT_MS),
      new RetryHandler(new RetryHandlerOptions(1, 3)),
      new HTTPMessageHandler(),
    ];
    this.client = Client.initWithMiddleware({ middleware, baseUrl: `${base.origin}/`, defaultVersion: version });
  }

  get<T>(path: string): Promise<GraphResult<T>> {
    return this.call(async () => (await this.client.api(path).get()) as T);
  }

  post<T>(path: string, body: unknown): Promise<GraphResult<T>> {
    return this.call(async () => settled<T>(await this.client.api(path).post(body)), 201);
  }

  patch<T>(path: string, body: unknown): Promise<GraphResult<T>> {
    return this.call(async () => settled<T>(await this.client.api(path).patch(body)));
  }

  /** Uploads bytes (a file's content), e.g. PUT /drives/{id}/root:/{path}:/content. */
  put<T>(path: string, content: Buffer, contentType: string): Promise<GraphResult<T>> {
    return this.call(async () =>
      settled<T>(await this.client.api(path).header('Content-Type', contentType).put(content)),
    );
  }

  private async call<T>(work: () => Promise<T>, okStatus = 200): Promise<GraphResult<T>> {
    try {
      return { ok: true, status: okStatus, body: await work() };
    } catch (err) {
      return failure(err);
    }
  }
}
