// Types only, with no imports: the case record holds letters, and the letter is made from a case.
/**
 * The advice letter: the recorded outcome of an assessment as a document. Its content is frozen
 * per version (what the records said when it was issued), so an issued letter never changes; a
 * later decision of the lead makes a new version. Codes, not sentences: the words are in i18n.
 */
export interface LetterContent {
  caseId: string;
  projectName: string;
  orgUnit?: string;
  /** YYYY-MM-DD. */
  heldAt: string;
  reportUrl: string;
  participants: { name: string; role: 'handler' | 'lead' | 'panel' | 'expert' | 'member' | 'other' }[];
  items: {
    text: string;
    values: string[];
    owner: string;
    dueDate: string;
    decision?: 'adopt' | 'partly' | 'not';
    decisionReason?: string;
  }[];
  decision?: { overall: 'adopt' | 'partly' | 'not'; reason: string };
}

export interface AdviceLetter {
  version: number;
  /** An issued letter is final ("definitief"); a new version replaces it. */
  status: 'definitief';
  issuedAt: string;
  issuedBy: string;
  content: LetterContent;
  /** Where it was uploaded (SharePoint), once it was. */
  upload?: { id: string; webUrl?: string };
}
