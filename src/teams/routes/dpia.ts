import { z } from 'zod';
import { askOfficerJobs, dpiaRole, mayUpdateDpia, type DpiaRole } from '../../app/dpia.js';
import { triageRefresh } from '../../app/triage.js';
import type { CaseRecord } from '../../domain/case/case.js';
import { confirmDpia, currentDpia, parseDpia, recordDpia } from '../../domain/dpia/dpia.js';
import { localDate } from '../../domain/time.js';
import { stateSentence } from '../../i18n/labels.js';
import { dpiaCard, type DpiaCardOptions } from '../cards/dpia-cards.js';
import { noticeCard } from '../cards/notice-card.js';
import { cardAttachment, type CardJson } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { cardAction } from '../routing/card-action.js';
import { command } from '../routing/command.js';
import type { Turn } from '../routing/turn.js';

/**
 * The DPIA record of a case: the lead and Team Uthiek keep it up to date after acceptance, a
 * privacy officer may correct and confirm it. Who may do what is decided here, per case.
 */

type Allowed = { ok: true; c: CaseRecord; role: DpiaRole } | { ok: false; answer: string };

async function allowed(deps: Deps, turn: Turn, caseId: string): Promise<Allowed> {
  const c = deps.cases.get(caseId.toUpperCase());
  if (!c) return { ok: false, answer: turn.t('intake.notFound') };
  const role = await dpiaRole(deps, c, turn.actor.id);
  if (!role || c.state === 'intake') return { ok: false, answer: turn.t('dpia.notAllowed') };
  return { ok: true, c, role };
}

function render(deps: Deps, turn: Turn, c: CaseRecord, role: DpiaRole, extra: Partial<DpiaCardOptions> = {}): CardJson {
  const canEdit = mayUpdateDpia(role, c);
  return dpiaCard(
    c,
    { t: turn.t, locale: turn.locale, timeZone: deps.config.timeZone },
    {
      canEdit,
      canConfirm: role === 'officer',
      ...(canEdit ? {} : { notice: turn.t('dpia.notYet', { status: stateSentence(turn.t, c) }) }),
      ...extra,
    },
  );
}

async function show(deps: Deps, turn: Turn, caseId: string): Promise<CardJson | string> {
  const a = await allowed(deps, turn, caseId);
  return a.ok ? render(deps, turn, a.c, a.role) : a.answer;
}

/** "dpia UTH-2026-001" */
export const dpia = command({
  id: 'dpia',
  words: { nl: ['dpia'], en: ['dpia'] },
  help: 'help.cmd.dpia',
  audience: 'everyone',
  async handle(turn, args, deps) {
    const caseId = args.split(/\s+/)[0] ?? '';
    const answer = caseId ? await show(deps, turn, caseId) : turn.t('dpia.usage');
    await turn.context.sendActivity(typeof answer === 'string' ? answer : { attachments: [cardAttachment(answer)] });
  },
});

const caseRef = z.object({ caseId: z.string().min(1).max(40) }).passthrough();
const revRef = caseRef.extend({ rev: z.coerce.number().int().nonnegative() });

export const open = cardAction({
  shows: true,
  audience: 'everyone',
  schema: caseRef,
  handle: (turn, data, deps) => show(deps, turn, data.caseId),
});

export const save = cardAction({
  audience: 'everyone',
  schema: revRef,
  async handle(turn, data, deps) {
    const a = await allowed(deps, turn, data.caseId);
    if (!a.ok) return a.answer;
    if (!mayUpdateDpia(a.role, a.c)) return render(deps, turn, a.c, a.role);
    const typed = Object.fromEntries(
      (['status', 'reason', 'date', 'link'] as const).map((k) => [k, typeof data[k] === 'string' ? data[k] : '']),
    );
    const parsed = parseDpia(typed, localDate(deps.clock.now(), deps.config.timeZone));
    if (!parsed.input) {
      const errors = Object.fromEntries(parsed.errors.map((e) => [e.field, turn.t(`dpia.error.${e.code}`)]));
      return render(deps, turn, a.c, a.role, { typed, errors });
    }
    const input = parsed.input;
    const result = await deps.cases.update(a.c.id, data.rev, (cur) => {
      const changed = recordDpia(cur, input, turn.actor.id, deps.clock.now());
      if (changed.next === cur) return changed;
      return {
        ...changed,
        jobs: [triageRefresh(cur, deps), ...askOfficerJobs(deps, cur, currentDpia(cur), currentDpia(changed.next))],
      };
    });
    if (result.status === 'not-found') return turn.t('intake.notFound');
    if (result.status === 'conflict')
      return render(deps, turn, result.current, a.role, { notice: turn.t('common.staleCard') });
    const unchanged = result.case.rev === a.c.rev;
    deps.jobs.kick();
    deps.logger.info({ caseId: a.c.id, userId: turn.actor.id, status: input.status, unchanged }, 'dpia recorded');
    return render(deps, turn, result.case, a.role, {
      notice: turn.t(unchanged ? 'dpia.unchanged' : 'dpia.saved', { id: a.c.id }),
    });
  },
});

export const confirm = cardAction({
  audience: 'everyone',
  schema: revRef,
  async handle(turn, data, deps) {
    const a = await allowed(deps, turn, data.caseId);
    if (!a.ok) return a.answer;
    if (a.role !== 'officer') return turn.t('dpia.onlyOfficer');
    if (!currentDpia(a.c)) return render(deps, turn, a.c, a.role);
    const result = await deps.cases.update(a.c.id, data.rev, (cur) => ({
      ...confirmDpia(cur, turn.actor.id, deps.clock.now()),
      jobs: [triageRefresh(cur, deps)],
    }));
    if (result.status === 'not-found') return turn.t('intake.notFound');
    if (result.status === 'conflict')
      return render(deps, turn, result.current, a.role, { notice: turn.t('common.staleCard') });
    deps.jobs.kick();
    return noticeCard(turn.t('dpia.confirmed', { id: a.c.id }));
  },
});
