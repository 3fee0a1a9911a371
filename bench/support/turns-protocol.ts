/** Messages between bench/turns.ts (the bots) and bench/support/turns-driver.ts (load and connector). */

export interface RunRequest {
  type: 'run';
  /** Unique per run; activity ids are derived from it. */
  tag: string;
  /** The bot's base URL; activities go to `${target}/api/messages`. */
  target: string;
  warmup: number;
  requests: number;
  concurrency: number;
  users: number;
  /** What every user types. */
  text: string;
  /** The text every reply must carry. */
  expectedReply: string;
}

export interface Verification {
  /** Activities sent (warm-up and measured). */
  sent: number;
  /** Activities that got exactly one reply at the connector. */
  answeredOnce: number;
  /** Activities that got no reply. */
  missing: number;
  /** Replies beyond the first to the same activity. */
  duplicates: number;
  /** Replies to ids this run did not send, and POSTs that were not replies. */
  stray: number;
  /** Replies with another text than expected. */
  wrongText: number;
  /** HTTP answers of the bot other than 200 (or failed requests). */
  non200: number;
}

export interface RunResult {
  type: 'result';
  tag: string;
  /** Latency of every measured request, ms, in completion order. */
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
