import { z } from 'zod';
import {
  GUID,
  LOOPBACK,
  optionalText,
  tenantList,
  idList,
  int,
  num,
  bool,
  isValidTimeZone,
  escalationLevels,
} from './env-values.js';
import { graphCrossChecks, graphEnv, graphSettings } from './env-graph.js';

/**
 * Every setting the bot reads from the environment, validated once at start.
 * A mistake stops the bot with one line per problem, naming the variable and what is expected.
 */

const envSchema = z.object({
  PORT: int('PORT', 0, 65535, 3978),
  HOST: optionalText,
  PUBLIC_URL: optionalText.refine(
    (v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v),
    'PUBLIC_URL must be an http(s) URL',
  ),
  MicrosoftAppId: optionalText.refine(
    (v) => v === undefined || GUID.test(v),
    "MicrosoftAppId must be the bot's Entra app id (a GUID)",
  ),
  MicrosoftAppPassword: optionalText,
  MicrosoftAppTenantId: optionalText.refine(
    (v) => v === undefined || GUID.test(v),
    'MicrosoftAppTenantId must be a tenant id (a GUID)',
  ),
  MicrosoftAppType: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
      errorMap: () => ({ message: 'MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI' }),
    })
    .optional(),
  ALLOWED_TENANT_IDS: tenantList,
  DATA_DIR: z.string().trim().min(1).optional().default('./data'),
  STORE_FSYNC: bool('STORE_FSYNC', false),
  STORE_LOCK_STALE_SECONDS: int('STORE_LOCK_STALE_SECONDS', 3, 300, 10),
  UTHIEK_TEAM_ID: optionalText,
  UTHIEK_CHANNEL_ID: optionalText,
  UTHIEK_MEMBER_IDS: idList,
  PRIVACY_OFFICER_IDS: idList,
  REPORT_VIEWER_IDS: idList,
  REPORT_VIEWER_TEAM_ID: optionalText,
  REPORT_CHANNEL_ID: optionalText.refine(
    (v) => v === undefined || /^19:[^\s@]+@thread\.(tacv2|skype)$/.test(v),
    'REPORT_CHANNEL_ID must be a Teams channel id (19:…@thread.tacv2)',
  ),
  DEFAULT_LOCALE: z
    .enum(['nl', 'en'], { errorMap: () => ({ message: 'DEFAULT_LOCALE must be nl or en' }) })
    .optional()
    .default('nl'),
  TIME_ZONE: z
    .string()
    .trim()
    .optional()
    .default('Europe/Amsterdam')
    .refine(isValidTimeZone, (v) => ({
      message: `TIME_ZONE must be an IANA time zone such as Europe/Amsterdam (got "${v}")`,
    })),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      errorMap: () => ({ message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent' }),
    })
    .optional()
    .default('info'),
  VALUE_MODEL_FILE: optionalText,
  IMPACT_RULES_FILE: optionalText,
  DETECTOR_THRESHOLD: num('DETECTOR_THRESHOLD', 0, 1, 0.5),
  SIGNAL_EXPIRY_DAYS: int('SIGNAL_EXPIRY_DAYS', 1, 365, 14),
  SIGNAL_INVITES_PER_WEEK: int('SIGNAL_INVITES_PER_WEEK', 0, 100, 3),
  SIGNAL_DELIVERY: z
    .enum(['private', 'thread'], { errorMap: () => ({ message: 'SIGNAL_DELIVERY must be private or thread' }) })
    .optional()
    .default('private'),
  JOB_INTERVAL_SECONDS: int('JOB_INTERVAL_SECONDS', 1, 3600, 30),
  SHUTDOWN_TIMEOUT_SECONDS: int('SHUTDOWN_TIMEOUT_SECONDS', 1, 600, 25),
  NOTICE_DAYS_HIGH: int('NOTICE_DAYS_HIGH', 0, 60, 10),
  NOTICE_DAYS_OTHER: int('NOTICE_DAYS_OTHER', 0, 60, 5),
  ASSESSMENT_MINUTES: int('ASSESSMENT_MINUTES', 15, 480, 90),
  PREP_PACK_DAYS: int('PREP_PACK_DAYS', 0, 30, 5),
  FOLLOWUP_CADENCE_DAYS: int('FOLLOWUP_CADENCE_DAYS', 1, 60, 5),
  ESCALATE_AFTER_NUDGES: int('ESCALATE_AFTER_NUDGES', 1, 20, 2),
  REPORT_AFTER_NUDGES: int('REPORT_AFTER_NUDGES', 1, 40, 4),
  FOLLOWUP_MAX_SNOOZES: int('FOLLOWUP_MAX_SNOOZES', 0, 20, 2),
  ESCALATION_LEVELS: escalationLevels('ESCALATION_LEVELS', 'Directieraad,College van B en W'),
  OFFICE_HOURS: z
    .string()
    .trim()
    .optional()
    .default('09:00-17:00')
    .refine((v) => {
      const m = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(v);
      return Boolean(m) && v.slice(0, 5) < v.slice(6);
    }, 'OFFICE_HOURS must look like 09:00-17:00, start before end'),
  SEND_RATE_PER_SECOND: int('SEND_RATE_PER_SECOND', 1, 1000, 25),
  SEND_CONCURRENCY: int('SEND_CONCURRENCY', 1, 100, 8),
  REPORT_TARGET: int('REPORT_TARGET', 0, 10000, 50),
  RETENTION_DAYS: int('RETENTION_DAYS', 30, 36500, 730),
  CLOCK_START: optionalText.refine(
    (v) => v === undefined || !Number.isNaN(Date.parse(v)),
    'CLOCK_START must be an ISO date-time such as 2026-11-24T09:00:00Z',
  ),
  OPENID_KEYS_URL: z
    .string()
    .trim()
    .optional()
    .default('https://login.microsoftonline.com/common/discovery/v2.0/keys')
    .refine((v) => /^https?:\/\/\S+$/.test(v), 'OPENID_KEYS_URL must be a URL'),
  ORGANIZER_EMAIL: z
    .string()
    .trim()
    .optional()
    .default('uthiek@utrecht.nl')
    .refine((v) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v), 'ORGANIZER_EMAIL must be an e-mail address'),
  OUTSIDE_LINK_DAYS: int('OUTSIDE_LINK_DAYS', 1, 365, 30),
  PANEL_VOG_VALID_MONTHS: int('PANEL_VOG_VALID_MONTHS', 1, 120, 36),
  MUNICIPALITY_NAME: z.string().trim().min(1).max(100).optional().default('Gemeente Utrecht'),
  MUNICIPALITY_LOGO_FILE: optionalText.refine(
    (v) => v === undefined || /\.(png|jpe?g)$/i.test(v),
    'MUNICIPALITY_LOGO_FILE must be a .png or .jpg file',
  ),
  ALGORITHM_REGISTER_URL: optionalText.refine(
    (v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v) || !/^[a-z][a-z0-9+.-]*:\/\//i.test(v),
    'ALGORITHM_REGISTER_URL must be an http(s) URL or a file path',
  ),
  ALGORITHM_REGISTER_TIMEOUT_SECONDS: int('ALGORITHM_REGISTER_TIMEOUT_SECONDS', 1, 300, 20),
  ALGORITHM_REGISTER_CONTACT: optionalText.refine(
    (v) => v === undefined || v.length <= 500,
    'ALGORITHM_REGISTER_CONTACT must be at most 500 characters',
  ),
  ...graphEnv,
});

/**
 * Creating multi-tenant Azure Bots is deprecated; a bot for one municipality is registered in its
 * own tenant, so SingleTenant is the default.
 */
const DEFAULT_APP_TYPE = 'SingleTenant';

/** Checks that involve more than one variable; run on the raw values so they report even when a field is also wrong. */
function crossChecks(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const value = (name: string) => (env[name] ?? '').trim() || undefined;
  const appId = value('MicrosoftAppId');
  const type = value('MicrosoftAppType') ?? DEFAULT_APP_TYPE;
  if (appId) {
    if (type !== 'UserAssignedMSI' && !value('MicrosoftAppPassword'))
      problems.push('MicrosoftAppPassword is required when MicrosoftAppId is set');
    if (type !== 'MultiTenant' && !value('MicrosoftAppTenantId')) {
      problems.push(
        `MicrosoftAppTenantId is required when MicrosoftAppType is ${type}${value('MicrosoftAppType') ? '' : ' (the default)'}: ` +
          'the id of the Entra tenant the bot is registered in',
      );
    }
    if (type === 'MultiTenant' && !value('MicrosoftAppTenantId') && !value('ALLOWED_TENANT_IDS')) {
      problems.push(
        'ALLOWED_TENANT_IDS is required with MicrosoftAppType=MultiTenant and no MicrosoftAppTenantId: without it any tenant could use the bot',
      );
    }
    if (value('CLOCK_START')) problems.push('CLOCK_START is only for local mode (no MicrosoftAppId)');
  } else {
    if (value('MicrosoftAppPassword')) problems.push('MicrosoftAppPassword is set but MicrosoftAppId is missing');
    const host = value('HOST');
    if (host && !LOOPBACK.has(host))
      problems.push(`HOST must be a loopback address in local mode (no MicrosoftAppId), got "${host}"`);
  }
  return [...problems, ...graphCrossChecks(env)];
}

import type { BotCredentials, Config } from './types.js';

export type { BotCredentials, Config, EscalationLevel, Locale } from './types.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The name of every environment variable the bot reads. */
export const ENV_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

/** Parses the environment; throws ConfigError listing every mistake at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  const problems = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((i) =>
          i.path.length && !i.message.startsWith(String(i.path[0])) ? `${i.path.join('.')}: ${i.message}` : i.message,
        )),
    ...crossChecks(env),
  ];
  if (!parsed.success || problems.length) throw new ConfigError(problems);
  const e = parsed.data;
  const credentials: BotCredentials | undefined = e.MicrosoftAppId
    ? {
        appId: e.MicrosoftAppId,
        password: e.MicrosoftAppPassword,
        tenantId: e.MicrosoftAppTenantId?.toLowerCase(),
        type: e.MicrosoftAppType ?? DEFAULT_APP_TYPE,
      }
    : undefined;
  const allowedTenantIds = e.ALLOWED_TENANT_IDS.length
    ? e.ALLOWED_TENANT_IDS
    : credentials?.tenantId
      ? [credentials.tenantId]
      : [];
  const warnings: string[] = [];
  if (credentials?.type === 'MultiTenant') {
    warnings.push(
      'MicrosoftAppType=MultiTenant: creating multi-tenant Azure Bots is deprecated; prefer SingleTenant or UserAssignedMSI (docs/deploy.md)',
    );
  }
  if (credentials?.tenantId && !allowedTenantIds.includes(credentials.tenantId)) {
    warnings.push(
      "ALLOWED_TENANT_IDS does not include MicrosoftAppTenantId: people in the bot's own tenant are refused",
    );
  }
  return {
    port: e.PORT,
    host: e.HOST ?? (credentials ? '0.0.0.0' : '127.0.0.1'),
    publicUrl: e.PUBLIC_URL,
    credentials,
    allowedTenantIds,
    shutdownTimeoutSeconds: e.SHUTDOWN_TIMEOUT_SECONDS,
    warnings,
    dataDir: e.DATA_DIR,
    storeFsync: e.STORE_FSYNC,
    storeLockStaleSeconds: e.STORE_LOCK_STALE_SECONDS,
    uthiek: {
      teamId: e.UTHIEK_TEAM_ID,
      channelId: e.UTHIEK_CHANNEL_ID ?? e.UTHIEK_TEAM_ID,
      memberIds: e.UTHIEK_MEMBER_IDS,
    },
    roles: {
      privacyOfficerIds: e.PRIVACY_OFFICER_IDS,
      reportViewerIds: e.REPORT_VIEWER_IDS,
      reportViewerTeamId: e.REPORT_VIEWER_TEAM_ID,
    },
    defaultLocale: e.DEFAULT_LOCALE,
    timeZone: e.TIME_ZONE,
    logLevel: e.LOG_LEVEL,
    valueModelFile: e.VALUE_MODEL_FILE,
    impactRulesFile: e.IMPACT_RULES_FILE,
    signal: {
      threshold: e.DETECTOR_THRESHOLD,
      expiryDays: e.SIGNAL_EXPIRY_DAYS,
      invitesPerWeek: e.SIGNAL_INVITES_PER_WEEK,
      delivery: e.SIGNAL_DELIVERY,
    },
    jobIntervalSeconds: e.JOB_INTERVAL_SECONDS,
    organizerEmail: e.ORGANIZER_EMAIL,
    outsideLinkDays: e.OUTSIDE_LINK_DAYS,
    panelVogValidMonths: e.PANEL_VOG_VALID_MONTHS,
    municipality: {
      name: e.MUNICIPALITY_NAME,
      ...(e.MUNICIPALITY_LOGO_FILE ? { logoFile: e.MUNICIPALITY_LOGO_FILE } : {}),
    },
    reportTarget: e.REPORT_TARGET,
    ...(e.REPORT_CHANNEL_ID ? { reportChannelId: e.REPORT_CHANNEL_ID } : {}),
    retentionDays: e.RETENTION_DAYS,
    clockStart: e.CLOCK_START,
    openIdKeysUrl: e.OPENID_KEYS_URL,
    followUp: {
      cadenceWorkingDays: e.FOLLOWUP_CADENCE_DAYS,
      escalateToHandlerAfter: e.ESCALATE_AFTER_NUDGES,
      escalateToReportAfter: Math.max(e.REPORT_AFTER_NUDGES, e.ESCALATE_AFTER_NUDGES),
      officeHours: { start: e.OFFICE_HOURS.slice(0, 5), end: e.OFFICE_HOURS.slice(6) },
      maxSnoozes: e.FOLLOWUP_MAX_SNOOZES,
    },
    escalationLevels: e.ESCALATION_LEVELS,
    send: { perSecond: e.SEND_RATE_PER_SECOND, concurrency: e.SEND_CONCURRENCY },
    graph: graphSettings(e),
    algorithmRegister: {
      ...(e.ALGORITHM_REGISTER_URL ? { source: e.ALGORITHM_REGISTER_URL } : {}),
      timeoutSeconds: e.ALGORITHM_REGISTER_TIMEOUT_SECONDS,
      ...(e.ALGORITHM_REGISTER_CONTACT ? { contact: e.ALGORITHM_REGISTER_CONTACT } : {}),
    },
    schedule: {
      noticeDays: { high: e.NOTICE_DAYS_HIGH, other: e.NOTICE_DAYS_OTHER },
      assessmentMinutes: e.ASSESSMENT_MINUTES,
      prepPackDays: e.PREP_PACK_DAYS,
    },
  };
}
