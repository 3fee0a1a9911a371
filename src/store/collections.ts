import type { CaseRecord } from '../domain/case/case.js';
import type { DeliveryRecord } from '../domain/delivery/delivery.js';
import type { SignalRecord } from '../domain/signal/signal.js';
import type { PanelMember, StaffAvailability } from '../domain/schedule/panel.js';
import type { ProposalRecord } from '../domain/schedule/proposal.js';
import type { LoadedEntry } from '../domain/register/parse.js';

/**
 * The shapes of the stored documents, per collection. This module imports only domain types, so
 * the store, its repositories and the job scheduler can all depend on it without a circle.
 */

/** Every stored document has an id; `rev` is set by the store and grows by one on every write. */
export interface Stored {
  id: string;
  rev?: number;
}

export type JobStatus = 'pending' | 'running' | 'done' | 'failed' | 'unknown';

/**
 * A unit of work to do at or after `dueAt` (proactive messages, reminders, expiry). Kept in the
 * store, so it survives restarts. The id is chosen by the caller and makes enqueueing
 * idempotent: the same job is never created twice.
 */
export interface JobRecord extends Stored {
  id: string;
  kind: string;
  dueAt: string;
  status: JobStatus;
  attempts: number;
  payload: Record<string, string | number | boolean | null | string[]>;
  createdAt: string;
  updatedAt: string;
  lastError?: string;
}

/**
 * Where the bot can reach a conversation later (proactive messages): a Bot Framework
 * conversation reference, kept as the opaque JSON the adapter gave us.
 */
export interface ConversationRecord extends Stored {
  /** Conversation id. */
  id: string;
  kind: 'personal' | 'groupChat' | 'channel';
  /** For personal chats: the user's AAD object id. */
  userId?: string;
  teamId?: string;
  channelId?: string;
  tenantId?: string;
  reference: Record<string, unknown>;
  installedAt: string;
  updatedAt: string;
  welcomedAt?: string;
  /** Set when Teams tells us the bot was removed, or a send got 403. */
  unreachableSince?: string;
}

/** What the bot keeps about a person: ids and preferences, nothing else. */
export interface PersonRecord extends Stored {
  /** AAD object id. */
  id: string;
  /** Bot Framework user id in Teams (29:...), needed to open a 1:1 chat. */
  teamsUserId?: string;
  tenantId?: string;
  locale?: 'nl' | 'en';
  /** The person asked not to be invited about signals. */
  quiet?: boolean;
  updatedAt: string;
}

/** Ids of activities already handled, so a resent activity is handled once. */
export interface InboxRecord extends Stored {
  id: string;
  at: string;
}

/** Settings of a channel or team: quiet channels, how signals are delivered. */
export interface SettingRecord extends Stored {
  /** 'channel:<id>' or 'team:<id>'. */
  id: string;
  quiet?: boolean;
  signalDelivery?: 'private' | 'thread';
  /** Only in data of older versions ('secret:links'): moved into the store's secrets file on start. */
  secret?: string;
  updatedAt: string;
  updatedBy: string;
}

/** Where the bot posted a card it keeps up to date (e.g. 'triage:UTH-2026-001'). */
export interface MessageRefRecord extends Stored {
  id: string;
  conversationId: string;
  activityId: string;
  postedAt: string;
}

/** Sequence numbers, e.g. the case number per year. */
export interface CounterRecord extends Stored {
  id: string;
  value: number;
}

/**
 * The municipality's algorithm register as last loaded from its open-data file (one document,
 * 'current'): replaced whole, and only by a file that was read without a problem.
 */
export interface RegisterFileRecord extends Stored {
  /** Always 'current'. */
  id: string;
  /** The URL or file it came from. */
  source: string;
  loadedAt: string;
  /** sha256 of the file's text: a reload of the same file writes nothing. */
  hash: string;
  entries: LoadedEntry[];
}

export interface Collections {
  conversations: ConversationRecord;
  people: PersonRecord;
  inbox: InboxRecord;
  cases: CaseRecord & Stored;
  counters: CounterRecord;
  jobs: JobRecord;
  signals: SignalRecord & Stored;
  settings: SettingRecord;
  messages: MessageRefRecord;
  panel: PanelMember & Stored;
  staff: StaffAvailability & Stored;
  proposals: ProposalRecord & Stored;
  deliveries: DeliveryRecord & Stored;
  register: RegisterFileRecord;
}

export const collectionNames: (keyof Collections)[] = [
  'conversations',
  'people',
  'inbox',
  'cases',
  'counters',
  'jobs',
  'signals',
  'settings',
  'messages',
  'panel',
  'staff',
  'proposals',
  'deliveries',
  'register',
];
