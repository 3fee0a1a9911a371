import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { normaliseExpertise } from '../../domain/expertise.js';
import { holdsLink } from '../../domain/text/names.js';
import type { PanelMember } from '../../domain/schedule/panel.js';
import type { ExpertiseTerm } from '../../domain/values.js';
import type { MessageKey } from '../../i18n/index.js';
import { noticeCard } from '../cards/notice-card.js';
import { availabilityCard, panelFormCard, panelListCard } from '../cards/panel-cards.js';
import { cardAttachment, withoutMarkup } from '../cards/render.js';
import { cardAction } from '../routing/card-action.js';
import { command } from '../routing/command.js';
import { list, text } from '../input.js';
import { isCalendarDate, localDate } from '../../domain/time.js';
import type { Deps } from '../deps.js';
import { leaveAssessments } from '../../app/panel-leave.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** The panel form also takes numbers as they are (the monthly maximum). */
const value = (v: unknown) => text(typeof v === 'number' ? String(v) : v);
const items = (v: unknown) => list(value(v), /[,;\s]+/);

const asValues = (m: PanelMember): Record<string, string> => ({
  name: m.name,
  email: m.email,
  teamsAadObjectId: m.teamsAadObjectId ?? '',
  expertise: m.expertise.join(','),
  monthlyMax: String(m.monthlyMax),
  unavailable: m.unavailable.join(', '),
  active: String(m.active),
  ndaSignedOn: m.ndaSignedOn ?? '',
  vogDate: m.vogDate ?? '',
});

/** A date a document was signed or issued: empty, or a real date not after today. */
const pastDate = (d: string, today: string) => d === '' || (isCalendarDate(d) && d <= today);

/** Checks the panel form (`today`: the local date, for the NDA and VOG dates); returns the member, or the errors per field. */
export function readPanelForm(
  data: Record<string, unknown>,
  id: string,
  vocabulary: readonly ExpertiseTerm[],
  today: string,
): { member?: PanelMember; errors: Record<string, MessageKey> } {
  const errors: Record<string, MessageKey> = {};
  const name = value(data.name);
  const email = value(data.email);
  const teamsId = value(data.teamsAadObjectId);
  const { ids: expertise, unknown } = normaliseExpertise(list(value(data.expertise), /[,;]+/), vocabulary);
  const monthlyMax = Number(value(data.monthlyMax));
  const unavailable = items(data.unavailable);
  const ndaSignedOn = value(data.ndaSignedOn);
  const vogDate = value(data.vogDate);
  if (!name || name.length > 120) errors.name = 'panel.error.name';
  else if (holdsLink(name)) errors.name = 'panel.error.nameLink';
  if (!z.string().email().safeParse(email).success) errors.email = 'panel.error.email';
  if (teamsId && !GUID.test(teamsId)) errors.teamsAadObjectId = 'panel.error.teamsId';
  if (expertise.length === 0 || unknown.length) errors.expertise = 'panel.error.expertise';
  if (!Number.isInteger(monthlyMax) || monthlyMax < 1 || monthlyMax > 20) errors.monthlyMax = 'panel.error.monthlyMax';
  if (unavailable.some((d) => !isCalendarDate(d))) errors.unavailable = 'panel.error.dates';
  if (!pastDate(ndaSignedOn, today)) errors.ndaSignedOn = 'panel.error.pastDate';
  if (!pastDate(vogDate, today)) errors.vogDate = 'panel.error.pastDate';
  if (Object.keys(errors).length) return { errors };
  return {
    errors,
    member: {
      id,
      name,
      email,
      ...(teamsId ? { teamsAadObjectId: teamsId.toLowerCase() } : {}),
      expertise,
      monthlyMax,
      unavailable: [...new Set(unavailable)].sort(),
      active: value(data.active) !== 'false',
      ...(ndaSignedOn ? { ndaSignedOn } : {}),
      ...(vogDate ? { vogDate } : {}),
    },
  };
}

const DEFAULT_AVAILABILITY = {
  workingDays: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
  unavailable: [] as string[],
};

const ONLY_UTHIEK = { audience: 'uthiek', refused: 'schedule.notHandler' } as const;

const panelView = (deps: Deps) => ({
  valueModel: deps.valueModel,
  today: localDate(deps.clock.now(), deps.config.timeZone),
  vogValidMonths: deps.config.panelVogValidMonths,
});

/** Team Uthiek manages the external panel… */
export const panel = command({
  id: 'panel',
  words: { nl: ['klankbordgroep', 'panel'], en: ['panel'] },
  help: 'help.cmd.panel',
  ...ONLY_UTHIEK,
  async handle(turn, _args, deps) {
    await turn.context.sendActivity({
      attachments: [cardAttachment(panelListCard(deps.panel.all(), panelView(deps), turn))],
    });
  },
});

export const edit = cardAction({
  shows: true,
  ...ONLY_UTHIEK,
  schema: z.object({ memberId: z.string().max(60).default('') }).passthrough(),
  async handle(turn, data, deps) {
    const existing = data.memberId ? deps.panel.get(data.memberId) : undefined;
    return panelFormCard(turn, deps.valueModel, existing?.id ?? '', existing ? asValues(existing) : {});
  },
});

export const save = cardAction({
  ...ONLY_UTHIEK,
  schema: z.object({ id: z.string().max(60).default('') }).passthrough(),
  async handle(turn, data, deps) {
    const id = data.id && deps.panel.get(data.id) ? data.id : `panel-${randomUUID().slice(0, 8)}`;
    const today = localDate(deps.clock.now(), deps.config.timeZone);
    const { member: saved, errors } = readPanelForm(data, id, deps.valueModel.expertise, today);
    if (!saved)
      return panelFormCard(
        turn,
        deps.valueModel,
        data.id,
        Object.fromEntries(Object.entries(data).map(([k, v]) => [k, value(v)])),
        errors,
      );
    await deps.panel.save(saved, turn.actor.id);
    await leaveAssessments(deps, saved, turn.actor.id);
    return panelListCard(
      deps.panel.all(),
      panelView(deps),
      turn,
      turn.t('panel.saved', { name: withoutMarkup(saved.name) }),
    );
  },
});

/** …and its own availability. */
export const availability = command({
  id: 'availability',
  words: { nl: ['beschikbaarheid'], en: ['availability'] },
  help: 'help.cmd.availability',
  ...ONLY_UTHIEK,
  async handle(turn, _args, deps) {
    const current = deps.availability.get(turn.actor.id) ?? DEFAULT_AVAILABILITY;
    await turn.context.sendActivity({ attachments: [cardAttachment(availabilityCard(turn, current))] });
  },
});

export const saveAvailability = cardAction({
  ...ONLY_UTHIEK,
  schema: z.object({}).passthrough(),
  async handle(turn, data, deps) {
    const days = [...new Set(items(data.workingDays).map(Number))]
      .filter((d) => Number.isInteger(d) && d >= 1 && d <= 5)
      .sort();
    const start = value(data.start);
    const end = value(data.end);
    const unavailable = items(data.unavailable);
    const errors: Record<string, MessageKey> = {};
    if (days.length === 0) errors.workingDays = 'availability.error.days';
    if (!TIME.test(start) || !TIME.test(end) || start >= end) errors.times = 'availability.error.times';
    if (unavailable.some((d) => !isCalendarDate(d))) errors.unavailable = 'panel.error.dates';
    if (Object.keys(errors).length)
      return availabilityCard(turn, { workingDays: days, start, end, unavailable }, errors);
    await deps.availability.save({
      aadObjectId: turn.actor.id,
      workingDays: days,
      start,
      end,
      unavailable: [...new Set(unavailable)].sort(),
    });
    return noticeCard(turn.t('availability.saved'));
  },
});
