import { randomUUID } from 'node:crypto';
import type { GraphCall, GraphReply } from './graph-standin.js';

/** An event as the stand-in keeps it (the shape Graph returns, trimmed to what the bot reads or sends). */
export interface StandInEvent {
  id: string;
  iCalUId: string;
  transactionId?: string;
  subject?: string;
  body?: { contentType: string; content: string };
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  location?: { displayName: string };
  attendees: { emailAddress: { address: string; name?: string }; type: string }[];
  isOnlineMeeting: boolean;
  onlineMeetingProvider?: string;
  onlineMeeting: { joinUrl: string } | null;
  webLink: string;
  isCancelled: boolean;
  cancelComment?: string;
}

export interface StandInMail {
  from: string;
  subject: string;
  body: { contentType: string; content: string };
  to: string[];
}

const error = (status: number, code: string): GraphReply => ({ status, body: { error: { code, message: code } } });

const EVENT_FIELDS = new Set([
  'subject',
  'body',
  'start',
  'end',
  'location',
  'attendees',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'transactionId',
]);

const isTime = (t: unknown): t is { dateTime: string; timeZone: string } => {
  const v = t as { dateTime?: unknown; timeZone?: unknown } | undefined;
  return typeof v?.dateTime === 'string' && typeof v.timeZone === 'string' && !Number.isNaN(Date.parse(v.dateTime));
};

/** A dateTimeTimeZone in UTC (the only zone the bot sends) as milliseconds. */
const ms = (t: { dateTime: string; timeZone: string }) => Date.parse(`${t.dateTime.replace(/Z$/, '')}Z`);

/**
 * The Outlook part of the Graph stand-in (Microsoft Graph v1.0 reference shapes):
 *
 * - GET /users/{id}?$select=mail,userPrincipalName → user (404 unknown);
 * - POST /users/{mailbox}/events → 201 event; `transactionId` seen before → the same event again;
 *   400 for an unknown property, a missing/invalid start or end, an attendee without address;
 * - PATCH /users/{mailbox}/events/{id} → 200 event (404 unknown or cancelled);
 * - POST /users/{mailbox}/events/{id}/cancel {comment?} → 202, the event is cancelled;
 * - POST /users/{mailbox}/calendar/getSchedule {schedules, startTime, endTime, availabilityViewInterval?}
 *   → 200 {value: scheduleInformation[]}; a window over 62 days → 400;
 * - POST /users/{mailbox}/sendMail {message, saveToSentItems?} → 202 (400 without recipients);
 * - PUT /drives/{drive}/root:/{path}:/content (bytes) → 201 new / 200 replaced driveItem.
 *
 * A mailbox the application access policy does not allow answers 403 ErrorAccessDenied.
 */
export class OutlookStandIn {
  /** Mailboxes the app may use (the application access policy's group). */
  readonly mailboxes = new Set<string>(['uthiek@example.org']);
  /** Colleagues by AAD object id. */
  readonly users = new Map<string, { mail: string; userPrincipalName: string }>();
  readonly events = new Map<string, StandInEvent & { mailbox: string }>();
  readonly mail: StandInMail[] = [];
  /** Busy times by address (ISO UTC). */
  readonly busy = new Map<string, { start: string; end: string; status?: string }[]>();
  readonly files = new Map<string, { id: string; content: Buffer; contentType: string; webUrl: string }>();
  readonly drives = new Set<string>(['b!standin-drive-0001']);

  addColleague(aadObjectId: string, mail: string): void {
    this.users.set(aadObjectId, { mail, userPrincipalName: mail });
  }

  liveEvents(): (StandInEvent & { mailbox: string })[] {
    return [...this.events.values()];
  }

  /** Undefined when the path is not the Outlook part's. */
  answer(call: GraphCall, raw: string): GraphReply | undefined {
    const drive = /^\/v1\.0\/drives\/([^/]+)\/root:\/(.+):\/content$/.exec(call.path);
    if (drive) return this.upload(call, drive[1]!, drive[2]!);
    const m = /^\/v1\.0\/users\/([^/]+)(\/.*)?$/.exec(call.path);
    if (!m || m[2]?.startsWith('/teamwork/')) return undefined;
    const who = m[1]!;
    const rest = m[2] ?? '';
    if (rest === '') return this.user(call, who);
    if (!this.mailboxes.has(who.toLowerCase())) return error(403, 'ErrorAccessDenied');
    let body: Record<string, unknown> = {};
    if (call.method === 'POST' || call.method === 'PATCH') {
      if (!String(call.headers['content-type']).includes('application/json')) return error(415, 'UnsupportedMediaType');
      try {
        body = JSON.parse(raw || '{}');
        call.body = body;
      } catch {
        return error(400, 'BadRequest');
      }
      if (!body || typeof body !== 'object' || Array.isArray(body)) return error(400, 'BadRequest');
    }
    if (rest === '/events') return call.method === 'POST' ? this.create(who, body) : error(405, 'MethodNotAllowed');
    const ev = /^\/events\/([^/]+)(\/cancel)?$/.exec(rest);
    if (ev && ev[2]) return call.method === 'POST' ? this.cancel(ev[1]!, body) : error(405, 'MethodNotAllowed');
    if (ev) return call.method === 'PATCH' ? this.update(ev[1]!, body) : error(405, 'MethodNotAllowed');
    if (rest === '/calendar/getSchedule')
      return call.method === 'POST' ? this.schedule(body) : error(405, 'MethodNotAllowed');
    if (rest === '/sendMail') return call.method === 'POST' ? this.send(who, body) : error(405, 'MethodNotAllowed');
    return error(400, 'BadRequest');
  }

  private user(call: GraphCall, id: string): GraphReply {
    if (call.method !== 'GET') return error(405, 'MethodNotAllowed');
    const u = this.users.get(id);
    if (!u) return error(404, 'Request_ResourceNotFound');
    return { status: 200, body: { '@odata.context': 'standin', id, ...u } };
  }

  private validEvent(body: Record<string, unknown>, partial: boolean): boolean {
    if (Object.keys(body).some((k) => !EVENT_FIELDS.has(k))) return false;
    if (!partial && (!isTime(body.start) || !isTime(body.end))) return false;
    if (body.start !== undefined && !isTime(body.start)) return false;
    if (body.end !== undefined && !isTime(body.end)) return false;
    if (body.attendees !== undefined) {
      if (!Array.isArray(body.attendees)) return false;
      for (const a of body.attendees as { emailAddress?: { address?: unknown } }[])
        if (typeof a?.emailAddress?.address !== 'string' || !a.emailAddress.address.includes('@')) return false;
    }
    return body.isOnlineMeeting === undefined || typeof body.isOnlineMeeting === 'boolean';
  }

  private create(mailbox: string, body: Record<string, unknown>): GraphReply {
    if (!this.validEvent(body, false)) return error(400, 'ErrorInvalidRequest');
    const again = this.liveEvents().find((e) => body.transactionId && e.transactionId === body.transactionId);
    if (again) return { status: 201, body: again };
    const id = `AAMk-${randomUUID()}`;
    const online = body.isOnlineMeeting === true;
    const event = {
      mailbox,
      id,
      iCalUId: `040000008200E000${id}`,
      attendees: [],
      isCancelled: false,
      webLink: `https://outlook.office365.com/owa/?itemid=${id}`,
      ...(body as Partial<StandInEvent>),
      isOnlineMeeting: online,
      onlineMeeting: online ? { joinUrl: `https://teams.microsoft.com/l/meetup-join/${id}` } : null,
    } as StandInEvent & { mailbox: string };
    this.events.set(id, event);
    return { status: 201, body: event };
  }

  private update(id: string, body: Record<string, unknown>): GraphReply {
    const event = this.events.get(id);
    if (!event || event.isCancelled) return error(404, 'ErrorItemNotFound');
    if (!this.validEvent(body, true) || 'transactionId' in body) return error(400, 'ErrorInvalidRequest');
    Object.assign(event, body);
    return { status: 200, body: event };
  }

  private cancel(id: string, body: Record<string, unknown>): GraphReply {
    const event = this.events.get(id);
    if (!event || event.isCancelled) return error(404, 'ErrorItemNotFound');
    if (Object.keys(body).some((k) => k !== 'comment')) return error(400, 'ErrorInvalidRequest');
    event.isCancelled = true;
    if (typeof body.comment === 'string') event.cancelComment = body.comment;
    return { status: 202 };
  }

  private schedule(body: Record<string, unknown>): GraphReply {
    const { schedules, startTime, endTime } = body as { schedules?: unknown; startTime?: unknown; endTime?: unknown };
    if (!Array.isArray(schedules) || schedules.length === 0 || schedules.length > 20) return error(400, 'BadRequest');
    if (!isTime(startTime) || !isTime(endTime)) return error(400, 'BadRequest');
    const from = ms(startTime);
    const to = ms(endTime);
    if (!(to > from) || to - from > 62 * 86_400_000) return error(400, 'ErrorInvalidTimeInterval');
    const utc = (iso: string) => ({ dateTime: iso.replace(/Z$/, '').replace(/\.\d+$/, '.0000000'), timeZone: 'UTC' });
    const value = (schedules as string[]).map((address) => {
      const known = [...this.users.values()].some((u) => u.mail === address) || this.busy.has(address);
      if (!known)
        return { scheduleId: address, error: { message: 'not found', responseCode: 'ErrorMailRecipientNotFound' } };
      const items = (this.busy.get(address) ?? []).filter((b) => Date.parse(b.end) > from && Date.parse(b.start) < to);
      return {
        scheduleId: address,
        availabilityView: '',
        scheduleItems: items.map((b) => ({
          isPrivate: false,
          status: b.status ?? 'busy',
          start: utc(b.start),
          end: utc(b.end),
        })),
        workingHours: { daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] },
      };
    });
    return { status: 200, body: { '@odata.context': 'standin', value } };
  }

  private send(mailbox: string, body: Record<string, unknown>): GraphReply {
    const message = body.message as
      { subject?: string; body?: { contentType: string; content: string }; toRecipients?: unknown } | undefined;
    if (Object.keys(body).some((k) => k !== 'message' && k !== 'saveToSentItems')) return error(400, 'BadRequest');
    const to = Array.isArray(message?.toRecipients)
      ? (message.toRecipients as { emailAddress?: { address?: unknown } }[]).map((r) => r?.emailAddress?.address)
      : [];
    if (!message || to.length === 0 || to.some((a) => typeof a !== 'string' || !a.includes('@')))
      return error(400, 'ErrorInvalidRecipients');
    this.mail.push({
      from: mailbox,
      subject: message.subject ?? '',
      body: message.body ?? { contentType: 'Text', content: '' },
      to: to as string[],
    });
    return { status: 202 };
  }

  private upload(call: GraphCall, driveId: string, path: string): GraphReply {
    if (call.method !== 'PUT') return error(405, 'MethodNotAllowed');
    if (!this.drives.has(driveId)) return error(404, 'itemNotFound');
    const content = call.rawBytes ?? Buffer.alloc(0);
    const existing = this.files.get(path);
    const id = existing?.id ?? `01STANDIN${randomUUID().slice(0, 8).toUpperCase()}`;
    const webUrl = `https://utrecht.sharepoint.com/sites/uthiek/Gedeelde%20documenten/${encodeURI(path)}`;
    this.files.set(path, { id, content, contentType: String(call.headers['content-type'] ?? ''), webUrl });
    const name = path.split('/').pop();
    return {
      status: existing ? 200 : 201,
      body: { id, name, size: content.length, webUrl, file: { mimeType: String(call.headers['content-type']) } },
    };
  }
}
