import type { AdviceItem, CaseRecord } from '../../../src/domain/case/case.js';
import type { AuditEvent } from '../../../src/store/store.js';
import { caseRecord } from '../../support/case-record.js';

/**
 * A hand-written audit log over 2025–2026 and the case documents as they stand today.
 * The report tests use asOf = 2026-07-01 00:00 Amsterdam (2026-06-30T22:00Z); events marked
 * AFTER happen later and must not change that report. Times without a clock are 10:00Z.
 */
export const AS_OF = '2026-07-01T00:00:00+02:00';

type Data = AuditEvent['data'];
type Entry = [at: string, type: string, caseId?: string, data?: Data];

const C = {
  c1: 'UTH-2025-001', // from sig-1, assessed Apr 2025, both items settled, closed
  c2: 'UTH-2025-002', // high impact with panel, algorithm, register says 'none'; item overdue and escalated
  c3: 'UTH-2025-003', // assessed 2025 and re-assessed twice in 2026; register 'done'
  c4: 'UTH-2025-004', // assessed Nov 2025, then cancelled
  c5: 'UTH-2025-005', // held 16 Dec 2025, recorded 6 Jan 2026
  c6: 'UTH-2025-006', // held 31 Dec 2025 23:30Z = 1 Jan 2026 00:30 in Amsterdam
  c7: 'UTH-2026-001', // from sig-2, high impact with panel
  c8: 'UTH-2026-002', // from sig-3, algorithm, register says 'planned'
  c9: 'UTH-2026-003', // high impact without panel, DPIA in progress, register not checked
  c10: 'UTH-2026-004', // assessed Jun 2026, item due on the asOf day
  c11: 'UTH-2026-005', // declined
  c12: 'UTH-2026-006', // abandoned in intake
  c13: 'UTH-2026-007', // needs-info round, accepted; assessed only AFTER asOf
  c14: 'UTH-2026-008', // from sig-6 (detected before asOf), created AFTER asOf
  c15: 'UTH-2026-009', // accepted, then cancelled before any assessment
  c16: 'UTH-2026-010', // duplicate of UTH-2026-003
} as const;
export const IDS = C;

const t = (day: string): string => (day.length === 10 ? `${day}T10:00:00Z` : day);
const assessment = (
  heldAt: string,
  panelPresent: string[],
  dpiaStatus: string,
  algorithm: boolean,
  adviceCount = 1,
  dpiaDate?: string,
): Data => ({
  heldAt: t(heldAt),
  adviceCount,
  panelPresent,
  dpiaStatus,
  ...(dpiaDate ? { dpiaDate } : {}),
  algorithm,
});

const entries: Entry[] = [
  // c1
  ['2025-03-03', 'signal.detected', undefined, { signalId: 'sig-1', score: 0.8, scope: 'channel' }],
  ['2025-03-05', 'signal.converted', C.c1, { signalId: 'sig-1' }],
  ['2025-03-05', 'case.created', C.c1, { origin: 'signal' }],
  ['2025-03-06', 'intake.saved', C.c1, { step: 'basics' }],
  ['2025-03-10', 'case.submit', C.c1],
  ['2025-03-12', 'case.accept', C.c1, { handlerId: 'h1', impact: 'medium', suggestedImpact: 'medium' }],
  ['2025-03-20', 'case.schedule', C.c1, { start: '2025-04-15T08:00:00Z', urgent: false, panelIds: [], expertIds: [] }],
  ['2025-04-15', 'case.record-assessment', C.c1, assessment('2025-04-15T08:00:00Z', [], 'done', false, 2)],
  ['2025-04-16', 'case.start-follow-up', C.c1],
  ['2025-05-20', 'advice.status', C.c1, { itemId: 'a1', status: 'implemented' }],
  ['2025-09-08', 'nudge.sent', C.c1, { itemIds: ['a2'], recipient: 'lead' }],
  ['2025-09-10', 'advice.status', C.c1, { itemId: 'a2', status: 'not-followed' }],
  ['2025-09-10T10:05:00Z', 'case.close', C.c1, { how: 'all-settled' }],
  // c2
  ['2025-05-01', 'case.created', C.c2, { origin: 'command' }],
  ['2025-05-02', 'case.submit', C.c2],
  ['2025-05-06', 'case.accept', C.c2, { handlerId: 'h1', impact: 'high', suggestedImpact: 'high' }],
  [
    '2025-05-10',
    'case.schedule',
    C.c2,
    { start: '2025-06-10T08:00:00Z', urgent: false, panelIds: ['panel-1'], expertIds: [] },
  ],
  ['2025-06-10', 'case.record-assessment', C.c2, assessment('2025-06-10T08:00:00Z', ['panel-1'], 'in-progress', true)],
  ['2025-06-11', 'case.start-follow-up', C.c2],
  ['2025-08-01', 'register.recorded', C.c2, { statedAssessmentStatus: 'none' }],
  ['2025-11-01', 'advice.status', C.c2, { itemId: 'a1', status: 'in-progress' }],
  ['2026-01-10', 'nudge.escalated', C.c2, { itemId: 'a1', level: 'handler' }],
  ['2026-02-10', 'nudge.escalated', C.c2, { itemId: 'a1', level: 'report' }],
  ['2026-07-10', 'register.recorded', C.c2, { statedAssessmentStatus: 'done' }], // AFTER
  // c3
  ['2025-09-01', 'case.created', C.c3, { origin: 'message-action' }],
  ['2025-09-02', 'case.submit', C.c3],
  ['2025-09-05', 'case.accept', C.c3, { handlerId: 'h2', impact: 'low', suggestedImpact: 'medium' }],
  ['2025-09-15', 'case.schedule', C.c3, { start: '2025-10-10T08:00:00Z', urgent: false, panelIds: [], expertIds: [] }],
  ['2025-10-10', 'case.record-assessment', C.c3, assessment('2025-10-10T08:00:00Z', [], 'done', true)],
  ['2025-11-01', 'register.recorded', C.c3, { statedAssessmentStatus: 'done' }],
  ['2026-02-10', 'case.record-assessment', C.c3, assessment('2026-02-10T08:00:00Z', [], 'in-progress', true)],
  ['2026-02-20', 'advice.status', C.c3, { itemId: 'a1', status: 'implemented' }],
  [
    '2026-05-04',
    'case.record-assessment',
    C.c3,
    assessment('2026-05-04T08:00:00Z', ['panel-3'], 'done', true, 2, '2026-04-20'),
  ],
  ['2026-05-05', 'case.start-follow-up', C.c3],
  // c4
  ['2025-10-01', 'case.created', C.c4, { origin: 'command' }],
  ['2025-10-02', 'case.submit', C.c4],
  ['2025-10-03', 'case.accept', C.c4, { handlerId: 'h1', impact: 'high', suggestedImpact: 'high' }],
  ['2025-10-10', 'case.schedule', C.c4, { start: '2025-11-20T08:00:00Z', urgent: false, panelIds: [], expertIds: [] }],
  ['2025-11-20', 'case.record-assessment', C.c4, assessment('2025-11-20T08:00:00Z', [], 'planned', true)],
  ['2025-11-25', 'register.recorded', C.c4, { statedAssessmentStatus: 'none' }],
  ['2025-12-01', 'case.cancel', C.c4],
  // c5
  ['2025-11-03', 'case.created', C.c5, { origin: 'command' }],
  ['2025-11-04', 'case.submit', C.c5],
  ['2025-11-06', 'case.accept', C.c5, { handlerId: 'h2', impact: 'low', suggestedImpact: 'low' }],
  ['2025-11-20', 'case.schedule', C.c5, { start: '2025-12-16T10:00:00Z', urgent: false, panelIds: [], expertIds: [] }],
  ['2026-01-06', 'case.record-assessment', C.c5, assessment('2025-12-16', [], 'done', false)],
  ['2026-01-07', 'case.start-follow-up', C.c5],
  ['2026-03-30', 'advice.status', C.c5, { itemId: 'a1', status: 'implemented' }],
  // c6
  ['2025-11-10', 'case.created', C.c6, { origin: 'command' }],
  ['2025-11-11', 'case.submit', C.c6],
  ['2025-11-13', 'case.accept', C.c6, { handlerId: 'h2', impact: 'medium', suggestedImpact: 'medium' }],
  ['2025-11-20', 'case.schedule', C.c6, { start: '2025-12-31T23:30:00Z', urgent: true, panelIds: [], expertIds: [] }],
  ['2026-01-02T09:00:00Z', 'case.record-assessment', C.c6, assessment('2025-12-31T23:30:00Z', [], 'not-needed', false)],
  ['2026-01-03', 'case.start-follow-up', C.c6],
  ['2026-02-05', 'advice.status', C.c6, { itemId: 'a1', status: 'not-followed' }],
  // c7
  ['2026-01-12', 'signal.detected', undefined, { signalId: 'sig-2', score: 0.7, scope: 'channel' }],
  ['2026-01-13', 'signal.converted', C.c7, { signalId: 'sig-2' }],
  ['2026-01-13', 'case.created', C.c7, { origin: 'signal' }],
  ['2026-01-15', 'case.submit', C.c7],
  ['2026-01-20', 'case.accept', C.c7, { handlerId: 'h1', impact: 'high', suggestedImpact: 'high' }],
  [
    '2026-02-01',
    'case.schedule',
    C.c7,
    { start: '2026-03-02T10:00:00Z', urgent: false, panelIds: ['panel-2'], expertIds: [] },
  ],
  ['2026-03-02', 'case.record-assessment', C.c7, assessment('2026-03-02', ['panel-2'], 'done', false, 2, '2026-02-15')],
  // the privacy officer corrects the DPIA's date: it was completed only after the assessment
  ['2026-03-10', 'dpia.recorded', C.c7, { status: 'done', date: '2026-03-09', link: true, source: 'update' }],
  ['2026-03-03', 'case.start-follow-up', C.c7],
  ['2026-03-25', 'advice.status', C.c7, { itemId: 'a1', status: 'implemented' }],
  ['2026-05-04', 'nudge.sent', C.c7, { itemIds: ['a2'], recipient: 'lead' }],
  ['2026-07-03', 'advice.status', C.c7, { itemId: 'a2', status: 'implemented' }], // AFTER
  // c8
  ['2026-02-02', 'signal.detected', undefined, { signalId: 'sig-3', score: 0.9, scope: 'groupChat' }],
  ['2026-02-06', 'signal.converted', C.c8, { signalId: 'sig-3' }],
  ['2026-02-06', 'case.created', C.c8, { origin: 'signal' }],
  ['2026-02-09', 'case.submit', C.c8],
  ['2026-02-11', 'case.accept', C.c8, { handlerId: 'h2', impact: 'medium', suggestedImpact: 'high', lowered: true }],
  ['2026-02-20', 'case.schedule', C.c8, { start: '2026-03-16T10:00:00Z', urgent: false, panelIds: [], expertIds: [] }],
  ['2026-03-16', 'case.record-assessment', C.c8, assessment('2026-03-16', [], 'planned', true)],
  ['2026-03-17', 'case.start-follow-up', C.c8],
  ['2026-04-01T12:00:00Z', 'register.recorded', C.c8, { statedAssessmentStatus: 'planned' }],
  ['2026-05-15', 'advice.status', C.c8, { itemId: 'a1', status: 'no-longer-relevant' }],
  // c9
  ['2026-03-02T11:00:00Z', 'case.created', C.c9, { origin: 'command' }],
  ['2026-03-03T11:00:00Z', 'case.submit', C.c9],
  ['2026-03-05T11:00:00Z', 'case.accept', C.c9, { handlerId: 'h1', impact: 'high', suggestedImpact: 'high' }],
  [
    '2026-03-20',
    'case.schedule',
    C.c9,
    {
      start: '2026-04-20T11:00:00Z',
      urgent: true,
      panelIds: [],
      expertIds: [],
      highImpact: true,
      panelAccepted: false,
    },
  ],
  ['2026-04-20T11:00:00Z', 'case.record-assessment', C.c9, assessment('2026-04-20T11:00:00Z', [], 'in-progress', true)],
  ['2026-04-21', 'case.start-follow-up', C.c9],
  ['2026-06-01', 'nudge.escalated', C.c9, { itemId: 'a1', level: 'handler' }],
  // signals that led nowhere
  ['2026-03-02', 'signal.detected', undefined, { signalId: 'sig-4', score: 0.6, scope: 'channel' }],
  ['2026-03-03', 'signal.dismissed', undefined, { signalId: 'sig-4', reason: 'not-a-project' }],
  ['2026-04-01', 'signal.detected', undefined, { signalId: 'sig-5', score: 0.55, scope: 'channel' }],
  ['2026-04-15', 'signal.expired', undefined, { signalId: 'sig-5' }],
  // c10
  ['2026-04-01T11:00:00Z', 'case.created', C.c10, { origin: 'command' }],
  ['2026-04-02T11:00:00Z', 'case.submit', C.c10],
  ['2026-04-07T11:00:00Z', 'case.accept', C.c10, { handlerId: 'h2', impact: 'low', suggestedImpact: 'low' }],
  ['2026-05-01', 'case.schedule', C.c10, { start: '2026-06-15T11:00:00Z', urgent: false, panelIds: [], expertIds: [] }],
  ['2026-06-15T11:00:00Z', 'case.record-assessment', C.c10, assessment('2026-06-15T11:00:00Z', [], 'done', false)],
  ['2026-06-16', 'case.start-follow-up', C.c10],
  // c11, c12
  ['2026-04-10', 'case.created', C.c11, { origin: 'command' }],
  ['2026-04-13', 'case.submit', C.c11],
  ['2026-04-15', 'case.decline', C.c11],
  ['2026-05-01', 'case.created', C.c12, { origin: 'command' }],
  ['2026-05-10', 'case.abandon', C.c12],
  // c13
  ['2026-05-04', 'case.created', C.c13, { origin: 'command' }],
  ['2026-05-05', 'case.submit', C.c13],
  ['2026-05-06', 'case.request-info', C.c13, { requestId: 'r1' }],
  ['2026-05-11', 'case.provide-info', C.c13, { requestId: 'r1' }],
  ['2026-05-12', 'case.accept', C.c13, { handlerId: 'h1', impact: 'high', suggestedImpact: 'high' }],
  [
    '2026-05-20',
    'case.schedule',
    C.c13,
    { start: '2026-07-06T10:00:00Z', urgent: false, panelIds: ['panel-1'], expertIds: [] },
  ],
  ['2026-07-06', 'case.record-assessment', C.c13, assessment('2026-07-06', ['panel-1'], 'done', true)], // AFTER
  // c14
  ['2026-06-29', 'signal.detected', undefined, { signalId: 'sig-6', score: 0.75, scope: 'channel' }],
  ['2026-07-02', 'signal.converted', C.c14, { signalId: 'sig-6' }], // AFTER
  ['2026-07-02', 'case.created', C.c14, { origin: 'signal' }], // AFTER
  // c15, c16
  ['2026-05-15', 'case.created', C.c15, { origin: 'command' }],
  ['2026-05-18', 'case.submit', C.c15],
  ['2026-05-20', 'case.accept', C.c15, { handlerId: 'h2', impact: 'medium', suggestedImpact: 'medium' }],
  ['2026-05-25', 'case.schedule', C.c15, { start: '2026-06-20T10:00:00Z', urgent: false, panelIds: [], expertIds: [] }],
  ['2026-06-01', 'case.cancel', C.c15],
  ['2026-06-02', 'case.created', C.c16, { origin: 'command' }],
  ['2026-06-03', 'case.submit', C.c16],
  ['2026-06-04', 'case.mark-duplicate', C.c16, { duplicateOf: C.c9 }],
];

/** The log in time order with increasing seq, as the store would hold it. */
export const EVENTS: AuditEvent[] = entries
  .map(([at, type, caseId, data]) => ({
    at: new Date(t(at)).toISOString(),
    type,
    ...(caseId ? { caseId } : {}),
    ...(data ? { data } : {}),
  }))
  .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  .map((e, i) => ({ seq: i + 1, actor: 'system', ...e }));

const advice = (id: string, dueDate: string): AdviceItem => ({
  id,
  text: `advice ${id}`,
  values: ['privacy'],
  dueDate,
  status: 'open',
  unansweredNudges: 0,
});

const DUE: Record<string, AdviceItem[]> = {
  [C.c1]: [advice('a1', '2025-06-01'), advice('a2', '2025-09-01')],
  [C.c2]: [advice('a1', '2025-12-01')],
  [C.c3]: [advice('a1', '2026-03-01'), advice('a2', '2026-06-30')],
  [C.c4]: [advice('a1', '2025-12-15')],
  [C.c5]: [advice('a1', '2026-04-01')],
  [C.c6]: [advice('a1', '2026-02-01')],
  [C.c7]: [advice('a1', '2026-04-01'), advice('a2', '2026-05-01')],
  [C.c8]: [advice('a1', '2026-06-01')],
  [C.c9]: [advice('a1', '2026-05-15')],
  [C.c10]: [advice('a1', '2026-07-01')],
  [C.c13]: [advice('a1', '2026-09-01')],
};

/** Today's case documents; only their advice items and due dates matter to the report. */
export const CASES: CaseRecord[] = Object.values(C).map((id) =>
  caseRecord({
    id,
    state: 'closed',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2026-07-10T00:00:00.000Z',
    createdBy: 'aad-lead',
    advice: DUE[id] ?? [],
  }),
);
