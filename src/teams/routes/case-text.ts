import type { CaseRecord } from '../../domain/case/case.js';
import type { Locale } from '../../domain/locale.js';
import { translator } from '../../i18n/index.js';
import { summarySections } from '../cards/intake-cards.js';
import type { Deps } from '../deps.js';

/** The case description as plain text: for calendar invitations and e-mail to people outside Teams. */
export function caseSummaryText(deps: Deps, c: CaseRecord, locale: Locale): string {
  const t = translator(locale);
  const lines = [`${t('intake.caseId', { id: c.id })}: ${c.intake.projectName ?? ''}`, ''];
  for (const section of summarySections(c, { t, locale, valueModel: deps.valueModel })) {
    lines.push(section.name.toUpperCase());
    for (const row of section.rows) lines.push(`${row.label}${row.userText}`);
    lines.push('');
  }
  return lines.join('\n').trim();
}
