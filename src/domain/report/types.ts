/** A count and the cases that make it up. `ids` lists finer units where the count is not of cases (signal ids, "caseId/itemId"). */
export interface Figure {
  value: number;
  caseIds: string[];
  ids?: string[];
}

export interface CaseDays {
  caseId: string;
  days: number;
}

/** Durations in days (two decimals); the statistics are null when there is no case. */
export interface LeadTime {
  n: number;
  median: number | null;
  p25: number | null;
  p75: number | null;
  min: number | null;
  max: number | null;
  caseIds: string[];
  cases: CaseDays[];
}

export interface ReportOptions {
  /** Calendar year for the assessments-against-target figure; default the year asOf falls in (its last counted moment). */
  year?: number;
  /** Half-open [from, to) for the funnel, lead times, panel and DPIA figures; default the year. */
  period?: { from: string; to: string };
  /** Only events with `at` strictly before this instant count. */
  asOf: string;
  /** Assessments a year; default 50. */
  target?: number;
  tz?: string;
  /** Days after the due date before an unsettled advice item counts as overdue; default 0. */
  overdueGraceDays?: number;
}

export interface Report {
  asOf: string;
  tz: string;
  year: number;
  period: { from: string; to: string };
  overdueGraceDays: number;
  assessments: {
    year: number;
    target: number;
    held: Figure;
    perYear: { year: number; held: Figure }[];
    /** Distinct cases ever assessed; a case assessed in two years counts once here. */
    total: Figure;
  };
  funnel: {
    signals: Figure;
    notAProject: Figure;
    intakes: Figure;
    /** Intakes started in the period from a signal of the detector (a subset of `intakes`). */
    intakesFromSignal: Figure;
    submitted: Figure;
    accepted: Figure;
    assessed: Figure;
  };
  leadTimes: { signalToIntake: LeadTime; intakeToAssessment: LeadTime; submitToAccept: LeadTime };
  advice: {
    items: Figure;
    settled: Figure;
    /** Not settled when the case was closed by hand: no longer followed up, so neither overdue nor escalated. */
    openAtClose: Figure;
    overdue: Figure;
    notFollowed: Figure;
    escalated: Figure;
  };
  followThrough: {
    decisionsPending: Figure;
    escalatedToHandler: Figure;
    escalatedToReport: Figure;
    reviewsOpened: Figure;
    reviewsAccepted: Figure;
    reviewsOpen: Figure;
    /** One figure per level of the escalation line that a review was escalated to. */
    reviewsEscalated: { level: string; escalated: Figure }[];
    snoozedPastDue: Figure;
    withdrawn: Figure;
    cancelled: Figure;
  };
  highImpact: { withPanel: Figure; withoutPanel: Figure };
  /** Done before the assessment, done after it, done with no date recorded, not needed, not (yet) done. */
  dpia: { doneBefore: Figure; doneAfter: Figure; dateUnknown: Figure; notNeeded: Figure; notDone: Figure };
  /** Overrides of the panel rule in the period: impact set below the suggestion, urgent plannings, high impact without an accepted panel member. */
  planning: { impactLowered: Figure; urgent: Figure; panelOverride: Figure };
  algorithmRegister: { algorithmCases: Figure; registerToUpdate: Figure; notChecked: Figure };
}
