import type { Application, TurnState } from '@microsoft/teams-ai';
import type { CloudAdapter } from 'botbuilder';
import type { Config } from '../config/env.js';
import type { Clock } from '../domain/clock.js';
import type { Logger } from '../log.js';
import type { ImpactRule } from '../domain/impact/rules.js';
import type { ValueModel } from '../domain/values.js';
import type { JobScheduler } from '../jobs/scheduler.js';
import type { Cases } from '../store/cases.js';
import type { Store } from '../store/store.js';
import type { CommandRegistry } from './commands.js';
import type { LinkSigner } from './links.js';
import type { PeopleDirectory } from './people-directory.js';
import type { ProactiveSender } from './proactive-sender.js';
import type { UthiekMembers } from './uthiek-members.js';

export type App = Application<TurnState>;

/** What the Teams layer needs from the rest of the bot; built once in the composition root. */
export interface Deps {
  config: Config;
  store: Store;
  clock: Clock;
  logger: Logger;
  adapter: CloudAdapter;
  commands: CommandRegistry;
  members: UthiekMembers;
  cases: Cases;
  valueModel: ValueModel;
  impactRules: ImpactRule[];
  jobs: JobScheduler;
  sender: ProactiveSender;
  links: LinkSigner;
  people: PeopleDirectory;
}
