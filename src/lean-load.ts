import { createRequire } from 'node:module';

/**
 * Packages the bot's dependencies load as they load, but use only for things Uthiek Bot never or
 * rarely does. teams-ai's Application loads its user sign-in support (OAuth and Teams SSO
 * prompts, on botbuilder-dialogs with its text recognisers for every language, and MSAL),
 * although it only uses it when the Application is given `authentication` options, which Uthiek
 * Bot never does (the dashboard checks its own tokens, src/teams/sso.ts): those modules are
 * about a third of the bot's memory and half a second of its start-up. Smaller ones: YAML (for
 * teams-ai's AI prompts), HTTP/2 (spdy) and HTTP signatures in restify, an HTML parser for
 * botbuilder's speech middleware, and the Azure identity and MSAL libraries botframework-connector
 * needs only to get tokens as a managed identity or with a certificate or federated credential.
 * Here those requires, and only those (by requiring file and module name), get a stand-in that
 * loads the real module the first time anything of it is used: should any of it be needed, it
 * loads then and works. Each requiring file reads the module's members only when it uses them
 * (`x_1.member`), never as it loads, so the stand-in stays a stand-in until then. If a package
 * moves these files, nothing matches and everything loads as before.
 * Imported by the composition root before anything loads teams-ai (src/teams imports the
 * Application and the adapter from their own files, not from the package's index, which loads
 * the sign-in support directly and the AI planners besides).
 */
const LAZY: readonly { from: string; request: string }[] = [
  { from: '/@microsoft/teams-ai/lib/Application.js', request: './authentication/Authentication' },
  { from: '/@microsoft/teams-ai/lib/authentication/BotAuthenticationBase.js', request: './Authentication' },
  { from: '/@microsoft/teams-ai/lib/authentication/BotAuthenticationBase.js', request: 'botbuilder-dialogs' },
  { from: '/@microsoft/teams-ai/lib/Utilities.js', request: 'yaml' },
  { from: '/@microsoft/teams-ai/lib/augmentations/ActionAugmentationSection.js', request: 'yaml' },
  { from: '/restify/lib/server.js', request: 'spdy' },
  { from: '/restify/lib/plugins/authorization.js', request: 'http-signature' },
  { from: '/botbuilder/lib/setSpeakMiddleware.js', request: 'htmlparser2' },
  { from: '/botframework-connector/lib/auth/jwtTokenProviderFactory.js', request: '@azure/identity' },
  { from: '/botframework-connector/lib/auth/msalAppCredentials.js', request: '@azure/msal-node' },
  { from: '/botframework-connector/lib/auth/certificateAppCredentials.js', request: '@azure/msal-node' },
  { from: '/botframework-connector/lib/auth/federatedAppCredentials.js', request: '@azure/msal-node' },
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
