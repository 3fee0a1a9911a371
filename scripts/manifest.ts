import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { catalogue, type MessageKey } from '../src/i18n/index.js';

/**
 * Builds the Teams app packages from manifest/, validated offline against Microsoft's JSON
 * schemas bundled in @microsoft/app-manifest:
 *
 * - `uthiek-bot.zip`, for everyone: the bot (personal, team and group chat, with the commands
 *   people can use in each, titles and descriptions in Dutch and English) and the message action.
 * - `uthiek-dashboard.zip` (only with PUBLIC_URL), for Team Uthiek: the dashboard as a personal
 *   tab with Teams single sign-on. A separate app because Teams cannot show a tab to some users
 *   of an app only: assign this one to Team Uthiek in the Teams admin center (docs/deploy.md).
 *
 * The version comes from package.json; command descriptions from the bot's own text catalogue
 * (the help card's lines), so the two cannot drift.
 *
 *   MicrosoftAppId=<bot app id> [TEAMS_APP_ID=<guid>] [TEAMS_DASHBOARD_APP_ID=<guid>] [PUBLIC_URL=https://...] npm run manifest
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const manifestDir = path.join(root, 'manifest');
const require = createRequire(import.meta.url);

export interface ManifestInputs {
  botId: string;
  appId?: string;
  /** The Teams app id of the dashboard app; default: derived from the bot id (stable). */
  dashboardAppId?: string;
  publicUrl?: string;
}

type Json = Record<string, unknown>;
interface Command {
  title: string;
  'title@en'?: string;
  description: string;
}
interface CommandList {
  scopes: string[];
  commands: Command[];
}

export function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/** A stable GUID derived from `name` (the form of a version 5 UUID: SHA-1, version and variant bits set). */
export function derivedGuid(name: string): string {
  const hash = createHash('sha1').update(`uthiek-bot:${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Fills the {{...}} placeholders of a template; {{t:key}} is a line of the bot's text catalogue. */
function fill(template: string, inputs: ManifestInputs, locale: 'nl' | 'en'): Json {
  const base = inputs.publicUrl?.replace(/\/$/, '') ?? '';
  const texts = catalogue(locale) as Record<string, string>;
  const text = template
    .replaceAll('{{VERSION}}', packageVersion())
    .replaceAll('{{BOT_ID}}', inputs.botId)
    .replaceAll('{{APP_ID}}', inputs.appId ?? inputs.botId)
    .replaceAll('{{DASHBOARD_APP_ID}}', inputs.dashboardAppId ?? derivedGuid(`dashboard:${inputs.botId}`))
    .replaceAll('{{PUBLIC_URL}}', base)
    .replace(/\{\{t:([\w.]+)\}\}/g, (_, key: string) => {
      if (!(key in texts)) throw new Error(`manifest: no text "${key}" in the ${locale} catalogue`);
      return JSON.stringify(sentence(texts[key as MessageKey]!)).slice(1, -1);
    });
  return JSON.parse(text) as Json;
}

const read = (file: string) => fs.readFileSync(path.join(manifestDir, file), 'utf8');

function withDomain(manifest: Json, inputs: ManifestInputs): Json {
  if (!inputs.publicUrl) return manifest;
  const host = new URL(inputs.publicUrl).host;
  // Teams single sign-on needs the app's URI on the same domain as the tab.
  return {
    ...manifest,
    validDomains: [host],
    webApplicationInfo: { id: inputs.botId, resource: `api://${host}/botid-${inputs.botId}` },
  };
}

function commandLists(manifest: Json): CommandList[] {
  return ((manifest.bots as Json[])[0]!.commandLists as CommandList[]) ?? [];
}

/** The bot's manifest, in Dutch (the default language); English command titles are dropped here. */
export function renderManifest(inputs: ManifestInputs): Json {
  const manifest = withDomain(fill(read('manifest.json'), inputs, 'nl'), inputs);
  for (const list of commandLists(manifest)) for (const c of list.commands) delete c['title@en'];
  return manifest;
}

/** The bot's English translation: names and descriptions from en-us.json, command titles and descriptions generated. */
export function renderTranslation(inputs: ManifestInputs = { botId: '00000000-0000-0000-0000-000000000000' }): Json {
  const translation = JSON.parse(read('en-us.json')) as Json;
  const english = fill(read('manifest.json'), inputs, 'en');
  commandLists(english).forEach((list, i) =>
    list.commands.forEach((c, j) => {
      if (!c['title@en']) throw new Error(`manifest: command "${c.title}" has no "title@en"`);
      translation[`bots[0].commandLists[${i}].commands[${j}].title`] = c['title@en'];
      translation[`bots[0].commandLists[${i}].commands[${j}].description`] = c.description;
    }),
  );
  return translation;
}

/** The dashboard app (a personal tab with single sign-on); it needs PUBLIC_URL. */
export function renderDashboardManifest(inputs: ManifestInputs & { publicUrl: string }): Json {
  return withDomain(fill(read('dashboard.json'), inputs, 'nl'), inputs);
}

export function readDashboardTranslation(): Json {
  return JSON.parse(read('dashboard.en-us.json')) as Json;
}

function bundledSchema(manifest: Json, file: string): object {
  const version = /\/(v[\d.]+|vDevPreview)\//.exec(String(manifest.$schema))?.[1];
  if (!version) throw new Error(`cannot tell the schema version from $schema ${String(manifest.$schema)}`);
  const packageDir = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const text = fs.readFileSync(path.join(packageDir, 'build', 'json-schemas', 'teams', version, file), 'utf8');
  // The published schemas contain "\a" and an unescaped "]" after "\b", which JavaScript's
  // unicode regular expressions (used by the validator) reject; both mean the same once escaped.
  return JSON.parse(text.replace(/\\a/g, '\\x07').replaceAll('\\\\b]', '\\\\b\\\\]')) as object;
}

function validator(): { validateAgainstSchema(m: unknown, s: object): Promise<string[]> } {
  return (
    require('@microsoft/app-manifest') as {
      AppManifestUtils: { validateAgainstSchema(m: unknown, s: object): Promise<string[]> };
    }
  ).AppManifestUtils;
}

/** Schema errors, one line each; empty when the manifest is valid. */
export async function validateManifest(manifest: Json): Promise<string[]> {
  return validator().validateAgainstSchema(manifest, bundledSchema(manifest, 'MicrosoftTeams.schema.json'));
}

export async function validateTranslation(translation: Json): Promise<string[]> {
  return validator().validateAgainstSchema(
    translation,
    bundledSchema(translation, 'MicrosoftTeams.Localization.schema.json'),
  );
}

function zip(file: string, manifest: Json, translation: Json): string {
  const outDir = path.join(manifestDir, 'build');
  fs.mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, file);
  fs.writeFileSync(
    out,
    zipSync({
      'manifest.json': Buffer.from(JSON.stringify(manifest, null, 2)),
      'en-us.json': Buffer.from(JSON.stringify(translation, null, 2)),
      'color.png': fs.readFileSync(path.join(manifestDir, 'color.png')),
      'outline.png': fs.readFileSync(path.join(manifestDir, 'outline.png')),
    }),
  );
  return path.relative(process.cwd(), out);
}

async function main(): Promise<void> {
  const botId = process.env.MicrosoftAppId;
  if (!botId) {
    process.stderr.write(
      "Set MicrosoftAppId to the bot's Entra app id (and optionally TEAMS_APP_ID, TEAMS_DASHBOARD_APP_ID, PUBLIC_URL).\n",
    );
    process.exit(2);
  }
  const inputs: ManifestInputs = {
    botId,
    appId: process.env.TEAMS_APP_ID,
    dashboardAppId: process.env.TEAMS_DASHBOARD_APP_ID,
    publicUrl: process.env.PUBLIC_URL,
  };
  const packages: [string, Json, Json][] = [['uthiek-bot.zip', renderManifest(inputs), renderTranslation(inputs)]];
  if (inputs.publicUrl)
    packages.push([
      'uthiek-dashboard.zip',
      renderDashboardManifest({ ...inputs, publicUrl: inputs.publicUrl }),
      readDashboardTranslation(),
    ]);
  const errors: string[] = [];
  for (const [, manifest, translation] of packages)
    errors.push(...(await validateManifest(manifest)), ...(await validateTranslation(translation)));
  if (errors.length) {
    process.stderr.write(`The manifest is not valid:\n${errors.map((e) => `  - ${e}`).join('\n')}\n`);
    process.exit(1);
  }
  for (const [file, manifest, translation] of packages) {
    process.stdout.write(
      `Teams app package (version ${String(manifest.version)}, app id ${String(manifest.id)}) written to ${zip(file, manifest, translation)}\n`,
    );
  }
  if (!inputs.publicUrl)
    process.stdout.write('No PUBLIC_URL: no dashboard package (the dashboard tab needs a public https address).\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  void main();
}
