import { DateTime } from 'luxon';
import type { PanelMember } from './panel.js';

/**
 * What a panel member needs on record before they see a case: a signed non-disclosure agreement
 * (NDA) and a certificate of conduct (VOG) not older than the configured number of months.
 * Members stored before these dates existed simply have neither on record.
 *
 * A member with an issue is still proposed (expertise comes first, DOMAIN.md "Scheduling rules"),
 * but the planning card says what is missing in a whole sentence, so the handler can fix the record
 * or choose someone else before the preparation pack goes out. Excluding them silently would have
 * stopped every existing member from being proposed the day this was introduced.
 */
export type ClearanceIssue =
  { code: 'nda-missing' } | { code: 'vog-missing' } | { code: 'vog-expired'; date: string; expiredOn: string };

/** The day a VOG of `date` stops counting: `months` calendar months later. */
export function vogExpiresOn(date: string, months: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ months }).toISODate()!;
}

/** The issues of one member on `today` (YYYY-MM-DD, local); empty when the member is cleared. */
export function clearanceIssues(
  member: Pick<PanelMember, 'ndaSignedOn' | 'vogDate'>,
  today: string,
  vogValidMonths: number,
): ClearanceIssue[] {
  const issues: ClearanceIssue[] = [];
  if (!member.ndaSignedOn) issues.push({ code: 'nda-missing' });
  if (!member.vogDate) issues.push({ code: 'vog-missing' });
  else {
    const expiredOn = vogExpiresOn(member.vogDate, vogValidMonths);
    if (expiredOn <= today) issues.push({ code: 'vog-expired', date: member.vogDate, expiredOn });
  }
  return issues;
}

/**
 * Who may receive the case description (the preparation pack): everyone taking part except panel
 * members without a signed NDA on record (a participant whose panel record is gone counts as
 * without). The calendar invitation never carries the description, so it may go to all.
 */
export function withoutNda<P extends { panelId?: string }>(
  participants: readonly P[],
  panel: readonly Pick<PanelMember, 'id' | 'ndaSignedOn'>[],
): P[] {
  return participants.filter((p) => p.panelId && !panel.find((m) => m.id === p.panelId)?.ndaSignedOn);
}

/**
 * Why a panel member invited to an assessment on `day` (YYYY-MM-DD, local) can no longer take
 * part: no longer active, or marked unavailable that day; undefined when they still can.
 */
export function reasonToLeave(
  member: Pick<PanelMember, 'active' | 'unavailable'>,
  day: string,
): 'inactive' | 'unavailable' | undefined {
  if (!member.active) return 'inactive';
  return member.unavailable.includes(day) ? 'unavailable' : undefined;
}
