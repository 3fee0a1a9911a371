/**
 * Expenses of external panel members (they are unpaid: travel and a fee only), per member per held
 * assessment, in euro cents. Entered by Team Uthiek; exported per period for the finance department.
 */
export interface PanelExpense {
  panelId: string;
  /** The assessment's start (ISO instant), so that a later move does not shift the record. */
  assessmentStart: string;
  travelCents: number;
  feeCents: number;
  enteredBy: string;
  enteredAt: string;
}
