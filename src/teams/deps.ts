import type { Application, TurnState } from '@microsoft/teams-ai';
import type { CloudAdapter } from 'botbuilder';
import type { AppDeps } from '../app/deps.js';
import type { CommandRegistry } from './routing/commands.js';

export type App = Application<TurnState>;

/** What the Teams routes need: what the use cases need, plus the adapter and the command registry. */
export interface Deps extends AppDeps {
  adapter: CloudAdapter;
  commands: CommandRegistry;
}
