import type { DpiaRecord } from '../dpia/record.js';
import type { ImpactLevel } from '../impact/rules.js';
import type { IntakeData } from '../intake/intake.js';
import type { StepId } from '../intake/steps.js';
import type { AdviceLetter } from '../advice/letter-types.js';
import type { OutsideRecord } from '../outside/outside.js';
import type { PanelExpense } from '../schedule/expense-types.js';
import type { CaseState } from './lifecycle.js';

/** How a case came in. */
export interface CaseOrigin {
  kind: 'signal' | 'command' | 'message-action' | 'import';
  signalId?: string;
  /** For 'import': the file the past assessment came from, and its line there. */
  source?: string;
  line?: number;
  /** Deep link to the Teams message it started from, if any. */
  messageLink?: string;
}

/** A question from Team Uthiek to the lead during triage, and the answer. */
export interface InfoRequest {
  id: string;
  askedBy: string;
  askedAt: string;
  question: string;
  answer?: string;
  answeredAt?: string;
}

export interface Triage {
  suggestedImpact: ImpactLevel;
  impact?: ImpactLevel;
  /** Why the impact was set lower than suggested (required then; the panel rule depends on it). */
  impactReason?: string;
  handlerId?: string;
  decidedAt?: string;
  decidedBy?: string;
  declineReason?: string;
  duplicateOf?: string;
  requests: InfoRequest[];
  /** Where the triage card is, to update it in place. */
  card?: { conversationId: string; activityId: string };
}

/**
 * A case's entry in the algorithm register. `source` says where the stated facts came from: typed by
 * a member ('manual'), or read from the register's open-data file ('file').
 */
export interface RegisterLink {
  entryUrl?: string;
  statedAssessmentStatus?: 'none' | 'planned' | 'done';
  /** Whether the entry lists a DPIA (file only). */
  statedDpia?: boolean;
  checkedAt?: string;
  source?: 'manual' | 'file';
  /** The matched entry of the loaded register (its key, see domain/register/parse.ts). */
  entryId?: string;
  /** The register's own id of that entry ("Algoritme-ID"), when the file gave it. */
  lars?: string;
  /** How it was matched: by the register's id or the case id, its link, its name, or chosen by a member. */
  matchedBy?: 'id' | 'link' | 'name' | 'member';
  /** A member said the case has no entry in the register: no entry is matched to it by name. */
  noEntry?: boolean;
}

/** Someone taking part in an assessment. */
export interface Participant {
  /** 'other': someone named when an assessment held outside the bot was recorded. */
  role: 'handler' | 'lead' | 'panel' | 'expert' | 'member' | 'other';
  /** AAD object id when the person is in the tenant. */
  aadObjectId?: string;
  /** Panel member id when role is panel. */
  panelId?: string;
  name: string;
  email?: string;
}

export interface TimeSlot {
  /** ISO UTC. */
  start: string;
  end: string;
}

export interface Schedule {
  slot: TimeSlot;
  participants: Participant[];
  /** Set when the notice rule was broken on purpose. */
  urgentReason?: string;
  /** Stable iCalendar UID and its SEQUENCE, bumped for every update or cancellation. */
  uid: string;
  sequence: number;
  confirmedAt: string;
  confirmedBy: string;
  location?: string;
  /** Set when the assessment was called off; the case is back to accepted. */
  cancelledAt?: string;
  /** The event in the shared mailbox's calendar (Microsoft Graph), once created; moves update it. */
  event?: { id: string; joinUrl?: string; webLink?: string };
  /** Held without the bot: recorded afterwards with its date and participants; no invitations went out. */
  heldOutside?: boolean;
}

export const ADVICE_STATUSES = ['open', 'in-progress', 'implemented', 'not-followed', 'no-longer-relevant'] as const;
export type AdviceStatus = (typeof ADVICE_STATUSES)[number];
/** Settled statuses end the follow-up of an item; the last two need a reason. */
export const SETTLED: ReadonlySet<AdviceStatus> = new Set(['implemented', 'not-followed', 'no-longer-relevant']);

export const DECISIONS = ['adopt', 'partly', 'not'] as const;
export type Decision = (typeof DECISIONS)[number];

/**
 * Something the bot chases with reminders until it is answered: an advice item, or the lead's
 * pending decision on the advice. Both follow the same policy (src/domain/followup).
 */
export interface Chased {
  /** YYYY-MM-DD. */
  dueDate: string;
  snoozedUntil?: string;
  /** Reminders that arrived since the last answer (a reminder still being sent, or never delivered, does not count). */
  unansweredNudges: number;
  /** When the last reminder was planned: the next one comes a cadence later. */
  lastNudgeAt?: string;
  /** The last reminder planned, while it has not arrived: it counts once it does (`recordDelivered`). */
  pendingNudgeAt?: string;
  lastAnswerAt?: string;
  escalation?: 'handler' | 'report';
}

export interface AdviceItem extends Chased {
  id: string;
  text: string;
  values: string[];
  /** The action owner (actiehouder): AAD id when in the tenant, else a name. */
  ownerId?: string;
  ownerName?: string;
  status: AdviceStatus;
  statusReason?: string;
  decision?: Decision;
  decisionReason?: string;
  /** Nudges go to the lead unless an item was delegated to its owner. */
  delegated?: boolean;
  /** Snoozes since the item's status last changed (FOLLOWUP_MAX_SNOOZES of them count as answers). */
  snoozesInRow?: number;
}

/**
 * Team Uthiek's review of a decision not to follow advice (DOMAIN.md, "Follow-up rules"): the
 * case handler accepts the decision or escalates it to a level of the escalation line.
 */
export interface Review {
  id: string;
  /** 'decision': the lead's decision on the advice; 'item': an item later set to "not followed". */
  kind: 'decision' | 'item';
  itemIds: string[];
  openedAt: string;
  openedBy: string;
  /** Where the review card is in Team Uthiek's channel. */
  card?: { conversationId: string; activityId: string };
  resolution?: { outcome: 'accepted' | 'escalated'; level?: string; note?: string; by: string; at: string };
}

/** The project lead as a person: who they are, and how the bot knows. */
export interface Lead {
  name: string;
  email?: string;
  /**
   * 'self': the registrant; 'teams': the named lead, found in Teams (leadId is theirs);
   * 'not-found': the named lead is not reachable in Teams, so the registrant answers follow-up;
   * 'pending': the named lead is being looked up in Teams (a job), the registrant stands in meanwhile.
   */
  source: 'self' | 'teams' | 'not-found' | 'pending';
}

export interface Assessment {
  heldAt: string;
  reportUrl: string;
  recordedBy: string;
  recordedAt: string;
  /** Panel member ids present at the assessment. */
  panelPresent: string[];
  /** Panel members who could not attend but gave written input (it counts as taking part). */
  panelWritten?: string[];
  /** High impact without any panel member taking part: why (required then; reported). */
  noPanelReason?: string;
}

export interface CaseRecord {
  /** Human-readable and stable, e.g. UTH-2026-007. */
  id: string;
  rev?: number;
  state: CaseState;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  /** The registrant's name as Teams gave it. */
  createdByName?: string;
  /** The project lead's AAD id: who answers follow-up. The creator unless the intake names another lead who is in the tenant. */
  leadId: string;
  /** The lead by name (set on submission): shown wherever Team Uthiek or the panel sees the case. */
  lead?: Lead;
  origin: CaseOrigin;
  intake: IntakeData;
  intakeStep: StepId;
  submittedAt?: string;
  triage?: Triage;
  schedule?: Schedule;
  assessment?: Assessment;
  /** The lead's response to the advice as a whole. */
  decision?: { overall: Decision; reason: string; at: string };
  /** While the decision is pending: its reminders, on the advice items' policy. */
  decisionChase?: Chased;
  advice: AdviceItem[];
  /** Reviews of decisions not to follow advice; the case closes only when none is open. */
  reviews?: Review[];
  closedReason?: string;
  /** The DPIA as recorded after the intake (by the lead, Team Uthiek or a privacy officer); see dpia.ts. */
  dpia?: DpiaRecord;
  /** Why Team Uthiek cancelled the case, or the lead withdrew it. */
  cancelReason?: string;
  withdrawReason?: string;
  /** Algorithm register entry for cases with an algorithm: what it says, typed by a member or read from the register's file. */
  register?: RegisterLink;
  /** Locale of the lead, for proactive messages. */
  leadLocale?: 'nl' | 'en';
  /** Set when the retention period passed and personal data was removed. */
  anonymisedAt?: string;
  /** Personal links, written input and conflict-of-interest declarations of people outside Teams. */
  outside?: OutsideRecord;
  /** The advice letter, one entry per issued version (the last is current). */
  letters?: AdviceLetter[];
  /** Travel and fee of external panel members, per member per held assessment (for finance). */
  expenses?: PanelExpense[];
}
