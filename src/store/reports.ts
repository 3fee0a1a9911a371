import type { CaseRecord } from '../domain/case/case.js';
import { overdueMoments } from '../domain/report/advice.js';
import { ReportProjection } from '../domain/report/projection.js';
import type { Report, ReportOptions } from '../domain/report/types.js';
import { inSteps } from '../slices.js';
import type { CommittedChange, Projection } from './store.js';

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
    return inSteps(this.projection.report(this.caseDocs(), options));
  }

  /**
   * Prepares, in slices between other work, what the first report would otherwise compute at
   * once (when each advice item becomes overdue, in the time zone of the reports). For after a start.
   */
  async warm(tz: string): Promise<void> {
    await inSteps(overdueMoments(this.caseDocs(), 0, tz));
  }
}
