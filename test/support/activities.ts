/** Builders for activities shaped as Microsoft Teams sends them. */

export interface TestUser {
  id: string;
  aadObjectId: string;
  name: string;
}

export const BOT = { id: '28:uthiek-bot', name: 'Uthiek Bot' };
export const TENANT = '00000000-0000-0000-0000-000000000001';
export const TEAM_ID = '19:team-uthiek@thread.tacv2';
export const TRIAGE_CHANNEL = '19:triage@thread.tacv2';
export const PROJECT_TEAM_ID = '19:team-projects@thread.tacv2';
export const PROJECT_CHANNEL = '19:projects-general@thread.tacv2';

export const users = {
  lead: { id: '29:lead', aadObjectId: 'aad-lead', name: 'Sanne de Vries' },
  lead2: { id: '29:lead2', aadObjectId: 'aad-lead2', name: 'Noor Bakker' },
  member: { id: '29:member', aadObjectId: 'aad-member', name: 'Pieter Jansen' },
  member2: { id: '29:member2', aadObjectId: 'aad-member2', name: 'Fatima El Amrani' },
  outsider: { id: '29:outsider', aadObjectId: 'aad-outsider', name: 'Daan Smit' },
} satisfies Record<string, TestUser>;

let counter = 0;
export const nextId = (prefix = 'act') => `${prefix}-${++counter}-${Date.now().toString(36)}`;

export function personalConversationId(user: TestUser): string {
  return `a:personal-${user.aadObjectId}`;
}

interface Base {
  serviceUrl: string;
  locale?: string;
}

function common(user: TestUser, base: Base) {
  return {
    id: nextId(),
    channelId: 'msteams',
    serviceUrl: base.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: base.locale ?? 'nl-NL',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { ...BOT },
  };
}

const personalConversation = (user: TestUser) => ({
  id: personalConversationId(user),
  conversationType: 'personal',
  tenantId: TENANT,
});

export function personalMessage(user: TestUser, text: string, base: Base) {
  return {
    ...common(user, base),
    type: 'message',
    text,
    textFormat: 'plain',
    conversation: personalConversation(user),
    channelData: { tenant: { id: TENANT } },
  };
}

export interface ChannelOptions extends Base {
  teamId?: string;
  channelId?: string;
  /** Root message id of the thread; a new post when absent. */
  threadId?: string;
  mention?: boolean;
}

export function channelMessage(user: TestUser, text: string, opts: ChannelOptions) {
  const c = common(user, opts);
  const channel = opts.channelId ?? PROJECT_CHANNEL;
  const thread = opts.threadId ?? c.id;
  const mentionText = `<at>${BOT.name}</at>`;
  return {
    ...c,
    type: 'message',
    text: opts.mention ? `${mentionText} ${text}` : text,
    textFormat: 'plain',
    conversation: {
      id: `${channel};messageid=${thread}`,
      conversationType: 'channel',
      isGroup: true,
      tenantId: TENANT,
    },
    channelData: { tenant: { id: TENANT }, team: { id: opts.teamId ?? PROJECT_TEAM_ID }, channel: { id: channel } },
    entities: opts.mention ? [{ type: 'mention', mentioned: { ...BOT }, text: mentionText }] : [],
  };
}

export function groupChatMessage(user: TestUser, text: string, opts: Base & { chatId?: string; mention?: boolean }) {
  const mentionText = `<at>${BOT.name}</at>`;
  return {
    ...common(user, opts),
    type: 'message',
    text: opts.mention ? `${mentionText} ${text}` : text,
    conversation: {
      id: opts.chatId ?? '19:groupchat@thread.v2',
      conversationType: 'groupChat',
      isGroup: true,
      tenantId: TENANT,
    },
    channelData: { tenant: { id: TENANT } },
    entities: opts.mention ? [{ type: 'mention', mentioned: { ...BOT }, text: mentionText }] : [],
  };
}

export interface InvokeOptions extends Base {
  conversation?: { id: string; conversationType: string; isGroup?: boolean; tenantId?: string };
  channelData?: Record<string, unknown>;
  replyToId?: string;
}

/** Action.Execute on an Adaptive Card: an invoke "adaptiveCard/action". */
export function cardAction(user: TestUser, verb: string, data: Record<string, unknown>, opts: InvokeOptions) {
  return {
    ...common(user, opts),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: opts.replyToId ?? 'card-activity-1',
    conversation: opts.conversation ?? personalConversation(user),
    channelData: opts.channelData ?? { tenant: { id: TENANT } },
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

export function installationUpdate(user: TestUser, action: 'add' | 'remove', opts: Base & { team?: boolean }) {
  const c = common(user, opts);
  return {
    ...c,
    type: 'installationUpdate',
    action,
    conversation: opts.team
      ? { id: TEAM_ID, conversationType: 'channel', isGroup: true, tenantId: TENANT }
      : personalConversation(user),
    channelData: opts.team
      ? { tenant: { id: TENANT }, team: { id: TEAM_ID }, channel: { id: TEAM_ID } }
      : { tenant: { id: TENANT } },
  };
}

export function membersAdded(user: TestUser, added: { id: string }[], opts: Base & { team?: boolean }) {
  const c = common(user, opts);
  return {
    ...c,
    type: 'conversationUpdate',
    membersAdded: added,
    conversation: opts.team
      ? { id: TEAM_ID, conversationType: 'channel', isGroup: true, tenantId: TENANT }
      : personalConversation(user),
    channelData: opts.team
      ? { tenant: { id: TENANT }, team: { id: TEAM_ID }, channel: { id: TEAM_ID }, eventType: 'teamMemberAdded' }
      : { tenant: { id: TENANT } },
  };
}

/**
 * "Meld bij Uthiek" on a message in the project channel (its id 77): the message action's
 * fetchTask invoke, carrying `messagePayload` (the message's body and link).
 */
export function messageAction(user: TestUser, messagePayload: Record<string, unknown>, base: Base) {
  return {
    type: 'invoke',
    name: 'composeExtension/fetchTask',
    id: nextId('fetch'),
    channelId: 'msteams',
    serviceUrl: base.serviceUrl,
    from: { id: user.id, aadObjectId: user.aadObjectId, name: user.name },
    recipient: BOT,
    conversation: { id: `${PROJECT_CHANNEL};messageid=77`, conversationType: 'channel', tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, channel: { id: PROJECT_CHANNEL } },
    locale: base.locale ?? 'nl-NL',
    value: { commandId: 'meldBijUthiek', commandContext: 'message', messagePayload: { id: '77', ...messagePayload } },
  };
}
