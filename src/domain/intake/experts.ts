/**
 * The subject experts a lead types in an intake, one per line (or separated by ";" or ","), each a
 * name, an e-mail address or both. Read here for the check of the intake step and for the
 * invitations (schedule/proposal.ts, `expertsFrom`).
 */

const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;

/** Each entry of the subject experts typed in an intake: the name (may be empty) and the e-mail address in it. */
export function expertEntries(text: string | undefined): { name: string; email?: string }[] {
  return (text ?? '').split(/[\n;,]+/).map((entry) => {
    const email = EMAIL.exec(entry)?.[0];
    const name = entry
      .replace(EMAIL, '')
      .replace(/<\s*>|\(\s*\)|\[\s*\]|[<>]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return email ? { name, email } : { name };
  });
}
