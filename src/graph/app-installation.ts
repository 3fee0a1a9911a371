import type { GraphSettings } from '../config/env-graph.js';
import type { GraphClient } from './client.js';

/** The outcome of making sure a person has the app, as data. */
export type InstallResult =
  | { status: 'ok'; chatId: string }
  /** The person, or the app in the catalog, does not exist (404). */
  | { status: 'not-found'; error: string }
  /** Graph keeps saying "too many"; try again after `retryAfterMs`. */
  | { status: 'throttled'; error: string; retryAfterMs?: number }
  /** Graph refused (403: the permission is missing or not consented; 400). */
  | { status: 'refused'; error: string }
  /** No answer, or a 5xx: installing is idempotent, so trying again later is safe. */
  | { status: 'retryable'; error: string };

interface Installation {
  id: string;
  teamsApp?: { id?: string };
}

const user = (aadObjectId: string) => `/users/${encodeURIComponent(aadObjectId)}/teamwork/installedApps`;

/**
 * Installs the bot's Teams app for a person who cannot be reached otherwise, and finds the 1:1
 * chat that installing opens (as Company Communicator does; application permission
 * TeamsAppInstallation.ReadWriteForUser.All):
 *
 *   POST /users/{id}/teamwork/installedApps  { "teamsApp@odata.bind": ".../appCatalogs/teamsApps/{catalog id}" }
 *        201 installed, 409 already installed
 *   GET  /users/{id}/teamwork/installedApps?$expand=teamsApp&$filter=teamsApp/id eq '{catalog id}'
 *   GET  /users/{id}/teamwork/installedApps/{installation id}/chat   → { id: "19:…" }
 */
export class TeamsAppInstaller {
  constructor(
    private readonly graph: GraphClient,
    private readonly settings: GraphSettings & { catalogAppId: string },
  ) {}

  async personalChat(aadObjectId: string): Promise<InstallResult> {
    const appId = this.settings.catalogAppId;
    const installed = await this.graph.post(user(aadObjectId), {
      'teamsApp@odata.bind': `${this.settings.baseUrl}/appCatalogs/teamsApps/${appId}`,
    });
    if (!installed.ok && installed.status !== 409) return problem(installed);
    const filter = encodeURIComponent(`teamsApp/id eq '${appId}'`);
    const list = await this.graph.get<{ value?: Installation[] }>(
      `${user(aadObjectId)}?$expand=teamsApp&$filter=${filter}`,
    );
    if (!list.ok) return problem(list);
    const installation = list.body.value?.find((i) => i.teamsApp?.id === appId) ?? list.body.value?.[0];
    if (!installation?.id) return { status: 'not-found', error: 'graph: the app is not installed for the person' };
    const chat = await this.graph.get<{ id?: string }>(
      `${user(aadObjectId)}/${encodeURIComponent(installation.id)}/chat`,
    );
    if (!chat.ok) return problem(chat);
    if (!chat.body.id) return { status: 'retryable', error: 'graph: no chat id yet' };
    return { status: 'ok', chatId: chat.body.id };
  }
}

function problem(r: { status: number; error: string; retryAfterMs?: number }): InstallResult {
  if (r.status === 404) return { status: 'not-found', error: r.error };
  if (r.status === 429)
    return {
      status: 'throttled',
      error: r.error,
      ...(r.retryAfterMs !== undefined ? { retryAfterMs: r.retryAfterMs } : {}),
    };
  if (r.status >= 400 && r.status < 500) return { status: 'refused', error: r.error };
  return { status: 'retryable', error: r.error };
}
