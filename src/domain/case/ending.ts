import type { CaseRecord, Participant, Schedule } from './case.js';
import type { CaseEvent } from './events.js';
import { eventTypeOf, transition } from './lifecycle.js';
import { currentDpia } from '../dpia/dpia.js';
import { localDate } from '../time.js';

/**
 * Ways a case ends early, or skips the bot's planning, as pure state changes: the lead withdraws
 * it, Team Uthiek cancels it, or Team Uthiek records an assessment that was held without the bot.
 */

export interface Changed {
  next: CaseRecord;
  events: CaseEvent[];
  /** Set when a cancellation called off an assessment still to come: its invitations must be withdrawn. */
  meetingCancelled?: boolean;
}

/** The lead withdraws the case, before Team Uthiek accepted it; a reason is optional. */
export function withdraw(c: CaseRecord, input: { actor: string; reason?: string }): Changed {
  const to = transition(c.state, 'abandon');
  const reason = input.reason?.trim();
  return {
    next: { ...c, state: to, ...(reason ? { withdrawReason: reason } : {}) },
    events: [{ type: eventTypeOf('abandon'), actor: input.actor, from: c.state, to, data: { by: 'lead' } }],
  };
}

/**
 * Team Uthiek cancels the case, with a reason, from any open state. An assessment still to come
 * is called off (its calendar sequence grows, so a cancellation can be sent with the same UID);
 * one already held stays in the records, and keeps counting in the report.
 */
export function cancel(c: CaseRecord, input: { actor: string; reason: string; now: Date }): Changed {
  const reason = input.reason.trim();
  if (!reason) throw new Error('a cancellation needs a reason');
  const to = transition(c.state, 'cancel');
  const s = c.schedule;
  const upcoming =
    c.state === 'scheduled' && s && !s.cancelledAt && !s.heldOutside && Date.parse(s.slot.start) > input.now.getTime();
  const { decisionChase: _chase, ...rest } = c;
  const schedule: Schedule | undefined = upcoming
    ? { ...s, sequence: s.sequence + 1, cancelledAt: input.now.toISOString() }
    : s;
  return {
    next: { ...rest, state: to, cancelReason: reason, ...(schedule ? { schedule } : {}) },
    events: [
      {
        type: eventTypeOf('cancel'),
        actor: input.actor,
        from: c.state,
        to,
        data: { meetingCancelled: Boolean(upcoming) },
      },
    ],
    meetingCancelled: Boolean(upcoming),
  };
}

/**
 * The first day an assessment of the case can have been held: the day it was registered, in the
 * local time zone. An earlier date would give a negative lead time in the report.
 */
export const earliestHeldOn = (c: CaseRecord, tz: string): string => localDate(new Date(c.createdAt), tz);

/**
 * An assessment held without the bot (no proposals, no invitations): its date and who took part.
 * The case counts as scheduled with a meeting in the past, so the outcome can be recorded next;
 * the assessment counts as held from now on, whatever happens to the case later.
 */
export function holdOutside(
  c: CaseRecord,
  input: {
    actor: string;
    now: Date;
    /** YYYY-MM-DD, local. */
    heldOn: string;
    slot: { start: string; end: string };
    participants: Participant[];
    panelPresent: string[];
    algorithm: boolean;
  },
): Changed {
  if (Date.parse(input.slot.start) > input.now.getTime()) throw new Error('an assessment held outside the bot is past');
  const to = transition(c.state, 'hold-outside');
  const dpia = currentDpia(c);
  const schedule: Schedule = {
    slot: input.slot,
    participants: input.participants,
    uid: '',
    // after one that was called off: the notices and calendar file of that one stay out of date
    sequence: c.schedule ? c.schedule.sequence + 1 : 0,
    confirmedAt: input.now.toISOString(),
    confirmedBy: input.actor,
    heldOutside: true,
  };
  return {
    next: { ...c, state: to, schedule },
    events: [
      {
        type: eventTypeOf('hold-outside'),
        actor: input.actor,
        from: c.state,
        to,
        data: {
          heldAt: input.heldOn,
          panelPresent: input.panelPresent,
          participants: input.participants.length,
          dpiaStatus: dpia?.status ?? null,
          dpiaDate: dpia?.date ?? null,
          algorithm: input.algorithm,
        },
      },
    ],
  };
}
