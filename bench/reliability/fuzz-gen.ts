import {
  BOT,
  PROJECT_CHANNEL,
  PROJECT_TEAM_ID,
  TEAM_ID,
  TENANT,
  TRIAGE_CHANNEL,
  users,
} from '../../test/support/activities.js';
import { canTransition, type CaseAction } from '../../src/domain/case/lifecycle.js';
import { detect } from '../../src/domain/signal/detector.js';
import { supportedLocale } from '../../src/i18n/index.js';
import type { CommandRegistry } from '../../src/teams/routing/commands.js';
import type { CaseRecord } from '../../src/domain/case/case.js';
import type { Rng } from './prng.js';
import type { Targets } from './fuzz-state.js';
import { panelUser } from './fuzz-state.js';
import {
  deep,
  expandDeep,
  hugeSize,
  hugeString,
  oddString,
  oddValue,
  pollutingData,
  protoObject,
  setOwn,
  wrongType,
  KB,
} from './fuzz-values.js';

/**
 * The fuzz generators. Every input they make is meant to be refused or to be a harmless read:
 * forged actors act on real targets with valid data; actors who are allowed get data that is
 * refused by construction (a stale revision, an unknown id, a value the server rejects). Typed
 * text is checked against the bot's own command table and signal detector so that a random
 * message never becomes a valid command or a signal by accident (see `neutralise`).
 */

export type Json = Record<string, unknown>;

export interface FuzzInput {
  family: string;
  /** A short description of what was generated. */
  label: string;
  body: string;
  headers: Record<string, string>;
  /** Per-request time limit; longer for inputs known to wait on the network. */
  timeoutMs?: number;
}

export interface GenContext {
  rng: Rng;
  t: Targets;
  connectorUrl: string;
  botUrl: string;
  commands: CommandRegistry;
  threshold: number;
  /** AAD ids of Uthiek members (configured and from the team roster). */
  memberIds: string[];
  /** A loopback port with nothing listening (for the unreachable-connector family). */
  closedPort: number;
  /** Counts of inputs the safety check had to change, by family and reason. */
  adjusted: Map<string, number>;
  next: () => number;
}

// --- actors --------------------------------------------------------------------------------

export interface Actor {
  id?: unknown;
  aadObjectId?: unknown;
  name?: unknown;
}

const owner = { id: '29:owner', aadObjectId: 'aad-owner', name: 'Olga Eigenaar' };
const REAL: Actor[] = [users.lead, users.lead2, users.member, users.member2, users.outsider, panelUser, owner];

/** String-typed identities that are not who they claim, or nobody at all. */
function forgedVariants(): Actor[] {
  const out: Actor[] = [];
  for (const u of [users.lead, users.lead2, users.member, users.member2, owner, panelUser]) {
    out.push(
      { id: u.id, name: u.name },
      { id: u.id, name: u.name, aadObjectId: '' },
      { id: u.id, name: u.name, aadObjectId: u.aadObjectId.toUpperCase() },
      { id: u.id, name: u.name, aadObjectId: ` ${u.aadObjectId}` },
      { id: u.id, name: u.name, aadObjectId: `${u.aadObjectId}\u200B` },
      { id: u.id, name: u.name, aadObjectId: `${u.aadObjectId}\u0000` },
      { id: u.id, name: u.name, aadObjectId: 'aad-outsider' },
    );
  }
  out.push(
    { id: BOT.id, name: BOT.name, aadObjectId: 'aad-intruder' },
    { id: '29:intruder', name: 'Pieter Jansen', aadObjectId: 'aad-intruder' },
    { id: '29:x', aadObjectId: '__proto__' },
    { id: '29:x', aadObjectId: 'constructor' },
    { id: '29:x', aadObjectId: 'toString' },
    { id: '29:x', aadObjectId: '00000000-0000-0000-0000-000000000000' },
    { id: '29:nobody', name: 'Niemand' },
  );
  return out;
}
const FORGED = forgedVariants();

/** The id the bot acts on (Turn.actorId): from.aadObjectId, empty counts as none. */
export const actorIdOf = (a: Actor): unknown => a.aadObjectId || undefined;

function actorNotIn(ctx: GenContext, allowed: string[]): Actor {
  const pool = [...REAL, ...FORGED].filter(
    (a) => typeof actorIdOf(a) !== 'string' || !allowed.includes(actorIdOf(a) as string),
  );
  return ctx.rng.pick(pool);
}

function anyActor(ctx: GenContext): Actor {
  return ctx.rng.bool(0.6) ? ctx.rng.pick(REAL) : ctx.rng.pick(FORGED);
}

// --- activities ----------------------------------------------------------------------------

type Place = 'personal' | 'triage' | 'project' | 'group';

function conversationFor(place: Place, actor: Actor, ctx: GenContext): { conversation: Json; channelData: Json } {
  const aad = typeof actor.aadObjectId === 'string' && actor.aadObjectId ? actor.aadObjectId : 'nobody';
  switch (place) {
    case 'personal':
      return {
        conversation: { id: `a:personal-${aad}`, conversationType: 'personal', tenantId: TENANT },
        channelData: { tenant: { id: TENANT } },
      };
    case 'triage':
      return {
        conversation: {
          id: `${TRIAGE_CHANNEL};messageid=fz-root-${ctx.next()}`,
          conversationType: 'channel',
          isGroup: true,
          tenantId: TENANT,
        },
        channelData: { tenant: { id: TENANT }, team: { id: TEAM_ID }, channel: { id: TRIAGE_CHANNEL } },
      };
    case 'project':
      return {
        conversation: {
          id: `${PROJECT_CHANNEL};messageid=fz-root-${ctx.next()}`,
          conversationType: 'channel',
          isGroup: true,
          tenantId: TENANT,
        },
        channelData: { tenant: { id: TENANT }, team: { id: PROJECT_TEAM_ID }, channel: { id: PROJECT_CHANNEL } },
      };
    default:
      return {
        conversation: {
          id: '19:fuzz-groupchat@thread.v2',
          conversationType: 'groupChat',
          isGroup: true,
          tenantId: TENANT,
        },
        channelData: { tenant: { id: TENANT } },
      };
  }
}

function base(ctx: GenContext, actor: Actor, place: Place): Json {
  const { conversation, channelData } = conversationFor(place, actor, ctx);
  return {
    id: `fz-${ctx.next()}`,
    channelId: 'msteams',
    serviceUrl: ctx.connectorUrl,
    timestamp: '2026-11-23T09:00:00.000Z',
    locale: ctx.rng.pick(['nl-NL', 'en-US', 'nl-NL', 'en-GB']),
    from: { ...actor },
    recipient: { ...BOT },
    conversation,
    channelData,
  };
}

function message(ctx: GenContext, actor: Actor, text: unknown, place: Place = 'personal', mention = false): Json {
  const mentionText = `<at>${BOT.name}</at>`;
  return {
    ...base(ctx, actor, place),
    type: 'message',
    text: mention && typeof text === 'string' ? `${mentionText} ${text}` : text,
    textFormat: 'plain',
    ...(mention ? { entities: [{ type: 'mention', mentioned: { ...BOT }, text: mentionText }] } : {}),
  };
}

function cardInvoke(ctx: GenContext, actor: Actor, verb: unknown, data: unknown, place: Place = 'personal'): Json {
  return {
    ...base(ctx, actor, place),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: `card-${ctx.next()}`,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** Any value as short text for a label, whatever it is (String() throws on some objects). */
export function str(v: unknown, max = 40): string {
  let out: string;
  try {
    out = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    out = Object.prototype.toString.call(v);
  }
  return out.length > max ? `${out.slice(0, max)}…` : out;
}

function input(family: string, label: string, activity: unknown, headers: Record<string, string> = {}): FuzzInput {
  return {
    family,
    label,
    body: expandDeep(JSON.stringify(activity)),
    headers: { 'content-type': 'application/json', ...headers },
  };
}

// --- verbs ---------------------------------------------------------------------------------

type Data = Record<string, unknown>;

interface VerbSpec {
  verb: string;
  /** Valid data aimed at a real target. */
  valid(ctx: GenContext): Data;
  /** AAD ids allowed to do this to the target of valid(); 'anyone' for reads. */
  allowed(ctx: GenContext): string[] | 'anyone';
  /** Identifying fields: a missing, mistyped or unknown value is refused. */
  keys: string[];
  /** Changes that make the request a refusal even from an allowed actor on the real target. */
  refuse: ((ctx: GenContext, d: Data) => Data)[];
  /** Further fields worth corrupting. */
  fields: string[];
  place?: Place;
}

const role = (ctx: GenContext, r: string) => ctx.t.cases[ctx.t.byRole[r]!]!;
const leadsOf = (ctx: GenContext, r: string) => [role(ctx, r).leadId, role(ctx, r).createdBy];
const realIds = (ctx: GenContext) => [
  ...Object.keys(ctx.t.cases),
  ctx.t.proposalId,
  ctx.t.supersededProposalId,
  ctx.t.signalId,
  ctx.t.requestId,
  ...ctx.t.adviceItemIds,
  ...ctx.t.panelMemberIds,
];

/** A value for an id field that is certainly not a real id (or not a string at all). */
function unknownId(ctx: GenContext): unknown {
  const ids = realIds(ctx);
  for (;;) {
    const v = ctx.rng.bool(0.5)
      ? oddValue(ctx.rng)
      : ctx.rng.pick([
          'UTH-2026-999',
          'UTH-9999-999',
          'UTH-2025-001',
          'prop-000000000000',
          'sig-0000',
          'adv-0000',
          'panel-0000',
          '',
        ]);
    if (typeof v === 'string' && ids.some((id) => v.trim().toUpperCase() === id.toUpperCase())) continue;
    return v;
  }
}

/** What zod's coerce.number() makes of a value. */
const coerced = (v: unknown) => Number(v);

/** A revision that is not the current one (or not a revision at all). */
function staleRev(ctx: GenContext, rev: number): unknown {
  for (;;) {
    const v = ctx.rng.pick<unknown>([
      rev + 1,
      rev - 1,
      rev + 1000,
      -1,
      1.5,
      'abc',
      `${rev}a`,
      `${rev + 1}`,
      '',
      null,
      [],
      [rev + 1],
      true,
      {},
      2 ** 53,
      'NaN',
      oddString(ctx.rng),
    ]);
    const n = coerced(v);
    if (Number.isInteger(n) && n === rev) continue;
    return v;
  }
}

/** A case of another state, with its current revision, where the action is not allowed. */
function wrongStateCase(
  ctx: GenContext,
  action: CaseAction | ((state: CaseRecord['state']) => boolean),
): { caseId: string; rev: number } {
  const allowedIn =
    typeof action === 'function' ? action : (state: CaseRecord['state']) => canTransition(state, action);
  const candidates = Object.values(ctx.t.cases).filter((c) => !allowedIn(c.state));
  const c = ctx.rng.pick(candidates);
  return { caseId: c.id, rev: c.rev };
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const notOneOf = (ctx: GenContext, allowed: readonly string[], trim = true): unknown => {
  for (;;) {
    const v = oddValue(ctx.rng);
    if (typeof v === 'string' && allowed.includes(trim ? v.trim() : v)) continue;
    return v;
  }
};
const emptyText = (ctx: GenContext): unknown => ctx.rng.pick<unknown>(['', '   ', '\n\t', null, 0, [], {}, false]);
/** A text the server refuses as too long (or, trimmed, as empty). */
const tooLong = (ctx: GenContext, max: number) =>
  `${'x'.repeat(max + 1)}${hugeString(ctx.rng, ctx.rng.int(1, 200 * KB - max))}`;

function verbSpecs(ctx: GenContext): VerbSpec[] {
  const rev = (r: string) => role(ctx, r).rev;
  const members = ctx.memberIds;
  const stale =
    (r: string) =>
    (_c: GenContext, d: Data): Data => ({ ...d, rev: staleRev(ctx, rev(r)) });
  const wrongState =
    (action: CaseAction) =>
    (_c: GenContext, d: Data): Data => ({ ...d, ...wrongStateCase(ctx, action) });
  const fu = ctx.t.byRole.followUp!;
  const items = ctx.t.adviceItemIds;
  const validPanel = {
    id: '',
    name: 'Nieuw Lid',
    email: 'nieuw@panel.example',
    teamsAadObjectId: '',
    expertise: 'privacy',
    monthlyMax: '2',
    unavailable: '',
    active: 'true',
  };
  const validOutcome = {
    caseId: ctx.t.byRole.scheduled,
    rev: rev('scheduled'),
    count: 2,
    reportUrl: 'https://utrecht.example/verslag.pdf',
    heldOn: '2026-11-20',
    item_0_text: 'Advies',
    item_0_values: 'privacy',
    item_0_owner: '',
    item_0_due: '2027-01-11',
  };
  const assessed = ctx.t.byRole.assessed!;
  return [
    {
      verb: 'intake.save',
      valid: () => ({
        caseId: ctx.t.byRole.draft,
        rev: rev('draft'),
        step: 'purpose',
        nav: ctx.rng.pick(['next', 'back', 'later']),
        purpose: 'Doel',
        means: 'Middelen',
      }),
      allowed: () => leadsOf(ctx, 'draft'),
      keys: ['caseId'],
      refuse: [stale('draft')],
      fields: ['rev', 'step', 'nav', 'purpose', 'means', 'projectName', 'technologies', 'values', 'value_privacy'],
    },
    {
      verb: 'intake.goto',
      valid: () => ({
        caseId: ctx.t.byRole.draft,
        rev: rev('draft'),
        step: ctx.rng.pick(['basics', 'review', 'legal']),
      }),
      allowed: () => leadsOf(ctx, 'draft'),
      keys: ['caseId'],
      refuse: [stale('draft')],
      fields: ['rev', 'step'],
    },
    {
      verb: 'intake.submit',
      valid: () => ({ caseId: ctx.t.byRole.submitted, rev: rev('submitted') }),
      allowed: () => leadsOf(ctx, 'submitted'),
      keys: ['caseId'],
      refuse: [stale('submitted')],
      fields: ['rev'],
    },
    {
      verb: 'triage.accept',
      valid: () => ({
        caseId: ctx.t.byRole.submitted,
        rev: rev('submitted'),
        impact: 'high',
        handlerId: users.member2.aadObjectId,
      }),
      allowed: () => members,
      keys: ['caseId'],
      refuse: [
        stale('submitted'),
        wrongState('accept'),
        (_c, d) => ({ ...d, impact: notOneOf(ctx, ['low', 'medium', 'high']) }),
        (_c, d) => ({
          ...d,
          handlerId: ctx.rng.pick<unknown>(
            ['aad-outsider', 'aad-lead', '', null, 'AAD-MEMBER', oddString(ctx.rng)].filter(
              (x) => !members.includes(text(x)),
            ),
          ),
        }),
      ],
      fields: ['rev', 'impact', 'handlerId'],
      place: 'triage',
    },
    {
      verb: 'triage.ask',
      valid: () => ({ caseId: ctx.t.byRole.submitted, rev: rev('submitted'), question: 'Waarom?' }),
      allowed: () => members,
      keys: ['caseId'],
      refuse: [
        stale('submitted'),
        wrongState('request-info'),
        (_c, d) => ({ ...d, question: ctx.rng.bool() ? emptyText(ctx) : tooLong(ctx, 1000) }),
      ],
      fields: ['rev', 'question'],
      place: 'triage',
    },
    {
      verb: 'triage.decline',
      valid: () => ({ caseId: ctx.t.byRole.submitted, rev: rev('submitted'), reason: 'Nee.' }),
      allowed: () => members,
      keys: ['caseId'],
      refuse: [
        stale('submitted'),
        wrongState('decline'),
        (_c, d) => ({ ...d, reason: ctx.rng.bool() ? emptyText(ctx) : tooLong(ctx, 1000) }),
      ],
      fields: ['rev', 'reason'],
      place: 'triage',
    },
    {
      verb: 'triage.duplicate',
      valid: () => ({ caseId: ctx.t.byRole.submitted, rev: rev('submitted'), duplicateOf: ctx.t.byRole.accepted }),
      allowed: () => members,
      keys: ['caseId'],
      refuse: [
        stale('submitted'),
        wrongState('mark-duplicate'),
        (_c, d) => ({
          ...d,
          duplicateOf: ctx.rng.pick<unknown>([
            ctx.t.byRole.submitted,
            ctx.t.byRole.declined,
            ctx.t.byRole.draft,
            'UTH-2026-999',
            '',
            null,
            5,
            [],
            {},
          ]),
        }),
      ],
      fields: ['rev', 'duplicateOf'],
      place: 'triage',
    },
    {
      verb: 'triage.answer',
      valid: () => ({ caseId: ctx.t.byRole.needsInfo, requestId: ctx.t.requestId, answer: 'Antwoord.' }),
      allowed: () => leadsOf(ctx, 'needsInfo'),
      keys: ['caseId', 'requestId'],
      refuse: [(_c, d) => ({ ...d, answer: ctx.rng.bool() ? emptyText(ctx) : tooLong(ctx, 2000) })],
      fields: ['answer'],
    },
    {
      verb: 'schedule.propose',
      valid: () => ({
        caseId: ctx.t.byRole.accepted,
        ...(ctx.rng.bool(0.3) ? { urgent: 'true', urgentReason: 'Raad vergadert' } : {}),
      }),
      allowed: () => members,
      keys: ['caseId'],
      refuse: [
        (_c, d) => ({
          ...d,
          caseId: wrongStateCase(ctx, (state) => state === 'accepted' || state === 'scheduled').caseId,
          urgent: undefined,
        }),
        (_c, d) => ({ ...d, urgent: 'true', urgentReason: emptyText(ctx) }),
      ],
      fields: ['urgent', 'urgentReason'],
    },
    {
      verb: 'schedule.status',
      valid: () => ({ proposalId: ctx.t.proposalId }),
      allowed: () => 'anyone',
      keys: ['proposalId'],
      refuse: [],
      fields: [],
    },
    {
      verb: 'schedule.poll',
      valid: () => ({ proposalId: ctx.t.proposalId }),
      allowed: () => members,
      keys: ['proposalId'],
      refuse: [(_c, d) => ({ ...d, proposalId: ctx.t.supersededProposalId })],
      fields: [],
    },
    {
      verb: 'schedule.answer',
      valid: () => ({ proposalId: ctx.t.proposalId, slot_0: 'yes', slot_1: 'no', slot_2: ctx.rng.pick(['yes', 'no']) }),
      allowed: () => ctx.t.proposalInvitees,
      keys: ['proposalId'],
      refuse: [(_c, d) => ({ ...d, proposalId: ctx.t.supersededProposalId })],
      fields: ['slot_0', 'slot_1', 'slot_2', 'slot_99'],
    },
    {
      verb: 'schedule.external',
      valid: () => ({
        proposalId: ctx.t.proposalId,
        ...Object.fromEntries(ctx.t.panelExternalKeys.map((k) => [k, 'yes'])),
      }),
      allowed: () => members,
      keys: ['proposalId'],
      refuse: [(_c, d) => ({ ...d, proposalId: ctx.t.supersededProposalId })],
      fields: ctx.t.panelExternalKeys.length ? ctx.t.panelExternalKeys : ['ext_x_0'],
    },
    {
      verb: 'schedule.confirm',
      valid: () => ({ proposalId: ctx.t.proposalId, slot: '0' }),
      allowed: () => members,
      keys: ['proposalId'],
      refuse: [
        (_c, d) => ({ ...d, proposalId: ctx.t.supersededProposalId }),
        (_c, d) => {
          for (;;) {
            const slot = ctx.rng.pick<unknown>([
              String(ctx.t.slotCount),
              '99',
              '-1',
              '0.5',
              '',
              ' ',
              'x',
              null,
              0,
              1,
              [],
              {},
              oddString(ctx.rng),
            ]);
            const s = text(slot);
            const n = Number(s);
            if (s !== '' && Number.isInteger(n) && n >= 0 && n < ctx.t.slotCount) continue;
            if (s !== '' && Object.is(n, -0)) continue;
            return { ...d, slot };
          }
        },
      ],
      fields: ['slot'],
    },
    {
      verb: 'schedule.cancel',
      valid: () => ({ caseId: ctx.t.byRole.scheduled, rev: rev('scheduled') }),
      allowed: () => members,
      keys: ['caseId'],
      refuse: [stale('scheduled'), (_c, d) => ({ ...d, ...wrongStateCase(ctx, 'unschedule') })],
      fields: ['rev'],
    },
    {
      verb: 'outcome.open',
      valid: () => ({ caseId: ctx.t.byRole.scheduled }),
      allowed: () => 'anyone',
      keys: ['caseId'],
      refuse: [],
      fields: [],
    },
    {
      verb: 'outcome.more',
      valid: () => ({ ...validOutcome, count: ctx.rng.int(1, 15) }),
      allowed: () => 'anyone',
      keys: ['caseId'],
      refuse: [],
      fields: ['rev', 'count', 'item_0_text'],
    },
    {
      verb: 'outcome.save',
      valid: () => ({ ...validOutcome }),
      allowed: () => members,
      keys: ['caseId'],
      refuse: [
        stale('scheduled'),
        (_c, d) => ({
          ...d,
          reportUrl: ctx.rng.pick<unknown>([
            'ftp://x',
            'http://utrecht.example/v.pdf',
            'javascript:alert(1)',
            '',
            null,
            5,
            'https://a b',
            'https://<x>',
            tooLong(ctx, 500),
          ]),
        }),
        (_c, d) => ({ ...d, ...wrongStateCase(ctx, 'record-assessment') }),
      ],
      fields: [
        'rev',
        'count',
        'reportUrl',
        'heldOn',
        'item_0_text',
        'item_0_values',
        'item_0_owner',
        'item_0_due',
        'panelPresent',
      ],
      place: 'triage',
    },
    {
      verb: 'decision.save',
      valid: () => {
        const d: Data = { caseId: assessed, overall: 'adopt', overallReason: 'Goed.' };
        for (const id of ctx.t.assessedItemIds) d[`item_${id}_decision`] = 'adopt';
        return d;
      },
      allowed: () => leadsOf(ctx, 'assessed'),
      keys: ['caseId'],
      refuse: [
        (_c, d) => ({ ...d, overall: notOneOf(ctx, ['adopt', 'partly', 'not']) }),
        (_c, d) => ({ ...d, overallReason: emptyText(ctx) }),
      ],
      fields: [
        'overall',
        'overallReason',
        ...ctx.t.assessedItemIds.flatMap((id) => [`item_${id}_decision`, `item_${id}_reason`]),
      ],
    },
    {
      verb: 'case.close',
      valid: () => ({ caseId: fu, rev: rev('followUp'), closeReason: 'Klaar.' }),
      allowed: () => members,
      keys: ['caseId'],
      refuse: [
        stale('followUp'),
        (_c, d) => ({ ...d, closeReason: ctx.rng.bool() ? emptyText(ctx) : tooLong(ctx, 1000) }),
      ],
      fields: ['rev', 'closeReason'],
      place: 'triage',
    },
    {
      verb: 'followup.update',
      valid: () => ({
        caseId: fu,
        items: items.join(','),
        ...Object.fromEntries(items.map((id) => [`item_${id}_status`, 'in-progress'])),
      }),
      allowed: () => [...leadsOf(ctx, 'followUp'), owner.aadObjectId],
      keys: ['caseId'],
      refuse: [
        (_c, d) => ({
          ...d,
          items: ctx.rng.pick<unknown>(['', ',', 'adv-0000', `${items[0]}x`, ' , ', 'x'.repeat(2001)]),
        }),
      ],
      fields: ['items', ...items.flatMap((id) => [`item_${id}_status`, `item_${id}_reason`])],
    },
    {
      verb: 'followup.snooze',
      valid: () => ({ caseId: fu, items: items.join(','), until: ctx.rng.pick(['week', 'month']) }),
      allowed: () => [...leadsOf(ctx, 'followUp'), owner.aadObjectId],
      keys: ['caseId'],
      refuse: [
        (_c, d) => ({ ...d, items: ctx.rng.pick<unknown>(['', ',', 'adv-0000', 5]) }),
        (_c, d) => ({ ...d, until: notOneOf(ctx, ['week', 'month'], false) }),
      ],
      fields: ['items', 'until'],
    },
    {
      verb: 'followup.delegate',
      valid: () => ({ caseId: fu, itemId: ctx.t.delegableItemIds[0] ?? items[0] }),
      allowed: () => leadsOf(ctx, 'followUp'),
      keys: ['caseId'],
      refuse: [
        (_c, d) => ({
          ...d,
          itemId: ctx.rng.pick<unknown>(
            [...items.filter((i) => !ctx.t.delegableItemIds.includes(i)), 'adv-0000', ''].concat([
              unknownId(ctx) as string,
            ]),
          ),
        }),
      ],
      fields: ['itemId'],
    },
    {
      verb: 'panel.edit',
      valid: () => ({ memberId: ctx.rng.pick([...ctx.t.panelMemberIds, '']) }),
      allowed: () => 'anyone',
      keys: [],
      refuse: [],
      fields: ['memberId'],
    },
    {
      verb: 'panel.save',
      valid: () => ({ ...validPanel, id: ctx.rng.pick([...ctx.t.panelMemberIds, '']) }),
      allowed: () => members,
      keys: [],
      refuse: [
        (_c, d) => ({
          ...d,
          email: ctx.rng.pick<unknown>(['', 'nope', 'a b@c.d', '@@', 'x@y', 123, null, [], {}, '<x>@y.z']),
        }),
      ],
      fields: ['id', 'name', 'email', 'teamsAadObjectId', 'expertise', 'monthlyMax', 'unavailable', 'active'],
    },
    {
      verb: 'availability.save',
      valid: () => ({ workingDays: '1,2,3', start: '09:00', end: '17:00', unavailable: '' }),
      allowed: () => members,
      keys: [],
      refuse: [
        (_c, d) => ({
          ...d,
          start: ctx.rng.pick<unknown>(['25:00', '9:00', 'x', '', null, 900, [], '09:60', '17:00']),
          end: '17:00',
        }),
      ],
      fields: ['workingDays', 'start', 'end', 'unavailable'],
    },
    {
      verb: 'report.drill',
      valid: () => ({ code: ctx.rng.pick(ctx.t.reportCodes), year: 2026, asOfDate: ctx.rng.pick(['', '2026-06-30']) }),
      allowed: () => 'anyone',
      keys: [],
      refuse: [],
      fields: ['code', 'year', 'asOfDate'],
    },
    {
      verb: 'register.edit',
      valid: () => ({ caseId: ctx.t.byRole.algorithm }),
      allowed: () => 'anyone',
      keys: ['caseId'],
      refuse: [],
      fields: [],
    },
    {
      verb: 'register.save',
      valid: () => ({
        caseId: ctx.t.byRole.algorithm,
        entryUrl: 'https://algoritmes.overheid.nl/nl/algoritme/utrecht-1',
        stated: 'done',
      }),
      allowed: () => members,
      keys: ['caseId'],
      refuse: [(_c, d) => ({ ...d, stated: notOneOf(ctx, ['none', 'planned', 'done'], false) })],
      fields: ['entryUrl', 'stated'],
    },
    {
      verb: 'signal.start',
      valid: () => ({ signalId: ctx.t.signalId }),
      allowed: () => [ctx.t.signalAuthor],
      keys: ['signalId'],
      refuse: [],
      fields: [],
      place: 'personal',
    },
    {
      verb: 'signal.dismiss',
      valid: () => ({ signalId: ctx.t.signalId, reason: ctx.rng.pick(['not-a-project', 'already-registered']) }),
      allowed: () => [ctx.t.signalAuthor],
      keys: ['signalId'],
      refuse: [(_c, d) => ({ ...d, reason: notOneOf(ctx, ['not-a-project', 'already-registered'], false) })],
      fields: ['reason'],
    },
    {
      verb: 'signal.quiet',
      valid: () => ({ signalId: ctx.t.signalId }),
      allowed: () => [ctx.t.signalAuthor],
      keys: ['signalId'],
      refuse: [],
      fields: [],
    },
    {
      verb: 'case.open',
      valid: () => ({ caseId: ctx.rng.pick(Object.keys(ctx.t.cases)) }),
      allowed: () => 'anyone',
      keys: ['caseId'],
      refuse: [],
      fields: [],
    },
    {
      verb: 'cases.page',
      valid: () => ({ page: ctx.rng.int(0, 3), filter: ctx.rng.pick(['', 'mijn', 'hoog', 'gepland']) }),
      allowed: () => 'anyone',
      keys: [],
      refuse: [],
      fields: ['page', 'filter'],
    },
    { verb: 'help.show', valid: () => ({}), allowed: () => 'anyone', keys: [], refuse: [], fields: [] },
    {
      verb: 'erase.confirm',
      valid: () => ({ subject: ctx.rng.pick(['aad-lead', 'aad-lead2', 'aad-outsider']) }),
      allowed: () => members,
      keys: [],
      refuse: [
        (_c, d) => ({
          ...d,
          subject: ctx.rng.pick<unknown>(['', 'ab', 'x'.repeat(61), null, 5, [], {}, tooLong(ctx, 60)]),
        }),
      ],
      fields: ['subject'],
    },
  ];
}

// --- messages: the safety check ------------------------------------------------------------

const WRITING_COMMANDS = new Set(['register', 'quiet', 'signalsOn', 'mydata']);

function kindOf(a: Json): 'personal' | 'channel' | 'groupChat' {
  const conv = a.conversation as Json | undefined;
  if (conv?.conversationType === 'channel') return 'channel';
  if (conv?.conversationType === 'groupChat' || conv?.isGroup) return 'groupChat';
  return 'personal';
}

function mentionsBot(a: Json): boolean {
  const botId = (a.recipient as Json | undefined)?.id;
  const entities = a.entities;
  if (!Array.isArray(entities)) return false;
  return entities.some(
    (e) => (e as Json | null)?.type === 'mention' && ((e as Json).mentioned as Json | undefined)?.id === botId,
  );
}

/**
 * Why this input would be a valid write by a proper (string) identity: a command that saves
 * something, a signal the detector picks up, or the message extension starting an intake.
 * Mirrors the bot's routing, conservatively. An identity that is not a string is left alone:
 * the bot should refuse it, and if it does not, that is a finding.
 */
export function messageWrite(ctx: GenContext, a: Json): string | undefined {
  const actor = (a.from as Json | undefined)?.aadObjectId;
  if (typeof actor !== 'string' || !actor) return undefined;
  if (
    a.type === 'invoke' &&
    a.name === 'composeExtension/fetchTask' &&
    (a.value as Json | undefined)?.commandId === 'meldBijUthiek'
  )
    return 'message extension';
  if (a.type !== 'message') return undefined;
  const kind = kindOf(a);
  const conv = a.conversation as Json | undefined;
  const addressed = conv?.conversationType === 'personal' || conv?.conversationType === undefined || mentionsBot(a);
  if (typeof a.text !== 'string') return undefined;
  if (!a.value && addressed) {
    const match = ctx.commands.match(a.text);
    if (match) {
      const id = match.spec.id;
      if (WRITING_COMMANDS.has(id)) return `command ${id}`;
      if (id === 'language' && supportedLocale(match.args.trim())) return 'command language';
      if (id === 'delivery' && kind === 'channel' && /draad|thread|priv/i.test(match.args)) return 'command delivery';
      if (id === 'plan') {
        const first = (match.args.split(/\s+/)[0] ?? '').toUpperCase();
        if (ctx.t.cases[first]) return 'command plan on a real case';
      }
      return undefined;
    }
  }
  if ((kind === 'channel' || kind === 'groupChat') && !mentionsBot(a) && a.text.trim()) {
    const fromId = (a.from as Json | undefined)?.id;
    if (typeof fromId === 'string' && fromId.startsWith('28:')) return undefined;
    if (detect(a.text, { threshold: ctx.threshold }).signal) return 'signal';
  }
  return undefined;
}

/** Makes an input harmless if it would write: drops the actor (commands, message extension) or the signal text. */
function neutralise(ctx: GenContext, family: string, a: Json): Json {
  const why = messageWrite(ctx, a);
  if (!why) return a;
  const key = `${family}: ${why}`;
  ctx.adjusted.set(key, (ctx.adjusted.get(key) ?? 0) + 1);
  if (why === 'signal') return { ...a, text: 'De printer op de derde verdieping doet het weer niet' };
  const from = { ...(a.from as Json) };
  delete from.aadObjectId;
  return { ...a, from };
}

// --- families ------------------------------------------------------------------------------

export type Family = (ctx: GenContext) => FuzzInput;

const SERVICE_URLS = (ctx: GenContext): unknown[] => [
  ctx.connectorUrl,
  `${ctx.connectorUrl}deep/path/`,
  `${ctx.connectorUrl}?q=${'x'.repeat(50)}`,
  ctx.botUrl,
  `${ctx.botUrl}/`,
  '',
  'x',
  'not a url',
  'http://',
  'http://[::1',
  '://',
  'ftp://127.0.0.1/',
  'javascript:alert(1)',
  'file:///etc/passwd',
  '\u0000',
  'http://127.0.0.1:99999/',
  5,
  null,
  [],
  {},
  [ctx.connectorUrl],
];

/** Baselines: harmless reads and forged actions, to strip or retype fields of. */
function baseline(ctx: GenContext, specs: VerbSpec[]): Json {
  const r = ctx.rng;
  switch (r.int(0, 6)) {
    case 0:
      return message(
        ctx,
        anyActor(ctx),
        r.pick(['help', 'mijn zaken', 'verder', 'hallo', 'zaken', 'rapport', 'panel']),
        'personal',
      );
    case 1:
      return message(
        ctx,
        anyActor(ctx),
        r.pick(['help', 'zaken', 'lunch?']),
        r.pick<Place>(['project', 'triage', 'group']),
        r.bool(),
      );
    case 2: {
      const reads = specs.filter((s) => s.allowed(ctx) === 'anyone');
      const s = r.pick(reads);
      return cardInvoke(ctx, anyActor(ctx), s.verb, s.valid(ctx), s.place ?? 'personal');
    }
    case 3: {
      const guarded = specs.filter((s) => s.allowed(ctx) !== 'anyone');
      const s = r.pick(guarded);
      return cardInvoke(ctx, actorNotIn(ctx, s.allowed(ctx) as string[]), s.verb, s.valid(ctx), s.place ?? 'personal');
    }
    case 4:
      return {
        ...base(ctx, anyActor(ctx), r.pick<Place>(['personal', 'project', 'group'])),
        type: 'conversationUpdate',
        membersAdded: [{ id: r.pick([BOT.id, '29:someone']) }],
      };
    case 5:
      return { ...base(ctx, anyActor(ctx), 'personal'), type: 'installationUpdate', action: r.pick(['add', 'remove']) };
    default:
      return {
        ...base(ctx, { id: '29:x', name: 'Niemand' }, 'personal'),
        type: 'invoke',
        name: 'composeExtension/fetchTask',
        value: {
          commandId: 'meldBijUthiek',
          commandContext: 'message',
          messagePayload: { body: { content: '<p>Een bericht</p>', contentType: 'html' } },
        },
      };
  }
}

const PATHS = [
  'type',
  'id',
  'from',
  'from.id',
  'from.aadObjectId',
  'from.name',
  'recipient',
  'recipient.id',
  'conversation',
  'conversation.id',
  'conversation.conversationType',
  'conversation.isGroup',
  'conversation.tenantId',
  'serviceUrl',
  'channelId',
  'channelData',
  'channelData.tenant',
  'channelData.tenant.id',
  'channelData.team',
  'channelData.team.id',
  'channelData.channel',
  'channelData.channel.id',
  'timestamp',
  'localTimestamp',
  'locale',
  'text',
  'textFormat',
  'entities',
  'attachments',
  'value',
  'value.action',
  'value.action.type',
  'value.action.verb',
  'value.action.data',
  'value.commandId',
  'value.messagePayload',
  'name',
  'replyToId',
  'membersAdded',
  'membersRemoved',
  'action',
  'deliveryMode',
  'expiration',
  'callerId',
  'relatesTo',
  'valueType',
  'label',
];

function getParent(obj: Json, path: string): { parent: Json; key: string } | undefined {
  const parts = path.split('.');
  let cur: unknown = obj;
  for (const p of parts.slice(0, -1)) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Json)[p];
  }
  if (!cur || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
  return { parent: cur as Json, key: parts.at(-1)! };
}

export function families(ctx: GenContext): { name: string; weight: number; make: Family }[] {
  const specs = verbSpecs(ctx);
  const r = ctx.rng;

  const rawBody: Family = () => {
    const bodies: [string, string, Record<string, string>][] = [
      ['not JSON', 'this is not json', {}],
      ['truncated JSON', '{"type":"message","text":"help"', {}],
      ['JSON null', 'null', {}],
      ['JSON array', '[{"type":"message"}]', {}],
      ['JSON number', '42', {}],
      ['JSON string', '"message"', {}],
      ['JSON true', 'true', {}],
      ['empty body', '', {}],
      ['whitespace body', '   \n ', {}],
      ['BOM + JSON', '\uFEFF{"type":"message"}', {}],
      ['duplicate keys', '{"type":"message","type":"invoke","name":"x"}', {}],
      ['NaN literal', '{"type":"message","text":NaN}', {}],
      ['comment in JSON', '{"type":"message" /* x */}', {}],
      ['single quotes', "{'type':'message'}", {}],
      [
        'text/plain content type',
        JSON.stringify(message(ctx, users.outsider, 'help')),
        { 'content-type': 'text/plain' },
      ],
      ['form content type', 'type=message&text=help', { 'content-type': 'application/x-www-form-urlencoded' }],
      ['no content type', JSON.stringify(message(ctx, users.outsider, 'help')), { 'content-type': '' }],
      ['gzip header, plain body', JSON.stringify(message(ctx, users.outsider, 'help')), { 'content-encoding': 'gzip' }],
      [
        'odd charset',
        JSON.stringify(message(ctx, users.outsider, 'help')),
        { 'content-type': 'application/json; charset=utf-7' },
      ],
      ['multipart header', '--x\r\n\r\n', { 'content-type': 'multipart/form-data; boundary=x' }],
      ['deep array nesting', `${'['.repeat(r.int(1000, 200_000))}${']'.repeat(0)}`, {}],
      ['deep object nesting', `${'{"a":'.repeat(r.int(1000, 150_000))}1${'}'.repeat(0)}`, {}],
      ['over 1 MB', JSON.stringify({ ...message(ctx, users.outsider, 'x'.repeat(1024 * 1024 + r.int(1, 4096))) }), {}],
      ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x74, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]).toString('latin1'), {}],
      ['prototype body', '{"__proto__":{"type":"message"},"constructor":{"prototype":{"fuzzPolluted":"yes"}}}', {}],
    ];
    const [label, body, headers] = r.pick(bodies);
    // complete the deep nesting so it is valid JSON about half of the time
    let text = body;
    if (label === 'deep array nesting' && r.bool()) text = `${body}${']'.repeat((body.match(/\[/g) ?? []).length)}`;
    if (label === 'deep object nesting' && r.bool()) text = `${body}${'}'.repeat((body.match(/\{/g) ?? []).length)}`;
    const h: Record<string, string> = { 'content-type': 'application/json', ...headers };
    if (h['content-type'] === '') delete h['content-type'];
    return { family: 'raw-body', label, body: text, headers: h };
  };

  const missingFields: Family = () => {
    const a = baseline(ctx, specs);
    const removed = r.sample(PATHS, r.int(1, 3));
    for (const p of removed) {
      const loc = getParent(a, p);
      if (loc) delete loc.parent[loc.key];
    }
    return input(
      'missing-fields',
      `${str(a.type ?? '?')}/${str(((a.value as Json | undefined)?.action as Json | undefined)?.verb ?? a.name ?? '')} without ${removed.join(', ')}`,
      neutralise(ctx, 'missing-fields', a),
    );
  };

  const wrongTypes: Family = () => {
    const a = baseline(ctx, specs);
    const changed: string[] = [];
    for (const p of r.sample(PATHS, r.int(1, 3))) {
      const loc = getParent(a, p);
      if (!loc) continue;
      const value = p === 'serviceUrl' ? r.pick(SERVICE_URLS(ctx)) : oddValue(r);
      setOwn(loc.parent, loc.key, value);
      changed.push(`${p}=${str(value)}`);
    }
    return input('wrong-types', `${str(a.type, 20)} with ${changed.join(', ')}`, neutralise(ctx, 'wrong-types', a));
  };

  const unknownTypes: Family = () => {
    const type = r.pick<unknown>([
      'foo',
      'MESSAGE',
      'Message',
      'message ',
      'event',
      'typing',
      'endOfConversation',
      'messageReaction',
      'messageUpdate',
      'messageDelete',
      'trace',
      'handoff',
      'command',
      'commandResult',
      'contactRelationUpdate',
      'deleteUserData',
      'suggestion',
      'invokeResponse',
      'delay',
      ' ',
      '\u0000',
      '__proto__',
      'constructor',
      'installationupdate',
      'conversationupdate',
      'Invoke',
      'x'.repeat(10_000),
      '👾',
    ]);
    const a: Json = { ...base(ctx, anyActor(ctx), r.pick<Place>(['personal', 'project', 'triage'])), type };
    if (r.bool()) a.text = r.pick(['help', 'aanmelden', 'stil', oddString(r)]);
    if (r.bool()) a.name = r.pick(['adaptiveCard/action', 'application/vnd.microsoft.meetingStart', 'x']);
    if (r.bool())
      a.value = r.bool()
        ? {
            action: {
              type: 'Action.Execute',
              verb: 'triage.accept',
              data: {
                caseId: ctx.t.byRole.submitted,
                rev: role(ctx, 'submitted').rev,
                impact: 'high',
                handlerId: 'aad-member',
              },
            },
          }
        : oddValue(r);
    if (r.bool()) a.reactionsAdded = [{ type: 'like' }];
    return input('unknown-activity-types', `type ${str(type, 30)}`, a);
  };

  const unknownInvokes: Family = () => {
    const name = r.pick<unknown>([
      'foo',
      'task/fetch',
      'task/submit',
      'composeExtension/query',
      'composeExtension/submitAction',
      'composeExtension/queryLink',
      'composeExtension/selectItem',
      'composeExtension/setting',
      'composeExtension/querySettingUrl',
      'composeExtension/onCardButtonClicked',
      'signin/verifyState',
      'signin/tokenExchange',
      'config/fetch',
      'config/submit',
      'actionableMessage/executeAction',
      'fileConsent/invoke',
      'tab/fetch',
      'tab/submit',
      'healthCheck',
      'handoff/action',
      'adaptiveCard/action ',
      'ADAPTIVECARD/ACTION',
      'adaptivecard/action',
      'adaptiveCard/Action',
      'composeExtension/fetchtask',
      'application/search',
      'message/submitAction',
      '',
      ' ',
      '\u0000',
      '__proto__',
      'constructor',
      'x'.repeat(5000),
    ]);
    const a: Json = {
      ...base(ctx, anyActor(ctx), r.pick<Place>(['personal', 'triage'])),
      type: 'invoke',
      name,
      value: r.bool(0.7)
        ? { action: { type: 'Action.Execute', verb: 'help.show', data: {} }, commandId: 'meldBijUthiek', state: 'x' }
        : oddValue(r),
    };
    return input('unknown-invoke-names', `invoke ${str(name)}`, a);
  };

  const unknownVerbs: Family = () => {
    const realVerbs = specs.map((s) => s.verb);
    const v = r.pick(realVerbs);
    const verb = r.pick<unknown>([
      `${v} `,
      ` ${v}`,
      v.toUpperCase(),
      `${v}\u0000`,
      `${v}.`,
      v.replace('.', '/'),
      v.replace('.', ''),
      `${v}\u202E`,
      'intake',
      'triage.',
      '.save',
      'triage.acceptAll',
      'admin.reset',
      'store.delete',
      'case.delete',
      'case.reopen',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '',
      'x'.repeat(20_000),
      5,
      null,
      [v],
      { verb: v },
      true,
    ]);
    const s = specs.find((x) => x.verb === v)!;
    const a = cardInvoke(ctx, anyActor(ctx), verb, r.bool() ? s.valid(ctx) : oddValue(r), s.place ?? 'personal');
    return input('unknown-verbs', `verb ${str(verb)}`, a);
  };

  /** Real verbs, malformed data. Allowed actors only ever get a request that is refused by construction. */
  const malformedCardData: Family = () => {
    const s = r.pick(specs);
    const allowed = s.allowed(ctx);
    const allowedReal = allowed === 'anyone' ? [] : REAL.filter((u) => allowed.includes(String(u.aadObjectId)));
    // half of the time someone who may do this (their request is then refused by construction)
    const actor = r.bool(0.5) && allowedReal.length ? r.pick(allowedReal) : anyActor(ctx);
    let data: Data = s.valid(ctx);
    const notes: string[] = [];
    let keyBroken = false;
    let replacedWhole: unknown;
    for (let i = r.int(1, 3); i > 0; i--) {
      const op = r.int(0, 9);
      const field = r.pick([...s.keys, ...s.fields, 'rev', 'caseId', `extra_${r.int(0, 9)}`]);
      if (op === 0) {
        data = { ...data };
        delete data[field];
        notes.push(`no ${field}`);
        if (s.keys.includes(field)) keyBroken = true;
      } else if (op === 1) {
        const v = s.keys.includes(field) ? unknownId(ctx) : wrongType(r);
        data = { ...data };
        setOwn(data, field, v);
        notes.push(`${field}=${str(v, 30)}`);
        if (s.keys.includes(field)) keyBroken = true;
      } else if (op === 2) {
        const v = hugeString(r, hugeSize(r));
        data = { ...data };
        setOwn(data, field, v);
        notes.push(`${field}=huge(${Buffer.byteLength(v)} B)`);
        if (s.keys.includes(field)) keyBroken = true;
      } else if (op === 3 || op === 4) {
        const v = oddString(r);
        data = { ...data };
        setOwn(data, field, v);
        notes.push(`${field}=${JSON.stringify(v).slice(0, 30)}`);
        if (s.keys.includes(field) && !realIds(ctx).some((id) => v.trim().toUpperCase() === id.toUpperCase()))
          keyBroken = true;
      } else if (op === 5) {
        data = pollutingData(r, data);
        notes.push('prototype keys');
      } else if (op === 6 && s.keys.includes(field)) {
        const real = data[field];
        if (typeof real === 'string') {
          const v = r.pick([
            real.toLowerCase(),
            `${real} `,
            `\u202E${real}`,
            `${real}\u200B`,
            real.slice(0, -1),
            `${real}${real}`,
          ]);
          data = { ...data };
          setOwn(data, field, v);
          notes.push(`${field}≈${JSON.stringify(v)}`);
          // schedule.propose upper-cases the id; only a different id is a sure refusal
          if (v.trim().toUpperCase() !== real.toUpperCase()) keyBroken = true;
        }
      } else if (op === 7) {
        replacedWhole = r.pick<unknown>(['x', 5, null, [], [data], true, deep(r, r.int(10, 3000)), oddString(r)]);
        notes.push(`data=${str(replacedWhole, 30)}`);
      } else if (op === 8) {
        const v = r.pick<unknown>([
          '${}',
          '${$root.caseId}',
          '<b>x</b>',
          '**x**',
          '[x](https://evil.invalid)',
          '\u202Eevil',
          '{{x}}',
        ]);
        data = { ...data };
        setOwn(data, field, v);
        notes.push(`${field}=${JSON.stringify(v)}`);
        if (s.keys.includes(field)) keyBroken = true;
      } else {
        const v = deep(r, r.int(10, 5000));
        data = { ...data };
        setOwn(data, field, v);
        notes.push(`${field}=deep`);
        if (s.keys.includes(field)) keyBroken = true;
      }
    }
    const actorId = actorIdOf(actor);
    const isAllowed = allowed !== 'anyone' && typeof actorId === 'string' && allowed.includes(actorId);
    // null data becomes {} in the bot; an array or a scalar fails the schema
    const wholeRefused = replacedWhole !== undefined && replacedWhole !== null;
    if (isAllowed && !keyBroken && !wholeRefused) {
      if (s.refuse.length) {
        data = r.pick(s.refuse)(ctx, data);
        notes.push('refused by construction');
      } else if (s.keys.length) {
        const field = r.pick(s.keys);
        data = { ...data };
        setOwn(data, field, unknownId(ctx));
        notes.push(`${field} unknown`);
      }
      const key = `malformed-card-data: allowed actor on ${s.verb}`;
      ctx.adjusted.set(key, (ctx.adjusted.get(key) ?? 0) + 1);
    }
    const payload = replacedWhole !== undefined ? replacedWhole : data;
    const a = cardInvoke(ctx, actor, s.verb, payload, s.place ?? r.pick<Place>(['personal', 'triage']));
    if (r.bool(0.15))
      (a.value as Json).action = {
        ...((a.value as Json).action as Json),
        type: r.pick<unknown>(['Action.Submit', 'action.execute', 5, null]),
      };
    return input('malformed-card-data', `${s.verb} by ${str(actorId)}: ${notes.join('; ')}`.slice(0, 240), a);
  };

  /** Real verbs with valid data on real targets, by someone who may not do this. */
  const forgedActors: Family = () => {
    const guarded = specs.filter((s) => s.allowed(ctx) !== 'anyone');
    const s = r.pick(guarded);
    const actor = actorNotIn(ctx, s.allowed(ctx) as string[]);
    let data = s.valid(ctx);
    if (r.bool(0.2)) data = pollutingData(r, data);
    const place = s.place ?? r.pick<Place>(['personal', 'triage', 'project']);
    const a = cardInvoke(ctx, actor, s.verb, data, place);
    return input(
      'forged-actors',
      `${s.verb} by ${actor.aadObjectId === undefined ? 'no aadObjectId' : str(actor.aadObjectId)} (from.id ${str(actor.id)})`,
      a,
    );
  };

  const messages: Family = () => {
    const actor = anyActor(ctx);
    const place = r.weighted<Place>([
      [5, 'personal'],
      [2, 'project'],
      [1, 'triage'],
      [2, 'group'],
    ]);
    const mention = place !== 'personal' && r.bool(0.6);
    const realCase = r.pick(Object.keys(ctx.t.cases));
    const odd = () => oddString(r);
    const texts: (() => unknown)[] = [
      () => 'plan UTH-9999-999',
      () => `plan ${r.pick(['', 'UTH-', odd(), realCase.toLowerCase(), `${realCase}x`, 'UTH-2026-001 UTH-2026-002'])}`,
      () =>
        `rapport ${r.pick(['1800', '99999', '-1', '2026 op 2026-02-30', 'op gisteren', '2026 op 1800-01-01', '2100 op 2100-12-31', 'NaN', odd()])}`,
      () => `zaken ${'x'.repeat(5000)}`,
      () => `zaken ${r.pick(['hoog mijn gepland', 'ingediend,vraag,,,', odd(), '__proto__ constructor', '${}'])}`,
      () => `cases ${odd()}`,
      () => `help ${odd()}`,
      () =>
        r.pick([
          'help',
          '?',
          'hulp',
          'HELP!!!',
          '/help',
          '  help  ',
          'mijn zaken',
          'my cases',
          'verder',
          'continue',
          'algoritmeregister',
          'panel',
          'beschikbaarheid',
          'availability',
        ]),
      () => `wis gegevens ${r.pick(['', 'a', 'aad-lead', odd(), 'x'.repeat(100)])}`,
      () => `taal ${r.pick(['fr', 'xx', '', 'nederlands', odd(), '12'])}`,
      () => `uitnodigingen ${r.pick(['', 'misschien', odd(), 'x'.repeat(300)])}`,
      () => r.pick(['aanmelden', 'meld aan', 'stil', 'signalen aan', 'mijn gegevens', 'taal en', 'register', 'quiet']),
      () => hugeString(r, hugeSize(r)),
      () =>
        `<p>${r.pick(['<b>help</b>', '<at>Uthiek Bot</at> help', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&nbsp;&nbsp;help'])}</p>`,
      () => odd(),
      () => wrongType(r),
      () => `${'<at>Uthiek Bot</at> '.repeat(r.int(2, 500))}help`,
    ];
    const a = message(ctx, actor, r.pick(texts)(), place, mention);
    switch (r.int(0, 9)) {
      case 0:
        a.entities = r.pick<unknown>([
          'mention',
          5,
          {},
          [null],
          [{ type: 'mention' }],
          [{ type: 'mention', mentioned: null }],
          [{ type: 'mention', mentioned: { id: 5 } }],
          Array.from({ length: 2000 }, () => ({ type: 'mention', mentioned: { ...BOT }, text: '<at>Uthiek Bot</at>' })),
        ]);
        break;
      case 1:
        a.textFormat = r.pick<unknown>(['xml', 'markdown', 5, null]);
        break;
      case 2:
        a.attachments = r.pick<unknown>([
          5,
          'x',
          [null],
          [{ contentType: 'application/vnd.microsoft.card.adaptive', content: deep(r, 500) }],
          [{ contentType: 'text/html', content: '<b>x</b>' }],
        ]);
        break;
      case 3:
        a.value = r.pick<unknown>([{ verb: 'triage.accept' }, 'x', 5, [], { action: { verb: 'help.show' } }]);
        break;
      case 4:
        a.locale = oddValue(r);
        break;
      default:
        break;
    }
    return input(
      'messages',
      `${place}${mention ? '+mention' : ''}: ${str(a.text, 60)}`,
      neutralise(ctx, 'messages', a),
    );
  };

  const memberLists: Family = () => {
    const actor = anyActor(ctx);
    const place = r.pick<Place>(['personal', 'project', 'triage', 'group']);
    const list = (): unknown =>
      r.pick<unknown>([
        [],
        [{ id: BOT.id }],
        [{ id: BOT.id }, { id: BOT.id }],
        [{}],
        [null],
        [5, 'x', true],
        [{ id: 5 }],
        [{ id: null, aadObjectId: [] }],
        [{ id: '29:x'.repeat(5000) }],
        Array.from({ length: r.int(100, 5000) }, (_, i) => ({
          id: `29:m${i}`,
          aadObjectId: `aad-m${i}`,
          name: `Lid ${i}`,
        })),
        'everyone',
        5,
        {},
        { id: BOT.id },
        protoObject({ id: BOT.id }),
        deep(r, 2000),
      ]);
    const a: Json = { ...base(ctx, actor, place), type: r.pick(['conversationUpdate', 'installationUpdate']) };
    if (a.type === 'conversationUpdate') {
      if (r.bool(0.7)) a.membersAdded = list();
      if (r.bool(0.5)) a.membersRemoved = list();
      if (r.bool(0.3)) a.topicName = oddString(r);
      if (r.bool(0.3))
        (a.channelData as Json).eventType = r.pick<unknown>([
          'teamMemberAdded',
          'teamMemberRemoved',
          'channelCreated',
          'teamRenamed',
          'teamDeleted',
          5,
          null,
          oddString(r),
        ]);
      if (r.bool(0.3))
        (a.channelData as Json).team = r.pick<unknown>([{ id: TEAM_ID }, { id: 5 }, null, 'x', { id: oddString(r) }]);
    } else {
      a.action = r.pick<unknown>([
        'add',
        'remove',
        'add-upgrade',
        'remove-upgrade',
        'removeUpgrade',
        'Add',
        '',
        5,
        null,
        [],
        {},
        'remove'.repeat(1000),
      ]);
      if (r.bool(0.3)) a.membersAdded = list();
    }
    if (r.bool(0.3)) a.serviceUrl = r.pick(SERVICE_URLS(ctx));
    if (r.bool(0.2)) (a.conversation as Json).id = oddValue(r);
    return input(
      'conversation-updates',
      `${str(a.type)} ${place} action=${str(a.action, 20)} added=${Array.isArray(a.membersAdded) ? `${a.membersAdded.length} members` : str(a.membersAdded, 20)}`,
      a,
    );
  };

  const fetchTasks: Family = () => {
    const commandId = r.weighted<unknown>([
      [4, 'meldBijUthiek'],
      [1, 'MeldBijUthiek'],
      [1, 'meldBijUthiek '],
      [1, 'other'],
      [1, 5],
      [1, null],
      [1, undefined],
      [1, ['meldBijUthiek']],
    ]);
    // the real command from a real person starts an intake (a write): only without a person here
    const actor: Actor =
      commandId === 'meldBijUthiek'
        ? r.pick<Actor>([
            { id: '29:x', name: 'Niemand' },
            { id: '29:x', aadObjectId: '' },
            { id: '29:x', aadObjectId: null },
            { id: '29:x', aadObjectId: 0 },
            { id: '29:x', aadObjectId: false },
          ])
        : anyActor(ctx);
    const payload = r.pick<() => unknown>([
      () => ({
        body: { content: hugeString(r, hugeSize(r)), contentType: r.pick(['html', 'text']) },
        linkToMessage: 'https://teams.microsoft.com/l/message/x',
      }),
      () => ({ body: { content: wrongType(r), contentType: wrongType(r) } }),
      () => ({ body: wrongType(r) }),
      () => wrongType(r),
      () => ({
        body: { content: '<at>x</at><script>alert(1)</script>${}', contentType: 'html' },
        linkToMessage: r.pick<unknown>(['javascript:alert(1)', 5, 'https://' + 'x'.repeat(5000)]),
      }),
      () => pollutingData(r, { body: { content: 'x' } }),
      () => deep(r, r.int(100, 5000)),
    ])();
    const value: unknown = r.bool(0.9)
      ? { commandId, commandContext: r.pick(['message', 'compose', 'commandbox', 5]), messagePayload: payload }
      : oddValue(r);
    const a: Json = {
      ...base(ctx, actor, r.pick<Place>(['personal', 'project', 'group'])),
      type: 'invoke',
      name: 'composeExtension/fetchTask',
      value,
    };
    return input(
      'message-extension',
      `fetchTask commandId=${str(commandId)} by ${actor.aadObjectId === undefined ? 'nobody' : str(actor.aadObjectId)}`,
      a,
    );
  };

  const deepNesting: Family = () => {
    const depth = r.int(1000, 40_000);
    const a = baseline(ctx, specs);
    const where = r.pick([
      'value',
      'entities',
      'channelData',
      'attachments',
      'from',
      'conversation',
      'value.action.data',
      'text',
    ]);
    const loc = getParent(a, where);
    if (loc) setOwn(loc.parent, loc.key, deep(r, depth));
    return input(
      'deep-nesting',
      `${str(a.type)} with ${where} nested ${depth} deep`,
      neutralise(ctx, 'deep-nesting', a),
    );
  };

  /** Write commands and actions from an actor whose id is not a string at all. */
  const wrongTypeActor: Family = () => {
    const aad = r.pick<unknown>([123, 1, true, [], ['aad-lead'], {}, { id: 'aad-lead' }, 1.5, -1]);
    const actor: Actor = { id: '29:typed', name: 'Typed', aadObjectId: aad };
    const kind = r.int(0, 3);
    if (kind === 0)
      return input(
        'wrong-type-actor-id',
        `message by aadObjectId=${str(aad)}`,
        message(
          ctx,
          actor,
          r.pick(['aanmelden', 'stil', 'signalen aan', 'taal en', 'mijn gegevens', 'help', 'mijn zaken']),
          'personal',
        ),
      );
    if (kind === 1) {
      const s = r.pick(specs);
      return input(
        'wrong-type-actor-id',
        `${s.verb} by aadObjectId=${str(aad)}`,
        cardInvoke(ctx, actor, s.verb, s.valid(ctx), s.place ?? 'personal'),
      );
    }
    if (kind === 2) {
      const a: Json = {
        ...base(ctx, actor, 'personal'),
        type: 'invoke',
        name: 'composeExtension/fetchTask',
        value: {
          commandId: 'meldBijUthiek',
          commandContext: 'message',
          messagePayload: { body: { content: 'Een bericht', contentType: 'text' } },
        },
      };
      return input('wrong-type-actor-id', `fetchTask by aadObjectId=${str(aad)}`, a);
    }
    const a = message(
      ctx,
      actor,
      "We willen volgend jaar een pilot starten met slimme camera's in het centrum die drukte meten.",
      'project',
    );
    return input('wrong-type-actor-id', `channel signal by aadObjectId=${str(aad)}`, a);
  };

  return [
    { name: 'raw-body', weight: 5, make: rawBody },
    { name: 'missing-fields', weight: 10, make: missingFields },
    { name: 'wrong-types', weight: 12, make: wrongTypes },
    { name: 'unknown-activity-types', weight: 4, make: unknownTypes },
    { name: 'unknown-invoke-names', weight: 4, make: unknownInvokes },
    { name: 'unknown-verbs', weight: 4, make: unknownVerbs },
    { name: 'malformed-card-data', weight: 22, make: malformedCardData },
    { name: 'forged-actors', weight: 14, make: forgedActors },
    { name: 'messages', weight: 12, make: messages },
    { name: 'conversation-updates', weight: 5, make: memberLists },
    { name: 'message-extension', weight: 4, make: fetchTasks },
    { name: 'deep-nesting', weight: 2, make: deepNesting },
    { name: 'wrong-type-actor-id', weight: 2, make: wrongTypeActor },
  ];
}

/** A help message to a conversation whose connector refuses connections. */
export function unreachableConnector(ctx: GenContext): FuzzInput {
  const a = message(ctx, users.outsider, 'help', 'personal');
  a.serviceUrl = `http://127.0.0.1:${ctx.closedPort}/`;
  return {
    ...input('unreachable-service-url', `help with serviceUrl on closed port ${ctx.closedPort}`, a),
    timeoutMs: 20_000,
  };
}
