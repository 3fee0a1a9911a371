import type { Logger } from './log.js';

const describe = (reason: unknown) => ({
  name: (reason as Error)?.name,
  message: String((reason as Error)?.message ?? reason).slice(0, 200),
  stack: (reason as Error)?.stack?.split('\n').slice(0, 8).join('\n'),
});

/**
 * The last line of defence, for bugs that escape every handler; the HTTP routes and the jobs
 * catch their own failures, so these should never fire. A promise rejected with nobody waiting
 * for it is logged as an error and the bot goes on. An uncaught exception leaves the process in
 * an unknown state: it is logged and the process exits at once with code 1, without writing
 * anything more, so that the supervisor restarts it (every acknowledged write is in the journal).
 */
export function installProcessGuards(
  logger: Logger,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: describe(reason) }, 'unhandled promise rejection (a bug: please report it)');
  });
  process.on('uncaughtException', (err) => {
    logger.fatal({ err: describe(err) }, 'uncaught exception: the bot stops (a bug: please report it)');
    exit(1);
  });
}
