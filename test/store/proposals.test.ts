import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import type { ProposalRecord } from '../../src/domain/schedule/proposal.js';
import { translator } from '../../src/i18n/index.js';
import { explanationText, problemText } from '../../src/i18n/labels.js';
import { JournalStore } from '../../src/store/journal-store.js';
import { Proposals } from '../../src/store/repositories/proposals.js';
import { dataDir } from './helpers.js';

const clock = new ManualClock('2026-11-23T09:00:00Z');

/** A proposal as versions before the explanations became codes stored it: sentences in both languages. */
const written = {
  id: 'prop-old',
  caseId: 'UTH-2026-001',
  mode: 'schedule',
  slots: [
    {
      slot: { start: '2026-12-07T08:30:00.000Z', end: '2026-12-07T10:00:00.000Z' },
      date: '2026-12-07',
      panel: [],
      reasons: [{ nl: 'Geen panel: bij lage impact is het niet nodig.', en: 'No panel: not needed for low impact.' }],
    },
  ],
  problems: [
    {
      code: 'fewer-slots-than-requested',
      nl: 'Slechts 1 van de 3 gevraagde voorstellen gevonden binnen 60 dagen.',
      en: 'Only 1 of the 3 requested proposals found within 60 days.',
    },
  ],
  createdAt: '2026-11-20T09:00:00.000Z',
  createdBy: 'aad-member',
  invitees: [],
  answers: {},
};

describe('proposals saved by an earlier version', () => {
  it('are read with their sentences as they were written, and keep them when answers are added', async () => {
    const store = await JournalStore.open({ dataDir: dataDir(), clock });
    await store.transact((tx) => tx.put('proposals', written as unknown as ProposalRecord));
    const proposals = new Proposals(store);
    const read = proposals.get('prop-old')!;
    const nl = translator('nl');
    const en = translator('en');
    expect(explanationText(nl, 'nl', read.slots[0]!.reasons[0]!, String)).toBe(
      'Geen panel: bij lage impact is het niet nodig.',
    );
    expect(explanationText(en, 'en', read.slots[0]!.reasons[0]!, String)).toBe('No panel: not needed for low impact.');
    expect(problemText(nl, 'nl', read.problems[0]!, String)).toBe(
      'Slechts 1 van de 3 gevraagde voorstellen gevonden binnen 60 dagen.',
    );
    const merged = await proposals.mergeAnswers('prop-old', { 'panel:p1': { '0': 'yes' } });
    expect(problemText(en, 'en', merged!.problems[0]!, String)).toBe(
      'Only 1 of the 3 requested proposals found within 60 days.',
    );
    expect(proposals.current('UTH-2026-001')?.answers).toEqual({ 'panel:p1': { '0': 'yes' } });
    await store.close();
  });
});
