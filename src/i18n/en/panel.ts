import type { panel as nl } from '../nl/panel.js';

/** English: panel administration (NDA and VOG dates, expenses, the export for finance). */
export const panel: Record<keyof typeof nl, string> = {
  'help.cmd.expenses':
    'enter expenses of advisory panel members ("expenses UTH-2026-001") or export them for finance ("expenses export 2026-03")',
  'panel.form.nda': 'Non-disclosure agreement signed on (empty if not yet)',
  'panel.form.vog': 'Date of the certificate of conduct (VOG; empty if none yet)',
  'panel.error.pastDate': 'Enter a date that is not in the future, such as 2026-01-31, or leave the field empty.',
  'panel.clearance.ok':
    'Non-disclosure agreement signed on {nda}; certificate of conduct of {vog}, valid until {until}.',
  'panel.clearance.nda-missing': 'No signed non-disclosure agreement of {name} is on record.',
  'panel.clearance.vog-missing': 'No certificate of conduct (VOG) of {name} is on record.',
  'panel.clearance.vog-expired':
    'The certificate of conduct (VOG) of {name} is of {date} and counted until {until}; a new one is needed.',
  'schedule.clearanceAdvice':
    'Enter the dates with "panel", or choose a moment with another member, before the preparation pack is sent.',
  'schedule.conflicted':
    '{name} declared a conflict of interest and does not count as a member with matching expertise for this case. Choose a moment with another member, or propose new moments.',
  'panel.left.inactive':
    '{name} is no longer an active advisory panel member, so they are no longer among the participants of the assessment of {id} on {when}. Let {name} know, and find a replacement if needed.',
  'panel.left.unavailable':
    '{name} is unavailable on the day of the assessment of {id} ({when}), so they are no longer among its participants. Let {name} know, and find a replacement if needed.',
  'panel.left.expertise':
    'Without {name}, this high-impact assessment has no advisory panel member with matching expertise left, and it needs one. Choose a moment with another member: propose new moments with "schedule {id}".',
  'expenses.title': 'Advisory panel expenses for {id}',
  'expenses.intro':
    'Assessment of {when}. Enter each member’s travel costs and fee in euro, for example 12.50. Leave a field empty or enter 0 when there is nothing.',
  'expenses.travel': 'Travel costs of {name} (euro)',
  'expenses.fee': 'Fee for {name} (euro)',
  'expenses.save': 'Save expenses',
  'expenses.saved': 'The expenses of the assessment of {id} are saved: € {total} in all.',
  'expenses.error.amount': 'Enter an amount in euro, such as 12.50 (at most 1000.00), or leave the field empty.',
  'expenses.notHeld': 'Expenses can be entered once the assessment of {id} has taken place.',
  'expenses.noPanel':
    'No advisory panel member took part in the assessment of {id}, so there are no expenses to enter.',
  'expenses.usage':
    'Use "expenses UTH-2026-001" to enter expenses, or "expenses export 2026", "expenses export 2026-03" or "expenses export 2026-01-01 2026-03-31" for an export for finance.',
  'expenses.export':
    'The expenses of assessments from {from} to {to} are ready for finance (number of lines: {count}). Download the CSV file within 8 hours: {url}',
  'expenses.csv.member': 'Member',
  'expenses.csv.case': 'Case',
  'expenses.csv.date': 'Assessment date',
  'expenses.csv.travel': 'Travel',
  'expenses.csv.fee': 'Fee',
  'expenses.csv.total': 'Total',
  'expenses.erasedMember': 'erased member',
  'event.case.expenses-saved': 'advisory panel expenses recorded',
  'delivery.what.handler-notice': 'a message to the case handler about {id}',
};
