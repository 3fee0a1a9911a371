import type { explain as nl } from '../nl/explain.js';

export const explain: Record<keyof typeof nl, string> = {
  'explain.impact.high': 'high',
  'explain.impact.medium': 'medium',
  'explain.impact.low': 'low',
  'explain.noticeMet.one': 'Meets the minimum notice of {days} working day for {impact} impact (earliest {deadline}).',
  'explain.noticeMet.other':
    'Meets the minimum notice of {days} working days for {impact} impact (earliest {deadline}).',
  'explain.urgentNotice.one': "Urgent: {given} working day's notice instead of {required}, because: {reason}",
  'explain.urgentNotice.other': "Urgent: {given} working days' notice instead of {required}, because: {reason}",
  'explain.withinHours': "On a working day, within the handler's and the project lead's hours ({from}–{to}, {tz}).",
  'explain.calendarsFree':
    'The Outlook calendars of the handler, the project lead and the internal participants are free at this time.',
  'explain.panelRule':
    'Panel members chosen by matching expertise, then by lowest load (this month, then the last 90 days); availability only decides who is eligible.',
  'explain.memberWhy.one': '{name}: expertise {tags}; {load} assessment this month',
  'explain.memberWhy.other': '{name}: expertise {tags}; {load} assessments this month',
  'explain.smallPanel.one':
    '{chosen} of the {size} wanted panel members with matching expertise is available that day.',
  'explain.smallPanel.other':
    '{chosen} of the {size} wanted panel members with matching expertise are available that day.',
  'explain.bestCoverage': 'Chosen because the panel that day covers the most of the needed expertise: {tags}.',
  'explain.noPanel.notNeeded': 'No panel: not needed for {impact} impact.',
  'explain.noPanel.optional':
    'No panel member with matching expertise available that day; the panel is optional for {impact} impact.',

  'problem.urgent-reason-required': 'Urgent needs a reason: say why the shorter notice is needed.',
  'problem.no-expertise-needed':
    'High impact needs a panel member with matching expertise, but the case names nothing that calls for expertise (technologies, personal data, values).',
  'problem.no-matching-panel':
    'No panel member with matching expertise ({tags}) available within {searchDays} days; high impact needs at least one.',
  'problem.free-busy-unavailable':
    'The Outlook calendars could not be read; check yourself that the handler and the project lead are free.',
  'problem.no-common-time':
    'No working day within {searchDays} days on which both the handler and the project lead can meet.',
  'problem.fewer-slots-than-requested':
    'Only {found} of the {count} requested proposals found within {searchDays} days.',
  'problem.expertise-partly-covered': 'Not all needed expertise is represented on the panel; missing: {tags}.',
};
