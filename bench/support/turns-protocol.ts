/** Messages between bench/turns.ts (the bots) and bench/support/turns-driver.ts (load and connector). */

/** What a request is, for the figures per kind. */
export type RequestKind = 'message' | 'channel' | 'command' | 'action';

/** One activity to post, built (and serialised) by the parent before any timing starts. */
export interface PlannedRequest {
  id: string;
  kind: RequestKind;
  /** Finer than the kind (the real mix's labels: `help`, `zaken`, `triage accept`, …), for the figures per label. */
  label?: string;
  body: string;
  /** Replies the bot must post to the connector in answer to this activity (0 or 1). */
  replies: number;
  /** When set, the reply's text must be this. */
  replyText?: string;
  /** The reply must carry a card (an attachment). */
  replyCard?: boolean;
  /** An invoke: the HTTP answer must be 200 with an invoke response whose body does not contain any of these. */
  invokeRefuses?: string[];
}

export interface RunRequest {
  type: 'run';
  /** Unique per run. */
  tag: string;
  /** The bot's base URL; activities go to `${target}/api/messages`. */
  target: string;
  concurrency: number;
  warmup: PlannedRequest[];
  measured: PlannedRequest[];
}

export interface Verification {
  /** Activities sent (warm-up and measured). */
  sent: number;
  /** Activities whose replies at the connector were as expected (count, text or card). */
  answeredAsExpected: number;
  /** Activities that got fewer replies than expected. */
  missing: number;
  /** Replies beyond the expected ones. */
  duplicates: number;
  /** Replies to ids this run did not send. */
  stray: number;
  /** Replies with another text than expected, or without the card expected. */
  wrongReply: number;
  /** Invokes whose answer was not 200 with a proper invoke response, or held a refusal or error. */
  badInvokes: number;
  /** HTTP answers of the bot other than 200 (or failed requests). */
  non200: number;
  /** POSTs to the connector that were not replies: proactive messages (invitations, notices) and new conversations. */
  proactive: number;
}

export interface RunResult {
  type: 'result';
  tag: string;
  /** Latency of every measured request, ms, in the order of `measured`. */
  latenciesMs: number[];
  /** From the first measured send to the last measured response. */
  wallMs: number;
  verification: Verification;
  /** Event-loop utilisation of the driver process during the measured part (near 1 = the driver, not the bot, was the limit). */
  driverElu: number;
}

export type DriverMessage =
  | { type: 'ready'; connectorUrl: string }
  | { type: 'measuring'; tag: string }
  | RunResult
  | { type: 'error'; message: string };
export type ParentMessage = RunRequest | { type: 'exit' };
