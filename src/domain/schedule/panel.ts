import type { IntakeData } from '../intake/intake.js';
import type { Technology } from '../intake/vocabulary.js';
import type { ValueModel } from '../values.js';

/** An external expert of the advisory panel (klankbordgroep). */
export interface PanelMember {
  id: string;
  name: string;
  email: string;
  /** Set when the member is reachable in Teams (e.g. as a guest). */
  teamsAadObjectId?: string;
  /** Ids from the value model's expertise vocabulary. */
  expertise: string[];
  /** Words from before the vocabulary that name none of its terms: kept to be shown, never matched. */
  unmatchedExpertise?: string[];
  /** The most assessments the member takes part in per calendar month. */
  monthlyMax: number;
  /** Known unavailable dates, YYYY-MM-DD. */
  unavailable: string[];
  active: boolean;
  /** When the member signed the non-disclosure agreement (NDA), YYYY-MM-DD; absent = not on record. */
  ndaSignedOn?: string;
  /** The date of the member's certificate of conduct (VOG), YYYY-MM-DD; absent = not on record. */
  vogDate?: string;
}

/** When a colleague (handler, project lead) can meet; times are Europe/Amsterdam local. */
export interface StaffAvailability {
  aadObjectId: string;
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  workingDays: number[];
  /** 'HH:mm'. */
  start: string;
  end: string;
  /** YYYY-MM-DD. */
  unavailable: string[];
}

/** A needed expertise tag and where the need comes from ('technology:cameras', 'value:privacy'). */
export interface NeededExpertise {
  tag: string;
  because: string;
}

/** Expertise a technology calls for. Configuration-like: change here, not in the logic. */
export const TECHNOLOGY_EXPERTISE: Readonly<Record<Technology, readonly string[]>> = {
  'algorithm-ai': ['algorithms', 'ai'],
  'automated-decisions': ['algorithms', 'ai'],
  'generative-ai': ['ai'],
  chatbot: ['ai'],
  cameras: ['surveillance', 'privacy'],
  biometrics: ['surveillance', 'privacy'],
  drones: ['surveillance', 'privacy'],
  'sensors-iot': ['surveillance', 'privacy'],
  'data-linking': ['privacy', 'data-protection'],
  'platform-app': ['platforms'],
  dashboard: [],
};

/** Expertise needed whenever personal data is processed. */
export const PERSONAL_DATA_EXPERTISE: readonly string[] = ['privacy', 'data-protection'];

/**
 * The expertise tags a case needs, from its technologies, from processing personal data, and from
 * the values at stake (each value's `expertise` in the value model). Each tag appears once, in the
 * order first found; `because` lists every source, separated by ', '.
 */
export function neededExpertise(intake: IntakeData, valueModel: ValueModel): NeededExpertise[] {
  const sources = new Map<string, string[]>();
  const add = (tags: readonly string[], because: string) => {
    for (const tag of tags) {
      const list = sources.get(tag) ?? [];
      if (!list.includes(because)) list.push(because);
      sources.set(tag, list);
    }
  };
  for (const tech of intake.technologies ?? []) add(TECHNOLOGY_EXPERTISE[tech] ?? [], `technology:${tech}`);
  if (intake.personalData === 'yes') add(PERSONAL_DATA_EXPERTISE, 'personal-data');
  const atStake = new Set(Object.keys(intake.values ?? {}));
  for (const value of valueModel.values) {
    if (atStake.has(value.id)) add(value.expertise, `value:${value.id}`);
  }
  return [...sources].map(([tag, because]) => ({ tag, because: because.join(', ') }));
}

/** The needed tags a member covers, in the order of `needed`. */
export function matchedExpertise(member: Pick<PanelMember, 'expertise'>, needed: readonly string[]): string[] {
  const has = new Set(member.expertise);
  return needed.filter((tag) => has.has(tag));
}
