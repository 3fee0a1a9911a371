import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

/**
 * Builds the Teams app package from manifest/: fills in the ids, validates manifest.json and
 * its translation against Microsoft's JSON schemas bundled in @microsoft/app-manifest
 * (offline), and zips it with the icons.
 *
 *   MicrosoftAppId=<bot app id> [TEAMS_APP_ID=<guid>] [PUBLIC_URL=https://...] npm run manifest
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const manifestDir = path.join(root, 'manifest');
const require = createRequire(import.meta.url);

export interface ManifestInputs {
  botId: string;
  appId?: string;
  publicUrl?: string;
}

export function renderManifest(inputs: ManifestInputs): Record<string, unknown> {
  const template = fs.readFileSync(path.join(manifestDir, 'manifest.json'), 'utf8');
  const base = inputs.publicUrl?.replace(/\/$/, '');
  const manifest = JSON.parse(
    template
      .replaceAll('{{BOT_ID}}', inputs.botId)
      .replaceAll('{{APP_ID}}', inputs.appId ?? inputs.botId)
      .replaceAll('{{PUBLIC_URL}}', base ?? ''),
  ) as Record<string, unknown> & { validDomains: string[]; staticTabs?: unknown[]; webApplicationInfo: { id: string; resource: string } };
  if (base) {
    const host = new URL(base).host;
    manifest.validDomains = [host];
    // Teams tab single sign-on needs the app's URI on the same domain as the tab.
    manifest.webApplicationInfo.resource = `api://${host}/botid-${inputs.botId}`;
  } else {
    // A tab needs a public https address; without PUBLIC_URL the dashboard is reached through links.
    delete manifest.staticTabs;
  }
  return manifest;
}

export function readTranslation(file = 'en-us.json'): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(manifestDir, file), 'utf8')) as Record<string, unknown>;
}

function bundledSchema(manifest: Record<string, unknown>, file: string): object {
  const version = /\/(v[\d.]+|vDevPreview)\//.exec(String(manifest.$schema))?.[1];
  if (!version) throw new Error(`cannot tell the schema version from $schema ${String(manifest.$schema)}`);
  const packageDir = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const text = fs.readFileSync(path.join(packageDir, 'build', 'json-schemas', 'teams', version, file), 'utf8');
  // The published schemas contain "\a" and an unescaped "]" after "\b", which JavaScript's
  // unicode regular expressions (used by the validator) reject; both mean the same once escaped.
  return JSON.parse(text.replace(/\\a/g, '\\x07').replaceAll('\\\\b]', '\\\\b\\\\]')) as object;
}

/** Schema errors, one line each; empty when the manifest is valid. */
export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const { AppManifestUtils } = require('@microsoft/app-manifest') as {
    AppManifestUtils: { validateAgainstSchema(m: unknown, s: object): Promise<string[]> };
  };
  return AppManifestUtils.validateAgainstSchema(manifest, bundledSchema(manifest, 'MicrosoftTeams.schema.json'));
}

export async function validateTranslation(translation: Record<string, unknown>): Promise<string[]> {
  const { AppManifestUtils } = require('@microsoft/app-manifest') as {
    AppManifestUtils: { validateAgainstSchema(m: unknown, s: object): Promise<string[]> };
  };
  return AppManifestUtils.validateAgainstSchema(translation, bundledSchema(translation, 'MicrosoftTeams.Localization.schema.json'));
}

async function main(): Promise<void> {
  const botId = process.env.MicrosoftAppId;
  if (!botId) {
    process.stderr.write('Set MicrosoftAppId to the bot\'s Entra app id (and optionally TEAMS_APP_ID, PUBLIC_URL).\n');
    process.exit(2);
  }
  const manifest = renderManifest({ botId, appId: process.env.TEAMS_APP_ID, publicUrl: process.env.PUBLIC_URL });
  const errors = [...(await validateManifest(manifest)), ...(await validateTranslation(readTranslation()))];
  if (errors.length) {
    process.stderr.write(`The manifest is not valid:\n${errors.map((e) => `  - ${e}`).join('\n')}\n`);
    process.exit(1);
  }
  const outDir = path.join(manifestDir, 'build');
  fs.mkdirSync(outDir, { recursive: true });
  const zip = zipSync({
    'manifest.json': Buffer.from(JSON.stringify(manifest, null, 2)),
    'en-us.json': fs.readFileSync(path.join(manifestDir, 'en-us.json')),
    'color.png': fs.readFileSync(path.join(manifestDir, 'color.png')),
    'outline.png': fs.readFileSync(path.join(manifestDir, 'outline.png')),
  });
  const out = path.join(outDir, 'uthiek-bot.zip');
  fs.writeFileSync(out, zip);
  process.stdout.write(`Teams app package written to ${path.relative(process.cwd(), out)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  void main();
}
