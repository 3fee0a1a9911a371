import type restify from 'restify';
import type { ShiftedClock } from '../domain/clock.js';
import type { Deps } from './deps.js';

/**
 * Local mode with CLOCK_START only: `POST /_clock?advanceMs=…` or `?to=<ISO>` moves the bot's
 * time forward and runs what became due, so a demo or an end-to-end test can see next week's
 * reminders today. Never registered with real credentials.
 */
export function registerClockControl(server: restify.Server, clock: ShiftedClock, deps: Deps): void {
  server.post('/_clock', async (req, res) => {
    const query = (req.query ?? {}) as Record<string, string>;
    const target = query.to ? Date.parse(query.to) : clock.now().getTime() + Number(query.advanceMs ?? 0);
    if (!Number.isFinite(target)) {
      res.send(400, { error: 'give advanceMs=<milliseconds> or to=<ISO date-time>' });
      return;
    }
    clock.advance(target - clock.now().getTime());
    await deps.jobs.tick();
    res.send(200, { now: clock.now().toISOString() });
  });
}
