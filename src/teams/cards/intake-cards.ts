import type { CaseRecord } from '../../domain/case/case.js';
import type { Missing } from '../../domain/intake/completeness.js';
import type { IntakeData } from '../../domain/intake/intake.js';
import { missingRequirements } from '../../domain/intake/completeness.js';
import { fieldsOf, previousStep, stepsFor, type FieldError, type StepId } from '../../domain/intake/steps.js';
import type { ValueModel } from '../../domain/values.js';
import type { Locale } from '../../domain/locale.js';
import type { Translate } from '../../i18n/index.js';
import { formatDate } from '../../domain/time.js';
import { SPECS, specOf } from './intake-fields.js';
import { renderCard, withoutMarkup, type CardJson } from './render.js';
import { stateLabel } from '../../i18n/labels.js';
import { canTransition } from '../../domain/case/lifecycle.js';

export interface IntakeCardContext {
  t: Translate;
  locale: Locale;
  valueModel: ValueModel;
}

const valueOf = (field: string, ctx: IntakeCardContext) =>
  ctx.valueModel.values.find((v) => v.id === field.slice(field.indexOf('_') + 1));

function labelOf(field: string, ctx: IntakeCardContext): string {
  const value = { value: valueOf(field, ctx)?.name[ctx.locale] ?? field };
  if (field.startsWith('about_')) return value.value;
  if (field.startsWith('serves_')) return ctx.t('intake.field.valueServed', value);
  if (field.startsWith('value_')) return ctx.t('intake.field.value', value);
  if (field.startsWith('why_')) return ctx.t('intake.field.valueWhy', value);
  return ctx.t(specOf(field).label);
}

/** The value an input shows: what was just typed (if the step was refused) or what is saved. */
function inputValue(
  field: string,
  intake: IntakeData,
  typed: Record<string, unknown> | undefined,
  ctx: IntakeCardContext,
): string {
  if (field.startsWith('about_')) return valueOf(field, ctx)?.description[ctx.locale] ?? '';
  if (typed && field in typed) return String(typed[field] ?? '');
  if (field.startsWith('serves_')) return String((intake.valuesServed ?? []).includes(field.slice(7)));
  if (field.startsWith('value_')) return String(Boolean(intake.values?.[field.slice(6)]));
  if (field.startsWith('why_')) return intake.values?.[field.slice(4)] ?? '';
  const v = intake[field as keyof IntakeData];
  if (v === undefined || v === null) return field === 'leadIsMe' ? 'true' : '';
  return Array.isArray(v) ? v.join(',') : String(v);
}

export function stepName(step: StepId, t: Translate): string {
  return t(`intake.step.${step}`);
}

function errorText(e: FieldError | undefined, t: Translate): string {
  return e ? t(`intake.error.${e.code}`, { max: e.max ?? '' }) : '';
}

export interface StepCardInput {
  c: CaseRecord;
  step: StepId;
  errors?: FieldError[];
  typed?: Record<string, unknown>;
  notice?: string;
}

export function intakeStepCard(input: StepCardInput, ctx: IntakeCardContext): CardJson {
  const { c, step, errors = [], typed } = input;
  const { t } = ctx;
  const steps = stepsFor(c.intake);
  const valueIds = ctx.valueModel.values.map((v) => v.id);
  const fields = fieldsOf(step, c.intake, valueIds).map((field) => {
    const spec = specOf(field);
    return {
      id: field,
      kind: spec.kind,
      label: labelOf(field, ctx),
      value: inputValue(field, c.intake, typed, ctx),
      maxLength: spec.max ?? 0,
      choices: (spec.choices ?? []).map((c) => ({ title: t(c.key), value: c.value })),
      error: errorText(
        errors.find((e) => e.field === field),
        t,
      ),
    };
  });
  const general = errors.find((e) => !fields.some((f) => f.id === e.field));
  const errorSummary = errors.length ? t('intake.errorsSummary', { count: errors.length }) : '';
  return renderCard('intake-step', {
    t: {
      title: `${t('intake.title')} · ${t('intake.caseId', { id: c.id })}`,
      // no total: the follow-up questions step appears only after the technology step, and a total that
      // changes half-way ("of 8", then "of 9") confuses, most of all when read aloud
      heading: t('intake.stepNumber', { n: steps.indexOf(step) + 1, name: stepName(step, t) }),
      intro: t(`intake.intro.${step}`),
      notice: input.notice ?? '',
      errorSummary,
      generalError: errorText(general, t),
      next: t('intake.next'),
      back: t('intake.back'),
      saveLater: t('intake.saveLater'),
      hasBack: steps.indexOf(step) > 0,
    },
    raw: { caseId: c.id, step, rev: c.rev ?? 0, fields },
  });
}

/** One line per answered field, grouped by step: for the review card and the case summary. */
export function summarySections(c: CaseRecord, ctx: IntakeCardContext, steps: StepId[] = stepsFor(c.intake)) {
  const { t } = ctx;
  const valueIds = ctx.valueModel.values.map((v) => v.id);
  return steps
    .filter((s) => s !== 'review')
    .map((step) => {
      const rows = fieldsOf(step, c.intake, valueIds)
        .filter((f) => !/^(value|about|serves)_/.test(f) && !LEAD_PARTS.has(f))
        .map((field) => ({
          label: rowLabel(field, ctx),
          userText: field === 'leadName' ? displayLead(c, ctx) : displayValue(field, c.intake, ctx),
        }))
        .filter((r) => r.userText !== '');
      if (step === 'values') rows.unshift(...servedRow(c.intake, ctx));
      return { step, name: stepName(step, t), edit: t('intake.edit', { step: stepName(step, t) }), rows };
    });
}

/** The values the project serves, as one row (none when it names none). */
function servedRow(intake: IntakeData, ctx: IntakeCardContext) {
  const names = (intake.valuesServed ?? []).map((id) => valueOf(`_${id}`, ctx)?.name[ctx.locale] ?? id);
  return names.length ? [{ label: `${ctx.t('intake.summary.valuesServed')}: `, userText: names.join(', ') }] : [];
}

/** Fields shown together as the lead's line. */
const LEAD_PARTS = new Set(['leadIsMe', 'leadEmail', 'leadAadObjectId']);

/** The lead by name (and address) for others to read: the registrant, or the lead the intake names. */
function displayLead(c: CaseRecord, ctx: IntakeCardContext): string {
  const intake = c.intake;
  if (c.lead?.name) return c.lead.email ? `${c.lead.name} (${c.lead.email})` : c.lead.name;
  if (intake.leadIsMe !== false) return c.createdByName ?? ctx.t('intake.summary.leadSelf');
  return [intake.leadName, intake.leadEmail && `(${intake.leadEmail})`].filter(Boolean).join(' ');
}

/** A label followed by its value: "Fase: pilot", "Persoonsgegevens? Nee"; in words for others than the lead. */
function rowLabel(field: string, ctx: IntakeCardContext): string {
  const summary = field.startsWith('why_') ? undefined : SPECS[field]?.summary;
  const label = field.startsWith('why_')
    ? ctx.t('intake.summary.valueAtStake', { value: valueOf(field, ctx)?.name[ctx.locale] ?? field })
    : summary
      ? ctx.t(summary)
      : labelOf(field, ctx);
  return /[?:]$/.test(label) ? `${label} ` : `${label}: `;
}

function displayValue(field: string, intake: IntakeData, ctx: IntakeCardContext): string {
  if (field.startsWith('why_')) return intake.values?.[field.slice(4)] ?? '';
  const v = intake[field as keyof IntakeData];
  if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return '';
  const spec = SPECS[field];
  if ((field === 'plannedDate' || field === 'dpiaDate') && typeof v === 'string') return formatDate(v, ctx.locale);
  if (spec?.choices) {
    const list: string[] = Array.isArray(v) ? v : [String(v)];
    return list
      .map((x) => {
        const choice = spec.choices!.find((c) => c.value === x);
        return choice ? ctx.t(choice.key) : x;
      })
      .join(', ');
  }
  return String(v);
}

export function missingList(missing: Missing[], t: Translate): string[] {
  return missing.map((m) => t(`intake.requirement.${m.requirement}`));
}

export function intakeReviewCard(input: { c: CaseRecord; notice?: string }, ctx: IntakeCardContext): CardJson {
  const { c } = input;
  const { t } = ctx;
  const missing = missingRequirements(c.intake);
  return renderCard('intake-review', {
    t: {
      title: `${t('intake.title')} · ${t('intake.caseId', { id: c.id })}`,
      heading: t('intake.lastStep', { name: stepName('review', t) }),
      intro: t('intake.intro.review'),
      notice: input.notice ?? '',
      sections: summarySections(c, ctx),
      notAnswered: t('intake.review.notAnswered'),
      complete: missing.length === 0,
      completeText: t('intake.review.complete'),
      missingTitle: t('intake.review.missing'),
      missing: missingList(missing, t),
      submit: t('intake.submit'),
      back: t('intake.back'),
    },
    raw: { caseId: c.id, rev: c.rev ?? 0, previous: previousStep('review', c.intake) },
  });
}

/** The case as its lead sees it: after submitting, and from "my cases". */
export function caseSummaryCard(
  c: CaseRecord,
  ctx: IntakeCardContext,
  options: { heading?: string; body?: string; canEdit?: boolean } = {},
): CardJson {
  const { t } = ctx;
  return renderCard('case-summary', {
    t: {
      heading: options.heading ?? t('intake.caseId', { id: c.id }),
      state: `${t('intake.caseId', { id: c.id })} · ${stateLabel(t, c.state)}`,
      body: options.body ?? '',
      sections: summarySections(c, ctx),
      canEdit: options.canEdit ?? false,
      edit: t('intake.editCase'),
      // the lead may withdraw the case as long as Team Uthiek has not accepted it
      canWithdraw: (options.canEdit ?? false) && canTransition(c.state, 'abandon'),
      withdraw: t('withdraw.button'),
    },
    data: { projectName: c.intake.projectName ?? '' },
    raw: { caseId: c.id, rev: c.rev ?? 0 },
  });
}

/** The card for where a draft stands: its current step, or the review. */
export function draftCard(c: CaseRecord, ctx: IntakeCardContext, notice?: string): CardJson {
  return c.intakeStep === 'review'
    ? intakeReviewCard({ c, notice }, ctx)
    : intakeStepCard({ c, step: c.intakeStep, notice }, ctx);
}

/**
 * The case as submitted: `first` after its first submission, `again` after a change was sent in,
 * `already` for a submit that came again (a double click, or Teams resending it).
 */
export function submittedCard(c: CaseRecord, ctx: IntakeCardContext, how: 'first' | 'again' | 'already'): CardJson {
  return caseSummaryCard(c, ctx, {
    heading: ctx.t('intake.submitted.title'),
    body: [
      how === 'first' ? ctx.t('intake.submitted.body', { id: c.id }) : '',
      how === 'already' ? ctx.t('intake.alreadySubmitted', { id: c.id }) : '',
      // honest: the intake.lead job tells the registrant when it does not find the lead
      c.lead?.source === 'pending' ? ctx.t('intake.submitted.leadLookup', { lead: withoutMarkup(c.lead.name) }) : '',
    ]
      .filter(Boolean)
      .join(' '),
    canEdit: true,
  });
}
