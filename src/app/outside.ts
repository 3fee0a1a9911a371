import { randomBytes } from 'node:crypto';
import type { CaseRecord } from '../domain/case/case.js';
import {
  activeLink,
  declare,
  EMPTY_OUTSIDE,
  INPUT_MAX,
  linkState,
  revoke,
  type OutsideLink,
} from '../domain/outside/outside.js';
import type { Answer, ProposalRecord } from '../domain/schedule/proposal.js';
import { sameName } from '../domain/text/names.js';
import type { AppDeps } from './deps.js';
import { handlerNoticeJob } from './handler-notice.js';
import { outsideKey } from './undelivered.js';

/** Someone outside Teams who takes part in a case: an external panel member or an expert by e-mail. */
export interface OutsidePerson {
  key: string;
  name: string;
  email: string;
}

export const outsidePath = (caseId: string, linkId: string) => `/extern/${caseId}/${linkId}`;

/** The external panel members of a proposal (not reachable in Teams), who answer its poll on the page. */
export function outsiders(deps: Pick<AppDeps, 'panel'>, p: ProposalRecord): OutsidePerson[] {
  const ids = new Set(p.slots.flatMap((s) => s.panel.map((m) => m.memberId)));
  return [...ids].flatMap((id) => {
    const m = deps.panel.get(id);
    return m && !m.teamsAadObjectId ? [{ key: outsideKey({ panelId: m.id })!, name: m.name, email: m.email }] : [];
  });
}

/**
 * The person's personal link for the case: the one that still works, or a new one valid for
 * OUTSIDE_LINK_DAYS. The link is signed and expires; revoking it stops it at once.
 */
export async function outsideLink(
  deps: Pick<AppDeps, 'cases' | 'clock' | 'config' | 'links'>,
  caseId: string,
  person: Pick<OutsidePerson, 'key' | 'name'>,
  actor: string,
): Promise<{ url: string; link: OutsideLink } | undefined> {
  const now = deps.clock.now();
  let link: OutsideLink | undefined;
  const result = await deps.cases.update(caseId, undefined, (cur) => {
    link = activeLink(cur.outside, person.key, now);
    if (link) return { next: cur, events: [] };
    link = {
      id: randomBytes(12).toString('base64url'),
      key: person.key,
      name: person.name,
      createdAt: now.toISOString(),
      createdBy: actor,
      expiresAt: new Date(now.getTime() + deps.config.outsideLinkDays * 86_400_000).toISOString(),
    };
    const outside = cur.outside ?? EMPTY_OUTSIDE;
    return {
      next: { ...cur, outside: { ...outside, links: [...outside.links, link] } },
      events: [{ type: 'case.outside-link', actor, data: { linkId: link.id, person: person.key } }],
      keepCard: true, // made while the handler plans: see recordOutsideAnswer
    };
  });
  if (result.status !== 'ok' || !link) return undefined;
  const validFor = Date.parse(link.expiresAt) - now.getTime();
  return { url: deps.links.url(outsidePath(caseId, link.id), validFor), link };
}

/**
 * Revokes the working links of everyone on the case whose name (as stored, or as our messages show
 * it: `sameName`) or key matches, or of everyone ("alle"); returns who.
 */
export async function revokeOutsideLinks(
  deps: Pick<AppDeps, 'cases' | 'clock'>,
  caseId: string,
  who: string,
  actor: string,
): Promise<string[]> {
  const now = deps.clock.now();
  const wanted = who.trim().toLowerCase();
  const everyone = wanted === 'alle' || wanted === 'all';
  const names: string[] = [];
  await deps.cases.update(caseId, undefined, (cur) => {
    let outside = cur.outside ?? EMPTY_OUTSIDE;
    for (const l of outside.links) {
      const matches = everyone || l.key === wanted || sameName(l.name, who);
      if (matches && linkState(l, now) === 'active') {
        outside = revoke(outside, l.key, now, actor);
        names.push(l.name);
      }
    }
    if (names.length === 0) return { next: cur, events: [] };
    return {
      next: { ...cur, outside },
      events: [{ type: 'case.outside-revoked', actor, data: { count: names.length } }],
      keepCard: true, // perhaps while the handler plans: see recordOutsideAnswer
    };
  });
  return names;
}

export type Opened = { status: 'ok'; c: CaseRecord; link: OutsideLink } | { status: 'expired' | 'revoked' | 'invalid' };

/** The link a request came with: signed, for an existing case, neither expired nor revoked. */
export function openOutsideLink(
  deps: Pick<AppDeps, 'cases' | 'clock' | 'links'>,
  caseId: string,
  linkId: string,
  query: URLSearchParams,
): Opened {
  const exp = query.get('exp') ?? '';
  const signed = deps.links.verify(outsidePath(caseId, linkId), query.get('sig') ?? '', exp);
  const c = deps.cases.get(caseId);
  const link = c?.outside?.links.find((l) => l.id === linkId);
  if (!c || !link) return { status: 'invalid' };
  const state = linkState(link, deps.clock.now());
  if (state !== 'active') return { status: state };
  // a correct signature whose time ran out is an expired link, a wrong one is no link at all
  if (!signed)
    return Number(exp) > 0 && Number(exp) <= deps.clock.now().getTime() ? { status: 'expired' } : { status: 'invalid' };
  return { status: 'ok', c, link };
}

export type OutsideAnswer =
  | { kind: 'poll'; answers: Record<string, Answer> }
  | { kind: 'input'; text: string }
  | { kind: 'conflict'; conflict: boolean; detail?: string };

/**
 * Keeps what someone answered on the page, as if they had answered in Teams: availability in the
 * case's current proposal (under the same key the handler uses for them), written input and the
 * conflict-of-interest declaration on the case, each with an audit event. The case handler is
 * told in the case's thread (a `handler.notice` job). The case's card in the channel is not
 * updated (`keepCard`, as for the personal links): while the handler plans, that message shows
 * the planning card (an Action.Execute answer replaced the triage card), and an update would
 * take it away; its "Stand bekijken" shows the answers as they are.
 */
export async function recordOutsideAnswer(
  deps: Pick<AppDeps, 'cases' | 'clock' | 'proposals' | 'jobs'>,
  c: CaseRecord,
  link: OutsideLink,
  answer: OutsideAnswer,
): Promise<'saved' | 'no-poll'> {
  const at = deps.clock.now().toISOString();
  const actor = link.key;
  if (answer.kind === 'poll') {
    const p = deps.proposals.current(c.id);
    if (!p) return 'no-poll';
    const valid = Object.fromEntries(
      Object.entries(answer.answers).filter(([i, a]) => Number(i) < p.slots.length && (a === 'yes' || a === 'no')),
    );
    await deps.proposals.mergeAnswers(p.id, { [link.key]: valid });
    const now = deps.clock.now();
    await deps.jobs.enqueue(handlerNoticeJob(c.id, { kind: 'outside', what: 'poll', person: link.key, at }, now));
    return 'saved';
  }
  await deps.cases.update(c.id, undefined, (cur) => {
    const outside = cur.outside ?? EMPTY_OUTSIDE;
    const base = { key: link.key, name: link.name, at };
    const next =
      answer.kind === 'input'
        ? { ...outside, input: [...outside.input, { ...base, text: answer.text.slice(0, INPUT_MAX) }] }
        : declare(outside, {
            ...base,
            conflict: answer.conflict,
            ...(answer.detail ? { detail: answer.detail.slice(0, INPUT_MAX) } : {}),
          });
    const type = answer.kind === 'input' ? 'case.outside-input' : 'case.conflict-declared';
    const data: Record<string, string | boolean> = { person: link.key };
    if (answer.kind === 'conflict') data.conflict = answer.conflict;
    const what = answer.kind === 'input' ? 'input' : answer.conflict ? 'conflict' : 'no-conflict';
    const notice = handlerNoticeJob(c.id, { kind: 'outside', what, person: link.key, at }, deps.clock.now());
    return {
      next: { ...cur, outside: next },
      events: [{ type, actor, data }],
      jobs: [notice],
      keepCard: true, // see above
    };
  });
  return 'saved';
}

/**
 * Gives each external panel member of the proposal a personal link; with Outlook, an e-mail from
 * the shared mailbox per person is queued (one delivery record each). Returns the links, for the
 * handler to forward when there is no Outlook.
 */
export async function invitePeopleOutside(
  deps: AppDeps,
  caseId: string,
  p: ProposalRecord,
  actor: string,
): Promise<{ name: string; url: string }[]> {
  const made: { name: string; url: string; key: string; linkId: string }[] = [];
  for (const person of outsiders(deps, p)) {
    const link = await outsideLink(deps, caseId, person, actor);
    if (link) made.push({ name: person.name, url: link.url, key: person.key, linkId: link.link.id });
  }
  if (deps.outlook && made.length > 0) {
    const now = deps.clock.now();
    await deps.jobs.enqueue(
      ...made.map((m) => ({
        id: `outside.mail:${p.id}:${m.key}`,
        kind: 'outside.mail',
        dueAt: now,
        payload: { caseId, proposalId: p.id, key: m.key, linkId: m.linkId },
      })),
    );
  }
  return made.map(({ name, url }) => ({ name, url }));
}
