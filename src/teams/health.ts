import type { StoreHealth } from '../store/store.js';

export interface HealthReport {
  status: 'ok' | 'unavailable' | 'stopping';
  version: string;
  store: StoreHealth;
}

export interface HealthSources {
  store: { health(): StoreHealth };
  version: string;
  /** True once a stop has begun (SIGTERM): the platform should send nothing new. */
  stopping: () => boolean;
}

/**
 * What `GET /healthz` answers: 200 while the store can take writes, 503 when it cannot (closed,
 * lock lost, the last write failed, disk full) or the bot is stopping, so that the platform
 * restarts it or stops sending it traffic. Ids and counts only: nothing personal.
 */
export function healthReport(sources: HealthSources): { code: 200 | 503; body: HealthReport } {
  const store = sources.store.health();
  const status = sources.stopping() ? 'stopping' : store.writable ? 'ok' : 'unavailable';
  return { code: status === 'ok' ? 200 : 503, body: { status, version: sources.version, store } };
}
