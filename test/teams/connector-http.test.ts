import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectorHttpError, connectorHttpClient } from '../../src/teams/connector-http.js';
import { ThrottleSignal } from '../../src/teams/send-policy.js';

type Answer = { status: number; headers?: Record<string, string>; body?: string };

let server: http.Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A stand-in Bot Connector that answers each request with the next answer; returns its URL and the bodies it got. */
async function connector(answers: Answer[]): Promise<{ url: string; bodies: string[] }> {
  const bodies: string[] = [];
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      bodies.push(body);
      const a = answers.shift() ?? { status: 200, body: '{"id":"1"}' };
      res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
      res.end(a.body ?? '{}');
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/v3/conversations/c/activities`, bodies };
}

/** The request the SDK's pipeline hands its HTTP client. */
function request(url: string) {
  const headers = { 'content-type': 'application/json', authorization: 'Bearer x' };
  return {
    url,
    method: 'POST',
    body: '{"type":"message"}',
    headers: { rawHeaders: () => headers },
  } as unknown as Parameters<ReturnType<typeof connectorHttpClient>['sendRequest']>[0];
}

describe('the Bot Connector HTTP client', () => {
  it('waits out a 429 as long as Retry-After says, announcing each wait, and sends once more', async () => {
    const c = await connector([
      { status: 429, headers: { 'retry-after': '0.05' } },
      { status: 429, headers: { 'retry-after': '0.1' } },
      { status: 201, body: '{"id":"a1"}' },
    ]);
    const throttle = new ThrottleSignal();
    const waits: number[] = [];
    throttle.listen((ms) => waits.push(ms));
    const response = await connectorHttpClient(throttle).sendRequest(request(c.url));
    expect(response.status).toBe(201);
    expect(response.bodyAsText).toBe('{"id":"a1"}');
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(waits).toEqual([50, 100]);
    expect(c.bodies).toEqual(['{"type":"message"}', '{"type":"message"}', '{"type":"message"}']);
  });

  it('hands a 5xx on at once as an error the SDK does not retry, with its status', async () => {
    const c = await connector([{ status: 502 }]);
    const error = await connectorHttpClient(new ThrottleSignal())
      .sendRequest(request(c.url))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorHttpError);
    expect((error as ConnectorHttpError).statusCode).toBe(502);
    expect((error as Error).name).not.toBe('RestError');
    expect(c.bodies).toHaveLength(1);
  });

  it('returns other answers (403, 404) as they are, for the SDK to read', async () => {
    const c = await connector([{ status: 403, body: '{"error":{"code":"BotDisabledByAdmin"}}' }]);
    const response = await connectorHttpClient(new ThrottleSignal()).sendRequest(request(c.url));
    expect(response.status).toBe(403);
    expect(c.bodies).toHaveLength(1);
  });

  it('tries a refused connection again a few times, then says it was refused', async () => {
    const c = await connector([]);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const error = await connectorHttpClient(new ThrottleSignal())
      .sendRequest(request(c.url))
      .catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('ECONNREFUSED');
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
  });
});
