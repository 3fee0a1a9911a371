import type { CaseRecord, Participant, Schedule } from '../domain/case/case.js';
import type { SendResult } from '../domain/delivery/delivery.js';
import { plural, translator } from '../i18n/index.js';
import type { AppDeps } from './deps.js';
import { deliver, type DeliverySpec } from './delivery.js';
import { handlerNoticeJob } from './handler-notice.js';
import type { JobOutcome, Outlook, OutlookEvent, OutlookResult } from './ports.js';
import { outsideKey } from './undelivered.js';

/**
 * An Outlook answer as the result of a send. `idempotent`: a call that can be repeated without
 * harm (an event created with its transaction id, an update, a cancellation) is tried again after
 * a 5xx or no answer; an e-mail that may have gone out is never sent twice.
 */
export function sendResultOf(r: OutlookResult<unknown>, idempotent: boolean, id = 'outlook'): SendResult {
  if (r.ok) return { status: 'sent', conversationId: id };
  if (r.status === 429)
    return {
      status: 'throttled',
      error: r.error,
      ...(r.retryAfterMs !== undefined ? { retryAfterMs: r.retryAfterMs } : {}),
    };
  if (r.status === 0 || r.status >= 500)
    return idempotent ? { status: 'retryable', error: r.error } : { status: 'unknown', error: r.error };
  if (r.status === 404) return { status: 'unreachable', error: r.error };
  return { status: 'failed', error: r.error };
}

/**
 * Everyone's address for the invitation: colleagues through Graph, people outside Teams as given.
 * Colleagues Graph does not know (404) are left out and listed in `unknown`, for the handler.
 */
async function attendees(
  outlook: Outlook,
  s: Schedule,
): Promise<OutlookResult<{ people: { address: string; name: string }[]; unknown: string[] }>> {
  const list: { address: string; name: string }[] = [];
  const unknown: string[] = [];
  for (const p of s.participants) {
    if (p.email) {
      list.push({ address: p.email, name: p.name });
      continue;
    }
    if (!p.aadObjectId) continue;
    const address = await outlook.addressOf(p.aadObjectId);
    // a colleague Graph does not know still gets the Teams notice; anything else stops the attempt
    if (address.ok) list.push({ address: address.value, name: p.name });
    else if (address.status === 404) unknown.push(p.aadObjectId);
    else return address;
  }
  const unique = new Map(list.map((a) => [a.address.toLowerCase(), a]));
  return { ok: true, value: { people: [...unique.values()], unknown } };
}

function eventOf(deps: AppDeps, c: CaseRecord, people: { address: string; name: string }[]): OutlookEvent {
  const s = c.schedule!;
  const t = translator(deps.config.defaultLocale);
  return {
    subject: t('schedule.subject', { id: c.id, name: c.intake.projectName ?? '' }),
    body: plural(t, 'outlook.eventBody', deps.config.schedule.prepPackDays, {
      id: c.id,
      name: c.intake.projectName ?? '',
      days: deps.config.schedule.prepPackDays,
    }),
    start: s.slot.start,
    end: s.slot.end,
    ...(s.location ? { location: s.location } : {}),
    attendees: people,
    transactionId: s.uid.slice(0, 100),
  };
}

/**
 * Puts the case's assessment (as of `sequence`) into the shared mailbox's calendar: created with a
 * Teams meeting the first time, updated after a move, cancelled when called off, so that everyone
 * gets Outlook's own invitation, update or cancellation. One delivery record per version: what
 * does not succeed is reported to the case handler like any undelivered message.
 */
export async function syncAssessmentEvent(
  deps: AppDeps & { outlook: Outlook },
  c: CaseRecord,
  kind: 'invite' | 'updated' | 'cancelled',
): Promise<JobOutcome> {
  const s = c.schedule!;
  const outlook = deps.outlook;
  const spec: DeliverySpec = {
    id: `calendar:${c.id}:${s.sequence}`,
    caseId: c.id,
    kind: 'calendar-event',
    detail: kind,
    recipient: { kind: 'calendar', id: outlook.mailbox },
  };
  const send = async (): Promise<SendResult> => {
    const event = s.event ?? deps.cases.get(c.id)?.schedule?.event;
    if (kind === 'cancelled') {
      if (!event) return { status: 'sent', conversationId: 'no-event' };
      const t = translator(deps.config.defaultLocale);
      return sendResultOf(
        await outlook.cancelEvent(event.id, t('outlook.cancelComment', { id: c.id })),
        true,
        event.id,
      );
    }
    const people = await attendees(outlook, s);
    if (!people.ok) return sendResultOf(people, true);
    const body = eventOf(deps, c, people.value.people);
    const saved = event ? await outlook.updateEvent(event.id, body) : await outlook.createEvent(body);
    if (!saved.ok) return sendResultOf(saved, true);
    if (!event || event.joinUrl !== saved.value.joinUrl) {
      await deps.cases.update(c.id, undefined, (cur) =>
        cur.schedule?.uid === s.uid
          ? { next: { ...cur, schedule: { ...cur.schedule, event: saved.value } }, events: [] }
          : { next: cur, events: [] },
      );
    }
    await tellAboutUnknown(deps, c.id, 'attendees', people.value.unknown);
    return { status: 'sent', conversationId: saved.value.id };
  };
  const { outcome } = await deliver(deps, spec, () => ({}), send);
  return outcome;
}

/**
 * People Graph does not know (404: left the organisation, a guest, a typing error) are left out of
 * the invitation or of free/busy; the case handler is told once per case and set of people, in the
 * case's thread, so that someone who can act knows (src/app/handler-notice.ts).
 */
async function tellAboutUnknown(
  deps: Pick<AppDeps, 'clock' | 'jobs' | 'logger'>,
  caseId: string,
  what: 'attendees' | 'free-busy',
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  deps.logger.warn({ caseId, what, count: ids.length }, 'people unknown to Outlook were left out');
  await deps.jobs.enqueue(
    handlerNoticeJob(caseId, { kind: 'outlook-unknown', what, ids: [...new Set(ids)] }, deps.clock.now()),
  );
}

/**
 * An e-mail from the shared mailbox to one participant outside Teams, as one delivery record
 * (keyed by the participant, not their address). An e-mail that may have gone out is not repeated.
 */
export async function mailOutside(
  deps: AppDeps & { outlook: Outlook },
  c: CaseRecord,
  p: Participant,
  message: { id: string; detail: string; subject: string; body: string },
): Promise<JobOutcome> {
  const key = outsideKey(p);
  if (!key || !p.email) return { status: 'done' };
  const spec: DeliverySpec = {
    id: `${message.id}:${key}`,
    caseId: c.id,
    kind: 'email',
    detail: message.detail,
    recipient: { kind: 'outside', key },
  };
  const address = p.email;
  const send = async () =>
    sendResultOf(
      await deps.outlook.sendMail({ to: { address, name: p.name }, subject: message.subject, body: message.body }),
      false,
    );
  const { outcome } = await deliver(deps, spec, () => ({}), send);
  return outcome;
}

/** What free/busy says about the proposal: busy times, or that the calendars could not be read. */
export type FreeBusy = { busy: { start: string; end: string }[] } | { unavailable: true };

/** Busy times of the handler, the lead and the internal panel members over the next `days` days. */
export async function freeBusy(
  deps: Pick<AppDeps, 'clock' | 'logger' | 'jobs'> & { outlook: Outlook },
  caseId: string,
  people: string[],
  days: number,
): Promise<FreeBusy> {
  const addresses: string[] = [];
  const unknown: string[] = [];
  for (const id of new Set(people)) {
    const a = await deps.outlook.addressOf(id);
    if (a.ok) addresses.push(a.value);
    else if (a.status === 404) unknown.push(id);
    else return unavailable(deps, caseId, a.error);
  }
  await tellAboutUnknown(deps, caseId, 'free-busy', unknown);
  if (addresses.length === 0) return { busy: [] };
  const from = deps.clock.now();
  const to = new Date(from.getTime() + days * 86_400_000);
  const r = await deps.outlook.busy(addresses, from, to);
  return r.ok ? { busy: r.value } : unavailable(deps, caseId, r.error);
}

function unavailable(deps: Pick<AppDeps, 'logger'>, caseId: string, error: string): FreeBusy {
  deps.logger.warn({ caseId, error }, 'free/busy could not be read; proposing without it');
  return { unavailable: true };
}
