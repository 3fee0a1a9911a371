import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { PanelMember } from '../../domain/schedule/panel.js';
import type { MessageKey } from '../../i18n/index.js';
import { defineCardAction } from '../card-action-route.js';
import { noticeCard } from '../cards/notice-card.js';
import { availabilityCard, panelFormCard, panelListCard } from '../cards/panel-cards.js';
import { cardAttachment } from '../cards/render.js';
import { defineCommand } from '../command-route.js';
import type { App, Deps } from '../deps.js';
import type { Turn } from '../turn.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const list = (v: unknown) => text(v).split(/[,;\s]+/).map((s) => s.trim()).filter(Boolean);
const validDate = (d: string) => DATE.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

const asValues = (m: PanelMember): Record<string, string> => ({
  name: m.name,
  email: m.email,
  teamsAadObjectId: m.teamsAadObjectId ?? '',
  expertise: m.expertise.join(', '),
  monthlyMax: String(m.monthlyMax),
  unavailable: m.unavailable.join(', '),
  active: String(m.active),
});

/** Checks the panel form; returns the member, or the errors per field. */
export function readPanelForm(data: Record<string, unknown>, id: string): { member?: PanelMember; errors: Record<string, MessageKey> } {
  const errors: Record<string, MessageKey> = {};
  const name = text(data.name);
  const email = text(data.email);
  const teamsId = text(data.teamsAadObjectId);
  const expertise = [...new Set(list(data.expertise).map((s) => s.toLowerCase()))];
  const monthlyMax = Number(text(data.monthlyMax));
  const unavailable = list(data.unavailable);
  if (!name || name.length > 120) errors.name = 'panel.error.name';
  if (!z.string().email().safeParse(email).success) errors.email = 'panel.error.email';
  if (teamsId && !GUID.test(teamsId)) errors.teamsAadObjectId = 'panel.error.teamsId';
  if (expertise.length === 0 || expertise.some((e) => e.length > 40)) errors.expertise = 'panel.error.expertise';
  if (!Number.isInteger(monthlyMax) || monthlyMax < 1 || monthlyMax > 20) errors.monthlyMax = 'panel.error.monthlyMax';
  if (unavailable.some((d) => !validDate(d))) errors.unavailable = 'panel.error.dates';
  if (Object.keys(errors).length) return { errors };
  return {
    errors,
    member: { id, name, email, ...(teamsId ? { teamsAadObjectId: teamsId.toLowerCase() } : {}), expertise, monthlyMax, unavailable: [...new Set(unavailable)].sort(), active: text(data.active) !== 'false' },
  };
}

const DEFAULT_AVAILABILITY = { workingDays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', unavailable: [] as string[] };

/** Team Uthiek manages the external panel and its own availability. */
export function registerPanel(app: App, deps: Deps): void {
  const member = (turn: Turn) => deps.members.isMember(turn.actorId);

  defineCommand(app, deps, { id: 'panel', words: { nl: ['panel', 'klankbordgroep'], en: ['panel'] }, help: 'help.cmd.panel', audience: 'uthiek' }, async (turn) => {
    if (!(await member(turn))) return void (await turn.context.sendActivity(turn.t('schedule.notHandler')));
    await turn.context.sendActivity({ attachments: [cardAttachment(panelListCard(deps.panel.all(), turn))] });
  });

  defineCardAction(app, deps, 'panel.edit', z.object({ memberId: z.string().max(60).default('') }).passthrough(), async (turn, data) => {
    if (!(await member(turn))) return turn.t('schedule.notHandler');
    const existing = data.memberId ? deps.panel.get(data.memberId) : undefined;
    return panelFormCard(turn, deps.valueModel, existing?.id ?? '', existing ? asValues(existing) : {});
  });

  defineCardAction(app, deps, 'panel.save', z.object({ id: z.string().max(60).default('') }).passthrough(), async (turn, data) => {
    if (!(await member(turn))) return turn.t('schedule.notHandler');
    const id = data.id && deps.panel.get(data.id) ? data.id : `panel-${randomUUID().slice(0, 8)}`;
    const { member: saved, errors } = readPanelForm(data, id);
    if (!saved) return panelFormCard(turn, deps.valueModel, data.id, Object.fromEntries(Object.entries(data).map(([k, v]) => [k, text(v)])), errors);
    await deps.panel.save(saved, turn.actorId!);
    return panelListCard(deps.panel.all(), turn, turn.t('panel.saved', { name: saved.name }));
  });

  defineCommand(app, deps, { id: 'availability', words: { nl: ['beschikbaarheid'], en: ['availability'] }, help: 'help.cmd.availability', audience: 'uthiek' }, async (turn) => {
    if (!(await member(turn))) return void (await turn.context.sendActivity(turn.t('schedule.notHandler')));
    const current = deps.availability.get(turn.actorId!) ?? DEFAULT_AVAILABILITY;
    await turn.context.sendActivity({ attachments: [cardAttachment(availabilityCard(turn, current))] });
  });

  defineCardAction(app, deps, 'availability.save', z.object({}).passthrough(), async (turn, data) => {
    if (!(await member(turn))) return turn.t('schedule.notHandler');
    const days = [...new Set(list(data.workingDays).map(Number))].filter((d) => Number.isInteger(d) && d >= 1 && d <= 5).sort();
    const start = text(data.start);
    const end = text(data.end);
    const unavailable = list(data.unavailable);
    const errors: Record<string, MessageKey> = {};
    if (days.length === 0) errors.workingDays = 'availability.error.days';
    if (!TIME.test(start) || !TIME.test(end) || start >= end) errors.times = 'availability.error.times';
    if (unavailable.some((d) => !validDate(d))) errors.unavailable = 'panel.error.dates';
    if (Object.keys(errors).length) return availabilityCard(turn, { workingDays: days, start, end, unavailable }, errors);
    await deps.availability.save({ aadObjectId: turn.actorId!, workingDays: days, start, end, unavailable: [...new Set(unavailable)].sort() });
    return noticeCard(turn.t('availability.saved'));
  });
}
