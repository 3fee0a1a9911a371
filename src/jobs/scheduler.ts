import type { Clock } from '../domain/clock.js';
import type { Logger } from '../log.js';
import { enqueueIn, type JobSpec } from '../store/repositories/jobs.js';
import type { Store } from '../store/store.js';
import type { JobOutcome, JobQueue } from '../app/ports.js';
import type { JobRecord } from '../store/collections.js';

export type JobHandler = (job: JobRecord) => Promise<JobOutcome>;

/**
 * The handlers of a family of jobs, by kind. `interrupted` says what to do with a job that was
 * running when the process died: retry only if that is harmless (default: mark it unknown).
 */
export type JobHandlers = Record<string, { run: JobHandler; interrupted?: 'retry' | 'unknown' }>;

export interface SchedulerOptions {
  intervalMs: number;
  /** Jobs run at once per tick; sends inside a job are throttled by the sender. */
  concurrency?: number;
  maxAttempts?: number;
}

interface Registration {
  handler: JobHandler;
  /** What to do with a job that was running when the process died: only retry if that is harmless. */
  interrupted: 'retry' | 'unknown';
}

/**
 * The persisted job scheduler. A job is claimed (status running) in a transaction before it
 * runs and settled after, so it is never run twice concurrently and never lost: a stop waits
 * for running jobs; after a crash, a job left running is retried only if its kind says that is
 * harmless, otherwise marked unknown for a person to look at.
 */
export class JobScheduler implements JobQueue {
  private readonly handlers = new Map<string, Registration>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private again = false;
  /** Kicks only run jobs after start(); a stop ends the current run after the jobs in flight. */
  private started = false;
  private stopping = false;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly options: SchedulerOptions,
  ) {}

  register(kind: string, handler: JobHandler, interrupted: Registration['interrupted'] = 'unknown'): void {
    this.handlers.set(kind, { handler, interrupted });
  }

  /** Registers a family of handlers; registering only records them, it queues or writes nothing. */
  registerAll(handlers: JobHandlers): void {
    for (const [kind, { run, interrupted }] of Object.entries(handlers)) this.register(kind, run, interrupted);
  }

  /** Queues jobs (a job with the same id is left alone) and runs what is due soon. */
  async enqueue(...specs: JobSpec[]): Promise<void> {
    await this.store.transact((tx) => {
      for (const spec of specs) enqueueIn(tx, spec, this.clock.now());
    });
    this.kick();
  }

  async start(): Promise<void> {
    this.started = true;
    this.stopping = false;
    await this.recoverInterrupted();
    this.timer = setInterval(() => this.kick(), this.options.intervalMs);
    this.timer.unref();
    this.kick();
  }

  /** Stops taking new jobs and waits for the running ones. */
  async stop(): Promise<void> {
    this.started = false;
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    while (this.running) await this.running;
  }

  /** Runs due jobs soon, without waiting for the interval. */
  kick(): void {
    if (!this.started) return;
    if (this.running) {
      this.again = true;
      return;
    }
    // A store that cannot write (closed while stopping, lock lost, disk full) fails the claim:
    // logged here, the jobs stay pending for the next round, and health reports the store.
    this.tick().catch((err: unknown) => this.logger.error({ err: String(err).slice(0, 200) }, 'job round failed'));
  }

  /** Runs every job due now; resolves with how many ran. Tests call it after moving the clock. */
  async tick(): Promise<number> {
    while (this.running) await this.running;
    this.stopping = false;
    this.running = this.runDue().finally(() => {
      this.running = undefined;
      if (this.again && this.started) {
        this.again = false;
        this.kick();
      }
    });
    return this.running;
  }

  pending(): JobRecord[] {
    return this.store.find('jobs', (j) => j.status === 'pending');
  }

  /** Brings pending jobs of a kind that wait for later forward to now, and runs them; resolves with how many. */
  async wake(kind: string): Promise<number> {
    const now = this.clock.now().toISOString();
    const waiting = this.store.find('jobs', (j) => j.kind === kind && j.status === 'pending' && j.dueAt > now);
    const woken = await this.store.transact((tx) => {
      let count = 0;
      for (const { id } of waiting) {
        const job = tx.get('jobs', id);
        if (job?.status !== 'pending') continue;
        tx.put('jobs', { ...job, dueAt: now, updatedAt: now });
        count++;
      }
      return count;
    });
    if (woken > 0) this.kick();
    return woken;
  }

  /** Jobs of a kind that are still to run or running. */
  open(kind: string): JobRecord[] {
    return this.store.find('jobs', (j) => j.kind === kind && (j.status === 'pending' || j.status === 'running'));
  }

  /** Removes finished jobs (done or failed) last changed before `before` (ms since the epoch). */
  async purgeFinished(before: number): Promise<void> {
    const old = this.store.find(
      'jobs',
      (j) => (j.status === 'done' || j.status === 'failed') && Date.parse(j.updatedAt) < before,
    );
    if (old.length === 0) return;
    await this.store.transact((tx) => {
      for (const job of old) tx.delete('jobs', job.id);
    });
  }

  private async runDue(): Promise<number> {
    const now = this.clock.now().toISOString();
    const due = this.store
      .find('jobs', (j) => j.status === 'pending' && j.dueAt <= now && this.handlers.has(j.kind))
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
    const limit = this.options.concurrency ?? 8;
    let index = 0;
    let ran = 0;
    const worker = async () => {
      while (index < due.length && !this.stopping) {
        const job = due[index++]!;
        if (await this.runOne(job)) ran++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(limit, due.length) }, worker));
    return ran;
  }

  private async runOne(candidate: JobRecord): Promise<boolean> {
    const claimed = await this.store.transact((tx) => {
      const job = tx.get('jobs', candidate.id);
      if (!job || job.status !== 'pending') return undefined;
      return tx.put('jobs', {
        ...job,
        status: 'running',
        attempts: job.attempts + 1,
        updatedAt: this.clock.now().toISOString(),
      });
    });
    if (!claimed) return false;
    const registration = this.handlers.get(claimed.kind)!;
    let outcome: JobOutcome;
    try {
      outcome = await registration.handler(claimed);
    } catch (err) {
      outcome = {
        status: 'retry',
        at: new Date(this.clock.now().getTime() + 60_000 * claimed.attempts),
        error: (err as Error).message,
      };
    }
    if (outcome.status === 'retry' && claimed.attempts >= (this.options.maxAttempts ?? 8))
      outcome = { status: 'failed', error: `gave up: ${outcome.error}` };
    await this.store.transact((tx) => {
      const job = tx.get('jobs', claimed.id);
      if (!job) return;
      const updatedAt = this.clock.now().toISOString();
      if (outcome.status === 'retry')
        tx.put('jobs', {
          ...job,
          status: 'pending',
          dueAt: outcome.at.toISOString(),
          lastError: outcome.error,
          updatedAt,
        });
      else
        tx.put('jobs', {
          ...job,
          status: outcome.status,
          updatedAt,
          ...('error' in outcome ? { lastError: outcome.error } : {}),
        });
    });
    const level = outcome.status === 'done' ? 'debug' : outcome.status === 'retry' ? 'info' : 'warn';
    this.logger[level](
      {
        jobId: claimed.id,
        kind: claimed.kind,
        outcome: outcome.status,
        attempts: claimed.attempts,
        error: 'error' in outcome ? outcome.error : undefined,
      },
      'job ran',
    );
    return true;
  }

  private async recoverInterrupted(): Promise<void> {
    const left = this.store.find('jobs', (j) => j.status === 'running');
    if (left.length === 0) return;
    await this.store.transact((tx) => {
      for (const job of left) {
        const retry = this.handlers.get(job.kind)?.interrupted === 'retry';
        tx.put('jobs', {
          ...job,
          status: retry ? 'pending' : 'unknown',
          lastError: 'interrupted by a restart',
          updatedAt: this.clock.now().toISOString(),
        });
      }
    });
    this.logger.warn({ count: left.length }, 'jobs interrupted by a restart recovered');
  }
}
