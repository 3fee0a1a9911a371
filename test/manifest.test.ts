import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { readTranslation, renderManifest, validateManifest, validateTranslation } from '../scripts/manifest.js';

const BOT_ID = '11111111-2222-3333-4444-555555555555';

describe('Teams app manifest', () => {
  it('is valid against Microsoft\'s schema (offline, bundled in @microsoft/app-manifest)', async () => {
    const manifest = renderManifest({ botId: BOT_ID, publicUrl: 'https://uthiek.example.org' });
    expect(await validateManifest(manifest)).toEqual([]);
    expect(await validateTranslation(readTranslation())).toEqual([]);
  });

  it('the validator does catch a broken manifest', async () => {
    const manifest = renderManifest({ botId: 'not-a-guid' });
    expect((await validateManifest(manifest)).join('\n')).toMatch(/botId|id/);
  });

  it('offers the bot in personal, team and group chat with RSC so channel messages arrive without @mention', () => {
    const m = renderManifest({ botId: BOT_ID }) as any;
    expect(m.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(m.authorization.permissions.resourceSpecific).toContainEqual({ name: 'ChannelMessage.Read.Group', type: 'Application' });
    expect(m.webApplicationInfo.id).toBe(BOT_ID);
    for (const icon of Object.values(m.icons) as string[]) expect(fs.existsSync(new URL(`../manifest/${icon}`, import.meta.url))).toBe(true);
  });

  it('has the dashboard as a personal tab with single sign-on when the bot has a public address', async () => {
    const m = renderManifest({ botId: BOT_ID, publicUrl: 'https://uthiek.example.org' }) as any;
    expect(m.staticTabs[0]).toMatchObject({ entityId: 'dashboard', contentUrl: 'https://uthiek.example.org/dashboard?inTeams=1&lang={locale}', scopes: ['personal'] });
    expect(m.webApplicationInfo.resource).toBe(`api://uthiek.example.org/botid-${BOT_ID}`);
    const local = renderManifest({ botId: BOT_ID }) as any;
    expect(local.staticTabs).toBeUndefined();
    expect(await validateManifest(local)).toEqual([]);
  });
});
