import type { CaseRecord, Lead } from '../domain/case/case.js';
import type { Translate } from '../i18n/index.js';
import type { AppDeps } from './deps.js';

/**
 * The project lead is always a person (DOMAIN.md, "People and roles"): the registrant by default,
 * or the lead the intake names, found in Teams by the people picker or by e-mail address. When the
 * named lead cannot be found, their name and address are kept and the registrant answers
 * follow-up in their place (`source: 'not-found'`).
 */
export async function resolveLead(
  deps: Pick<AppDeps, 'directory'>,
  c: CaseRecord,
  registrant: { name?: string; email?: string },
): Promise<{ leadId: string; lead: Lead }> {
  const intake = c.intake;
  if (intake.leadIsMe !== false) {
    const name = registrant.name ?? c.createdByName ?? '';
    return {
      leadId: c.createdBy,
      lead: { name, ...(registrant.email ? { email: registrant.email } : {}), source: 'self' },
    };
  }
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
