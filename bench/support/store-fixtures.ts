/**
 * Realistic data for the store benchmark: case documents the size the bot keeps for a case
 * that went through intake, triage, scheduling, assessment and follow-up (a full intake,
 * a few advice items: ~2.5 KB of JSON), and the audit events such a case leaves (~40).
 * Deterministic: the same index gives the same case.
 */
import type { AdviceItem, CaseRecord } from '../../src/domain/case/case.js';
import type { CaseState } from '../../src/domain/case/lifecycle.js';
import type { NewAuditEvent } from '../../src/store/store.js';

const PROJECTS = [
  'Slimme lantaarnpalen',
  'Drukte tellen op pleinen',
  'Chatbot afvalvragen',
  'Risicoscore bijstand',
  'Parkeersensoren binnenstad',
  'Drones voor groenbeheer',
  'Koppeling leerplicht en jeugdhulp',
  'Dashboard wijkmeldingen',
  'Scanauto handhaving',
  'Voorspelling onderhoud kademuren',
];
const UNITS = [
  'Stadsbedrijven',
  'Ruimte',
  'Maatschappelijke Ontwikkeling',
  'Dienstverlening',
  'Veiligheid',
  'Werk en Inkomen',
];
const VALUES = [
  'privacy',
  'autonomie',
  'menselijke-waardigheid',
  'gezondheid',
  'rechtvaardigheid',
  'veiligheid',
  'controle-op-technologie',
  'machtsverhoudingen',
];
const STATES: CaseState[] = [
  'follow-up',
  'closed',
  'closed',
  'closed',
  'follow-up',
  'assessed',
  'scheduled',
  'accepted',
  'submitted',
  'intake',
];

const DAY = 86_400_000;
export const HISTORY_START = Date.parse('2016-01-04T08:00:00Z');
export const HISTORY_END = Date.parse('2026-06-30T16:00:00Z');

const iso = (ms: number) => new Date(ms).toISOString();
const pick = <T>(list: readonly T[], i: number): T => list[((i % list.length) + list.length) % list.length]!;

/** When the history starts, and when the last case starts (leaving room for its follow-up before HISTORY_END). */
export interface Span {
  start: number;
  lastCaseStart: number;
}

/** Ten years: 2016–2026. */
export const TEN_YEARS: Span = { start: HISTORY_START, lastCaseStart: HISTORY_END - 400 * DAY };

/** The last `years` years before HISTORY_END (every event of a case falls before it). */
export const lastYears = (years: number): Span => ({
  start: HISTORY_END - Math.round(years * 365.25 * DAY),
  lastCaseStart: HISTORY_END - 270 * DAY,
});

/** Case number n (0-based) of `total`, spread evenly over the span. */
export function caseStart(n: number, total: number, span: Span = TEN_YEARS): number {
  return span.start + Math.floor(((span.lastCaseStart - span.start) * n) / total);
}

export function caseId(n: number, total: number, span: Span = TEN_YEARS): string {
  return `UTH-${new Date(caseStart(n, total, span)).getUTCFullYear()}-${String(n + 1).padStart(5, '0')}`;
}

export const leadOf = (n: number) => `aad-lead-${(n * 37) % 1500}`;
export const handlerOf = (n: number) => `aad-uthiek-${n % 6}`;

function adviceItems(n: number, start: number): AdviceItem[] {
  return (n % 2 === 0 ? [0, 1, 2] : [0, 1]).map((k) => ({
    id: `adv-${n}-${k}`,
    text: pick(
      [
        'Bewaar geen herleidbare beelden en evalueer na een jaar of het doel met minder gegevens kan.',
        'Betrek bewoners bij de keuze van de locaties en maak op straat zichtbaar dat er gemeten wordt.',
        'Laat het model vooraf onafhankelijk toetsen op vooringenomenheid en herhaal dat jaarlijks.',
        'Laat een medewerker elke uitkomst beoordelen voordat die gevolgen heeft voor een inwoner.',
      ],
      n + k,
    ),
    values: [pick(VALUES, n + k), pick(VALUES, n + k + 3)],
    ownerId: k === 2 ? `aad-owner-${n % 300}` : leadOf(n),
    dueDate: iso(start + (120 + 30 * k) * DAY).slice(0, 10),
    status: pick(['open', 'in-progress', 'implemented', 'not-followed'] as const, n + k),
    decision: pick(['adopt', 'partly', 'adopt'] as const, n + k),
    delegated: k === 2,
    unansweredNudges: (n + k) % 3,
  }));
}

/** A case the way the bot stores it after a full intake, triage, scheduling and assessment. */
export function caseRecord(n: number, total: number, updatedAt?: string, span: Span = TEN_YEARS): CaseRecord {
  const start = caseStart(n, total, span);
  const lead = leadOf(n);
  const handler = handlerOf(n);
  const name = `${pick(PROJECTS, n)} ${Math.floor(n / PROJECTS.length) + 1}`;
  const values = [pick(VALUES, n), pick(VALUES, n + 2), pick(VALUES, n + 5)];
  return {
    id: caseId(n, total, span),
    state: pick(STATES, n),
    createdAt: iso(start),
    updatedAt: updatedAt ?? iso(start + 200 * DAY),
    createdBy: lead,
    leadId: lead,
    origin:
      n % 3 === 0
        ? {
            kind: 'signal',
            signalId: `sig-${n}`,
            messageLink: `https://teams.microsoft.com/l/message/19%3Aprojects%40thread.tacv2/${1600000000000 + n}?tenantId=00000000-0000-0000-0000-000000000001&parentMessageId=${1600000000000 + n}`,
          }
        : { kind: 'command' },
    intake: {
      projectName: name,
      orgUnit: pick(UNITS, n),
      leadIsMe: true,
      phase: pick(['idea', 'design', 'pilot', 'procurement'] as const, n),
      plannedDate: iso(start + 90 * DAY).slice(0, 10),
      purpose: `Onderhoud en inzet plannen op basis van metingen in plaats van meldingen achteraf.`,
      means: 'Sensoren op bestaande masten meten drukte; de wijkteams gebruiken het dashboard van de leverancier.',
      affectedGroups: ['residents', 'visitors', 'employees'],
      affectedNote: 'Bewoners en bezoekers van de binnenstad.',
      technologies: ['sensors-iot', 'dashboard', 'data-linking'],
      technologyNote: 'Telling op het apparaat; alleen aantallen per kwartier.',
      personalData: 'yes',
      supplier: 'supplier',
      supplierName: 'Meetbedrijf Utrecht B.V.',
      specialCategories: 'no',
      dpiaStatus: pick(['planned', 'in-progress', 'done'] as const, n),
      algorithmRegister: 'no',
      values: Object.fromEntries(values.map((v) => [v, `Meten zonder dat mensen het merken (${v}).`])),
      experts: 'Privacy officer, wijkmanager, data-analist.',
    },
    intakeStep: 'review',
    submittedAt: iso(start + 3 * DAY),
    triage: {
      suggestedImpact: pick(['medium', 'high', 'low'] as const, n),
      impact: pick(['medium', 'high', 'low'] as const, n),
      handlerId: handler,
      decidedAt: iso(start + 8 * DAY),
      decidedBy: handler,
      requests: [],
    },
    schedule: {
      slot: { start: iso(start + 30 * DAY), end: iso(start + 30 * DAY + 90 * 60_000) },
      participants: [
        { role: 'handler', aadObjectId: handler, name: 'Pieter Jansen' },
        { role: 'lead', aadObjectId: lead, name: 'Sanne de Vries' },
        { role: 'panel', panelId: `panel-${n % 12}`, name: 'Prof. dr. A. de Wit' },
      ],
      uid: `uthiek-${n}@utrecht.nl`,
      sequence: 1,
      confirmedAt: iso(start + 12 * DAY),
      confirmedBy: handler,
    },
    assessment: {
      heldAt: iso(start + 30 * DAY),
      reportUrl: `https://utrecht.sharepoint.com/sites/uthiek/toetsen/${n}.pdf`,
      recordedBy: handler,
      recordedAt: iso(start + 35 * DAY),
      panelPresent: [`panel-${n % 12}`],
    },
    decision: { overall: 'adopt', reason: 'De adviezen passen binnen het project.', at: iso(start + 45 * DAY) },
    advice: adviceItems(n, start),
    leadLocale: 'nl',
  };
}

/** 40 audit events of case n, as the bot would have recorded them over its life (ids and codes only). */
export function caseEvents(n: number, total: number, span: Span = TEN_YEARS): NewAuditEvent[] {
  const start = caseStart(n, total, span);
  const id = caseId(n, total, span);
  const lead = leadOf(n);
  const handler = handlerOf(n);
  const out: NewAuditEvent[] = [];
  const at = (days: number, minutes = 0) => iso(start + days * DAY + minutes * 60_000);
  const add = (type: string, atIso: string, actor: string, extra: Partial<NewAuditEvent> = {}) =>
    out.push({ type, actor, caseId: id, at: atIso, ...extra });
  add('signal.converted', at(0), lead, { data: { signalId: `sig-${n}` } });
  add('case.created', at(0, 1), lead, { to: 'intake', data: { origin: n % 3 === 0 ? 'signal' : 'command' } });
  const steps = ['basics', 'purpose', 'people', 'technology', 'details', 'legal', 'values', 'experts'];
  steps.forEach((step, k) => add('intake.saved', at(0, 3 + 4 * k), lead, { data: { step } }));
  add('case.submit', at(3), lead, { from: 'intake', to: 'submitted' });
  add('case.request-info', at(5), handler, { from: 'submitted', to: 'needs-info', data: { requestId: `req-${n}` } });
  add('case.provide-info', at(6), lead, { from: 'needs-info', to: 'submitted', data: { requestId: `req-${n}` } });
  add('case.accept', at(8), handler, {
    from: 'submitted',
    to: 'accepted',
    data: { handlerId: handler, impact: 'medium', suggestedImpact: 'medium' },
  });
  add('case.schedule', at(12), handler, {
    from: 'accepted',
    to: 'scheduled',
    data: { start: at(30), urgent: false, panelIds: [`panel-${n % 12}`], expertIds: [] },
  });
  add('case.reschedule', at(14), handler, { from: 'scheduled', to: 'scheduled', data: { start: at(30), sequence: 1 } });
  add('case.record-assessment', at(35), handler, {
    from: 'scheduled',
    to: 'assessed',
    data: { heldAt: at(30), adviceCount: 3, panelPresent: [`panel-${n % 12}`], dpiaStatus: 'done', algorithm: false },
  });
  add('register.recorded', at(36), handler, { data: { statedAssessmentStatus: 'done' } });
  add('decision.recorded', at(45), lead, {
    data: { overall: 'adopt', perItem: [`adv-${n}-0:adopt`, `adv-${n}-1:partly`, `adv-${n}-2:adopt`] },
  });
  add('case.start-follow-up', at(45, 1), lead, { from: 'assessed', to: 'follow-up' });
  add('advice.delegated', at(46), lead, { data: { itemId: `adv-${n}-2` } });
  // Follow-up: nudges every few weeks, answers, a snooze, an escalation, until closed.
  for (let k = 0; k < 16; k++) {
    const d = 125 + 7 * k;
    const item = `adv-${n}-${k % 3}`;
    if (k % 3 === 0)
      add('nudge.sent', at(d), 'system', { data: { itemId: item, recipient: k % 2 === 0 ? 'lead' : 'owner' } });
    else if (k % 3 === 1) add('advice.status', at(d, 30), lead, { data: { itemId: item, status: 'in-progress' } });
    else if (k === 5) add('advice.snoozed', at(d), lead, { data: { itemId: item, until: at(d + 7).slice(0, 10) } });
    else if (k === 8) add('nudge.escalated', at(d), 'system', { data: { itemId: item, level: 'handler' } });
    else add('nudge.sent', at(d), 'system', { data: { itemId: item, recipient: 'lead' } });
  }
  add('advice.status', at(260), lead, { data: { itemId: `adv-${n}-0`, status: 'implemented' } });
  add('advice.status', at(261), lead, { data: { itemId: `adv-${n}-1`, status: 'implemented' } });
  add('case.close', at(262), handler, { from: 'follow-up', to: 'closed', data: { how: 'all-settled' } });
  return out;
}
