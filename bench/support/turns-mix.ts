/**
 * The load of `npm run bench:turns`: which activities are posted, and what each bot must answer.
 *
 * - `cheap`: an ordinary question in a personal chat, from 1,000 users (no route matches: the
 *   bot answers with its fallback text). The figure of the first versions of this benchmark.
 * - `real`: the load of a bot installed with RSC permissions in a municipality, on ten years of
 *   data: ~90 % channel and group-chat messages that do not mention the bot (the detector's
 *   path; the texts of the held-out message files, bench/data/detect-blind-2 and -3, as they
 *   are, so about 40 % of them are projects), ~5 % commands in personal chats (`help`, `mijn
 *   zaken` by project leads with cases, `zaken` by Team Uthiek members) and ~5 % card actions
 *   that write (an intake step saved by the lead of a draft, a triage decision by a member:
 *   accept or ask a question), each on a case of its own, so each one writes.
 *
 * The echo bot gets the same activities: it answers every message with "Echo: <text>", and
 * every card action with a message.
 */
import fs from 'node:fs';
import path from 'node:path';
import { translator } from '../../src/i18n/index.js';
import {
  cardAction,
  channelMessage,
  groupChatMessage,
  personalMessage,
  TENANT,
  type TestUser,
} from '../../test/support/activities.js';
import { Rng } from '../reliability/prng.js';
import { caseId, handlerOf, leadOf } from './store-fixtures.js';
import type { PlannedRequest } from './turns-protocol.js';

export type Mix = 'cheap' | 'real';
export type BotKind = 'echo' | 'uthiek';

/** An ordinary question the bot has no route for: it answers with the fallback text, one message. */
export const CHEAP_TEXT = 'Weet jij wanneer de nieuwe koffieautomaat op de derde verdieping komt?';

/** Cases of the ten-year data (bench/support/store-fixtures.ts). */
const CASES = 5000;
/** Team Uthiek in the ten-year data: the case handlers. */
export const MEMBERS = Array.from({ length: 6 }, (_, k) => handlerOf(k));
export const TRIAGE_CHANNEL = '19:bench-triage@thread.tacv2';

/** The settings the benches start Uthiek Bot with on the ten-year data: local mode, Team Uthiek's members and channel. */
export function tenYearSettings(dataDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PORT: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    UTHIEK_MEMBER_IDS: MEMBERS.join(','),
    UTHIEK_CHANNEL_ID: TRIAGE_CHANNEL,
    // the generated cases are up to ten years old; a bot that ran all along would have anonymised them
    RETENTION_DAYS: '36500',
    ...extra,
  };
}

const t = translator('nl');
/** A fixed part of a message (without its placeholders). */
const fragment = (key: Parameters<typeof t>[0]) =>
  t(key)
    .split(/\{[^}]+\}/)
    .sort((a, b) => b.length - a.length)[0]!;
/** Answers to a card action that mean it did not do what was asked. */
const REFUSALS = (
  [
    'common.error',
    'common.invalidAction',
    'common.staleCard',
    'triage.notMember',
    'triage.wrongState',
    'intake.notYours',
    'intake.notFound',
    'intake.locked',
    'triage.error.handler',
    'triage.error.impact',
    'triage.error.impactReason',
    'triage.error.question',
  ] as const
).map(fragment);

export function heldOutTexts(): string[] {
  return ['detect-blind-2.jsonl', 'detect-blind-3.jsonl'].flatMap((file) =>
    fs
      .readFileSync(path.join(import.meta.dirname, '..', 'data', file), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
}

export function benchUsers(n: number): TestUser[] {
  return Array.from({ length: n }, (_, i) => {
    const hex = (i + 1).toString(16).padStart(12, '0');
    return { id: `29:1bench-user-${i + 1}`, aadObjectId: `00000000-0000-4000-8000-${hex}`, name: `Collega ${i + 1}` };
  });
}

const person = (aadObjectId: string): TestUser => ({ id: `29:1${aadObjectId}`, aadObjectId, name: aadObjectId });

interface Activity {
  id: string;
  [key: string]: unknown;
}

/** What is planned for one run: the same activities for both bots, checked differently. */
export interface Planner {
  plan(bot: BotKind, phase: 'w' | 'm', count: number): PlannedRequest[];
  /** Requests of one label only (real mix), e.g. to measure each alone; `phase` names them (unique per run). */
  planOnly?(bot: BotKind, phase: string, label: Label, count: number): PlannedRequest[];
}

export function planner(mix: Mix, serviceUrl: string, tag: string, users: TestUser[], seed: number): Planner {
  return mix === 'cheap' ? cheapPlanner(serviceUrl, tag, users, seed) : realPlanner(serviceUrl, tag, users, seed);
}

function cheapPlanner(serviceUrl: string, tag: string, users: TestUser[], seed: number): Planner {
  let offset = (seed * 7919) % users.length;
  const activities = new Map<string, Activity[]>();
  return {
    plan(bot, phase, count) {
      let list = activities.get(phase);
      if (!list) {
        list = Array.from({ length: count }, (_, i) => ({
          ...personalMessage(users[(offset + i) % users.length]!, CHEAP_TEXT, { serviceUrl, locale: 'nl-NL' }),
          id: `${tag}-${phase}${i}`,
        }));
        offset += count;
        activities.set(phase, list);
      }
      const replyText = bot === 'echo' ? `Echo: ${CHEAP_TEXT}` : t('fallback.text');
      return list.map((a) => ({ id: a.id, kind: 'message', body: JSON.stringify(a), replies: 1, replyText }));
    },
  };
}

type Planned = { activity: Activity; kind: PlannedRequest['kind']; label: Label; text?: string };

/** What a request of the real mix is, finer than its kind: for the figures per label and the requests alone. */
export type Label = 'channel' | 'help' | 'mijn zaken' | 'zaken' | 'intake step' | 'triage accept' | 'triage ask';
export const LABELS: readonly Label[] = [
  'channel',
  'help',
  'mijn zaken',
  'zaken',
  'intake step',
  'triage accept',
  'triage ask',
];
const COMMANDS = ['help', 'mijn zaken', 'zaken'] as const;

function realPlanner(serviceUrl: string, tag: string, users: TestUser[], seed: number): Planner {
  const rng = new Rng(seed);
  const below = (n: number) => rng.int(0, n - 1);
  const texts = heldOutTexts();
  let textAt = below(texts.length);
  // each card action on a case of its own: drafts (n ≡ 9 mod 10) and submitted cases (n ≡ 8)
  let draft = 9;
  let submitted = 8;
  let actions = 0;
  const planned = new Map<string, Planned[]>();
  /** Submitted case n gets a triage accept when (n / 10) % 2 < 1, else a question. */
  const accepts = (n: number) => (n / 10) % 2 < 1;

  const channel = (id: string): Planned => {
    const user = users[below(users.length)]!;
    const text = texts[textAt++ % texts.length]!;
    const activity =
      rng.next() < 0.5
        ? channelMessage(user, text, {
            serviceUrl,
            channelId: `19:bench-channel-${below(20)}@thread.tacv2`,
            teamId: `19:bench-team-${below(5)}@thread.tacv2`,
          })
        : groupChatMessage(user, text, { serviceUrl, chatId: `19:bench-chat-${below(50)}@thread.v2` });
    return { activity: { ...activity, id }, kind: 'channel', label: 'channel', text };
  };

  const commandOf = (id: string, text: (typeof COMMANDS)[number]): Planned => {
    const user =
      text === 'help'
        ? users[below(users.length)]!
        : text === 'mijn zaken'
          ? person(leadOf(below(CASES)))
          : person(MEMBERS[below(MEMBERS.length)]!);
    return {
      activity: { ...personalMessage(user, text, { serviceUrl, locale: 'nl-NL' }), id },
      kind: 'command',
      label: text,
      text,
    };
  };

  const intakeStep = (id: string): Planned => {
    const n = draft;
    draft += 10;
    const lead = person(leadOf(n));
    const data = {
      caseId: caseId(n, CASES),
      rev: 1,
      step: 'purpose',
      nav: 'next',
      purpose: 'Meldingen over zwerfafval sneller afhandelen door ze automatisch in te delen.',
      means: 'Een model deelt de meldingen in; een medewerker controleert elke indeling.',
    };
    return {
      activity: { ...cardAction(lead, 'intake.save', data, { serviceUrl, locale: 'nl-NL' }), id },
      kind: 'action',
      label: 'intake step',
    };
  };

  const triageDecision = (id: string): Planned => {
    const n = submitted;
    submitted += 10;
    const member = person(MEMBERS[n % MEMBERS.length]!);
    const data = accepts(n)
      ? {
          caseId: caseId(n, CASES),
          rev: 1,
          impact: 'medium',
          // kept only when the impact is lower than suggested, where it is required
          impactReason: 'Het model deelt alleen in; een medewerker beslist over elke melding.',
          handlerId: MEMBERS[(n + 1) % MEMBERS.length]!,
        }
      : {
          caseId: caseId(n, CASES),
          rev: 1,
          question: 'Welke gegevens gebruikt het model precies, en hoe lang worden ze bewaard?',
        };
    const verb = 'impact' in data ? 'triage.accept' : 'triage.ask';
    const conversation = {
      id: `${TRIAGE_CHANNEL};messageid=bench-card-${n}`,
      conversationType: 'channel',
      isGroup: true,
      tenantId: TENANT,
    };
    const channelData = {
      tenant: { id: TENANT },
      team: { id: '19:bench-team-uthiek@thread.tacv2' },
      channel: { id: TRIAGE_CHANNEL },
    };
    return {
      activity: { ...cardAction(member, verb, data, { serviceUrl, locale: 'nl-NL', conversation, channelData }), id },
      kind: 'action',
      label: verb === 'triage.accept' ? 'triage accept' : 'triage ask',
    };
  };

  const next = (phase: string, i: number): Planned => {
    const id = `${tag}-${phase}${i}`;
    const r = rng.next();
    if (r < 0.9) return channel(id);
    if (r < 0.95) return commandOf(id, COMMANDS[below(3)]!);
    return actions++ % 2 === 0 ? intakeStep(id) : triageDecision(id);
  };

  /** One label only (the requests alone); a triage decision of the other kind skips a case. */
  const only = (label: Label, id: string): Planned => {
    if (label === 'channel') return channel(id);
    if (label === 'intake step') return intakeStep(id);
    if (label === 'triage accept' || label === 'triage ask') {
      if (accepts(submitted) !== (label === 'triage accept')) submitted += 10;
      return triageDecision(id);
    }
    return commandOf(id, label);
  };

  const requests = (bot: BotKind, list: Planned[]) =>
    list.map((p): PlannedRequest => {
      const base = { id: p.activity.id, kind: p.kind, label: p.label, body: JSON.stringify(p.activity) };
      if (p.kind === 'action') return { ...base, replies: 0, invokeRefuses: bot === 'uthiek' ? REFUSALS : [] };
      if (bot === 'echo') return { ...base, replies: 1, replyText: `Echo: ${p.text}` };
      // Uthiek: a command gets one card; a channel message is read by the detector and never answered in place
      return p.kind === 'command' ? { ...base, replies: 1, replyCard: true } : { ...base, replies: 0 };
    });

  return {
    plan(bot, phase, count) {
      let list = planned.get(phase);
      if (!list) {
        list = Array.from({ length: count }, (_, i) => next(phase, i));
        planned.set(phase, list);
      }
      return requests(bot, list);
    },
    planOnly(bot, phase, label, count) {
      let list = planned.get(phase);
      if (!list) {
        list = Array.from({ length: count }, (_, i) => only(label, `${tag}-${phase}${i}`));
        planned.set(phase, list);
      }
      return requests(bot, list);
    },
  };
}
