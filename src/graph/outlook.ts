import type { Outlook, OutlookEvent, OutlookEventRef, OutlookResult } from '../app/ports.js';
import type { GraphClient, GraphResult } from './client.js';

/**
 * Team Uthiek's shared mailbox through Microsoft Graph, with the application permissions listed in
 * the README (restricted to that mailbox by an application access policy):
 *
 *   GET  /users/{id}?$select=mail,userPrincipalName                 a colleague's address (User.Read.All)
 *   POST /users/{mailbox}/events                                      201 event (Calendars.ReadWrite)
 *   PATCH /users/{mailbox}/events/{id}                                200 event
 *   POST /users/{mailbox}/events/{id}/cancel  { comment }             202
 *   POST /users/{mailbox}/calendar/getSchedule                        200 { value: scheduleInformation[] }
 *   POST /users/{mailbox}/sendMail  { message, saveToSentItems }      202 (Mail.Send)
 *   PUT  /drives/{drive}/root:/{path}:/content                        201/200 driveItem (Sites.Selected)
 */
export class GraphOutlook implements Outlook {
  constructor(
    private readonly graph: GraphClient,
    readonly mailbox: string,
    private readonly driveId?: string,
  ) {}

  private get box(): string {
    return `/users/${encodeURIComponent(this.mailbox)}`;
  }

  async addressOf(aadObjectId: string): Promise<OutlookResult<string>> {
    const r = await this.graph.get<{ mail?: string | null; userPrincipalName?: string }>(
      `/users/${encodeURIComponent(aadObjectId)}?$select=mail,userPrincipalName`,
    );
    if (!r.ok) return fail(r);
    const address = r.body?.mail || r.body?.userPrincipalName;
    return address
      ? { ok: true, value: address }
      : { ok: false, status: 404, error: 'graph: the person has no address' };
  }

  async createEvent(event: OutlookEvent): Promise<OutlookResult<OutlookEventRef>> {
    return ref(await this.graph.post<GraphEvent>(`${this.box}/events`, eventBody(event, true)));
  }

  async updateEvent(id: string, event: OutlookEvent): Promise<OutlookResult<OutlookEventRef>> {
    return ref(await this.graph.patch<GraphEvent>(`${this.box}/events/${encodeURIComponent(id)}`, eventBody(event)));
  }

  async cancelEvent(id: string, comment: string): Promise<OutlookResult<void>> {
    const r = await this.graph.post(`${this.box}/events/${encodeURIComponent(id)}/cancel`, { comment });
    return r.ok ? { ok: true, value: undefined } : fail(r);
  }

  async busy(addresses: string[], from: Date, to: Date): Promise<OutlookResult<{ start: string; end: string }[]>> {
    const r = await this.graph.post<{ value?: ScheduleInformation[] }>(`${this.box}/calendar/getSchedule`, {
      schedules: addresses,
      startTime: graphTime(from.toISOString()),
      endTime: graphTime(to.toISOString()),
      availabilityViewInterval: 30,
    });
    if (!r.ok) return fail(r);
    const items = (r.body?.value ?? []).flatMap((s) => s.scheduleItems ?? []);
    return {
      ok: true,
      value: items
        .filter((i) => i.status === 'busy' || i.status === 'oof')
        .map((i) => ({ start: fromGraphTime(i.start), end: fromGraphTime(i.end) })),
    };
  }

  async sendMail(mail: {
    to: { address: string; name: string };
    subject: string;
    body: string;
  }): Promise<OutlookResult<void>> {
    const r = await this.graph.post(`${this.box}/sendMail`, {
      message: {
        subject: mail.subject,
        body: { contentType: 'Text', content: mail.body },
        toRecipients: [{ emailAddress: { address: mail.to.address, name: mail.to.name } }],
      },
      saveToSentItems: true,
    });
    return r.ok ? { ok: true, value: undefined } : fail(r);
  }

  async upload(
    path: string,
    content: Buffer,
    contentType: string,
  ): Promise<OutlookResult<{ id: string; webUrl?: string }> | false> {
    if (!this.driveId) return false;
    const segments = path.split('/').map(encodeURIComponent).join('/');
    const r = await this.graph.put<{ id?: string; webUrl?: string }>(
      `/drives/${encodeURIComponent(this.driveId)}/root:/${segments}:/content`,
      content,
      contentType,
    );
    if (!r.ok) return fail(r);
    if (!r.body?.id) return { ok: false, status: 502, error: 'graph: the upload answer has no id' };
    return { ok: true, value: { id: r.body.id, ...(r.body.webUrl ? { webUrl: r.body.webUrl } : {}) } };
  }
}

interface GraphTime {
  dateTime: string;
  timeZone: string;
}

interface GraphEvent {
  id?: string;
  webLink?: string;
  onlineMeeting?: { joinUrl?: string } | null;
}

interface ScheduleInformation {
  scheduleId?: string;
  scheduleItems?: { status?: string; start: GraphTime; end: GraphTime }[];
}

/** Graph's dateTimeTimeZone, in UTC (every Outlook shows it in the reader's own zone). */
const graphTime = (iso: string): GraphTime => ({ dateTime: iso.replace(/Z$/, ''), timeZone: 'UTC' });

/** getSchedule answers in UTC unless asked otherwise (a Prefer: outlook.timezone header, which is not sent). */
function fromGraphTime(t: GraphTime): string {
  const iso = /[zZ]|[+-]\d\d:\d\d$/.test(t.dateTime) ? t.dateTime : `${t.dateTime}Z`;
  return new Date(iso).toISOString();
}

function eventBody(e: OutlookEvent, create = false): Record<string, unknown> {
  return {
    subject: e.subject,
    body: { contentType: 'text', content: e.body },
    start: graphTime(e.start),
    end: graphTime(e.end),
    ...(e.location ? { location: { displayName: e.location } } : {}),
    attendees: e.attendees.map((a) => ({ emailAddress: { address: a.address, name: a.name }, type: 'required' })),
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    ...(create ? { transactionId: e.transactionId } : {}),
  };
}

function ref(r: GraphResult<GraphEvent>): OutlookResult<OutlookEventRef> {
  if (!r.ok) return fail(r);
  if (!r.body?.id) return { ok: false, status: 502, error: 'graph: the event answer has no id' };
  const joinUrl = r.body.onlineMeeting?.joinUrl;
  return {
    ok: true,
    value: { id: r.body.id, ...(joinUrl ? { joinUrl } : {}), ...(r.body.webLink ? { webLink: r.body.webLink } : {}) },
  };
}

function fail(r: Extract<GraphResult<unknown>, { ok: false }>): Extract<OutlookResult<never>, { ok: false }> {
  return {
    ok: false,
    status: r.status,
    error: r.error,
    ...(r.retryAfterMs !== undefined ? { retryAfterMs: r.retryAfterMs } : {}),
  };
}
