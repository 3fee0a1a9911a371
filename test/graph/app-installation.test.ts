import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { TeamsAppInstaller } from '../../src/graph/app-installation.js';
import { GraphClient } from '../../src/graph/client.js';
import { CATALOG_APP_ID, GraphStandIn } from '../support/graph-standin.js';

let graph: GraphStandIn;
let installer: TeamsAppInstaller;
let client: GraphClient;

beforeEach(async () => {
  graph = await new GraphStandIn().start();
  const settings = loadConfig(graph.env()).graph!;
  client = new GraphClient(settings, { ca: graph.ca });
  installer = new TeamsAppInstaller(client, { ...settings, catalogAppId: settings.catalogAppId! });
  graph.addUser('aad-person');
});
afterEach(async () => {
  await graph.stop();
});

describe('installing the app for a person through Microsoft Graph', () => {
  it('gets a token with the client credentials, installs the app and finds the 1:1 chat', async () => {
    const result = await installer.personalChat('aad-person');
    expect(result).toEqual({ status: 'ok', chatId: '19:aad-person_bot@unq.gbl.spaces' });
    const token = graph.calls.find((c) => c.path.endsWith('/oauth2/v2.0/token'))!;
    expect(new URLSearchParams(token.body).get('grant_type')).toBe('client_credentials');
    const [install, list, chat] = graph.graphCalls();
    expect(install!.method).toBe('POST');
    expect(install!.body).toEqual({
      'teamsApp@odata.bind': `${graph.graphUrl}/appCatalogs/teamsApps/${CATALOG_APP_ID}`,
    });
    expect(list!.query.get('$filter')).toBe(`teamsApp/id eq '${CATALOG_APP_ID}'`);
    expect(list!.query.get('$expand')).toBe('teamsApp');
    expect(chat!.path).toMatch(/\/installedApps\/inst-[^/]+\/chat$/);
    expect(graph.graphCalls().every((c) => /^Bearer standin-/.test(String(c.headers.authorization)))).toBe(true);
  });

  it('finds the chat of an app that was installed before (409)', async () => {
    await installer.personalChat('aad-person');
    const again = await installer.personalChat('aad-person');
    expect(again.status).toBe('ok');
    expect(graph.graphCalls().filter((c) => c.status === 409)).toHaveLength(1);
  });

  it('waits out a 429 as Retry-After says and then installs once', async () => {
    let throttled = 0;
    graph.fail = (call) =>
      call.method === 'POST' && throttled++ < 2 ? { status: 429, headers: { 'retry-after': '1' } } : undefined;
    const result = await installer.personalChat('aad-person');
    expect(result.status).toBe('ok');
    expect(
      graph
        .graphCalls()
        .filter((c) => c.method === 'POST')
        .map((c) => c.status),
    ).toEqual([429, 429, 201]);
  });

  it('reports a Graph that keeps failing (5xx) as retryable, an unknown person as not found', async () => {
    graph.fail = (call) => (call.method === 'POST' ? { status: 500 } : undefined);
    expect((await installer.personalChat('aad-person')).status).toBe('retryable');
    graph.fail = undefined;
    expect(await installer.personalChat('aad-nobody')).toMatchObject({ status: 'not-found' });
    graph.fail = (call) =>
      call.method === 'POST' ? { status: 403, body: { error: { code: 'Forbidden' } } } : undefined;
    expect(await installer.personalChat('aad-person')).toMatchObject({
      status: 'refused',
      error: 'graph 403 Forbidden',
    });
  });

  it('refuses a call outside GRAPH_BASE_URL without sending the token there', async () => {
    const result = await client.get('https://example.invalid/v1.0/users');
    expect(result.ok).toBe(false);
    expect(graph.graphCalls()).toHaveLength(0);
  });
});

describe('the Graph stand-in stays honest', () => {
  const post = (path: string, body: string, headers: Record<string, string>) =>
    fetch(`${graph.graphUrl}${path}`, { method: 'POST', body, headers });

  it('refuses what Graph refuses: no token, a malformed body, a wrong method, an unknown path', async () => {
    await installer.personalChat('aad-person'); // a token exists now
    const token = graph.calls.find((c) => c.headers.authorization)?.headers.authorization as string;
    const json = { 'content-type': 'application/json' };
    const path = '/users/aad-person/teamwork/installedApps';
    expect((await post(path, '{}', json)).status).toBe(401);
    expect((await post(path, '{}', { ...json, authorization: token })).status).toBe(400);
    expect((await post(path, '{"teamsApp@odata.bind": 3}', { ...json, authorization: token })).status).toBe(400);
    expect((await post(path, 'not json', { ...json, authorization: token })).status).toBe(400);
    const del = await fetch(`${graph.graphUrl}${path}`, { method: 'DELETE', headers: { authorization: token } });
    expect(del.status).toBe(405);
    const other = await fetch(`${graph.graphUrl}/me/chats`, { headers: { authorization: token } });
    expect(other.status).toBe(400);
  });

  it('gives no token for a wrong secret', async () => {
    const settings = loadConfig(graph.env({ GRAPH_CLIENT_SECRET: 'wrong' })).graph!;
    const wrong = new TeamsAppInstaller(new GraphClient(settings, { ca: graph.ca }), {
      ...settings,
      catalogAppId: CATALOG_APP_ID,
    });
    const result = await wrong.personalChat('aad-person');
    expect(result.status).toBe('retryable');
    expect(graph.graphCalls()).toHaveLength(0);
  });
});
