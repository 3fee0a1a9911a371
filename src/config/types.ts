/** The bot's configuration as the rest of the code sees it (parsed and checked in env.ts). */
import type { Locale } from '../domain/locale.js';
import type { GraphSettings } from './env-graph.js';
import type { EscalationLevel } from './env-values.js';

export type { EscalationLevel, Locale };

export interface BotCredentials {
  appId: string;
  password?: string;
  tenantId?: string;
  type: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

export interface Config {
  port: number;
  host: string;
  publicUrl?: string;
  /** Absent in local mode: no authentication, loopback only. */
  credentials?: BotCredentials;
  /**
   * Tenants whose activities and dashboard sign-ins are accepted; empty = no filter (local mode
   * without ALLOWED_TENANT_IDS only). Defaults to the app's own tenant.
   */
  allowedTenantIds: string[];
  /** How long a stop (SIGTERM) may take before the process gives up and exits non-zero. */
  shutdownTimeoutSeconds: number;
  /** Settings that work but deserve attention (printed and logged at start). */
  warnings: string[];
  dataDir: string;
  storeFsync: boolean;
  /** The data directory lock of a process that died is taken over after this many seconds. */
  storeLockStaleSeconds: number;
  uthiek: { teamId?: string; channelId?: string; memberIds: string[] };
  /** Who confirms DPIA records (privacy officers), and who may read reports without changing anything. */
  roles: { privacyOfficerIds: string[]; reportViewerIds: string[]; reportViewerTeamId?: string };
  defaultLocale: Locale;
  timeZone: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  valueModelFile?: string;
  impactRulesFile?: string;
  signal: { threshold: number; expiryDays: number; invitesPerWeek: number; delivery: 'private' | 'thread' };
  jobIntervalSeconds: number;
  /** Assessments a year that the council expects (the audit's target: 50). */
  reportTarget: number;
  /** Where the monthly report is posted (a Teams channel id); none: no monthly post. */
  reportChannelId?: string;
  /** Local mode only: the clock starts at this moment and can be moved forward (demos, e2e tests). */
  clockStart?: string;
  /** Finished cases keep personal data this long after their last change, then are anonymised. */
  retentionDays: number;
  /** Where Microsoft publishes the keys that sign Entra ID tokens (Teams tab single sign-on). */
  openIdKeysUrl: string;
  /** The organiser's address in calendar invitations (Team Uthiek's shared mailbox). */
  organizerEmail: string;
  /** Days a personal link for people outside Teams works (they can be revoked sooner). */
  outsideLinkDays: number;
  /** Months a panel member's certificate of conduct (VOG) counts, from its date. */
  panelVogValidMonths: number;
  /** The municipality's name and logo on the advice letter. */
  municipality: { name: string; logoFile?: string };
  followUp: {
    cadenceWorkingDays: number;
    escalateToHandlerAfter: number;
    escalateToReportAfter: number;
    officeHours: { start: string; end: string };
    /** Snoozes in a row, without a change of status, that count as an answer. */
    maxSnoozes: number;
  };
  /** Where the case handler can escalate a decision not to follow advice, lowest level first. */
  escalationLevels: EscalationLevel[];
  send: { perSecond: number; concurrency: number };
  /** Microsoft Graph with the app's own permissions; absent = not configured. */
  graph?: GraphSettings;
  /**
   * The municipality's open-data export of its algorithm register (an http(s) URL or a file path),
   * fetched daily with a timeout; and the register's general contact address for the export.
   */
  algorithmRegister: { source?: string; timeoutSeconds: number; contact?: string };
  schedule: { noticeDays: { high: number; other: number }; assessmentMinutes: number; prepPackDays: number };
}
