import { describe, expect, it } from 'vitest';
import type { PanelMember, StaffAvailability } from '../../../src/domain/schedule/panel.js';
import { proposeSlots, type SlotSearch } from '../../../src/domain/schedule/slot-finder.js';
import * as explain from '../../../src/domain/schedule/explain.js';
import { problemWords, words } from './words.js';

const MONDAY_1_JUNE = new Date('2026-06-01T08:00:00Z'); // 10:00 in Amsterdam
const handler: StaffAvailability = {
  aadObjectId: 'h',
  workingDays: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
  unavailable: [],
};

function member(id: string, name: string, expertise: string[], extra: Partial<PanelMember> = {}): PanelMember {
  return { id, name, email: `${id}@example.org`, expertise, monthlyMax: 2, unavailable: [], active: true, ...extra };
}

function search(over: Partial<SlotSearch>): SlotSearch {
  return { impact: 'medium', needed: [], handler, panel: [], assessments: [], now: MONDAY_1_JUNE, ...over };
}

const dates = (input: SlotSearch) => proposeSlots(input).slots.map((s) => s.date);
const panelOf = (input: SlotSearch) => proposeSlots(input).slots.map((s) => s.panel.map((p) => p.memberId));

describe('proposeSlots: dates and times', () => {
  it('spreads three proposals over days at 09:30, 13:00 and 15:00 local, given in UTC', () => {
    const { slots, problems } = proposeSlots(search({ impact: 'medium' }));
    expect(problems).toEqual([]);
    expect(slots.map((s) => s.slot)).toEqual([
      { start: '2026-06-08T07:30:00.000Z', end: '2026-06-08T09:00:00.000Z' },
      { start: '2026-06-09T11:00:00.000Z', end: '2026-06-09T12:30:00.000Z' },
      { start: '2026-06-10T13:00:00.000Z', end: '2026-06-10T14:30:00.000Z' },
    ]);
    expect(slots[0]?.reasons.map(words)).toContainEqual({
      nl: 'Voldoet aan de minimale termijn van 5 werkdagen bij impact midden (vroegst 8 juni 2026).',
      en: 'Meets the minimum notice of 5 working days for medium impact (earliest 8 June 2026).',
    });
    expect(slots[0]?.reasons.map((r) => words(r).en)).toContain(
      'No panel member with matching expertise available that day; the panel is optional for medium impact.',
    );
  });

  it('never proposes a moment to exclude (the current one, when the assessment is moved)', () => {
    const current = { start: '2026-06-08T07:30:00.000Z', end: '2026-06-08T09:00:00.000Z' };
    const { slots } = proposeSlots(search({ impact: 'medium', exclude: [current] }));
    expect(slots.map((s) => s.slot.start)).not.toContain(current.start);
    expect(slots).toHaveLength(3);
    // the calendars were not read: the reasons do not say they are free
    expect(slots.flatMap((s) => s.reasons.map((r) => words(r).en)).join()).not.toContain('Outlook');
  });

  it('uses winter time in January (09:30 local is 08:30Z)', () => {
    const slots = proposeSlots(search({ impact: 'low', now: new Date('2027-01-04T09:00:00Z') })).slots;
    expect(slots[0]?.slot.start).toBe('2027-01-11T08:30:00.000Z');
    expect(slots[0]?.reasons.map((r) => words(r).nl)).toContain(
      'Geen klankbordgroep: bij impact laag is die niet nodig.',
    );
  });

  it("keeps to the handler's days and hours", () => {
    const parttime = { ...handler, workingDays: [2, 4], start: '12:00', end: '16:00' };
    const slots = proposeSlots(search({ handler: parttime })).slots;
    expect(slots.map((s) => [s.date, s.slot.start])).toEqual([
      // Tuesdays and Thursdays only; 09:30 is before and 15:00 would end after their hours.
      ['2026-06-09', '2026-06-09T11:00:00.000Z'],
      ['2026-06-11', '2026-06-11T11:00:00.000Z'],
      ['2026-06-16', '2026-06-16T11:00:00.000Z'],
    ]);
  });

  it('reports fewer slots than asked when the window is too short', () => {
    const proposal = proposeSlots(search({ impact: 'low', options: { searchDays: 8 } }));
    expect(proposal.slots.map((s) => s.date)).toEqual(['2026-06-08', '2026-06-09']);
    expect(proposal.problems.map((p) => p.code)).toEqual(['fewer-slots-than-requested']);
  });
});

describe('proposeSlots: urgent', () => {
  const urgent = { reason: 'besluit college op 10 juni' };

  it('allows the next working day with a reason, and records it', () => {
    const friday = new Date('2026-06-05T14:00:00Z');
    const [first] = proposeSlots(search({ now: friday, options: { urgent } })).slots;
    expect(first?.date).toBe('2026-06-08');
    expect(first?.urgent).toEqual({ reason: urgent.reason, noticeWorkingDays: 1 });
    expect(words(first!.reasons[0]!)).toEqual({
      nl: 'Spoed: 1 werkdag vooraf in plaats van 5, omdat: besluit college op 10 juni',
      en: "Urgent: 1 working day's notice instead of 5, because: besluit college op 10 juni",
    });
  });

  it('still keeps at least 24 hours', () => {
    const [first] = proposeSlots(search({ now: new Date('2026-06-08T12:00:00Z'), options: { urgent } })).slots;
    expect(first?.slot.start).toBe('2026-06-09T13:00:00.000Z');
  });

  it('refuses urgent without a reason: no slots, problem code urgent-reason-required', () => {
    const proposal = proposeSlots(search({ options: { urgent: { reason: '  ' } } }));
    expect(proposal.slots).toEqual([]);
    expect(proposal.problems.map(problemWords)).toEqual([
      {
        code: 'urgent-reason-required',
        nl: 'Spoed kan alleen met een reden: geef aan waarom de kortere termijn nodig is.',
        en: 'Urgent needs a reason: say why the shorter notice is needed.',
      },
    ]);
  });
});

describe('proposeSlots: the panel', () => {
  const bram = member('bram', 'Bram Visser', ['algorithms', 'privacy']);
  const sanne = member('sanne', 'Sanne Smit', ['privacy']);
  const piet = member('piet', 'Piet Peters', ['health']);

  it('explains why these people, in Dutch and English', () => {
    const input = search({ impact: 'high', needed: ['algorithms', 'privacy'], panel: [piet, sanne, bram] });
    const [first] = proposeSlots(input).slots;
    expect(first?.date).toBe('2026-06-15'); // ten working days' notice
    expect(first?.panel).toEqual([
      { memberId: 'bram', name: 'Bram Visser', matched: ['algorithms', 'privacy'], monthLoad: 0 },
      { memberId: 'sanne', name: 'Sanne Smit', matched: ['privacy'], monthLoad: 0 },
    ]);
    expect(first?.reasons.map(words)).toContainEqual({
      nl: 'Bram Visser: expertise algoritmen, privacy; 0 toetsen deze maand',
      en: 'Bram Visser: expertise algorithms, privacy; 0 assessments this month',
    });
  });

  it('chooses by expertise, not by who is available: days without the expert are skipped for high impact', () => {
    const ada = member('ada', 'Ada Kok', ['ai'], { unavailable: ['2026-06-15', '2026-06-16'] });
    const input = search({ impact: 'high', needed: ['ai'], panel: [piet, ada] });
    expect(dates(input)).toEqual(['2026-06-17', '2026-06-18', '2026-06-19']);
    expect(panelOf(input)).toEqual([['ada'], ['ada'], ['ada']]);
  });

  it('prefers the days on which the panel covers more of the needed expertise', () => {
    const away = { ...bram, unavailable: ['2026-06-15'] };
    const proposal = proposeSlots(search({ impact: 'high', needed: ['algorithms', 'privacy'], panel: [away, sanne] }));
    expect(proposal.slots.map((s) => s.date)).toEqual(['2026-06-16', '2026-06-17', '2026-06-18']);
    expect(proposal.slots[0]?.reasons.map((r) => words(r).en)).toContain(
      'Chosen because the panel that day covers the most of the needed expertise: algorithms, privacy.',
    );
  });

  it('spreads the load: fewest this month first, then fewest in the last 90 days', () => {
    const kim = member('kim', 'Kim de Wit', ['privacy'], { monthlyMax: 5 });
    const lars = member('lars', 'Lars Bos', ['privacy'], { monthlyMax: 5 });
    const june = [{ start: '2026-06-02T08:00:00Z', panelIds: ['kim'] }];
    const may = [{ start: '2026-05-12T08:00:00Z', panelIds: ['lars'] }];
    expect(panelOf(search({ needed: ['privacy'], panel: [kim, lars], assessments: june }))[0]).toEqual(['lars']);
    expect(panelOf(search({ needed: ['privacy'], panel: [kim, lars], assessments: may }))[0]).toEqual(['kim']);
    const [first] = proposeSlots(
      search({ needed: ['privacy'], panel: [kim, lars], assessments: [...june, ...june] }),
    ).slots;
    expect(first?.reasons.map((r) => words(r).nl)).toContain('Lars Bos: expertise privacy; 0 toetsen deze maand');
  });

  it('never goes past a monthly maximum, and leaves out inactive members', () => {
    const full = member('full', 'Femke Vol', ['ai'], { monthlyMax: 1 });
    const gone = member('gone', 'Gert Weg', ['ai'], { active: false });
    const input = search({
      impact: 'high',
      needed: ['ai'],
      panel: [full, gone],
      assessments: [{ start: '2026-06-03T08:00:00Z', panelIds: ['full'] }],
    });
    expect(dates(input)).toEqual(['2026-07-01', '2026-07-02', '2026-07-03']);
    expect(panelOf(input)).toEqual([['full'], ['full'], ['full']]);
  });

  it('gives no slots for high impact when no matching member is available, and says why', () => {
    const proposal = proposeSlots(search({ impact: 'high', needed: ['algorithms'], panel: [piet] }));
    expect(proposal.slots).toEqual([]);
    expect(proposal.problems.map(problemWords)).toEqual([
      {
        code: 'no-matching-panel',
        nl: 'Geen lid van de klankbordgroep met passende expertise (algoritmen) kan binnen 60 dagen; hoge impact vraagt er minstens één.',
        en: 'No panel member with matching expertise (algorithms) available within 60 days; high impact needs at least one.',
      },
    ]);
  });

  it('asks for needed expertise before proposing a high-impact assessment', () => {
    const proposal = proposeSlots(search({ impact: 'high', needed: [], panel: [bram] }));
    expect(proposal.slots).toEqual([]);
    expect(proposal.problems.map((p) => p.code)).toEqual(['no-expertise-needed']);
  });

  it('says which needed expertise no proposed panel has', () => {
    const proposal = proposeSlots(search({ impact: 'high', needed: ['privacy', 'health'], panel: [sanne] }));
    expect(proposal.slots).toHaveLength(3);
    expect(proposal.problems.map((p) => [p.code, problemWords(p).nl])).toEqual([
      [
        'expertise-partly-covered',
        'Niet alle benodigde expertise is in de klankbordgroep vertegenwoordigd; ontbreekt: gezondheid.',
      ],
    ]);
  });

  it('accepts the output of neededExpertise as it is', () => {
    const needed = [{ tag: 'privacy', because: 'personal-data' }];
    expect(panelOf(search({ needed, panel: [piet, sanne] }))[0]).toEqual(['sanne']);
  });
});

describe('the explanations in words', () => {
  it('count one panel member in the singular, more in the plural', () => {
    expect(words(explain.smallPanel(1, 2))).toEqual({
      nl: '1 van de gewenste 2 leden van de klankbordgroep met passende expertise kan op deze dag.',
      en: '1 of the 2 wanted panel members with matching expertise is available that day.',
    });
    expect(words(explain.smallPanel(2, 3)).nl).toBe(
      '2 van de gewenste 3 leden van de klankbordgroep met passende expertise kunnen op deze dag.',
    );
  });
});
