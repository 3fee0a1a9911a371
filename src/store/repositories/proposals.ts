import type { StoredText } from '../../domain/schedule/explain.js';
import type { Answer, ProposalRecord } from '../../domain/schedule/proposal.js';
import type { Store } from '../store.js';
import { enqueueIn, type JobSpec } from './jobs.js';

/**
 * Versions before the explanations became codes stored them as sentences ({nl, en}, a problem
 * with its code too). Such a proposal is read with those sentences kept as they were written.
 */
function asWritten<T>(explanation: T): T | StoredText {
  const old = explanation as { params?: unknown; nl?: unknown; en?: unknown };
  if (old.params !== undefined || typeof old.nl !== 'string') return explanation;
  return { code: 'text', params: { nl: old.nl, en: String(old.en ?? old.nl) } };
}

function upgraded(p: ProposalRecord | undefined): ProposalRecord | undefined {
  if (!p) return p;
  return {
    ...p,
    problems: p.problems.map(asWritten),
    slots: p.slots.map((s) => ({ ...s, reasons: s.reasons.map(asWritten) })),
  };
}

/** Scheduling proposals: the moments proposed for an assessment and the answers collected. */
export class Proposals {
  constructor(private readonly store: Store) {}

  get(id: string): ProposalRecord | undefined {
    return upgraded(this.store.get('proposals', id));
  }

  /** The proposal of a case that still stands, if any. */
  current(caseId: string): ProposalRecord | undefined {
    return upgraded(this.store.find('proposals', (p) => p.caseId === caseId && !p.superseded)[0]);
  }

  /** Saves a new proposal for its case (and the jobs it sets off); earlier ones lapse. */
  async replace(record: ProposalRecord, jobs: JobSpec[] = []): Promise<void> {
    await this.store.transact((tx) => {
      for (const old of this.store.find('proposals', (p) => p.caseId === record.caseId && !p.superseded)) {
        if (old.id !== record.id) tx.put('proposals', { ...old, superseded: true });
      }
      tx.put('proposals', record);
      for (const job of jobs) enqueueIn(tx, job, new Date(record.createdAt));
    });
  }

  /** Completes a pending proposal with its moments, unless it lapsed meanwhile; the saved proposal, if any. */
  async complete(record: ProposalRecord): Promise<ProposalRecord | undefined> {
    return this.store.transact((tx) => {
      const p = tx.get('proposals', record.id);
      if (!p || p.superseded || !p.pending) return undefined;
      return upgraded(tx.put('proposals', { ...record, answers: p.answers }));
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
      return upgraded(tx.put('proposals', { ...p, answers: merged }));
    });
  }

  async supersede(id: string): Promise<void> {
    await this.store.transact((tx) => {
      const p = tx.get('proposals', id);
      if (p) tx.put('proposals', { ...p, superseded: true });
    });
  }
}
