import type { SendResult } from '../domain/delivery/delivery.js';
import type { JobRecord } from '../store/collections.js';
import type { JobSpec } from '../store/repositories/jobs.js';

/**
 * What the use cases need from the outside world, as interfaces: the Teams layer (the proactive
 * sender, Team Uthiek's roster, the people directory) and the job scheduler implement them, and
 * the composition root passes them in. So nothing here depends on Teams or on the scheduler.
 */

/** Someone in Team Uthiek's roster; ids are never shown to people. */
export interface Member {
  aadObjectId: string;
  name?: string;
  /** Their e-mail address (or sign-in name), when Teams gives it: for calendar invitations. */
  email?: string;
  /** The Teams user id (29:…), when Teams told it: needed for user-specific card views. */
  teamsUserId?: string;
}

/** Who belongs to Team Uthiek, decided from the acting person's AAD object id. */
export interface Roster {
  /**
   * Whether the person belongs to Team Uthiek. Answers from what is known (the roster is read in
   * the background); throws RosterUnavailable only when the team was never read and Teams does
   * not answer in time.
   */
  isMember(aadObjectId: string | undefined): Promise<boolean>;
  /** Whether the person is known to belong to Team Uthiek, without asking Teams. */
  knows(aadObjectId: string): boolean;
  /** Everyone who may triage, configured ids first. */
  list(): Promise<Member[]>;
  /** The team changed (members added or removed, the bot removed): read it again. */
  invalidate(): void;
}

/** Team Uthiek's roster could not be read in time, and was never read before. */
export class RosterUnavailable extends Error {
  constructor() {
    super('the Team Uthiek roster could not be read in time');
    this.name = 'RosterUnavailable';
  }
}

/** Finds a colleague in the teams the bot is in, by e-mail address or object id, so they can be reached in Teams and named. */
export interface Directory {
  findByEmail(email: string): Promise<Member | undefined>;
  findById(aadObjectId: string): Promise<Member | undefined>;
  /** A person's e-mail address (or sign-in name) as Teams knows it, read through their chat with the bot. */
  emailOf(aadObjectId: string): Promise<string | undefined>;
}

/** A message to send: text, cards as attachments, or both. */
export interface Outgoing {
  text?: string;
  /** What Teams shows in notifications and the activity feed for a card. */
  summary?: string;
  attachments?: { contentType: string; content?: unknown }[];
  /** A person to @mention at the start of the text, so Teams notifies them. */
  mention?: { aadObjectId: string; name: string; teamsUserId?: string };
}

/** The result of one proactive send, as data (Company Communicator style). */
export type { SendResult };

/** Every message the bot sends on its own initiative. */
export interface Sender {
  /** To a person's 1:1 chat with the bot (opened through a shared team when there is none yet). */
  toPerson(aadObjectId: string, message: Outgoing): Promise<SendResult>;
  /** A reply in an existing channel thread. */
  toThread(channelId: string, rootMessageId: string, message: Outgoing): Promise<SendResult>;
  /** A new post in a channel of a team the bot is in. */
  newChannelPost(channelId: string, message: Outgoing): Promise<SendResult>;
  /** Replaces a message the bot sent earlier. */
  update(conversationId: string, activityId: string, message: Outgoing): Promise<SendResult>;
}

/** What a job reports when it ran: expected failures are data, not exceptions. */
export type JobOutcome =
  | { status: 'done' }
  | { status: 'retry'; at: Date; error: string }
  | { status: 'failed'; error: string }
  /** The work may or may not have happened (e.g. a 5xx on a send): never repeated blindly. */
  | { status: 'unknown'; error: string };

/** The persisted job queue. */
export interface JobQueue {
  /** Queues jobs (a job with the same id is left alone) and runs what is due soon. */
  enqueue(...specs: JobSpec[]): Promise<void>;
  /** Runs due jobs soon, without waiting for the interval. */
  kick(): void;
  /** Runs every job due now; resolves with how many ran. */
  tick(): Promise<number>;
  /** Jobs of a kind that are still to run or running. */
  open(kind: string): JobRecord[];
  /** Runs the pending jobs of a kind now instead of later (what they waited for has happened). */
  wake(kind: string): Promise<number>;
  /** Removes finished jobs last changed before `before` (ms since the epoch). */
  purgeFinished(before: number): Promise<void>;
}

/** Signed links for people outside Teams (calendar invitations, exports, the dashboard). */
export interface Links {
  /** A link to `path`; with `validForMs` it stops working after that time. */
  url(path: string, validForMs?: number): string;
  verify(path: string, sig: string | undefined, exp?: string): boolean;
}

/** The answer of a call to Outlook (Microsoft Graph), as data. */
export type OutlookResult<T> =
  | { ok: true; value: T }
  /** `status` 0: no answer; `retryAfterMs` when Graph said how long to wait. */
  | { ok: false; status: number; retryAfterMs?: number; error: string };

/** An assessment as an event in the shared mailbox's calendar. */
export interface OutlookEvent {
  subject: string;
  /** Plain text; people's own words in it are never interpreted as HTML. */
  body: string;
  /** ISO UTC. */
  start: string;
  end: string;
  location?: string;
  attendees: { address: string; name: string }[];
  /** The same for every attempt to create the event, so Outlook never creates it twice. */
  transactionId: string;
}

export interface OutlookEventRef {
  id: string;
  joinUrl?: string;
  webLink?: string;
}

/**
 * Team Uthiek's shared mailbox through Microsoft Graph: its calendar (events with a Teams
 * meeting, free/busy), e-mail from it, and the document library for advice letters.
 */
export interface Outlook {
  /** The shared mailbox's address (organiser, sender). */
  readonly mailbox: string;
  /** The e-mail address of a person in the tenant, for invitations and free/busy. */
  addressOf(aadObjectId: string): Promise<OutlookResult<string>>;
  createEvent(event: OutlookEvent): Promise<OutlookResult<OutlookEventRef>>;
  updateEvent(id: string, event: OutlookEvent): Promise<OutlookResult<OutlookEventRef>>;
  /** Cancels the event; Outlook sends every attendee its cancellation. */
  cancelEvent(id: string, comment: string): Promise<OutlookResult<void>>;
  /** Busy times (busy, away) of these addresses between two moments. */
  busy(addresses: string[], from: Date, to: Date): Promise<OutlookResult<{ start: string; end: string }[]>>;
  sendMail(mail: {
    to: { address: string; name: string };
    subject: string;
    body: string;
  }): Promise<OutlookResult<void>>;
  /** Uploads a file into the configured document library; false when none is configured. */
  upload(
    path: string,
    content: Buffer,
    contentType: string,
  ): Promise<OutlookResult<{ id: string; webUrl?: string }> | false>;
}
