import type { CaseRecord, Lead } from '../domain/case/case.js';
import type { Translate } from '../i18n/index.js';
import type { AppDeps } from './deps.js';

/**
 * The project lead is always a person (DOMAIN.md, "People and roles"): the registrant by default,
 * or the lead the intake names. At submission nobody is looked up (a card click waits for the
 * answer): a named lead is `pending`, the registrant standing in, until the `intake.lead` job
 * has found them in Teams by the people picker or by e-mail address (`resolveLead`).
 */
export function leadAtSubmit(c: CaseRecord, registrant: { name?: string }): { leadId: string; lead: Lead } {
  const intake = c.intake;
  if (intake.leadIsMe !== false) {
    // an address found for the registrant before stays
    const email = c.lead?.source === 'self' ? c.lead.email : undefined;
    const name = registrant.name ?? c.createdByName ?? '';
    return { leadId: c.createdBy, lead: { name, ...(email ? { email } : {}), source: 'self' } };
  }
  const name = intake.leadName || intake.leadEmail || '';
  const lead: Lead = { name, ...(intake.leadEmail ? { email: intake.leadEmail } : {}), source: 'pending' };
  // the lead found before (or the registrant) stands in until the look-up is done
  return { leadId: c.leadId, lead };
}

/**
 * Looks the named lead up in Teams (in a job). When the named lead cannot be found, their name
 * and address are kept and the registrant answers follow-up in their place (`source: 'not-found'`).
 */
export async function resolveLead(
  deps: Pick<AppDeps, 'directory'>,
  c: CaseRecord,
): Promise<{ leadId: string; lead: Lead }> {
  const intake = c.intake;
  const found = intake.leadAadObjectId
    ? ((await deps.directory.findById(intake.leadAadObjectId)) ?? { aadObjectId: intake.leadAadObjectId })
    : intake.leadEmail
      ? await deps.directory.findByEmail(intake.leadEmail)
      : undefined;
  const email = found?.email ?? intake.leadEmail;
  const name = intake.leadName || found?.name || email || '';
  const lead: Lead = { name, ...(email ? { email } : {}), source: found ? 'teams' : 'not-found' };
  return { leadId: found?.aadObjectId ?? c.createdBy, lead };
}

/** The lead's name, wherever Team Uthiek or the panel sees the case. */
export function leadName(c: CaseRecord, t: Translate): string {
  const named = c.intake.leadIsMe === false ? c.intake.leadName : c.createdByName;
  return c.lead?.name || named || t('who.lead');
}

/** The registrant's name; the lead's when they are the same person. */
export function registrantName(c: CaseRecord, t: Translate): string {
  if (c.createdBy === c.leadId && c.lead?.source === 'self') return leadName(c, t);
  return c.createdByName || t('who.registrant');
}
