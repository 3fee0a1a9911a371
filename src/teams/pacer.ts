import PQueue from 'p-queue';
import type { ThrottleSignal } from './send-policy.js';

/**
 * One pace for every call the bot makes to the Bot Connector on its own initiative: proactive
 * sends, and the roster and member look-ups (Teams counts them against the same limits). At most
 * `perSecond` calls start per second, `concurrency` at once; a 429 anywhere (announced on the
 * throttle signal) holds every call for as long as Teams asked.
 */
export class Pacer {
  private readonly queue: PQueue;
  private readonly stopListening: () => void;
  private resumeAt = 0;

  constructor(throttle: ThrottleSignal, limits: { perSecond: number; concurrency: number }) {
    this.queue = new PQueue({ concurrency: limits.concurrency, intervalCap: limits.perSecond, interval: 1000 });
    this.stopListening = throttle.listen((ms) => this.holdFor(ms));
  }

  /** Runs `work` when the pace allows. */
  run<T>(work: () => Promise<T>): Promise<T> {
    return this.queue.add(work, { throwOnTimeout: true });
  }

  /** Resolves when no call is queued or running. */
  async idle(): Promise<void> {
    await this.queue.onIdle();
  }

  /** Waits for queued calls and stops listening for throttling. */
  async close(): Promise<void> {
    await this.queue.onIdle();
    this.stopListening();
  }

  /** Teams said "too many": start no new call until the wait is over. */
  private holdFor(ms: number): void {
    const until = Date.now() + ms;
    if (until <= this.resumeAt) return;
    const wasHolding = this.resumeAt > Date.now();
    this.resumeAt = until;
    this.queue.pause();
    if (!wasHolding) this.resumeLater();
  }

  /** One timer at a time; it waits again if the hold was extended meanwhile (timers may also fire a little early). */
  private resumeLater(): void {
    const left = this.resumeAt - Date.now();
    if (left <= 0) {
      this.queue.start();
      return;
    }
    setTimeout(() => this.resumeLater(), left + 1).unref();
  }
}
