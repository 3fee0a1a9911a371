import type { CaseRecord } from '../../domain/case/case.js';
import { summarySections, type IntakeCardContext } from './intake-cards.js';

/** The case description as plain text: for calendar invitations and people outside Teams. */
export function caseSummaryText(c: CaseRecord, ctx: IntakeCardContext): string {
  const { t } = ctx;
  const lines = [`${t('intake.caseId', { id: c.id })}: ${c.intake.projectName ?? ''}`, ''];
  for (const section of summarySections(c, ctx)) {
    lines.push(section.name.toUpperCase());
    for (const row of section.rows) lines.push(`${row.label}${row.userText}`);
    lines.push('');
  }
  return lines.join('\n').trim();
}
