import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../src/domain/case/case.js';
import type { AuditEvent } from '../../../src/domain/case/events.js';
import { erasure } from '../../../src/domain/privacy/erasure.js';
import { pseudonym } from '../../../src/domain/privacy/person-data.js';
import { redactor } from '../../../src/domain/privacy/redact.js';
import { anonymiseCase, dueForAnonymising, retentionSweep } from '../../../src/domain/privacy/retention.js';
import { findSubject, type PrivacyRecords } from '../../../src/domain/privacy/subject.js';
import { caseRecord } from '../../support/case-record.js';

const now = new Date('2028-01-01T00:00:00Z');
const key = Buffer.alloc(32, 7);
// the person fields are all given here: erasure is about them
const c = caseRecord({
  id: 'UTH-2026-001',
  state: 'closed',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
  createdBy: 'aad-a',
  leadId: 'aad-a',
  intake: {
    projectName: 'Slimme lantaarns',
    leadIsMe: false,
    leadName: 'Noor Bakker',
    leadEmail: 'noor@x.nl',
    experts: 'Jan (jan@x.nl)',
    purpose: 'Doel van aad-a',
    values: { privacy: 'Camera’s' },
  },
  advice: [
    {
      id: 'a1',
      text: 'Advies: bespreek met Noor Bakker',
      values: ['privacy'],
      ownerId: 'aad-b',
      ownerName: 'Olga',
      dueDate: '2026-03-01',
      status: 'implemented',
      statusReason: 'Gedaan door Olga',
      unansweredNudges: 0,
    },
  ],
  triage: {
    suggestedImpact: 'high',
    handlerId: 'aad-h',
    decidedBy: 'aad-h',
    declineReason: 'Noor weet ervan',
    requests: [
      {
        id: 'r1',
        askedBy: 'aad-h',
        askedAt: '2026-01-05T00:00:00.000Z',
        question: 'Wie is Noor?',
        answer: 'Ik, de projectleider',
        answeredAt: '2026-01-06T00:00:00.000Z',
      },
    ],
  },
  decision: { overall: 'adopt', reason: 'Wij volgen het advies', at: '2026-02-01T00:00:00.000Z' },
});
const ev = (seq: number, type: string, actor: string, extra: Partial<AuditEvent> = {}): AuditEvent => ({
  seq,
  type,
  actor,
  at: '2026-01-01T00:00:00.000Z',
  caseId: c.id,
  ...extra,
});
const records = (over: Partial<PrivacyRecords> = {}): PrivacyRecords => ({
  cases: [
    c,
    {
      ...c,
      id: 'UTH-2026-002',
      state: 'accepted',
      createdBy: 'aad-x',
      leadId: 'aad-x',
      intake: { projectName: 'Ander project', purpose: 'Met Noor Bakker en noor@x.nl' },
      triage: undefined,
      decision: undefined,
      advice: [],
    },
  ],
  proposals: [],
  panel: [
    {
      id: 'pm-1',
      name: 'Prof. Eva Janssen',
      email: 'eva@uni.nl',
      expertise: ['ai'],
      monthlyMax: 2,
      unavailable: [],
      active: true,
    },
  ],
  people: [{ id: 'aad-a', updatedAt: '2026-01-01T00:00:00.000Z' }],
  conversations: [
    {
      id: 'a:1',
      kind: 'personal',
      userId: 'aad-a',
      updatedAt: '2026-01-01T00:00:00.000Z',
      reference: { user: { id: '29:1', name: 'Anna A', aadObjectId: 'aad-a' } },
    },
  ],
  signals: [{ id: 's1', authorId: 'aad-a', status: 'dismissed' }],
  staff: [],
  settings: [{ id: 'channel:1', updatedBy: 'aad-a' }],
  jobs: [
    { id: 'nudge.send:UTH-2026-001:aad-a:x:y', payload: { recipientId: 'aad-a' } },
    { id: 'other', payload: {} },
  ],
  events: [
    ev(1, 'case.created', 'aad-a'),
    ev(2, 'case.provide-info', 'aad-a', { data: { requestId: 'r1' } }),
    ev(3, 'case.accept', 'aad-h', {
      data: { handlerId: 'aad-h', impact: 'high', suggestedImpact: 'high' },
      to: 'accepted',
    }),
    ev(4, 'advice.status', 'aad-b', { data: { itemId: 'a1', status: 'implemented' } }),
    ev(5, 'person.exported', 'aad-a', { caseId: undefined, data: { subject: 'aad-a' } }),
  ],
  ...over,
});

describe('pseudonyms', () => {
  it('are keyed: stable for one key, different for another, and say nothing about the person', () => {
    expect(pseudonym('aad-a', key)).toBe(pseudonym('aad-a', key));
    expect(pseudonym('aad-a', key)).not.toBe(pseudonym('aad-a', Buffer.alloc(32, 8)));
    expect(pseudonym('aad-a', key)).toMatch(/^erased-[0-9a-f]{12}$/);
  });
});

describe('who may be erased', () => {
  it('only a person the records know: not a state, a code or a stand-in', () => {
    const r = records();
    for (const word of ['accepted', 'closed', 'high', 'privacy', 'system', 'UTH-2026-001', 'nobody'])
      expect(findSubject(word, r)).toBeUndefined();
    expect(findSubject('aad-a', r)).toMatchObject({ id: 'aad-a', names: ['Anna A'] });
    expect(findSubject('AAD-H', r)?.id).toBe('aad-h');
  });

  it('by e-mail: a lead named in an intake, or a panel member, with the names the records give them', () => {
    expect(findSubject('Noor@x.nl', records())).toEqual({
      emails: ['noor@x.nl'],
      names: ['Noor Bakker'],
      panelIds: [],
    });
    expect(findSubject('eva@uni.nl', records())).toEqual({
      emails: ['eva@uni.nl'],
      names: ['Prof. Eva Janssen'],
      panelIds: ['pm-1'],
    });
    expect(findSubject('jan@x.nl', records())).toMatchObject({ emails: ['jan@x.nl'] });
    expect(findSubject('unknown@x.nl', records())).toBeUndefined();
  });

  it('role words that stand in for names are never taken for a name', () => {
    const r = records({
      proposals: [
        {
          id: 'p1',
          caseId: c.id,
          mode: 'schedule',
          slots: [],
          problems: [],
          createdAt: '',
          createdBy: 'aad-h',
          invitees: [{ aadObjectId: 'aad-a', name: 'projectleider', role: 'lead' }],
          answers: {},
        },
      ],
    });
    expect(findSubject('aad-a', r, { labels: ['projectleider'] })?.names).toEqual(['Anna A']);
  });
});

describe('erasure', () => {
  const erase = (input: string, r = records()) => {
    const subject = findSubject(input, r)!;
    return { e: erasure(subject, 'erased-x', r), r };
  };

  it('replaces the id only in person fields, removes what they wrote, redacts their names elsewhere, deletes their own records', () => {
    const { e, r } = erase('aad-a');
    const [first, second] = r.cases.map((x) => e.doc('cases', x as never) as unknown as CaseRecord);
    expect(first).toMatchObject({
      createdBy: 'erased-x',
      leadId: 'erased-x',
      state: 'closed',
      intake: { projectName: 'Slimme lantaarns' },
    });
    // the intake they wrote is gone, including the lead they named; their answer too; Team Uthiek's question stays
    expect(first!.intake).toEqual({ projectName: 'Slimme lantaarns', leadIsMe: false, values: { privacy: '' } });
    expect(first!.triage!.requests[0]).toMatchObject({ question: 'Wie is Noor?', askedBy: 'aad-h' });
    expect(first!.triage!.requests[0]!.answer).toBeUndefined();
    expect(first!.triage!.handlerId).toBe('aad-h');
    // the other case is not theirs: unchanged
    expect(second).toEqual(r.cases[1]);
    expect(e.doc('people', r.people[0] as never)).toBeNull();
    expect(e.doc('conversations', r.conversations[0] as never)).toBeNull();
    expect(e.doc('signals', r.signals[0] as never)).toBeNull();
    expect(e.doc('jobs', r.jobs[0] as never)).toBeNull();
    expect(e.doc('jobs', r.jobs[1] as never)).toEqual(r.jobs[1]);
    expect(e.doc('settings', r.settings[0] as never)).toMatchObject({ updatedBy: 'erased-x' });
    expect([...r.events].map((x) => e.event(x))).toMatchObject([
      { actor: 'erased-x' },
      { actor: 'erased-x' },
      { actor: 'aad-h', data: { handlerId: 'aad-h' } },
      { actor: 'aad-b' },
      { actor: 'erased-x', data: { subject: 'erased-x' } },
    ]);
    expect(e.preview()).toEqual({ records: 4, cases: 1, texts: 6, textsInOpenCases: 0, mentions: 0, events: 3 });
  });

  it('a person named by e-mail loses their full name and address in every case, also inside other people’s text, and no word of it', () => {
    const { e, r } = erase('noor@x.nl');
    const [first, second] = r.cases.map((x) => e.doc('cases', x as never) as unknown as CaseRecord);
    // the lead named in the first case's intake: their full name goes from Team Uthiek's advice
    expect(JSON.stringify(first)).not.toMatch(/Noor Bakker|noor@x\.nl/);
    expect(first!.advice[0]!.text).toBe('Advies: bespreek met [gewist]');
    // one word of a name is not their name: "Noor" alone may be anyone
    expect(first!.triage!.declineReason).toBe('Noor weet ervan');
    expect(first!.createdBy).toBe('aad-a');
    // a case they are not part of keeps everything but their full name and address in its text
    expect(second).toEqual({ ...r.cases[1], intake: { ...r.cases[1]!.intake, purpose: 'Met [gewist] en [gewist]' } });
    expect(e.preview()).toMatchObject({ cases: 1, mentions: 2 });
  });

  it('a panel member in no case changes no case: not a word of a name, not a case they never touched', () => {
    const groen = {
      ...c,
      id: 'UTH-2027-028',
      state: 'submitted' as const,
      createdBy: 'aad-noor',
      leadId: 'aad-noor',
      intake: {
        projectName: 'Groen en Klein',
        purpose: 'Meer groen in de wijk: sensoren meten of het groen droog staat.',
      },
      triage: undefined,
      decision: undefined,
      advice: [],
    };
    const member = { ...records().panel[0]!, id: 'pm-2', name: 'Ingrid Groen', email: 'ingrid.groen@example.org' };
    const r = records({ cases: [groen], panel: [member], events: [] });
    const { e } = erase('ingrid.groen@example.org', r);
    expect(e.doc('cases', groen as never)).toEqual(groen);
    expect(e.doc('panel', member as never)).toBeNull();
    expect(e.preview()).toEqual({ records: 1, cases: 0, texts: 0, textsInOpenCases: 0, mentions: 0, events: 0 });
  });

  it('an action owner loses the name on the item; a panel member loses the panel record', () => {
    const { e, r } = erase('aad-b');
    const first = e.doc('cases', r.cases[0] as never) as unknown as CaseRecord;
    expect(first.advice[0]).toMatchObject({
      ownerId: 'erased-x',
      status: 'implemented',
      text: 'Advies: bespreek met Noor Bakker',
    });
    expect(first.advice[0]!.ownerName).toBeUndefined();
    expect(first.advice[0]!.statusReason).toBeUndefined(); // they wrote it (advice.status event)
    const panel = erase('eva@uni.nl');
    expect(panel.e.doc('panel', panel.r.panel[0] as never)).toBeNull();
  });

  it('finds conversation references by the person’s id, never by a display name someone else may share', () => {
    const team = (id: string, aadObjectId: string) => ({
      id,
      kind: 'channel',
      updatedAt: '2026-01-01T00:00:00.000Z',
      reference: { conversation: { id }, user: { id: `29:${aadObjectId}`, name: 'Anna A', aadObjectId } },
    });
    // two people called "Anna A": aad-a and aad-z, each added the bot to a team
    const theirs = team('19:team-a', 'aad-a');
    const namesake = team('19:team-z', 'aad-z');
    const r = records({ conversations: [...records().conversations, theirs, namesake] });
    const { e } = erase('aad-a', r);
    expect(e.doc('conversations', theirs as never)).toEqual({
      ...theirs,
      reference: { conversation: { id: '19:team-a' } },
    });
    expect(e.doc('conversations', namesake as never)).toEqual(namesake);
    // and erasing the namesake leaves aad-a's references alone
    const other = erase('aad-z', r).e;
    expect(other.doc('conversations', r.conversations[0] as never)).toEqual(r.conversations[0]);
    expect(other.doc('conversations', theirs as never)).toEqual(theirs);
  });
});

describe('retention', () => {
  it('anonymising keeps the facts and drops ids, names, e-mail addresses and free text that can name people', () => {
    const a = anonymiseCase(c, now);
    expect(JSON.stringify(a)).not.toMatch(/Noor|noor@|jan@|Olga|aad-|Doel|Gedaan|Wie is|volgen/);
    expect(a).toMatchObject({
      state: 'closed',
      intake: { projectName: 'Slimme lantaarns', values: { privacy: '' } },
      advice: [{ status: 'implemented', dueDate: '2026-03-01' }],
      triage: { suggestedImpact: 'high' },
    });
  });

  it('only finished cases past the retention period, once', () => {
    expect(dueForAnonymising(c, now, 365)).toBe(true);
    expect(dueForAnonymising(c, now, 1000)).toBe(false);
    expect(dueForAnonymising({ ...c, state: 'follow-up' }, now, 365)).toBe(false);
    expect(dueForAnonymising(anonymiseCase(c, now), now, 365)).toBe(false);
  });

  it('people records and personal conversations go once nobody needs them; a wish to be left alone stays', () => {
    const r = records({
      people: [
        { id: 'aad-a', updatedAt: '2026-01-01T00:00:00.000Z' },
        { id: 'aad-q', updatedAt: '2026-01-01T00:00:00.000Z', quiet: true, locale: 'nl' } as never,
        { id: 'aad-x', updatedAt: '2026-01-01T00:00:00.000Z' },
        { id: 'aad-recent', updatedAt: '2027-12-01T00:00:00.000Z' },
      ],
    });
    const sweep = retentionSweep(r, now, 365, []);
    expect(sweep.due).toEqual(['UTH-2026-001']);
    const kept = r.people.map((p) => sweep.doc('people', p as never));
    expect(kept).toEqual([
      null,
      { id: 'aad-q', quiet: true, updatedAt: '2026-01-01T00:00:00.000Z' },
      r.people[2],
      r.people[3],
    ]);
    expect(sweep.doc('conversations', r.conversations[0] as never)).toBeNull();
    expect(sweep.event([...r.events][0]!)).toMatchObject({ actor: 'anonymised' });
    expect(sweep.event([...r.events][4]!)).toEqual([...r.events][4]);
  });

  it('reads only the recent events when the store can hand them out, and decides the same', () => {
    const r = records({ people: [{ id: 'aad-x', updatedAt: '2026-01-01T00:00:00.000Z' }] });
    const asked: string[] = [];
    const withRecent = {
      ...r,
      eventsSince: (since: string) => {
        asked.push(since);
        return [...r.events].filter((e) => e.at >= since);
      },
    };
    const kept = (x: typeof r) => {
      const sweep = retentionSweep(x, now, 365, []);
      return { due: sweep.due, people: x.people.map((p) => sweep.doc('people', p as never)) };
    };
    expect(kept(withRecent)).toEqual(kept(r));
    expect(asked).toEqual([new Date(now.getTime() - 365 * 86_400_000).toISOString()]);
  });
});

describe('redaction', () => {
  it('replaces whole names and e-mail addresses, case-insensitively, and nothing else', () => {
    const redact = redactor(['Noor van Bakker'], ['noor@x.nl']);
    expect(redact('noor van  bakker belde; NOOR@X.NL; Bakker zei; Bakkerij; van de wijk; Noor')).toBe(
      '[gewist] belde; [gewist]; Bakker zei; Bakkerij; van de wijk; Noor',
    );
  });

  it('never takes one word of a name, or a name of one word, for the person: they are ordinary words', () => {
    const redact = redactor(['Ingrid Groen', 'Klein', 'Eve'], ['ingrid.groen@example.org']);
    const text = 'Meer groen in de wijk; begin met een klein aantal straten; Eve-project; Ingrid belt.';
    expect(redact(text)).toBe(text);
    expect(redact('Ingrid Groen (ingrid.groen@example.org) belt.')).toBe('[gewist] ([gewist]) belt.');
  });
});
