import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { LINK_VALID_MS } from '../../app/links.js';
import { applyComparison, registerCases, registerComparison } from '../../app/register.js';
import type { RegisterLink } from '../../domain/case/case.js';
import { hasAlgorithm } from '../../domain/followup/outcome.js';
import { compareRegister } from '../../domain/register/compare.js';
import { registerFormCard, registerListCard, STATED, type RegisterView } from '../cards/register-cards.js';
import { cardAttachment } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { cardAction } from '../routing/card-action.js';
import { command } from '../routing/command.js';
import type { Turn } from '../routing/turn.js';

const ONLY_UTHIEK = { audience: 'uthiek', refused: 'report.notMember' } as const;
const caseRef = z.object({ caseId: z.string().min(1).max(40) }).passthrough();
const LOAD_WORDS = /^(laden|load)$/i;

const ctx = (turn: Turn, deps: Deps) => ({ t: turn.t, locale: turn.locale, timeZone: deps.config.timeZone });

/** The list's content: cases, the loaded register compared with them, and the JSON and CSV exports. */
function view(turn: Turn, deps: Deps): RegisterView {
  const file = (ext: 'json' | 'csv') => deps.links.url(`/files/register/algoritmeregister.${ext}`, LINK_VALID_MS);
  const loaded = deps.registerFile.current();
  const comparison = registerComparison(deps);
  return {
    cases: registerCases(deps),
    ...(loaded ? { loaded } : {}),
    ...(comparison ? { comparison } : {}),
    exports: [
      { title: turn.t('register.export'), url: file('json') },
      { title: turn.t('register.exportCsv'), url: `${file('csv')}&lang=${turn.locale}` },
    ],
  };
}

/**
 * Team Uthiek checks what the algorithm register says about each case: from the municipality's
 * register file ("algoritmeregister laden" fetches it now), or typed per case where it is not in it.
 */
export const algorithmRegister = command({
  id: 'algorithmRegister',
  words: { nl: ['algoritmeregister'], en: ['algorithm register'] },
  help: 'help.cmd.algorithmRegister',
  ...ONLY_UTHIEK,
  async handle(turn, args, deps) {
    if (LOAD_WORDS.test(args.trim())) {
      if (!deps.config.algorithmRegister.source) {
        deps.logger.warn(
          { userId: turn.actor.id },
          'algorithm register asked for, but ALGORITHM_REGISTER_URL is not set',
        );
        return void (await turn.context.sendActivity(turn.t('register.load.noSource')));
      }
      const now = deps.clock.now();
      await deps.jobs.enqueue({
        // one job per message: a message Teams sends again is not handled twice (the command's inbox)
        id: `register.fetch:asked:${turn.actor.id}:${turn.context.activity.id ?? randomUUID()}`,
        kind: 'register.fetch',
        dueAt: now,
        payload: { requestedBy: turn.actor.id },
      });
      return void (await turn.context.sendActivity(turn.t('register.load.started')));
    }
    await turn.context.sendActivity({
      attachments: [cardAttachment(registerListCard(view(turn, deps), ctx(turn, deps)))],
    });
  },
});

export const edit = cardAction({
  shows: true,
  ...ONLY_UTHIEK,
  schema: caseRef,
  async handle(turn, data, deps) {
    const c = deps.cases.get(data.caseId);
    if (!c || !hasAlgorithm(c)) return turn.t('intake.notFound');
    const r = c.register;
    const entry = r?.noEntry ? 'none' : r?.matchedBy === 'member' ? (r.entryId ?? '') : '';
    return registerFormCard(
      ctx(turn, deps),
      c,
      {
        url: r?.entryUrl ?? c.intake.algorithmRegisterUrl ?? '',
        stated: r?.source === 'file' ? '' : (r?.statedAssessmentStatus ?? ''),
        entry,
      },
      deps.registerFile.current()?.entries,
    );
  },
});

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

export const save = cardAction({
  ...ONLY_UTHIEK,
  schema: caseRef,
  async handle(turn, data, deps) {
    const c = deps.cases.get(data.caseId);
    if (!c || !hasAlgorithm(c)) return turn.t('intake.notFound');
    const loaded = deps.registerFile.current();
    const url = text(data.entryUrl);
    const stated = text(data.stated);
    const entry = loaded && text(data.entry) !== 'auto' ? text(data.entry) : '';
    const chosen = entry && entry !== 'none' ? loaded?.entries.find((e) => e.key === entry) : undefined;
    // typing what the register says is needed where the loaded file cannot say it
    const needsStated = !loaded || entry === 'none';
    const errors = [
      ...(url && !/^https:\/\/[^\s<>"]+$/.test(url) ? [turn.t('register.error.url')] : []),
      ...(entry && entry !== 'none' && !chosen ? [turn.t('register.error.entry')] : []),
      ...((stated ? (STATED as readonly string[]).includes(stated) : !needsStated)
        ? []
        : [turn.t('register.error.status')]),
    ];
    if (errors.length) return registerFormCard(ctx(turn, deps), c, { url, stated, entry }, loaded?.entries, errors);
    const now = deps.clock.now().toISOString();
    const register: RegisterLink = {
      ...(url ? { entryUrl: url } : {}),
      checkedAt: now,
      ...(chosen ? { entryId: chosen.key, matchedBy: 'member' as const } : {}),
      ...(entry === 'none' ? { noEntry: true } : {}),
      ...(stated && !chosen
        ? { statedAssessmentStatus: stated as (typeof STATED)[number], source: 'manual' as const }
        : {}),
    };
    const result = await deps.cases.update(c.id, undefined, (cur) => ({
      next: { ...cur, register },
      events: register.statedAssessmentStatus
        ? [
            {
              type: 'register.recorded',
              actor: turn.actor.id,
              data: { statedAssessmentStatus: register.statedAssessmentStatus, source: 'manual' },
            },
          ]
        : [],
    }));
    if (result.status !== 'ok') return turn.t('common.staleNoCard');
    // a chosen entry (or letting the bot match again) takes what the register says from the file
    if (loaded && !register.statedAssessmentStatus)
      await applyComparison(deps, compareRegister(registerCases(deps), loaded.entries), turn.actor.id);
    return registerListCard(view(turn, deps), ctx(turn, deps), turn.t('register.saved', { id: c.id }));
  },
});
