import { createHash } from 'node:crypto';
import type { CaseRecord } from '../domain/case/case.js';
import type { DeliveryRecord } from '../domain/delivery/delivery.js';
import { isMessageKey, plural, type Translate } from '../i18n/index.js';
import { personName } from '../i18n/labels.js';
import type { Recipient } from '../domain/delivery/delivery.js';
import type { AppDeps } from './deps.js';
import type { Member, Outgoing } from './ports.js';

/** At most this many lines in one report; the rest is in the case's history ("zaken"). */
const MAX_LINES = 15;

/** Who a message was for, by name where the records or Team Uthiek's roster know it. */
function nameOf(id: string, c: CaseRecord | undefined, members: readonly Member[], t: Translate): string {
  const participant = c?.schedule?.participants.find((p) => p.aadObjectId === id && p.name);
  if (participant) return personName(t, participant.name);
  const member = members.find((m) => m.aadObjectId === id && m.name);
  if (member) return member.name!;
  const owner = c?.advice.find((a) => a.ownerId === id && a.ownerName);
  if (owner) return owner.ownerName!;
  if (c && id === c.leadId) return c.intake.leadIsMe === false && c.intake.leadName ? c.intake.leadName : t('who.lead');
  return t('delivery.who.someone');
}

/** A participant outside Teams by their key in the case (`panel:<id>`, or `email:` and a hash of the address). */
export function outsideName(c: CaseRecord | undefined, key: string): string | undefined {
  const p = c?.schedule?.participants.find((x) => outsideKey(x) === key);
  return p?.name;
}

/**
 * How a participant outside Teams is named in delivery records and links: their panel id, else a
 * hash of their address (so that the records and the logs hold no address).
 */
export function outsideKey(p: { panelId?: string; email?: string }): string | undefined {
  if (p.panelId) return `panel:${p.panelId}`;
  if (!p.email) return undefined;
  return `email:${createHash('sha256').update(p.email.trim().toLowerCase()).digest('hex').slice(0, 16)}`;
}

function whatOf(r: DeliveryRecord, t: Translate): string {
  const key = r.detail ? `delivery.what.${r.kind}.${r.detail}` : `delivery.what.${r.kind}`;
  return t(isMessageKey(key) ? key : (`delivery.what.${r.kind}` as const), { id: r.caseId ?? '' });
}

/** One whole sentence per message that was not delivered (or may not have been): what, to whom, why. */
export function undeliveredLines(
  records: readonly DeliveryRecord[],
  c: CaseRecord | undefined,
  members: readonly Member[],
  t: Translate,
): string[] {
  return records.map((r) => {
    const what = whatOf(r, t);
    const reason = r.reason ?? 'refused';
    const outlook = r.recipient.kind === 'calendar' || r.recipient.kind === 'outside';
    const why = outlook ? t(`delivery.why.outlook.${reason}`) : t(`delivery.why.${reason}`);
    if (r.recipient.kind === 'calendar') return t('delivery.line.calendar', { what, why });
    if (r.recipient.kind === 'outside') {
      const who = outsideName(c, r.recipient.key) ?? t('delivery.who.someone');
      return t(r.status === 'unknown' ? 'delivery.line.unknown' : 'delivery.line.failed', { what, who, why });
    }
    if (r.recipient.kind !== 'person') return t('delivery.line.channel', { what, why });
    const who = r.kind === 'signal-invite' ? t('delivery.who.signalAuthor') : nameOf(r.recipient.id, c, members, t);
    return t(r.status === 'unknown' ? 'delivery.line.unknown' : 'delivery.line.failed', { what, who, why });
  });
}

/** Where Team Uthiek hears about a case: the thread of its triage card, else a new post in the triage channel. */
export function teamPlace(
  deps: Pick<AppDeps, 'messages' | 'config'>,
  c: CaseRecord | undefined,
): Recipient | undefined {
  const card = c && deps.messages.triageCard(c.id);
  const channelId = card?.conversationId.split(';messageid=')[0] ?? deps.config.uthiek.channelId;
  if (!channelId) return undefined;
  return card?.activityId ? { kind: 'thread', channelId, rootId: card.activityId } : { kind: 'channel', id: channelId };
}

/** The case handler, to @mention so that Teams notifies them; undefined while the case has none. */
export function handlerMention(
  c: CaseRecord | undefined,
  members: readonly Member[],
  t: Translate,
): Outgoing['mention'] | undefined {
  const id = c?.triage?.handlerId;
  if (!id) return undefined;
  const member = members.find((m) => m.aadObjectId === id);
  return {
    aadObjectId: id,
    name: member?.name ?? t('delivery.who.handler'),
    ...(member?.teamsUserId ? { teamsUserId: member.teamsUserId } : {}),
  };
}

/** The report to Team Uthiek about messages of a case (or of the bot) that were not delivered. */
export function undeliveredReport(
  records: readonly DeliveryRecord[],
  c: CaseRecord | undefined,
  members: readonly Member[],
  t: Translate,
): Outgoing {
  const lines = undeliveredLines(records.slice(0, MAX_LINES), c, members, t);
  const more = records.length - MAX_LINES;
  const text = [
    c ? t('delivery.report.case', { id: c.id }) : t('delivery.report.system'),
    ...lines,
    ...(more > 0 ? [plural(t, 'delivery.report.more', more, { count: more })] : []),
  ].join('\n\n');
  const mention = handlerMention(c, members, t);
  return {
    text,
    summary: c ? t('delivery.report.case', { id: c.id }) : t('delivery.report.system'),
    ...(mention ? { mention } : {}),
  };
}
