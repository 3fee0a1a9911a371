import { z } from 'zod';
import { GUID, optionalText } from './env-values.js';

/**
 * Microsoft Graph, used with the application's own permissions (client credentials). Off unless
 * the tenant, client id and secret are all set; installing the app for a person who cannot be
 * reached otherwise also needs the app's id in the organisation's Teams app catalog.
 */
export interface GraphSettings {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Graph's address including the version, e.g. https://graph.microsoft.com/v1.0. */
  baseUrl: string;
  /** Where tokens come from, e.g. https://login.microsoftonline.com. */
  authorityHost: string;
  /** The app's id in the Teams app catalog (not the manifest id); absent = never install the app for anyone. */
  catalogAppId?: string;
  /**
   * Team Uthiek's shared mailbox: with it, assessments are events in its calendar with a Teams
   * meeting, proposals read free/busy, and e-mail to people outside Teams goes from it.
   */
  mailbox?: string;
  /** The SharePoint document library (drive id) that advice letters are uploaded to. */
  driveId?: string;
}

const url = (name: string, fallback: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.replace(/\/+$/, '') : fallback))
    .refine((v) => /^https?:\/\/[^\s/]+(\/\S*)?$/.test(v), `${name} must be an http(s) URL`);

const guid = (name: string, what: string) =>
  optionalText.refine((v) => v === undefined || GUID.test(v), `${name} must be ${what} (a GUID)`);

export const graphEnv = {
  GRAPH_TENANT_ID: guid('GRAPH_TENANT_ID', 'the Entra tenant id'),
  GRAPH_CLIENT_ID: guid('GRAPH_CLIENT_ID', 'the id of the Entra app registration that has the Graph permissions'),
  GRAPH_CLIENT_SECRET: optionalText,
  GRAPH_BASE_URL: url('GRAPH_BASE_URL', 'https://graph.microsoft.com/v1.0'),
  GRAPH_AUTHORITY_HOST: url('GRAPH_AUTHORITY_HOST', 'https://login.microsoftonline.com').refine(
    (v) => v.startsWith('https://'),
    'GRAPH_AUTHORITY_HOST must be an https URL (tokens are never fetched over plain http)',
  ),
  TEAMS_CATALOG_APP_ID: guid('TEAMS_CATALOG_APP_ID', "the app's id in the Teams app catalog"),
  GRAPH_MAILBOX: optionalText.refine(
    (v) => v === undefined || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v),
    "GRAPH_MAILBOX must be the shared mailbox's e-mail address",
  ),
  GRAPH_DRIVE_ID: optionalText.refine(
    (v) => v === undefined || /^[\w!-]{10,200}$/.test(v),
    'GRAPH_DRIVE_ID must be the id of a SharePoint document library (a drive id such as b!…)',
  ),
};

type GraphEnv = z.infer<z.ZodObject<typeof graphEnv>>;

const CREDENTIALS = ['GRAPH_TENANT_ID', 'GRAPH_CLIENT_ID', 'GRAPH_CLIENT_SECRET'] as const;

/** Graph's settings need each other: all three credentials or none, and the catalog id only with them. */
export function graphCrossChecks(env: NodeJS.ProcessEnv): string[] {
  const set = (name: string) => Boolean((env[name] ?? '').trim());
  const given = CREDENTIALS.filter(set);
  const problems: string[] = [];
  if (given.length > 0 && given.length < CREDENTIALS.length) {
    const missing = CREDENTIALS.filter((n) => !set(n)).join(', ');
    problems.push(
      `${missing} must be set too: Microsoft Graph needs GRAPH_TENANT_ID, GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET`,
    );
  }
  for (const name of ['TEAMS_CATALOG_APP_ID', 'GRAPH_MAILBOX', 'GRAPH_DRIVE_ID'])
    if (set(name) && given.length === 0)
      problems.push(`${name} needs GRAPH_TENANT_ID, GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET (Microsoft Graph)`);
  return problems;
}

export function graphSettings(e: GraphEnv): GraphSettings | undefined {
  if (!e.GRAPH_TENANT_ID || !e.GRAPH_CLIENT_ID || !e.GRAPH_CLIENT_SECRET) return undefined;
  return {
    tenantId: e.GRAPH_TENANT_ID,
    clientId: e.GRAPH_CLIENT_ID,
    clientSecret: e.GRAPH_CLIENT_SECRET,
    baseUrl: e.GRAPH_BASE_URL,
    authorityHost: e.GRAPH_AUTHORITY_HOST,
    ...(e.TEAMS_CATALOG_APP_ID ? { catalogAppId: e.TEAMS_CATALOG_APP_ID } : {}),
    ...(e.GRAPH_MAILBOX ? { mailbox: e.GRAPH_MAILBOX } : {}),
    ...(e.GRAPH_DRIVE_ID ? { driveId: e.GRAPH_DRIVE_ID } : {}),
  };
}
