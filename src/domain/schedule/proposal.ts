import type { CaseRecord, Participant } from '../case/case.js';
import type { Problem } from './explain.js';
import type { PanelMember } from './panel.js';
import type { ProposedSlot } from './slot-finder.js';
import { expertEntries } from '../intake/experts.js';

/** Someone asked in Teams whether they can attend. */
export interface Invitee {
  aadObjectId: string;
  name: string;
  role: 'lead' | 'panel';
  panelId?: string;
}

export type Answer = 'yes' | 'no';

/** A set of proposed moments for one assessment, and the availability answers collected for it. */
export interface ProposalRecord {
  id: string;
  caseId: string;
  mode: 'schedule' | 'reschedule';
  slots: ProposedSlot[];
  problems: Problem[];
  urgentReason?: string;
  createdAt: string;
  createdBy: string;
  invitees: Invitee[];
  /** Person key (AAD id, or 'panel:<id>' for externals answered by the handler) → slot index → answer. */
  answers: Record<string, Record<string, Answer>>;
  superseded?: boolean;
  /** The moments follow: the calendars' free/busy is being read (the `schedule.freebusy` job). */
  pending?: boolean;
}

export interface SlotTally {
  yes: number;
  no: number;
  open: number;
}

/** Everyone whose answer counts: invitees in Teams and the external panel members of any slot. */
export function respondents(p: ProposalRecord): string[] {
  const keys = new Set(p.invitees.map((i) => i.aadObjectId));
  for (const slot of p.slots)
    for (const m of slot.panel) if (!p.invitees.some((i) => i.panelId === m.memberId)) keys.add(`panel:${m.memberId}`);
  return [...keys];
}

export function tally(p: ProposalRecord): SlotTally[] {
  const people = respondents(p);
  return p.slots.map((_, index) => {
    const answers = people.map((k) => p.answers[k]?.[String(index)]);
    const yes = answers.filter((a) => a === 'yes').length;
    const no = answers.filter((a) => a === 'no').length;
    return { yes, no, open: people.length - yes - no };
  });
}

const MAX_EXPERTS = 20;

/**
 * Subject experts the lead named in the intake, one per line (or separated by ";" or ","): with
 * an e-mail address they are invited by it; without one they are still listed by name, so the
 * handler can invite them, and never dropped.
 */
export function expertsFrom(text: string | undefined): Participant[] {
  const seen = new Set<string>();
  const experts: Participant[] = [];
  for (const { name, email } of expertEntries(text)) {
    const key = (email ?? name).toLowerCase();
    if (!key || seen.has(key) || experts.length >= MAX_EXPERTS) continue;
    seen.add(key);
    experts.push({ role: 'expert', name: (name || email)!.slice(0, 120), ...(email ? { email } : {}) });
  }
  return experts;
}

/** Everyone invited to the assessment at the chosen moment. */
export function participantsFor(
  c: CaseRecord,
  slot: ProposedSlot,
  panel: readonly PanelMember[],
  people: { handler: { aadObjectId: string; name: string; email?: string }; leadName: string },
): Participant[] {
  // the lead and the handler are attendees of the calendar invitation too, when their address is known
  const leadEmail = c.lead?.email ?? (c.intake.leadIsMe === false ? c.intake.leadEmail : undefined);
  const handlerEmail = people.handler.email;
  const list: Participant[] = [
    {
      role: 'handler',
      aadObjectId: people.handler.aadObjectId,
      name: people.handler.name,
      ...(handlerEmail ? { email: handlerEmail } : {}),
    },
    { role: 'lead', aadObjectId: c.leadId, name: people.leadName, ...(leadEmail ? { email: leadEmail } : {}) },
  ];
  for (const pick of slot.panel) {
    const member = panel.find((m) => m.id === pick.memberId);
    if (member)
      list.push({
        role: 'panel',
        panelId: member.id,
        name: member.name,
        email: member.email,
        ...(member.teamsAadObjectId ? { aadObjectId: member.teamsAadObjectId } : {}),
      });
  }
  return [...list, ...expertsFrom(c.intake.experts)];
}

/** What a person or an external panel member answered for one slot. */
function answerOf(p: ProposalRecord, memberId: string, index: number): Answer | undefined {
  const invitee = p.invitees.find((i) => i.panelId === memberId);
  return p.answers[invitee ? invitee.aadObjectId : `panel:${memberId}`]?.[String(index)];
}

/**
 * Whether a panel member with matching expertise said yes to slot `index` (in Teams, or as the
 * handler recorded); a member who declared a conflict of interest (`conflicted`) does not count.
 */
export function matchedMemberAccepted(
  p: ProposalRecord,
  index: number,
  conflicted: ReadonlySet<string> = new Set(),
): boolean {
  return (p.slots[index]?.panel ?? []).some(
    (m) => m.matched.length > 0 && !conflicted.has(m.memberId) && answerOf(p, m.memberId, index) === 'yes',
  );
}

/**
 * The panel rule at confirmation (DOMAIN.md, "Impact level"): a high-impact assessment needs a
 * panel member with matching expertise who accepted the moment; only a planning marked urgent,
 * with a recorded reason, may go ahead without.
 */
export function panelRuleAtConfirm(
  impact: string,
  p: ProposalRecord,
  index: number,
  conflicted: ReadonlySet<string> = new Set(),
): { allowed: boolean; panelAccepted: boolean; urgentOverride: boolean } {
  const panelAccepted = matchedMemberAccepted(p, index, conflicted);
  if (impact !== 'high' || panelAccepted) return { allowed: true, panelAccepted, urgentOverride: false };
  const urgent = Boolean(p.urgentReason?.trim());
  return { allowed: urgent, panelAccepted, urgentOverride: urgent };
}
