import { createHash } from 'node:crypto';
import type { CaseRecord } from '../case/case.js';
import type { AuditEvent } from '../case/events.js';
import { FINAL_STATES } from '../case/lifecycle.js';

/** The stand-in for an erased person in the records that must stay (the case history). */
export function pseudonym(personId: string): string {
  return `erased-${createHash('sha256').update(personId).digest('hex').slice(0, 12)}`;
}

/** Replaces every string equal to `from` anywhere in a JSON value. */
export function replaceId<T>(value: T, from: string, to: string): T {
  if (value === from) return to as T;
  if (Array.isArray(value)) return value.map((v) => replaceId(v, from, to)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, replaceId(v, from, to)])) as T;
  }
  return value;
}

export function involves(c: CaseRecord, personId: string): boolean {
  return (
    c.createdBy === personId ||
    c.leadId === personId ||
    c.advice.some((a) => a.ownerId === personId) ||
    Boolean(c.schedule?.participants.some((p) => p.aadObjectId === personId)) ||
    c.triage?.handlerId === personId
  );
}

/** The personal data in a case that a closed case no longer needs: names, e-mail addresses, ids of people. */
export function anonymiseCase(c: CaseRecord, now: Date): CaseRecord {
  const { leadName: _n, leadEmail: _e, experts: _x, ...intake } = c.intake;
  return {
    ...c,
    createdBy: 'anonymised',
    leadId: 'anonymised',
    intake: { ...intake, ...(c.intake.experts !== undefined ? { experts: '[geanonimiseerd]' } : {}) },
    ...(c.triage
      ? {
          triage: {
            ...c.triage,
            ...(c.triage.handlerId ? { handlerId: 'anonymised' } : {}),
            ...(c.triage.decidedBy ? { decidedBy: 'anonymised' } : {}),
            requests: c.triage.requests.map((r) => ({ ...r, askedBy: 'anonymised' })),
          },
        }
      : {}),
    ...(c.schedule ? { schedule: { ...c.schedule, participants: c.schedule.participants.map((p) => ({ role: p.role, name: p.role, ...(p.panelId ? { panelId: p.panelId } : {}) })), confirmedBy: 'anonymised' } } : {}),
    ...(c.assessment ? { assessment: { ...c.assessment, recordedBy: 'anonymised' } } : {}),
    advice: c.advice.map(({ ownerId: _o, ownerName: _on, ...a }) => a),
    anonymisedAt: now.toISOString(),
  };
}

/** A finished case whose last change is older than the retention period, not yet anonymised. */
export function dueForAnonymising(c: CaseRecord, now: Date, retentionDays: number): boolean {
  return FINAL_STATES.has(c.state) && !c.anonymisedAt && Date.parse(c.updatedAt) + retentionDays * 86_400_000 <= now.getTime();
}

/** What an export of a person's data lists about events: what happened, when, in which case. */
export function eventsBy(events: readonly AuditEvent[], personId: string) {
  return events.filter((e) => e.actor === personId).map((e) => ({ at: e.at, type: e.type, caseId: e.caseId ?? null }));
}
