import type { Application, TurnState } from '@microsoft/teams-ai';
import type { CloudAdapter } from 'botbuilder';
import type { Config } from '../config/env.js';
import type { Clock } from '../domain/clock.js';
import type { Logger } from '../log.js';
import type { ImpactRule } from '../domain/impact/rules.js';
import type { ValueModel } from '../domain/values.js';
import type { JobScheduler } from '../jobs/scheduler.js';
import type { Repositories } from '../store/repositories/index.js';
import type { CommandRegistry } from './commands.js';
import type { LinkSigner } from './links.js';
import type { PeopleDirectory } from './people-directory.js';
import type { ProactiveSender } from './proactive-sender.js';
import type { UthiekMembers } from './uthiek-members.js';

export type App = Application<TurnState>;

/**
 * What the Teams layer needs from the rest of the bot; built once in the composition root. The
 * store is reached only through its repositories.
 */
export interface Deps extends Repositories {
  config: Config;
  clock: Clock;
  logger: Logger;
  adapter: CloudAdapter;
  commands: CommandRegistry;
  members: UthiekMembers;
  valueModel: ValueModel;
  impactRules: ImpactRule[];
  jobs: JobScheduler;
  sender: ProactiveSender;
  links: LinkSigner;
  directory: PeopleDirectory;
}
