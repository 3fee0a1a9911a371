import { createRequire } from 'node:module';

/**
 * teams-ai's Application loads its user sign-in support as it loads (OAuth and Teams SSO
 * prompts, on botbuilder-dialogs with its text recognisers for every language, and MSAL),
 * although it only uses it when the Application is given `authentication` options, which Uthiek
 * Bot never does (the dashboard checks its own tokens, src/teams/sso.ts). Those modules are
 * about a third of the bot's memory and half a second of its start-up. Here those requires, and
 * only those (by requiring file and module name), get a stand-in that loads the real module the
 * first time anything of it is used: should sign-in ever be configured, it loads then and works.
 * If a teams-ai version moves these files, nothing matches and everything loads as before.
 * Imported by the composition root before anything loads teams-ai (src/teams imports the
 * Application and the adapter from their own files, not from the package's index, which loads
 * the sign-in support directly and the AI planners besides).
 */
const LAZY: readonly { from: string; request: string }[] = [
  { from: '/@microsoft/teams-ai/lib/Application.js', request: './authentication/Authentication' },
  { from: '/@microsoft/teams-ai/lib/authentication/BotAuthenticationBase.js', request: './Authentication' },
  { from: '/@microsoft/teams-ai/lib/authentication/BotAuthenticationBase.js', request: 'botbuilder-dialogs' },
];

type Loader = (request: string, parent: { filename?: string } | undefined, isMain: boolean) => unknown;
const Module = createRequire(import.meta.url)('node:module') as { _load: Loader };
const load = Module._load;

const matches = (request: string, parent: { filename?: string } | undefined) =>
  LAZY.some((l) => l.request === request && (parent?.filename?.replaceAll('\\', '/').endsWith(l.from) ?? false));

Module._load = function lazyLoad(this: unknown, request, parent, isMain) {
  if (!matches(request, parent)) return load.call(this, request, parent, isMain);
  let real: Record<PropertyKey, unknown> | undefined;
  const module = () => (real ??= load.call(this, request, parent, isMain) as Record<PropertyKey, unknown>);
  return new Proxy({}, { get: (_, key) => module()[key], has: (_, key) => key in module() });
};

/** Whether a module was loaded so far (for checks). */
export const loaded = (name: string): boolean =>
  Object.keys(createRequire(import.meta.url).cache).some((f) => f.includes(`/node_modules/${name}/`));
