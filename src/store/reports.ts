import { performance } from 'node:perf_hooks';
import type { CaseRecord } from '../domain/case/case.js';
import { overdueMoments } from '../domain/report/advice.js';
import { ReportProjection } from '../domain/report/projection.js';
import type { Report, ReportOptions } from '../domain/report/types.js';
import type { CommittedChange, Projection } from './store.js';

/** How long a past-date report may hold the event loop before it lets other work run. */
const SLICE_MS = 8;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The reports' read model, a projection the store keeps current as events are committed: the
 * report of now is computed from it at once (no replay of the log), and a report of a past date
 * is folded from its facts in slices of a few milliseconds, letting turns run between them.
 */
export class Reports implements Projection {
  private readonly projection = new ReportProjection();

  /** `caseDocs`: today's case documents, for the advice items and their due dates. */
  constructor(private readonly caseDocs: () => readonly CaseRecord[]) {}

  reset(): void {
    this.projection.reset();
  }

  apply(change: CommittedChange): void {
    for (const event of change.events) this.projection.record(event);
  }

  /** The report as of `options.asOf`. */
  async report(options: ReportOptions): Promise<Report> {
    return drive(this.projection.report(this.caseDocs(), options));
  }

  /**
   * Prepares, in slices between other work, what the first report would otherwise compute at
   * once (when each advice item becomes overdue, in the time zone of the reports). For after a start.
   */
  async warm(tz: string): Promise<void> {
    await drive(overdueMoments(this.caseDocs(), 0, tz));
  }
}

async function drive<T>(steps: Generator<void, T, void>): Promise<T> {
  let started = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - started >= SLICE_MS) {
      await nextTurn();
      started = performance.now();
    }
  }
}
