import type { report as nl } from '../nl/report.js';

export const report: Record<keyof typeof nl, string> = {
  'help.cmd.report': 'figures from the records, for example "report 2026" or "report 2026 on 2026-06-30"',
  'help.cmd.algorithmRegister':
    'the algorithm register: entries, contradictions and the export; "algorithm register load" fetches the register',

  'report.title': 'Report {year}',
  'report.asOf': 'As of {date}. Every figure comes from the records and can be traced to the cases.',
  'report.asOfEndOf': 'As at the end of {date}. Every figure comes from the records and can be traced to the cases.',
  'report.progress': '{held} of {target} assessments ({pct}%)',
  'report.section.assessments': 'Assessments',
  'report.section.funnel': 'From signal to assessment',
  'report.section.leadTimes': 'Lead times (median in days)',
  'report.section.advice': 'Follow-up of advice',
  'report.section.followThrough': 'Decisions, reviews and escalations',
  'report.section.quality': 'Quality',
  'report.section.register': 'Algorithm register',
  'report.drill': 'Cases',
  'report.csv': 'CSV export',
  'report.json': 'JSON export',
  'report.dashboard': 'Dashboard',
  'report.drillTitle': '{label}: {count}',
  'report.drillEmpty': 'This figure counts no cases.',
  'report.notMember': 'Reports are for Team Uthiek only.',
  'report.notViewer':
    "Reports are for Team Uthiek and for report viewers, such as management. If you need access, ask Team Uthiek: they arrange it with the bot's administrator.",
  'report.usage': 'Use: "report 2026" or "report 2026 on 2026-06-30".',
  'report.chart.funnel': 'From signal to assessment',
  'report.chart.years': 'Assessments per year and the target',
  'report.chart.advice': 'Follow-up of advice',
  'report.chart.target': 'target',
  'report.figure': 'Figure',
  'report.table': 'All figures',

  'register.title': 'Algorithm register',
  'register.intro': 'Cases with an algorithm: does what the register says about the assessment match our records?',
  'register.line': 'assessment: {assessed} · register: {stated}',
  'register.flag.contradiction': 'does not match: update it',
  'register.flag.ok': 'matches',
  'register.flag.unchecked': 'not checked yet',
  'register.notAssessed': 'not assessed yet',
  'register.edit': 'Record',
  'register.form.title': 'Algorithm register entry of {id}',
  'register.form.url': 'Link to the register entry (https://…)',
  'register.form.status': 'What does the entry say about the ethics assessment?',
  'register.status.none': 'no assessment done',
  'register.status.planned': 'assessment planned',
  'register.status.done': 'assessment done',
  'register.saved': 'The register entry of {id} has been recorded.',
  'register.export': 'Export for the algorithm register',
  'register.empty': 'There are no cases with an algorithm.',
  'register.error.url': 'Use a link that starts with https://.',
  'register.error.status': 'Choose what the entry says.',
  'report.rules.title': 'How this report counts',
  'report.rule.1':
    'Duplicate cases (merged into another case) count nowhere, not among intakes started and submitted either.',
  'report.rule.2':
    'The funnel counts what happened in the period: each case once per step, when it first reached that step. Withdrawn and cancelled cases count for the steps they reached.',
  'report.rule.3':
    'Assessments count per calendar year of the assessment date, each case at most once a year. An assessment that was held keeps counting, also when the case is cancelled later; an assessment held outside the bot counts from the moment it is recorded.',
  'report.rule.4':
    'Advice items count only for cases that were assessed and not cancelled, with their status as the log has it. Overdue: not settled after the due date. When Team Uthiek closes a case while advice items are still open, those count as still open when the case was closed, and no longer as overdue or escalated: nobody follows them up any more.',
  'report.rule.5':
    'Escalations count per level: to the case handler, to the report and to each level of the escalation line.',
  'report.rule.dpia':
    'A DPIA counts as completed before the assessment when its date (the last one recorded) is on or before the day of the assessment; a completed DPIA without a date counts apart. Assessments from the imported history do not count for the DPIA.',
  'report.rule.planning':
    'Impact set lower than suggested counts in the period of the acceptance; planned urgently and high impact without a panel member who had accepted count in the period of the planning.',
  'report.rule.6':
    'Every figure comes from the log, can be traced to its cases (Cases button) and can be made again for any past date.',
};
