import {
  afterAttempt,
  interrupted,
  type DeliveryKind,
  type DeliveryRecord,
  type Recipient,
  type SendResult,
} from '../domain/delivery/delivery.js';
import type { CaseRecord } from '../domain/case/case.js';
import type { Locale } from '../domain/locale.js';
import type { JobSpec } from '../store/repositories/jobs.js';
import type { AppDeps } from './deps.js';
import type { JobOutcome, Outgoing } from './ports.js';

/** The language to write to a person in: their own choice, else `fallback`, else the team's default. */
export function localeOf(
  deps: Pick<AppDeps, 'people' | 'config'>,
  aadObjectId: string | undefined,
  fallback?: Locale,
): Locale {
  return (aadObjectId && deps.people.locale(aadObjectId)) || fallback || deps.config.defaultLocale;
}

/** The language of a message about a case: the person's own, the lead's from the intake, or the team's default. */
export function caseLocaleOf(
  deps: Pick<AppDeps, 'people' | 'config'>,
  aadObjectId: string,
  c: Pick<CaseRecord, 'leadId' | 'leadLocale'>,
): Locale {
  return localeOf(deps, aadObjectId, aadObjectId === c.leadId ? c.leadLocale : undefined);
}

/** The first heading of a card (its `speak`, else its first text): what a notification shows. */
function cardTitle(card: object): string | undefined {
  const c = card as { speak?: unknown; body?: { type?: string; text?: unknown }[] };
  if (typeof c.speak === 'string' && c.speak.trim()) return c.speak.trim();
  const first = c.body?.find((e) => e.type === 'TextBlock' && typeof e.text === 'string');
  return typeof first?.text === 'string' ? first.text : undefined;
}

/** A message holding one Adaptive Card, with a summary for Teams notifications (the card's title by default). */
export function cardMessage(card: object, summary = cardTitle(card)): Outgoing {
  return {
    ...(summary ? { summary: summary.slice(0, 250) } : {}),
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
  };
}

/** One recipient's part of a message: what it is, for whom, and its record's id (the same id is never sent twice). */
export interface DeliverySpec {
  id: string;
  /** The message this is one recipient's part of; default: the id. */
  messageId?: string;
  caseId?: string;
  kind: DeliveryKind;
  detail?: string;
  recipient: Recipient;
  /** False: a failure is logged, not reported (the reports themselves). Default true. */
  report?: boolean;
}

export function deliveryRecord(spec: DeliverySpec, now: Date): DeliveryRecord {
  const at = now.toISOString();
  return {
    id: spec.id,
    messageId: spec.messageId ?? spec.id,
    ...(spec.caseId ? { caseId: spec.caseId } : {}),
    kind: spec.kind,
    ...(spec.detail ? { detail: spec.detail } : {}),
    recipient: spec.recipient,
    status: 'planned',
    attempts: 0,
    report: spec.report ?? true,
    createdAt: at,
    updatedAt: at,
  };
}

/** The job that tells a person who can act about failures of a case (or of the bot itself). */
export const reportJob = (record: DeliveryRecord, now: Date): JobSpec => ({
  id: `delivery.report:${record.caseId ?? 'system'}:${record.id}`,
  kind: 'delivery.report',
  dueAt: now,
  payload: { caseId: record.caseId ?? '' },
});

type Send = (message: Outgoing) => Promise<SendResult>;

/** How a message reaches its recipient; a reply to a thread that no longer exists becomes a new post. */
function sendTo(deps: Pick<AppDeps, 'sender'>, recipient: Recipient): Send {
  switch (recipient.kind) {
    case 'person':
      return (m) => deps.sender.toPerson(recipient.id, m);
    case 'channel':
      return (m) => deps.sender.newChannelPost(recipient.id, m);
    case 'thread':
      return async (m) => {
        const result = await deps.sender.toThread(recipient.channelId, recipient.rootId, m);
        return result.status === 'gone' ? deps.sender.newChannelPost(recipient.channelId, m) : result;
      };
    case 'calendar':
    case 'outside':
      // Outlook is reached through its own send function (src/app/outlook-sync.ts), never through Teams
      return async () => ({ status: 'failed', error: 'no way to send this through Teams' });
  }
}

const jobOutcome = (record: DeliveryRecord, retryAt: Date | undefined): JobOutcome => {
  if (retryAt) return { status: 'retry', at: retryAt, error: record.error ?? 'throttled' };
  if (record.status === 'failed') return { status: 'failed', error: `${record.reason}: ${record.error ?? ''}` };
  if (record.status === 'unknown') return { status: 'unknown', error: `${record.reason}: ${record.error ?? ''}` };
  return { status: 'done' };
};

/**
 * Sends one recipient's part of a message, keeping its delivery record: `sending` before the call
 * to Teams, the result after. A record already sent (or settled as failed or unknown) is not sent
 * again; one left `sending` by a restart may have arrived and is settled as unknown. What finally
 * does not arrive is reported to a person who can act (the `delivery.report` job), in the same
 * write as the record. `send` replaces the usual way to the recipient (e.g. updating a card).
 */
export async function deliver(
  deps: Pick<AppDeps, 'deliveries' | 'sender' | 'clock' | 'logger' | 'jobs'>,
  spec: DeliverySpec,
  build: () => Outgoing | Promise<Outgoing>,
  send: Send = sendTo(deps, spec.recipient),
): Promise<{ outcome: JobOutcome; record: DeliveryRecord }> {
  const { started, record } = await deps.deliveries.begin(deliveryRecord(spec, deps.clock.now()));
  if (!started) {
    if (record.status !== 'sending') return { outcome: { status: 'done' }, record };
    return settle(deps, record, interrupted(record, deps.clock.now()), undefined);
  }
  const errorOf = (err: unknown) => String((err as Error)?.message ?? err).slice(0, 200);
  let result: SendResult;
  let message: Outgoing | undefined;
  try {
    message = await build();
  } catch (err) {
    // nothing reached Teams: the message could not be written (a fault, not worth repeating)
    result = { status: 'failed', error: `not written: ${errorOf(err)}` };
  }
  if (message) {
    try {
      result = await send(message);
    } catch (err) {
      // the sender returns failures as data; an exception here may have come after the call to Teams
      result = { status: 'unknown', error: errorOf(err) };
    }
  }
  const { next, retryAt } = afterAttempt(record, result!, deps.clock.now());
  return settle(deps, record, next, retryAt);
}

async function settle(
  deps: Pick<AppDeps, 'deliveries' | 'clock' | 'logger' | 'jobs'>,
  before: DeliveryRecord,
  next: DeliveryRecord,
  retryAt: Date | undefined,
): Promise<{ outcome: JobOutcome; record: DeliveryRecord }> {
  const final = next.status === 'failed' || next.status === 'unknown';
  const report = final && next.report;
  await deps.deliveries.settle(next, report ? { jobs: [reportJob(next, deps.clock.now())] } : {});
  if (report) deps.jobs.kick();
  if (next.status !== 'sent') {
    deps.logger[final ? 'warn' : 'info'](
      {
        deliveryId: next.id,
        caseId: next.caseId,
        kind: next.kind,
        status: next.status,
        reason: next.reason,
        attempts: next.attempts,
        error: next.error,
        was: before.status,
      },
      final ? 'message not delivered' : 'message held back, tried again later',
    );
  }
  return { outcome: jobOutcome(next, retryAt), record: next };
}

/**
 * Delivers a card to a person's 1:1 chat, as one delivery record; the outcome settles the job that
 * sent it. `arrived` runs once the record is sent (also when a repeated job finds it sent already).
 */
export async function deliverCard(
  deps: Pick<AppDeps, 'deliveries' | 'sender' | 'clock' | 'logger' | 'jobs'>,
  spec: Omit<DeliverySpec, 'recipient'> & { to: string },
  card: () => object | Promise<object>,
  arrived?: () => Promise<unknown>,
): Promise<JobOutcome> {
  const { to, ...rest } = spec;
  const sent = await deliver(deps, { ...rest, recipient: { kind: 'person', id: to } }, async () =>
    cardMessage(await card()),
  );
  if (arrived && sent.record.status === 'sent') await arrived();
  return sent.outcome;
}
