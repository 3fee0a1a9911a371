import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function run(script: string): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--no-deprecation', '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  return `${r.stdout}${r.stderr}`.trim();
}

describe('loading teams-ai without its unused sign-in support (src/lean-load.ts)', () => {
  it('the bot loads without botbuilder-dialogs; an Application given sign-in settings loads it then, and works', () => {
    const out = run(`
      const { loaded } = await import('./src/lean-load.ts');
      await import('./src/compose.ts');
      const { Application } = await import('@microsoft/teams-ai/lib/Application.js');
      const { TeamsAdapter } = await import('@microsoft/teams-ai/lib/TeamsAdapter.js');
      const { MemoryStorage } = await import('botbuilder');
      const atStart = loaded('botbuilder-dialogs');
      new Application({ adapter: new TeamsAdapter(), storage: new MemoryStorage() });
      const plain = loaded('botbuilder-dialogs');
      const app = new Application({ adapter: new TeamsAdapter(), storage: new MemoryStorage(), authentication: { settings: { graph: { connectionName: 'graph', title: 'Sign in' } } } });
      console.log(JSON.stringify({ atStart, plain, withSignIn: loaded('botbuilder-dialogs'), manager: app.authentication.constructor.name }));
    `);
    expect(JSON.parse(out.split('\n').at(-1)!)).toEqual({
      atStart: false,
      plain: false,
      withSignIn: true,
      manager: 'AuthenticationManager',
    });
  }, 60_000);

  it('the bot loads without the YAML, HTTP/2, HTML, Azure sign-in and card template libraries; using them loads them, and they work', () => {
    const out = run(`
      const { loaded } = await import('./src/lean-load.ts');
      await import('./src/compose.ts');
      const names = ['yaml', 'spdy', 'http-signature', 'htmlparser2', '@azure/identity', '@azure/msal-node', 'adaptivecards-templating'];
      const atStart = names.filter(loaded);
      const { Utilities } = await import('@microsoft/teams-ai/lib/Utilities.js');
      const yaml = Utilities.toString({ encode: (t) => [...t] }, { a: 'b', c: 'd' });
      const { MsalAppCredentials, JwtTokenProviderFactory } = await import('botframework-connector');
      const msal = new MsalAppCredentials('app-id', 'secret', 'https://login.microsoftonline.com/tenant').clientApplication.constructor.name;
      const { renderCard } = await import('./src/teams/cards/render.ts');
      const card = renderCard('case-summary', { t: {} }).type;
      const identity = new JwtTokenProviderFactory().createAzureServiceTokenProvider('app-id').constructor.name;
      console.log(JSON.stringify({ atStart, yaml, msal, card, identity, after: names.filter(loaded)}));
    `);
    expect(JSON.parse(out.split('\n').at(-1)!)).toEqual({
      atStart: [],
      yaml: 'a: b\nc: d\n',
      msal: 'ConfidentialClientApplication',
      identity: 'DefaultAzureCredential',
      card: 'AdaptiveCard',
      after: ['yaml', '@azure/identity', '@azure/msal-node', 'adaptivecards-templating'],
    });
  }, 60_000);
});
