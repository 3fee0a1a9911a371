import type { AdviceStatus, Decision } from '../domain/case/case.js';
import type { CaseState } from '../domain/case/lifecycle.js';
import type { ImpactLevel } from '../domain/impact/rules.js';
import type { Locale } from '../domain/locale.js';
import type { FigureLabel, Report } from '../domain/report/index.js';
import { isPseudonym } from '../domain/privacy/person-data.js';
import type { Explanation, Problem } from '../domain/schedule/explain.js';
import { formatDate } from '../domain/time.js';
import { isMessageKey, plural, type Translate } from './index.js';

/**
 * Texts for the codes the domain returns. Each helper builds its key from a union of codes, so a
 * code without a text in the catalogue does not compile; none of them needs a cast.
 */

export const stateLabel = (t: Translate, state: CaseState) => t(`state.${state}`);
/** Where a case stands, as a whole sentence (never a state's name dropped into another sentence). */
export const stateSentence = (t: Translate, c: { id: string; state: CaseState }) =>
  t(`stateSentence.${c.state}`, { id: c.id });
export const impactLabel = (t: Translate, level: ImpactLevel) => t(`impact.${level}`);
export const adviceStatusLabel = (t: Translate, status: AdviceStatus) => t(`status.${status}`);
export const decisionLabel = (t: Translate, decision: Decision) => t(`decision.${decision}`);

/** A name as the records hold it, for display: an erased person's pseudonym in words, never the pseudonym. */
export const personName = (t: Translate, name: string) => (isPseudonym(name) ? t('erase.erasedPerson') : name);

/** An audit event's type in words; a type without a text (from a newer or older version) as it is. */
export function eventLabel(t: Translate, type: string): string {
  const key = `event.${type}`;
  return isMessageKey(key) ? t(key) : type;
}

/** Why the detector thought a message is about a project; undefined for a code it no longer reports. */
export function signalReason(t: Translate, code: string): string | undefined {
  const key = `reason.${code}`;
  if (isMessageKey(key)) return t(key);
  // a technology the reply takes from the message it answers: `reply.<the parent cue's code>`
  const inherited = code.startsWith('reply.') ? signalReason(t, code.slice('reply.'.length)) : undefined;
  return inherited === undefined ? undefined : t('reason.inherited', { reason: inherited });
}

/** An expertise id in words (the value model's vocabulary gives the names). */
export type ExpertiseNames = (id: string) => string;

const tagList = (names: ExpertiseNames, tags: readonly string[]) => tags.map(names).join(', ');

/** Why a proposed date and these people. */
export function explanationText(t: Translate, locale: Locale, e: Explanation, names: ExpertiseNames): string {
  switch (e.code) {
    case 'notice-met':
      return plural(t, 'explain.noticeMet', e.params.days, {
        ...e.params,
        impact: t(`explain.impact.${e.params.impact}`),
        // a local calendar day (YYYY-MM-DD), written for people
        deadline: formatDate(e.params.deadline, locale),
      });
    case 'urgent-notice':
      return plural(t, 'explain.urgentNotice', e.params.given, e.params);
    case 'within-hours':
      return t('explain.withinHours', e.params);
    case 'panel-rule':
      return t('explain.panelRule');
    case 'calendars-free':
      return t('explain.calendarsFree');
    case 'member-why':
      return plural(t, 'explain.memberWhy', e.params.load, {
        ...e.params,
        tags: tagList(names, e.params.tags),
      });
    case 'small-panel':
      return plural(t, 'explain.smallPanel', e.params.chosen, e.params);
    case 'best-coverage':
      return t('explain.bestCoverage', { tags: tagList(names, e.params.tags) });
    case 'no-panel':
      return t(e.params.size === 0 ? 'explain.noPanel.notNeeded' : 'explain.noPanel.optional', {
        impact: t(`explain.impact.${e.params.impact}`),
      });
    case 'text':
      return e.params[locale];
  }
}

/** Why there are fewer proposals than asked for, or none. */
export function problemText(t: Translate, locale: Locale, p: Problem, names: ExpertiseNames): string {
  switch (p.code) {
    case 'text':
      return p.params[locale];
    case 'no-matching-panel':
    case 'expertise-partly-covered':
      return t(`problem.${p.code}`, { ...p.params, tags: tagList(names, p.params.tags) });
    default:
      return t(`problem.${p.code}`, p.params);
  }
}

/** The name of a report figure. */
export function figureLabel(t: Translate, label: FigureLabel): string {
  // a lead time's count is a number of cases, not of days: a label of its own
  if (label.name.startsWith('leadTimes.') && 'stat' in label.params && label.params.stat === 'n')
    return t(`figure.${label.name as `leadTimes.${keyof Report['leadTimes']}`}.count`);
  const { params } = label;
  return t(`figure.${label.name}`, 'stat' in params ? { stat: t(`figure.stat.${params.stat}`) } : { ...params });
}
