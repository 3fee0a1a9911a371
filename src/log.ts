import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

/**
 * Structured, levelled logging. Log ids and outcomes, never message text or card input:
 * the redaction below is a safety net, not the policy.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'uthiek-bot' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          'text',
          '*.text',
          'value',
          '*.value',
          'body',
          '*.body',
          'attachments',
          '*.attachments',
          'password',
          '*.password',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
