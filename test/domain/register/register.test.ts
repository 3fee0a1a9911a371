import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../src/domain/case/case.js';
import { hasAlgorithm } from '../../../src/domain/followup/outcome.js';
import { compareRegister, linkFromComparison } from '../../../src/domain/register/compare.js';
import { caseEntry, type EntryContext } from '../../../src/domain/register/entry.js';
import { parseRegister, refsFromText, type LoadedEntry } from '../../../src/domain/register/parse.js';
import { REGISTER_FIELD_KEYS, REQUIRED_FIELDS } from '../../../src/domain/register/standard.js';
import { caseRecord } from '../../support/case-record.js';

const at = '2026-12-01T10:00:00Z';
const base = caseRecord({
  id: 'UTH-2026-001',
  state: 'assessed',
  createdAt: at,
  intake: {
    projectName: 'Slimme parkeerscan',
    purpose: 'Foutparkeerders sneller vinden.',
    phase: 'pilot',
    supplier: 'supplier',
    supplierName: 'Haaks BV',
    technologies: ['algorithm-ai'],
  },
  triage: { suggestedImpact: 'high', impact: 'high', requests: [] },
  assessment: {
    heldAt: '2026-11-20',
    reportUrl: 'https://u.example/verslag.pdf',
    recordedBy: 'm',
    recordedAt: at,
    panelPresent: [],
  },
  dpia: {
    status: 'done',
    date: '2026-10-01',
    link: 'https://u.example/dpia',
    recordedAt: at,
    recordedBy: 'x',
    source: 'update',
  },
});
const ctx: EntryContext = {
  organization: 'Gemeente Utrecht',
  texts: {
    noDpia: (r) => `Geen DPIA: ${r}`,
    inHouse: 'Intern ontwikkeld',
    letterTitle: (v) => `Adviesbrief (versie ${v})`,
  },
};

describe('a case as a register entry (publication standard 1.0)', () => {
  it('fills the standard fields from the case record and leaves the rest empty and marked', () => {
    const { entry, unknown, missingRequired } = caseEntry(base, ctx);
    expect(Object.keys(entry)).toEqual(REGISTER_FIELD_KEYS);
    expect(entry).toMatchObject({
      name: 'Slimme parkeerscan',
      description_short: 'Foutparkeerders sneller vinden.',
      organization: 'Gemeente Utrecht',
      status: 'In ontwikkeling',
      publication_category: 'Impactvolle algoritmes',
      provider: 'Haaks BV',
      lang: 'nld',
      standard_version: '1.0',
      source_id: 'UTH-2026-001',
      impacttoetsen_grouping: [
        { title: 'Utrecht Uthiek Assessment', link: 'https://u.example/verslag.pdf' },
        { title: 'Data Protection Impact Assessment (DPIA)', link: 'https://u.example/dpia' },
      ],
    });
    // what the bot cannot know is null and listed, never made up
    expect(entry.category).toBeNull();
    expect(entry.risks).toBeNull();
    expect(unknown).toEqual(expect.arrayContaining(['category', 'contact_email', 'risks', 'human_intervention']));
    expect(unknown.every((k) => entry[k] === null)).toBe(true);
    expect(missingRequired).toEqual(['contact_email']);
    expect(REQUIRED_FIELDS.filter((k) => entry[k] === null)).toEqual(missingRequired);
  });

  it('links the advice letter when it was uploaded, explains a DPIA that was not needed, and leaves medium impact to a person', () => {
    const c: CaseRecord = {
      ...base,
      state: 'accepted',
      assessment: undefined,
      triage: { suggestedImpact: 'medium', impact: 'medium', requests: [] },
      intake: { ...base.intake, phase: 'live', supplier: 'in-house' },
      dpia: {
        status: 'not-needed',
        reason: 'geen persoonsgegevens',
        recordedAt: at,
        recordedBy: 'x',
        source: 'update',
      },
      letters: [
        {
          version: 2,
          status: 'definitief',
          issuedAt: at,
          issuedBy: 'm',
          content: {} as never,
          upload: { id: 'd1', webUrl: 'https://sp.example/brief-v2.docx' },
        },
      ],
    };
    const { entry, unknown } = caseEntry(c, { ...ctx, contact: 'algoritmes@utrecht.nl' });
    expect(entry.status).toBe('In gebruik');
    expect(entry.publication_category).toBeNull();
    expect(unknown).toContain('publication_category');
    expect(entry.contact_email).toBe('algoritmes@utrecht.nl');
    expect(entry.provider).toBe('Intern ontwikkeld');
    expect(entry.impacttoetsen_grouping).toEqual([
      { title: 'Adviesbrief (versie 2)', link: 'https://sp.example/brief-v2.docx' },
    ]);
    expect(entry.impacttoetsen).toBe('Geen DPIA: geen persoonsgegevens');
  });
});

describe('biometrics and chatbots count as algorithms', () => {
  it.each(['biometrics', 'chatbot', 'generative-ai', 'automated-decisions', 'algorithm-ai'] as const)('%s', (tech) => {
    expect(hasAlgorithm({ ...base, intake: { technologies: [tech] } })).toBe(true);
  });
  it('but sensors or a dashboard alone do not', () => {
    expect(hasAlgorithm({ ...base, intake: { technologies: ['sensors-iot', 'dashboard'] } })).toBe(false);
  });
});

describe('reading the register file', () => {
  it('reads JSON in the standard (a list, or an object with entries) and CSV with semicolons or commas', () => {
    const json = parseRegister(
      JSON.stringify([
        {
          name: 'Parkeerscan',
          lars: '12345678',
          status: 'In gebruik',
          publication_category: 'Impactvolle algoritmes (Categorie B)',
          impacttoetsen_grouping: [{ title: 'Utrecht Uthiek Assessment', link: 'https://u.example/v.pdf' }],
          extra_field: 'ignored',
        },
      ]),
    );
    expect(json).toMatchObject({
      ok: true,
      entries: [{ key: '12345678', name: 'Parkeerscan', publicationCategory: 'Impactvolle algoritmes' }],
    });
    expect(parseRegister(JSON.stringify({ entries: [{ name: 'A', source_id: 'UTH-2026-001' }] }))).toMatchObject({
      ok: true,
      entries: [{ key: 'UTH-2026-001', sourceId: 'UTH-2026-001' }],
    });
    const csv = parseRegister(
      '\uFEFFname;status;algorithm_id;impacttoetsen_grouping\r\n' +
        '"Parkeer; scan";In gebruik;A1;"1: Utrecht Uthiek Assessment, https://u.example/v.pdf. 2: Data Protection Impact Assessment (DPIA)"\r\n' +
        'Tweede;;;\r\n',
    );
    expect(csv).toMatchObject({
      ok: true,
      entries: [
        {
          name: 'Parkeer; scan',
          lars: 'A1',
          line: 2,
          impactAssessments: [
            { title: 'Utrecht Uthiek Assessment', link: 'https://u.example/v.pdf' },
            { title: 'Data Protection Impact Assessment (DPIA)', link: null },
          ],
        },
        { name: 'Tweede', key: 'name:tweede', line: 3 },
      ],
    });
    expect(parseRegister('name,status\nA,In ontwikkeling\n')).toMatchObject({ ok: true, entries: [{ name: 'A' }] });
  });

  it('names the entry, the line and the field of each problem, and refuses the whole file', () => {
    const bad = parseRegister('name;status\nGoed;In gebruik\n;In gebruik\nDerde;Misschien\n');
    expect(bad).toEqual({
      ok: false,
      errors: [
        { position: 2, line: 3, field: 'name', code: 'required' },
        {
          position: 3,
          line: 4,
          field: 'status',
          code: 'choice',
          detail: 'In ontwikkeling | In gebruik | Buiten gebruik',
        },
      ],
    });
    expect(parseRegister('[{"name": "A", "lars": "1"}, {"name": "B", "lars": "1"}]')).toMatchObject({
      ok: false,
      errors: [{ position: 2, code: 'twice', detail: '1' }],
    });
    expect(parseRegister('[{"name": "A"}, 7]')).toEqual({ ok: false, errors: [{ position: 2, code: 'notEntry' }] });
    expect(parseRegister('{"name": ')).toMatchObject({ ok: false, errors: [{ position: 0, code: 'json' }] });
    expect(parseRegister('{"data": 1}')).toMatchObject({ ok: false, errors: [{ code: 'shape' }] });
    expect(parseRegister('  ')).toMatchObject({ ok: false, errors: [{ code: 'empty' }] });
    expect(parseRegister('[{"name": "' + 'x'.repeat(300) + '"}]')).toMatchObject({
      ok: false,
      errors: [{ field: 'name', code: 'tooLong', detail: '200' }],
    });
    expect(parseRegister('name;status\n"open;In gebruik\n')).toMatchObject({ ok: false, errors: [{ code: 'csv' }] });
  });

  it('reads the register CSV lists of title and link', () => {
    expect(refsFromText('1: DPIA, https://a.example/x. 2: IAMA')).toEqual([
      { title: 'DPIA', link: 'https://a.example/x' },
      { title: 'IAMA', link: null },
    ]);
  });
});

const entry = (e: Partial<LoadedEntry> & { name: string }): LoadedEntry => ({
  key: e.lars ?? `name:${e.name.toLowerCase()}`,
  position: 1,
  links: [],
  impactAssessments: [],
  ...e,
});
const UTHIEK = { title: 'Utrecht Uthiek Assessment', link: null };
const DPIA = { title: 'Data Protection Impact Assessment (DPIA)', link: null };

describe('comparing the register with the cases', () => {
  it('matches by the case id in the entry, by link, then by name, and lists contradictions', () => {
    const byId = { ...base, id: 'UTH-2026-001' };
    const byLink = {
      ...base,
      id: 'UTH-2026-002',
      intake: {
        ...base.intake,
        projectName: 'Anders',
        algorithmRegisterUrl: 'https://algoritmes.overheid.nl/nl/algoritme/x/777',
      },
    };
    const byName = {
      ...base,
      id: 'UTH-2026-003',
      assessment: undefined,
      state: 'scheduled' as const,
      intake: { ...base.intake, projectName: 'Chatbot  Afval' },
    };
    const missing = {
      ...base,
      id: 'UTH-2026-004',
      state: 'accepted' as const,
      intake: { ...base.intake, projectName: 'Nergens' },
    };
    const notYet = {
      ...base,
      id: 'UTH-2026-005',
      state: 'submitted' as const,
      intake: { ...base.intake, projectName: 'Vers' },
    };
    const entries = [
      entry({ name: 'Iets', sourceId: 'UTH-2026-001', key: 'UTH-2026-001', impactAssessments: [DPIA] }),
      entry({ name: 'Link', lars: '777', impactAssessments: [UTHIEK, DPIA] }),
      entry({ name: 'chatbot afval', impactAssessments: [UTHIEK] }),
      entry({ name: 'Zonder zaak', lars: '999', impactAssessments: [UTHIEK] }),
      entry({ name: 'Alleen DPIA', lars: '998', impactAssessments: [DPIA] }),
    ];
    const cmp = compareRegister([byId, byLink, byName, missing, notYet], entries);
    const of = (id: string) => cmp.cases.find((c) => c.caseId === id)!;
    expect(of('UTH-2026-001')).toMatchObject({
      matchedBy: 'id',
      contradictions: ['assessment-not-listed'],
      stated: { statedAssessmentStatus: 'none', statedDpia: true },
    });
    expect(of('UTH-2026-002')).toMatchObject({ matchedBy: 'link', contradictions: [] });
    expect(of('UTH-2026-003')).toMatchObject({
      matchedBy: 'name',
      contradictions: ['listed-not-assessed', 'dpia-not-listed'],
    });
    expect(of('UTH-2026-004')).toMatchObject({ contradictions: ['not-in-register'] });
    expect(of('UTH-2026-004').entry).toBeUndefined();
    expect(of('UTH-2026-005').contradictions).toEqual([]);
    expect(cmp.assessedWithoutCase.map((e) => e.name)).toEqual(['Zonder zaak']);
    expect(cmp.unmatched.map((e) => e.name)).toEqual(['Zonder zaak', 'Alleen DPIA']);
  });

  it('keeps a match a member chose (before any match by name), and no match for a case a member said is not in it', () => {
    const a = { ...base, id: 'UTH-2026-010', intake: { ...base.intake, projectName: 'Gelijk' } };
    const b = {
      ...base,
      id: 'UTH-2026-011',
      intake: { ...base.intake, projectName: 'Anders' },
      register: { entryId: 'name:gelijk', matchedBy: 'member' as const },
    };
    const none = {
      ...base,
      id: 'UTH-2026-012',
      intake: { ...base.intake, projectName: 'Tweede' },
      register: { noEntry: true },
    };
    const cmp = compareRegister(
      [a, b, none],
      [entry({ name: 'Gelijk', impactAssessments: [UTHIEK] }), entry({ name: 'Tweede' })],
    );
    expect(cmp.cases.map((c) => [c.caseId, c.matchedBy ?? '-'])).toEqual([
      ['UTH-2026-010', '-'],
      ['UTH-2026-011', 'member'],
      ['UTH-2026-012', '-'],
    ]);
  });

  it('gives the case link to store from a match, and nothing when it would not change', () => {
    const cmp = compareRegister(
      [base],
      [entry({ name: 'x', sourceId: base.id, key: base.id, impactAssessments: [UTHIEK, DPIA] })],
    );
    const link = linkFromComparison(base, cmp.cases[0]!, at)!;
    expect(link).toEqual({
      entryId: base.id,
      matchedBy: 'id',
      statedAssessmentStatus: 'done',
      statedDpia: true,
      source: 'file',
      checkedAt: at,
    });
    expect(linkFromComparison({ ...base, register: link }, cmp.cases[0]!, '2026-12-02T00:00:00Z')).toBeUndefined();
    // a later file without its entry: the register no longer says anything about it
    const gone = compareRegister([{ ...base, register: link }], [entry({ name: 'iets anders' })]).cases[0]!;
    const cleared = linkFromComparison({ ...base, register: link }, gone, '2026-12-03T00:00:00Z')!;
    expect(cleared).toEqual({
      statedAssessmentStatus: 'none',
      statedDpia: false,
      source: 'file',
      checkedAt: '2026-12-03T00:00:00Z',
    });
    expect(linkFromComparison({ ...base, register: cleared }, gone, '2026-12-04T00:00:00Z')).toBeUndefined();
  });
});
