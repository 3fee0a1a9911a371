import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  derivedGuid,
  readDashboardTranslation,
  renderDashboardManifest,
  renderManifest,
  renderTranslation,
  validateManifest,
  validateTranslation,
} from '../scripts/manifest.js';
import { catalogue } from '../src/i18n/index.js';
import type { CommandSpec } from '../src/teams/routing/commands.js';
import { startTestBot, type TestBot } from './support/bot-harness.js';

const BOT_ID = '11111111-2222-3333-4444-555555555555';
const PUBLIC_URL = 'https://uthiek.example.org';
const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

describe('Teams app manifest', () => {
  it("is valid against Microsoft's schema (offline, bundled in @microsoft/app-manifest), and so is its translation", async () => {
    const inputs = { botId: BOT_ID, publicUrl: PUBLIC_URL };
    expect(await validateManifest(renderManifest(inputs))).toEqual([]);
    expect(await validateTranslation(renderTranslation(inputs))).toEqual([]);
    expect(await validateManifest(renderManifest({ botId: BOT_ID }))).toEqual([]);
  });

  it('the validator does catch a broken manifest', async () => {
    const manifest = renderManifest({ botId: 'not-a-guid' });
    expect((await validateManifest(manifest)).join('\n')).toMatch(/botId|id/);
  });

  it('takes its version from package.json', () => {
    expect(pkg.version).toBe('1.1.0');
    expect(renderManifest({ botId: BOT_ID }).version).toBe(pkg.version);
    expect(renderDashboardManifest({ botId: BOT_ID, publicUrl: PUBLIC_URL }).version).toBe(pkg.version);
  });

  it('offers the bot in personal, team and group chat with RSC so channel messages arrive without @mention', () => {
    const m = renderManifest({ botId: BOT_ID }) as any;
    expect(m.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(m.authorization.permissions.resourceSpecific).toContainEqual({
      name: 'ChannelMessage.Read.Group',
      type: 'Application',
    });
    expect(m.webApplicationInfo.id).toBe(BOT_ID);
    for (const icon of Object.values(m.icons) as string[])
      expect(fs.existsSync(new URL(`../manifest/${icon}`, import.meta.url))).toBe(true);
  });
});

describe('the command lists in the manifest, against the commands the bot has', () => {
  let bot: TestBot;
  let specs: readonly CommandSpec[];
  beforeAll(async () => {
    bot = await startTestBot();
    specs = bot.bot.deps.commands.list();
  });
  afterAll(() => bot.stop());

  const nl = catalogue('nl') as Record<string, string>;
  const en = catalogue('en') as Record<string, string>;
  const sentence = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

  /** Each manifest command as the registry's command it names, with its English title and description. */
  function listed() {
    const m = renderManifest({ botId: BOT_ID }) as any;
    const t = renderTranslation({ botId: BOT_ID }) as Record<string, string>;
    return (m.bots[0].commandLists as { scopes: string[]; commands: { title: string; description: string }[] }[]).map(
      (list, i) => ({
        scopes: list.scopes,
        commands: list.commands.map((c, j) => ({
          ...c,
          spec: specs.find((s) => s.words.nl[0] === c.title),
          titleEn: t[`bots[0].commandLists[${i}].commands[${j}].title`],
          descriptionEn: t[`bots[0].commandLists[${i}].commands[${j}].description`],
        })),
      }),
    );
  }

  it('names only commands the bot has, with their first Dutch and English words and their help lines in both languages', () => {
    for (const list of listed()) {
      for (const c of list.commands) {
        expect(c.spec, c.title).toBeDefined();
        expect(c.titleEn).toBe(c.spec!.words.en[0]);
        // "help" is described by the help card's title ("Wat kan Uthiek Bot?"), every other command by its line in it
        const key = c.spec!.id === 'help' ? 'help.title' : c.spec!.help;
        expect(c.description).toBe(sentence(nl[key]!));
        expect(c.descriptionEn).toBe(sentence(en[key]!));
      }
    }
  });

  it("lists every command open to everyone, each in the scopes where it works; Team Uthiek's own commands are in the help card only", () => {
    const lists = listed();
    const ids = (scope: string) => lists.find((l) => l.scopes.includes(scope))!.commands.map((c) => c.spec!.id);
    const everyone = specs.filter((s) => s.audience === 'everyone').map((s) => s.id);
    // "uitnodigingen" is about a team's channels: it works only there
    expect(ids('personal').sort()).toEqual(everyone.filter((id) => id !== 'delivery').sort());
    expect(ids('personal')).toContain('mydata');
    expect(ids('team').sort()).toEqual(['delivery', 'help', 'quiet', 'signalsOn']);
    expect(ids('groupChat').sort()).toEqual(['help', 'quiet', 'signalsOn']);
    const uthiek = specs.filter((s) => s.audience === 'uthiek').map((s) => s.id);
    expect(uthiek.length).toBeGreaterThan(5);
    for (const list of lists) for (const c of list.commands) expect(uthiek).not.toContain(c.spec!.id);
  });
});

describe('the dashboard: a separate app, for Team Uthiek', () => {
  it('is not part of the bot app that everyone installs', () => {
    expect(renderManifest({ botId: BOT_ID, publicUrl: PUBLIC_URL }).staticTabs).toBeUndefined();
  });

  it('is a personal tab with single sign-on on the bot registration, with a stable app id of its own', async () => {
    const m = renderDashboardManifest({ botId: BOT_ID, publicUrl: PUBLIC_URL }) as any;
    expect(await validateManifest(m)).toEqual([]);
    expect(await validateTranslation(readDashboardTranslation())).toEqual([]);
    expect(m.staticTabs).toEqual([
      expect.objectContaining({
        entityId: 'dashboard',
        contentUrl: `${PUBLIC_URL}/dashboard?inTeams=1&lang={locale}`,
        scopes: ['personal'],
      }),
    ]);
    expect(m.bots).toBeUndefined();
    expect(m.webApplicationInfo).toEqual({ id: BOT_ID, resource: `api://uthiek.example.org/botid-${BOT_ID}` });
    expect(m.validDomains).toEqual(['uthiek.example.org']);
    expect(m.id).toBe(derivedGuid(`dashboard:${BOT_ID}`));
    expect(m.id).not.toBe(BOT_ID);
    expect(m.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(
      renderDashboardManifest({
        botId: BOT_ID,
        publicUrl: PUBLIC_URL,
        dashboardAppId: '22222222-2222-2222-2222-222222222222',
      }).id,
    ).toBe('22222222-2222-2222-2222-222222222222');
  });
});
