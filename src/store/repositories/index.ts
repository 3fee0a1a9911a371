import type { Clock } from '../../domain/clock.js';
import type { Store } from '../store.js';
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
}

export function createRepositories(store: Store, clock: Clock, timeZone: string): Repositories {
  return {
    cases: new Cases(store, clock, timeZone),
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
  };
}
