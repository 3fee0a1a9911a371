import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/env.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

const APP = '11111111-2222-3333-4444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const OTHER = '99999999-8888-7777-6666-555555555555';

describe('configuration from the environment', () => {
  it('runs in local mode with no settings at all', () => {
    const c = loadConfig({});
    expect(c.credentials).toBeUndefined();
    expect(c.host).toBe('127.0.0.1');
    expect(c.port).toBe(3978);
    expect(c.dataDir).toBe('./data');
    expect(c.defaultLocale).toBe('nl');
  });

  it('names every mistake at once, one line each', () => {
    const p = problems({ PORT: 'abc', DEFAULT_LOCALE: 'fr', LOG_LEVEL: 'loud', TIME_ZONE: 'Mars/Base' });
    expect(p).toHaveLength(4);
    expect(p.join('\n')).toMatch(/PORT must be a whole number from 0 to 65535 \(got "abc"\)/);
    expect(p.join('\n')).toMatch(/DEFAULT_LOCALE must be nl or en/);
    expect(p.join('\n')).toMatch(/LOG_LEVEL must be one of/);
    expect(p.join('\n')).toMatch(/TIME_ZONE must be an IANA time zone/);
  });

  it('requires the password with an app id, and a tenant for single-tenant bots', () => {
    expect(
      problems({ MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppType: 'SingleTenant' }),
    ).toEqual([
      'MicrosoftAppPassword is required when MicrosoftAppId is set',
      'MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant: the id of the Entra tenant the bot is registered in',
    ]);
    // cross-field mistakes are reported together with field mistakes
    expect(
      problems({ PORT: 'x', MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppTenantId: TENANT }),
    ).toHaveLength(2);
    expect(problems({ MicrosoftAppId: 'not-a-guid', MicrosoftAppPassword: 'x' }).join()).toMatch(/GUID/);
  });

  it('refuses a non-loopback HOST in local mode', () => {
    expect(problems({ HOST: '0.0.0.0' }).join()).toMatch(/HOST must be a loopback address in local mode/);
  });

  it('listens on all interfaces with credentials unless HOST says otherwise', () => {
    const c = loadConfig({ MicrosoftAppId: APP, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TENANT });
    expect(c.host).toBe('0.0.0.0');
  });

  it('is SingleTenant by default with credentials, and then needs the tenant id', () => {
    expect(problems({ MicrosoftAppId: APP, MicrosoftAppPassword: 'x' })).toEqual([
      'MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant (the default): the id of the Entra tenant the bot is registered in',
    ]);
    const c = loadConfig({
      MicrosoftAppId: APP,
      MicrosoftAppPassword: 'x',
      MicrosoftAppTenantId: TENANT.toUpperCase(),
    });
    expect(c.credentials).toMatchObject({ type: 'SingleTenant', tenantId: TENANT });
    expect(c.allowedTenantIds).toEqual([TENANT]);
    expect(c.warnings).toEqual([]);
  });

  it('allows MultiTenant only with an allow-list of tenants, and warns that it is deprecated', () => {
    expect(
      problems({ MicrosoftAppId: APP, MicrosoftAppPassword: 'x', MicrosoftAppType: 'MultiTenant' }).join(),
    ).toMatch(/ALLOWED_TENANT_IDS is required with MicrosoftAppType=MultiTenant/);
    const c = loadConfig({
      MicrosoftAppId: APP,
      MicrosoftAppPassword: 'x',
      MicrosoftAppType: 'MultiTenant',
      ALLOWED_TENANT_IDS: `${TENANT}, ${OTHER}`,
    });
    expect(c.allowedTenantIds).toEqual([TENANT, OTHER]);
    expect(c.warnings.join()).toMatch(/multi-tenant Azure Bots is deprecated/);
  });

  it("reads ALLOWED_TENANT_IDS as GUIDs, and warns when it leaves out the bot's own tenant", () => {
    expect(problems({ ALLOWED_TENANT_IDS: `${TENANT},contoso.onmicrosoft.com` })).toEqual([
      'ALLOWED_TENANT_IDS must be tenant ids (GUIDs), comma-separated (got "contoso.onmicrosoft.com")',
    ]);
    expect(loadConfig({}).allowedTenantIds).toEqual([]);
    expect(loadConfig({ ALLOWED_TENANT_IDS: TENANT }).allowedTenantIds).toEqual([TENANT]);
    const c = loadConfig({
      MicrosoftAppId: APP,
      MicrosoftAppPassword: 'x',
      MicrosoftAppTenantId: TENANT,
      ALLOWED_TENANT_IDS: OTHER,
    });
    expect(c.warnings.join()).toMatch(/does not include MicrosoftAppTenantId/);
  });

  it('reads the time a stop may take', () => {
    expect(loadConfig({}).shutdownTimeoutSeconds).toBe(25);
    expect(loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: '100' }).shutdownTimeoutSeconds).toBe(100);
    expect(problems({ SHUTDOWN_TIMEOUT_SECONDS: '0' }).join()).toMatch(
      /SHUTDOWN_TIMEOUT_SECONDS must be a whole number from 1 to 600/,
    );
  });

  it('reads the algorithm register source (a URL or a file path), its timeout and contact', () => {
    expect(loadConfig({}).algorithmRegister).toEqual({ timeoutSeconds: 20 });
    expect(
      loadConfig({
        ALGORITHM_REGISTER_URL: 'https://data.utrecht.nl/algoritmeregister.json',
        ALGORITHM_REGISTER_TIMEOUT_SECONDS: '5',
        ALGORITHM_REGISTER_CONTACT: 'algoritmes@utrecht.nl',
      }).algorithmRegister,
    ).toEqual({
      source: 'https://data.utrecht.nl/algoritmeregister.json',
      timeoutSeconds: 5,
      contact: 'algoritmes@utrecht.nl',
    });
    expect(loadConfig({ ALGORITHM_REGISTER_URL: '/srv/register.csv' }).algorithmRegister.source).toBe(
      '/srv/register.csv',
    );
    const p = problems({ ALGORITHM_REGISTER_URL: 'ftp://x/register.csv', ALGORITHM_REGISTER_TIMEOUT_SECONDS: '0' });
    expect(p.join('\n')).toMatch(/ALGORITHM_REGISTER_URL must be an http\(s\) URL or a file path/);
    expect(p.join('\n')).toMatch(/ALGORITHM_REGISTER_TIMEOUT_SECONDS must be a whole number from 1 to 300/);
  });

  it('reads the Team Uthiek ids as a list and uses the team as triage channel by default', () => {
    const c = loadConfig({ UTHIEK_MEMBER_IDS: ' a, b ,,c ', UTHIEK_TEAM_ID: '19:t@thread.tacv2' });
    expect(c.uthiek).toEqual({
      teamId: '19:t@thread.tacv2',
      channelId: '19:t@thread.tacv2',
      memberIds: ['a', 'b', 'c'],
    });
  });
});

describe('configuration files', () => {
  it("loads another city's value model, and names each problem of a broken one", async () => {
    const { loadValueModel } = await import('../src/config/value-model.js');
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uthiek-cfg-'));
    const good = path.join(dir, 'city.json');
    fs.writeFileSync(
      good,
      JSON.stringify({
        id: 'eindhoven',
        name: { nl: 'Waarden', en: 'Values' },
        values: [{ id: 'openheid', name: { nl: 'Openheid', en: 'Openness' }, description: { nl: 'x', en: 'x' } }],
      }),
    );
    expect(loadValueModel(good).values.map((v) => v.id)).toEqual(['openheid']);
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(
      bad,
      JSON.stringify({ id: 'x', name: { nl: 'a', en: 'b' }, values: [{ id: 'Not OK', name: { nl: 'a' } }] }),
    );
    expect(() => loadValueModel(bad)).toThrow(
      /VALUE_MODEL_FILE .*bad\.json is not a valid value model:[\s\S]*values\.0\.id/,
    );
    expect(() => loadValueModel(path.join(dir, 'missing.json'))).toThrow(/cannot be read as JSON/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
