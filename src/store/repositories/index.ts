import type { Clock } from '../../domain/clock.js';
import { CaseIndex } from '../case-index.js';
import { Reports } from '../reports.js';
import type { Projection, Store } from '../store.js';
import { AuditLog } from './audit.js';
import { Availability } from './availability.js';
import { Cases } from './cases.js';
import { Conversations } from './conversations.js';
import { Deliveries } from './deliveries.js';
import { Inbox } from './inbox.js';
import { Messages } from './messages.js';
import { Panel } from './panel.js';
import { People } from './people.js';
import { PrivacyData } from './privacy.js';
import { Proposals } from './proposals.js';
import { RegisterFile } from './register.js';
import { Settings } from './settings.js';
import { Signals } from './signals.js';

/** One repository per aggregate: the only way the rest of the bot reads and writes the store. */
export interface Repositories {
  cases: Cases;
  signals: Signals;
  proposals: Proposals;
  people: People;
  conversations: Conversations;
  settings: Settings;
  panel: Panel;
  availability: Availability;
  messages: Messages;
  inbox: Inbox;
  audit: AuditLog;
  privacy: PrivacyData;
  deliveries: Deliveries;
  /** The algorithm register as last loaded from its open-data file. */
  registerFile: RegisterFile;
  /** The report figures, from a read model the store keeps current. */
  reports: Reports;
}

/**
 * The read models the store keeps current as it commits. Made before the store opens and given to
 * it (`projections`), so they are built while it reads its data instead of in a second pass.
 */
export interface ReadModels {
  caseIndex: CaseIndex;
  reports: Reports;
  projections: Projection[];
}

/** `store` is asked for today's cases only when a report is made (it may be opened after this). */
export function createReadModels(store: () => Store): ReadModels {
  const caseIndex = new CaseIndex();
  const reports = new Reports(() => store().all('cases'));
  return { caseIndex, reports, projections: [caseIndex, reports] };
}

/**
 * `models`: the read models given to the store when it opened; without them they are made now and
 * attached to the store (which then builds them from what it holds).
 */
export function createRepositories(
  store: Store,
  clock: Clock,
  timeZone: string,
  models?: Omit<ReadModels, 'projections'>,
): Repositories {
  const reports = models?.reports ?? new Reports(() => store.all('cases'));
  if (!models) store.project(reports);
  return {
    cases: new Cases(store, clock, timeZone, models?.caseIndex),
    reports,
    signals: new Signals(store, clock),
    proposals: new Proposals(store),
    people: new People(store, clock),
    conversations: new Conversations(store, clock),
    settings: new Settings(store, clock),
    panel: new Panel(store),
    availability: new Availability(store),
    messages: new Messages(store),
    inbox: new Inbox(store, clock),
    audit: new AuditLog(store),
    privacy: new PrivacyData(store),
    deliveries: new Deliveries(store, clock),
    registerFile: new RegisterFile(store),
  };
}
