import type { JobQueue } from '../../app/ports.js';
import type { ShiftedClock } from '../../domain/clock.js';
import type { HttpRoutes } from './routes.js';

/**
 * Local mode with CLOCK_START only: `POST /_clock?advanceMs=…` or `?to=<ISO>` moves the bot's
 * time forward and runs what became due, so a demo or an end-to-end test can see next week's
 * reminders today. Never registered with real credentials.
 */
export function registerClockControl(routes: HttpRoutes, clock: ShiftedClock, jobs: JobQueue): void {
  routes.post('/_clock', async (_req, res, query) => {
    const to = query.get('to');
    const target = to ? Date.parse(to) : clock.now().getTime() + Number(query.get('advanceMs') ?? 0);
    // a moment a Date can hold (±8.64e15 ms), or the bot's clock would break for good
    if (!Number.isFinite(target) || Number.isNaN(new Date(target).getTime())) {
      res.send(400, { error: 'give advanceMs=<milliseconds> or to=<ISO date-time>' });
      return;
    }
    clock.advance(target - clock.now().getTime());
    await jobs.tick();
    res.send(200, { now: clock.now().toISOString() });
  });
}
