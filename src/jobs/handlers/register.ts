import type { AppDeps } from '../../app/deps.js';
import { deliver, localeOf } from '../../app/delivery.js';
import type { JobOutcome } from '../../app/ports.js';
import { fetchRegisterSource, loadRegister, problemLines } from '../../app/register.js';
import { teamPlace } from '../../app/undelivered.js';
import type { Recipient } from '../../domain/delivery/delivery.js';
import { translator, type Translate } from '../../i18n/index.js';
import type { JobSpec } from '../../store/repositories/jobs.js';
import type { JobHandlers } from '../scheduler.js';

/** The daily fetch of the register (at start, then every day), when a source is configured. */
export function registerFetchJob(now: Date, day = now.toISOString().slice(0, 10)): JobSpec {
  return { id: `register.fetch:${day}`, kind: 'register.fetch', dueAt: now };
}

/**
 * Fetches the municipality's register (ALGORITHM_REGISTER_URL: a URL, with a timeout, or a file)
 * and loads it. The member who asked ("algoritmeregister laden") hears the result; when the daily
 * fetch fails or the file is refused, Team Uthiek's channel is told, so that someone acts. What was
 * loaded before stays in both cases.
 */
export function registerJobs(deps: AppDeps): JobHandlers {
  return {
    'register.fetch': {
      async run(job) {
        const source = deps.config.algorithmRegister.source;
        const requestedBy = typeof job.payload.requestedBy === 'string' ? job.payload.requestedBy : undefined;
        if (!source) return { status: 'done' };
        if (!requestedBy) {
          const tomorrow = new Date(deps.clock.now().getTime() + 86_400_000);
          await deps.jobs.enqueue(registerFetchJob(tomorrow));
        }
        const fetched = await fetchRegisterSource(deps, source);
        const actor = requestedBy ?? 'system';
        let say: (t: Translate) => string;
        let outcome: JobOutcome = { status: 'done' };
        if (!fetched.ok) {
          const params = { source, seconds: deps.config.algorithmRegister.timeoutSeconds, detail: fetched.detail };
          say = (t) => `${t(`register.load.failed.${fetched.reason}`, params)} ${t('register.load.retry')}`;
          outcome = { status: 'failed', error: `register not fetched: ${fetched.reason} ${fetched.detail}` };
        } else {
          const loaded = await loadRegister(deps, fetched.body, source, actor);
          if (!loaded.ok) {
            say = (t) => [t('register.load.invalid', { source }), ...problemLines(t, loaded.problems)].join('\n\n');
            outcome = { status: 'failed', error: `register refused: ${loaded.problems.length} problems` };
          } else {
            deps.logger.info(
              { entries: loaded.entries, matched: loaded.matched, contradictions: loaded.contradictions },
              'algorithm register loaded',
            );
            if (!requestedBy) return outcome;
            say = (t) =>
              [
                t('register.load.done', {
                  entries: loaded.entries,
                  matched: loaded.matched,
                  contradictions: loaded.contradictions,
                }),
                ...(loaded.unchanged ? [t('register.load.unchanged')] : []),
              ].join(' ');
          }
        }
        const recipient: Recipient | undefined = requestedBy
          ? { kind: 'person', id: requestedBy }
          : teamPlace(deps, undefined);
        if (!recipient) {
          deps.logger.error(
            { jobId: job.id },
            'algorithm register: nobody to tell (no Team Uthiek channel configured)',
          );
          return outcome.status === 'done' ? { status: 'failed', error: 'no Team Uthiek channel' } : outcome;
        }
        const t = translator(requestedBy ? localeOf(deps, requestedBy) : deps.config.defaultLocale);
        const sent = await deliver(deps, { id: `${job.id}:told`, kind: 'register-check', recipient }, () => ({
          text: say(t),
        }));
        return sent.outcome.status === 'done' ? outcome : sent.outcome;
      },
      interrupted: 'retry',
    },
  };
}
