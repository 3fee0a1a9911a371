/** English: the yearly account to the council (jaarverantwoording) and the monthly report in a channel. */
export const account = {
  'help.cmd.account':
    'the yearly account to the city council: assessments per organisational unit, value and theme, e.g. "annual account 2025"',
  'account.title': 'Annual account {year}',
  'account.intro': 'The figures of "report {year}", broken down by organisational unit, value and theme. As of {date}.',
  'account.introEndOf':
    'The figures of "report {year}", broken down by organisational unit, value and theme. As at the end of {date}.',
  'account.totals': 'Total for {year}',
  'account.figure.held': 'Assessments held',
  'account.figure.highImpact': 'Assessments of high impact',
  'account.figure.withPanel': 'High impact, with an advisory panel member',
  'account.figure.dpiaDoneBefore': 'DPIA completed before the assessment',
  'account.column.held': 'Assessments',
  'account.column.highImpact': 'High impact',
  'account.column.withPanel': 'With panel',
  'account.column.dpiaDoneBefore': 'DPIA before',
  'account.column.cases': 'Cases',
  'account.breakdown.total': 'Total',
  'account.breakdown.unit': 'By organisational unit',
  'account.breakdown.valueAtStake': 'By value at stake',
  'account.breakdown.valueServed': 'By value the project serves',
  'account.breakdown.theme': 'By theme (the kind of technology from the registration)',
  'account.group.unit': 'Organisational unit',
  'account.group.valueAtStake': 'Value at stake',
  'account.group.valueServed': 'Value served',
  'account.group.theme': 'Theme',
  'account.notRecorded': 'Not recorded',
  'account.more.one': '{count} more group is in the CSV and JSON exports.',
  'account.more.other': '{count} more groups are in the CSV and JSON exports.',
  'account.empty': 'No assessments were held in this year.',
  'account.rules.title': 'How the annual account counts',
  'account.rule.same':
    'Every figure is one of "report {year}": the total of assessments is the same number, with the same cases.',
  'account.rule.breakdowns':
    'Each assessment counts in one organisational unit. For values and themes a case counts in every value and theme it has, so those groups add up to more than the total.',
  'account.rule.theme':
    'A theme is the kind of technology chosen at registration (for instance algorithm or AI, cameras, chatbot). Unit, values and themes come from the registration as it is recorded now.',
  'account.rule.history':
    'Assessments from the imported history have an organisational unit but no values or themes: there they count under "Not recorded". They do not count for the DPIA.',
  'account.drillTitle': '{group} ({breakdown}), assessments in {year}: {count}',
  'account.usage': 'Usage: "annual account 2025" or "annual account 2025 on 2026-01-31".',
  'account.csv.breakdown': 'Breakdown',
  'account.csv.group': 'Group',
  'account.csv.figure': 'Figure',
  'account.csv.value': 'Count',
  'account.csv.caseIds': 'Cases',

  'monthly.title': 'Monthly report {month}',
  'monthly.intro':
    'The figures for {month}, from the records. The full report of {year}, with the cases behind each figure, opens with the button below.',
  'monthly.progress': 'Assessments in {year} up to and including {month}: {held} of {target}.',
  'monthly.open': 'Full report',
} satisfies Record<string, string>;
