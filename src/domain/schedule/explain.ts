import type { ImpactLevel } from '../impact/rules.js';
import type { PanelCandidate } from './panel-choice.js';

/** A sentence in both languages. */
export interface Text {
  nl: string;
  en: string;
}

const TAGS: Record<string, Text> = {
  algorithms: { nl: 'algoritmen', en: 'algorithms' },
  ai: { nl: 'AI', en: 'AI' },
  privacy: { nl: 'privacy', en: 'privacy' },
  'data-protection': { nl: 'gegevensbescherming', en: 'data protection' },
  surveillance: { nl: 'toezicht en surveillance', en: 'surveillance' },
  platforms: { nl: 'platforms', en: 'platforms' },
  ethics: { nl: 'ethiek', en: 'ethics' },
  behaviour: { nl: 'gedrag', en: 'behaviour' },
  inclusion: { nl: 'inclusie', en: 'inclusion' },
  health: { nl: 'gezondheid', en: 'health' },
  law: { nl: 'recht', en: 'law' },
  discrimination: { nl: 'discriminatie', en: 'discrimination' },
  security: { nl: 'informatiebeveiliging', en: 'security' },
  governance: { nl: 'governance', en: 'governance' },
  procurement: { nl: 'inkoop', en: 'procurement' },
};

const IMPACT: Record<ImpactLevel, Text> = {
  high: { nl: 'hoge', en: 'high' },
  medium: { nl: 'middelhoge', en: 'medium' },
  low: { nl: 'lage', en: 'low' },
};

function tags(list: readonly string[], lang: keyof Text): string {
  return list.map((t) => TAGS[t]?.[lang] ?? t).join(', ');
}

export function memberWhy(c: PanelCandidate): Text {
  const n = c.monthLoad;
  return {
    nl: `${c.member.name}: expertise ${tags(c.matched, 'nl')}; ${n} ${n === 1 ? 'toets' : 'toetsen'} deze maand`,
    en: `${c.member.name}: expertise ${tags(c.matched, 'en')}; ${n} ${n === 1 ? 'assessment' : 'assessments'} this month`,
  };
}

export const panelRule: Text = {
  nl: 'Panelleden gekozen op passende expertise, daarna op de laagste belasting (deze maand, dan de laatste 90 dagen); beschikbaarheid bepaalt alleen wie in aanmerking komt.',
  en: 'Panel members chosen by matching expertise, then by lowest load (this month, then the last 90 days); availability only decides who is eligible.',
};

export function noPanel(impact: ImpactLevel, size: number): Text {
  if (size === 0) {
    return {
      nl: `Geen panel: bij ${IMPACT[impact].nl} impact is het niet nodig.`,
      en: `No panel: not needed for ${IMPACT[impact].en} impact.`,
    };
  }
  return {
    nl: `Geen panellid met passende expertise beschikbaar op deze dag; bij ${IMPACT[impact].nl} impact is het panel optioneel.`,
    en: `No panel member with matching expertise available that day; the panel is optional for ${IMPACT[impact].en} impact.`,
  };
}

export function smallPanel(chosen: number, size: number): Text {
  return {
    nl: `${chosen} van de gewenste ${size} panelleden met passende expertise beschikbaar op deze dag.`,
    en: `${chosen} of the ${size} wanted panel members with matching expertise available that day.`,
  };
}

export function noticeMet(impact: ImpactLevel, days: number, deadline: string): Text {
  return {
    nl: `Voldoet aan de minimale termijn van ${days} werkdagen bij ${IMPACT[impact].nl} impact (vroegst ${deadline}).`,
    en: `Meets the minimum notice of ${days} working days for ${IMPACT[impact].en} impact (earliest ${deadline}).`,
  };
}

export function urgentNotice(reason: string, given: number, required: number): Text {
  return {
    nl: `Spoed: ${given} ${given === 1 ? 'werkdag' : 'werkdagen'} vooraf in plaats van ${required}, omdat: ${reason}`,
    en: `Urgent: ${given} working ${given === 1 ? "day's" : "days'"} notice instead of ${required}, because: ${reason}`,
  };
}

export function withinHours(from: string, to: string, tz: string): Text {
  return {
    nl: `Op een werkdag, binnen de werktijden van behandelaar en casushouder (${from}–${to}, ${tz}).`,
    en: `On a working day, within the handler's and the project lead's hours (${from}–${to}, ${tz}).`,
  };
}

export function bestCoverage(covered: readonly string[]): Text {
  return {
    nl: `Gekozen omdat het panel op deze dag de meeste benodigde expertise dekt: ${tags(covered, 'nl')}.`,
    en: `Chosen because the panel that day covers the most of the needed expertise: ${tags(covered, 'en')}.`,
  };
}

export type ProblemCode =
  | 'urgent-reason-required'
  | 'no-expertise-needed'
  | 'no-matching-panel'
  | 'no-common-time'
  | 'fewer-slots-than-requested'
  | 'expertise-partly-covered';

export interface Problem extends Text {
  code: ProblemCode;
}

export function problem(code: ProblemCode, detail: { searchDays?: number; found?: number; count?: number; tags?: readonly string[] } = {}): Problem {
  const { searchDays = 0, found = 0, count = 0, tags: list = [] } = detail;
  const texts: Record<ProblemCode, Text> = {
    'urgent-reason-required': {
      nl: 'Spoed kan alleen met een reden: geef aan waarom de kortere termijn nodig is.',
      en: 'Urgent needs a reason: say why the shorter notice is needed.',
    },
    'no-expertise-needed': {
      nl: 'Hoge impact vraagt een panellid met passende expertise, maar uit de casus volgt geen benodigde expertise (technologieën, persoonsgegevens, waarden).',
      en: 'High impact needs a panel member with matching expertise, but the case names nothing that calls for expertise (technologies, personal data, values).',
    },
    'no-matching-panel': {
      nl: `Geen panellid met passende expertise (${tags(list, 'nl')}) beschikbaar binnen ${searchDays} dagen; hoge impact vraagt er minstens één.`,
      en: `No panel member with matching expertise (${tags(list, 'en')}) available within ${searchDays} days; high impact needs at least one.`,
    },
    'no-common-time': {
      nl: `Geen werkdag binnen ${searchDays} dagen waarop behandelaar en casushouder allebei kunnen.`,
      en: `No working day within ${searchDays} days on which both the handler and the project lead can meet.`,
    },
    'fewer-slots-than-requested': {
      nl: `Slechts ${found} van de ${count} gevraagde voorstellen gevonden binnen ${searchDays} dagen.`,
      en: `Only ${found} of the ${count} requested proposals found within ${searchDays} days.`,
    },
    'expertise-partly-covered': {
      nl: `Niet alle benodigde expertise is in het panel vertegenwoordigd; ontbreekt: ${tags(list, 'nl')}.`,
      en: `Not all needed expertise is represented on the panel; missing: ${tags(list, 'en')}.`,
    },
  };
  return { code, ...texts[code] };
}
