import type { Answer, ProposalRecord } from '../../domain/schedule/proposal.js';
import type { Store } from '../store.js';

/** Scheduling proposals: the moments proposed for an assessment and the answers collected. */
export class Proposals {
  constructor(private readonly store: Store) {}

  get(id: string): ProposalRecord | undefined {
    return this.store.get('proposals', id);
  }

  /** The proposal of a case that still stands, if any. */
  current(caseId: string): ProposalRecord | undefined {
    return this.store.find('proposals', (p) => p.caseId === caseId && !p.superseded)[0];
  }

  /** Saves a new proposal for its case; earlier ones lapse. */
  async replace(record: ProposalRecord): Promise<void> {
    await this.store.transact((tx) => {
      for (const old of this.store.find('proposals', (p) => p.caseId === record.caseId && !p.superseded)) {
        tx.put('proposals', { ...old, superseded: true });
      }
      tx.put('proposals', record);
    });
  }

  /** A person's answers (slot index → answer), replacing what they answered before. */
  async setAnswers(id: string, person: string, answers: Record<string, Answer>): Promise<void> {
    await this.store.transact((tx) => {
      const p = tx.get('proposals', id);
      if (p) tx.put('proposals', { ...p, answers: { ...p.answers, [person]: answers } });
    });
  }

  /** Answers for several people (person key → slot index → answer), merged into what is known. */
  async mergeAnswers(id: string, answers: Record<string, Record<string, Answer>>): Promise<ProposalRecord | undefined> {
    return this.store.transact((tx) => {
      const p = tx.get('proposals', id);
      if (!p) return undefined;
      const merged = { ...p.answers };
      for (const [key, given] of Object.entries(answers)) merged[key] = { ...merged[key], ...given };
      return tx.put('proposals', { ...p, answers: merged });
    });
  }

  async supersede(id: string): Promise<void> {
    await this.store.transact((tx) => {
      const p = tx.get('proposals', id);
      if (p) tx.put('proposals', { ...p, superseded: true });
    });
  }
}
