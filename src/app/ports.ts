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
}

/** Who belongs to Team Uthiek, decided from the acting person's AAD object id. */
export interface Roster {
  isMember(aadObjectId: string | undefined): Promise<boolean>;
  /** Everyone who may triage, configured ids first. */
  list(): Promise<Member[]>;
  /** The team changed (members added or removed, the bot removed): read it again. */
  invalidate(): void;
}

/** Finds a colleague by e-mail address or object id, so they can be reached in Teams and named. */
export interface Directory {
  findByEmail(email: string): Promise<Member | undefined>;
  findById(aadObjectId: string): Promise<Member | undefined>;
}

/** A message to send: text, cards as attachments, or both. */
export interface Outgoing {
  text?: string;
  attachments?: { contentType: string; content?: unknown }[];
  /** Teams entities, e.g. the @mention of a person named in `text` as `<at>Name</at>`. */
  entities?: Record<string, unknown>[];
}

/** The result of one proactive send, as data (Company Communicator style). */
export type SendResult =
  | { status: 'sent'; conversationId: string; activityId?: string }
  /** The person removed the bot or blocked it (403/404): do not try again. */
  | { status: 'unreachable'; error: string }
  /** No conversation to send to is known yet. */
  | { status: 'no-route' }
  /** Still throttled after waiting as long as Teams asked. */
  | { status: 'throttled'; error: string }
  /** Nothing was delivered (e.g. the connection was refused): safe to try again. */
  | { status: 'retryable'; error: string }
  /** It may or may not have been delivered (5xx, time-out): not repeated blindly. */
  | { status: 'unknown'; error: string }
  | { status: 'failed'; error: string };

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
  /** Removes finished jobs last changed before `before` (ms since the epoch). */
  purgeFinished(before: number): Promise<void>;
}

/** Signed links for people outside Teams (calendar invitations, exports, the dashboard). */
export interface Links {
  /** A link to `path`; with `validForMs` it stops working after that time. */
  url(path: string, validForMs?: number): string;
  verify(path: string, sig: string | undefined, exp?: string): boolean;
}
