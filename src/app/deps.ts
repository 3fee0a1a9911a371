import type { Config } from '../config/env.js';
import type { Clock } from '../domain/clock.js';
import type { ImpactRule } from '../domain/impact/rules.js';
import type { ValueModel } from '../domain/values.js';
import type { Logger } from '../log.js';
import type { Repositories } from '../store/repositories/index.js';
import type { Directory, JobQueue, Links, Outlook, Roster, Sender } from './ports.js';

/**
 * What the use cases (and the route and job handlers on top of them) are given: configuration, the
 * clock, the repositories, and the ports to the outside world. Built once in the composition root.
 */
export interface AppDeps extends Repositories {
  config: Config;
  clock: Clock;
  logger: Logger;
  valueModel: ValueModel;
  impactRules: ImpactRule[];
  members: Roster;
  /** Report viewers (management): they read reports and exports, and change nothing. */
  viewers: Roster;
  directory: Directory;
  sender: Sender;
  jobs: JobQueue;
  links: Links;
  /** Outlook through Microsoft Graph, when GRAPH_* and GRAPH_MAILBOX are set; absent = local mode (.ics files). */
  outlook?: Outlook;
}
