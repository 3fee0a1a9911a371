import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRODUCTION_NODE_OPTIONS } from '../../scripts/build.js';

/**
 * No Bicep compiler can be installed here (it is a .NET tool, not on npm or in Debian; `az` is
 * not available), so infra/main.bicep is checked structurally: balanced, every resource present
 * with the properties the bot's operation depends on, and the parameters file matching its
 * parameters. It is not compiled or deployed here.
 */
const root = path.resolve(import.meta.dirname, '../..');
const bicep = fs.readFileSync(path.join(root, 'infra', 'main.bicep'), 'utf8');

/** The brackets of the template outside strings and comments, in order. */
function brackets(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
    else if (c === "'") {
      for (i++; i < text.length && text[i] !== "'"; i++) if (text[i] === '\\') i++;
    } else if ('{}[]()'.includes(c)) out += c;
  }
  return out;
}

/** Whether every bracket closes the one opened last. */
function balanced(seq: string): boolean {
  const stack: string[] = [];
  const pairs: Record<string, string> = { '}': '{', ']': '[', ')': '(' };
  for (const c of seq) {
    if ('{[('.includes(c)) stack.push(c);
    else if (stack.pop() !== pairs[c]) return false;
  }
  return stack.length === 0;
}

/** Each resource declaration: symbolic name, type, API version, and its body (to the matching brace). */
function resources(): { name: string; type: string; api: string; body: string }[] {
  const out: { name: string; type: string; api: string; body: string }[] = [];
  const re = /^resource (\w+) '([\w./]+)@([\w-]+)'(?: existing)? = (?:if \([^)]*\) )?\{/gm;
  for (const m of bicep.matchAll(re)) {
    let depth = 0;
    let end = m.index! + m[0].length - 1;
    for (; end < bicep.length; end++) {
      if (bicep[end] === '{') depth++;
      else if (bicep[end] === '}' && --depth === 0) break;
    }
    out.push({ name: m[1]!, type: m[2]!, api: m[3]!, body: bicep.slice(m.index!, end + 1) });
  }
  return out;
}
const byType = (type: string) => resources().filter((r) => r.type === type);
const one = (type: string) => {
  const found = byType(type);
  expect(found, type).toHaveLength(1);
  return found[0]!.body;
};

describe('infra/main.bicep (structural check)', () => {
  it('is balanced and declares each resource with an API version', () => {
    expect(balanced(brackets(bicep))).toBe(true);
    expect(balanced(brackets(`${bicep}\nresource x 'a/b@2024-01-01' = {`))).toBe(false);
    expect(resources().length).toBeGreaterThanOrEqual(14);
    for (const r of resources()) expect(r.api, r.name).toMatch(/^\d{4}-\d{2}-\d{2}(-preview)?$/);
  });

  it('runs ONE always-on Linux Node instance with the health check on /healthz and the compiled bot', () => {
    const plan = one('Microsoft.Web/serverfarms');
    expect(plan).toMatch(/capacity: 1\b/);
    expect(plan).toMatch(/reserved: true/);
    expect(plan).toMatch(/elasticScaleEnabled: false/);
    expect(bicep).not.toMatch(/Microsoft\.Insights\/autoscalesettings/i);
    const site = one('Microsoft.Web/sites');
    expect(site).toMatch(/kind: 'app,linux'/);
    expect(site).toMatch(/alwaysOn: true/);
    expect(site).toMatch(/numberOfWorkers: 1\b/);
    expect(site).toMatch(/healthCheckPath: '\/healthz'/);
    expect(site).toMatch(/httpsOnly: true/);
    // what start:prod runs, with the same V8 options
    expect(site).toContain(`appCommandLine: '${['node', ...PRODUCTION_NODE_OPTIONS, 'dist/src/index.js'].join(' ')}'`);
    expect(bicep).toMatch(/param nodeVersion string = 'NODE\|22-lts'/);
    expect(bicep).toMatch(/'NODE\|24-lts'/);
  });

  it('mounts an Azure Files share where DATA_DIR points', () => {
    expect(one('Microsoft.Storage/storageAccounts/fileServices/shares')).toMatch(/enabledProtocols: 'SMB'/);
    const mount = byType('Microsoft.Web/sites/config').find((r) => /name: 'azurestorageaccounts'/.test(r.body))!.body;
    expect(mount).toMatch(/type: 'AzureFiles'/);
    expect(mount).toMatch(/mountPath: dataMountPath/);
    const settings = byType('Microsoft.Web/sites/config').find((r) => /name: 'appsettings'/.test(r.body))!.body;
    expect(settings).toMatch(/DATA_DIR: dataMountPath/);
    expect(bicep).toMatch(/var dataMountPath = '\/data'/);
  });

  it('registers an Azure Bot, SingleTenant or user-assigned managed identity, with the Teams channel', () => {
    const bot = one('Microsoft.BotService/botServices');
    expect(bot).toMatch(/msaAppType: botAppType/);
    expect(bot).toMatch(/msaAppTenantId: tenant\(\)\.tenantId/);
    expect(bot).toMatch(/endpoint: 'https:\/\/\$\{site\.properties\.defaultHostName\}\/api\/messages'/);
    expect(/@allowed\(\[\s*'SingleTenant'\s*'UserAssignedMSI'\s*\]\)\s*param botAppType/.test(bicep)).toBe(true);
    expect(bicep).not.toMatch(/MultiTenant/);
    expect(one('Microsoft.BotService/botServices/channels')).toMatch(/channelName: 'MsTeamsChannel'/);
    expect(one('Microsoft.ManagedIdentity/userAssignedIdentities')).toBeTruthy();
  });

  it('keeps the client secret in Key Vault, referenced from the app settings, readable by the app only', () => {
    expect(/@secure\(\)\s*param botAppPassword string/.test(bicep)).toBe(true);
    expect(one('Microsoft.KeyVault/vaults')).toMatch(/enableRbacAuthorization: true/);
    expect(one('Microsoft.KeyVault/vaults/secrets')).toMatch(/value: botAppPassword/);
    const settings = byType('Microsoft.Web/sites/config').find((r) => /name: 'appsettings'/.test(r.body))!.body;
    expect(settings).toMatch(
      /MicrosoftAppPassword: '@Microsoft\.KeyVault\(VaultName=\$\{vault\.name\};SecretName=\$\{secretName\}\)'/,
    );
    expect(settings).toMatch(/ALLOWED_TENANT_IDS: allowedTenantIds/);
    // Key Vault Secrets User, for the web app's identity
    expect(one('Microsoft.Authorization/roleAssignments')).toMatch(/4633458b-17de-408a-b874-0445c86b69e6/);
    expect(bicep).not.toMatch(/output .*[Pp]assword/);
  });

  it('ships the logs (stdout JSON lines, platform logs) to Log Analytics, with Application Insights on the same workspace', () => {
    expect(one('Microsoft.OperationalInsights/workspaces')).toMatch(/retentionInDays: logRetentionDays/);
    expect(one('Microsoft.Insights/components')).toMatch(/WorkspaceResourceId: logs\.id/);
    const diag = one('Microsoft.Insights/diagnosticSettings');
    expect(diag).toMatch(/scope: site/);
    expect(diag).toMatch(/category: 'AppServiceConsoleLogs', enabled: true/);
  });

  it('has a parameters file that sets only parameters the template declares, and every one without a default', () => {
    const declared = new Map([...bicep.matchAll(/^param (\w+) \w+( = .*)?$/gm)].map((m) => [m[1]!, Boolean(m[2])]));
    const given = Object.keys(
      (JSON.parse(fs.readFileSync(path.join(root, 'infra', 'main.parameters.json'), 'utf8')) as { parameters: object })
        .parameters,
    );
    for (const p of given) expect(declared.has(p), p).toBe(true);
    for (const [p, hasDefault] of declared) if (!hasDefault) expect(given, p).toContain(p);
    // every parameter is used somewhere besides its declaration
    for (const p of declared.keys()) expect(bicep.split(new RegExp(`\\b${p}\\b`)).length - 1, p).toBeGreaterThan(1);
  });
});
