import './node-compat.js';
import './lean-load.js';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import type { Config } from './config/env.js';
import { ShiftedClock, systemClock, type Clock } from './domain/clock.js';
import { createLogger, type Logger } from './log.js';
import { loadImpactRules } from './config/impact-rules.js';
import { loadValueModel } from './config/value-model.js';
import { jobHandlers, startupJobs } from './jobs/handlers/index.js';
import { MONTHLY_REPORT, monthlyReportStart } from './jobs/handlers/monthly-report.js';
import { JobScheduler } from './jobs/scheduler.js';
import { JournalStore } from './store/journal-store.js';
import { createReadModels, createRepositories } from './store/repositories/index.js';
import type { Store } from './store/store.js';
import { createAdapter } from './teams/adapter.js';
import { createApplication } from './teams/app.js';
import { warmCardTemplating } from './teams/cards/render.js';
import { CommandRegistry } from './teams/routing/commands.js';
import type { Deps } from './teams/deps.js';
import { LinkSigner } from './app/links.js';
import { PeopleDirectory } from './teams/people-directory.js';
import { ProactiveSender } from './teams/proactive-sender.js';
import { ThrottleSignal } from './teams/send-policy.js';
import { registerDownloads } from './teams/http/downloads.js';
import { registerDashboard } from './teams/dashboard/routes.js';
import { registerOutsidePage } from './teams/http/outside-page.js';
import { registerExpensesExport } from './teams/http/expenses-export.js';
import { registerClockControl } from './teams/http/clock-control.js';
import { createServer, DEFAULT_TIMEOUTS, type HttpTimeouts } from './teams/server.js';
import { listRoutes, type RouteInfo } from './teams/http/routes.js';
import { healthReport } from './teams/health.js';
import { botVersion } from './version.js';
import { UthiekMembers } from './teams/uthiek-members.js';
import { Pacer } from './teams/pacer.js';
import { ConnectorTurns } from './teams/connector-turns.js';
import { PersonalChats } from './teams/personal-chats.js';
import type { GraphClientOptions } from './graph/client.js';
import { TeamsAppInstaller } from './graph/app-installation.js';
import { GraphOutlook } from './graph/outlook.js';

export interface BotOptions {
  clock?: Clock;
  logDestination?: DestinationStream;
  logger?: Logger;
  /** Shorter HTTP time limits, for tests of slow clients. */
  httpTimeouts?: Partial<HttpTimeouts>;
  /** How to reach Microsoft Graph other than by the settings alone (tests: the stand-in's certificate). */
  graph?: GraphClientOptions;
  /** Runs once everything is built and loaded, just before the bot listens (src/index.ts: collects start-up garbage). */
  beforeListen?: () => void;
}

export interface RunningBot {
  url: string;
  dataFile: string;
  port: number;
  /** Everything the bot was built from; `store` only for tests and scripts that inspect the data. */
  deps: Deps & { store: Store };
  /** Every HTTP route the server answers (method and path), from its router. */
  routes(): RouteInfo[];
  stop(): Promise<void>;
}

/** The composition root: builds every part once, wires them, starts listening. */
export async function startBot(config: Config, options: BotOptions = {}): Promise<RunningBot> {
  const clock =
    options.clock ??
    (config.clockStart && !config.credentials ? new ShiftedClock(new Date(config.clockStart)) : systemClock);
  const logger = options.logger ?? createLogger(config.logLevel, options.logDestination);
  // read models built while the store reads its data, kept current as it commits
  const models = createReadModels(() => store);
  const store = await JournalStore.open({
    dataDir: path.resolve(config.dataDir),
    clock,
    logger,
    fsync: config.storeFsync,
    lock: { staleMs: config.storeLockStaleSeconds * 1000 },
    projections: models.projections,
  });
  const throttle = new ThrottleSignal();
  const adapter = createAdapter(config, logger, throttle);
  const repos = createRepositories(store, clock, config.timeZone, models);
  const jobs = new JobScheduler(store, clock, logger, { intervalMs: config.jobIntervalSeconds * 1000 });
  // one pace for every call to the Bot Connector the bot makes on its own (sends and look-ups)
  const pacer = new Pacer(throttle, config.send);
  const turns = new ConnectorTurns(adapter, config.credentials?.appId ?? '');
  const directory = new PeopleDirectory(config, adapter, repos.conversations, repos.people, pacer, clock, logger);
  const graph = config.graph;
  // loaded only when Graph is configured: its identity and client libraries are a tenth of the bot's memory
  const graphClient = graph ? new (await import('./graph/client.js')).GraphClient(graph, options.graph) : undefined;
  const installer =
    graph?.catalogAppId && graphClient
      ? new TeamsAppInstaller(graphClient, { ...graph, catalogAppId: graph.catalogAppId })
      : undefined;
  const outlook =
    graph?.mailbox && graphClient ? new GraphOutlook(graphClient, graph.mailbox, graph.driveId) : undefined;
  const chats = new PersonalChats(
    turns,
    repos.conversations,
    repos.people,
    directory,
    installer,
    config,
    pacer,
    clock,
    logger,
  );
  const sender = new ProactiveSender(turns, repos.conversations, repos.people, chats, config, clock, logger, pacer);
  const links = await LinkSigner.open(store, clock);
  const deps: Deps & { adapter: typeof adapter; store: Store } = {
    ...repos,
    config,
    store,
    clock,
    logger,
    adapter,
    commands: new CommandRegistry(),
    members: new UthiekMembers(config, adapter, repos.conversations, pacer, clock, logger),
    viewers: new UthiekMembers(config, adapter, repos.conversations, pacer, clock, logger, {
      teamId: config.roles.reportViewerTeamId,
      memberIds: config.roles.reportViewerIds,
    }),
    valueModel: loadValueModel(config.valueModelFile),
    impactRules: loadImpactRules(config.impactRulesFile),
    jobs,
    sender,
    links,
    directory,
    ...(outlook ? { outlook } : {}),
  };
  for (const handlers of jobHandlers(deps)) jobs.registerAll(handlers);
  const app = createApplication(deps);
  let stopping = false;
  const version = botVersion();
  const health = () => healthReport({ store, version, stopping: () => stopping });
  const { server, routes } = createServer(
    { adapter, app, logger, health, stopping: () => stopping },
    { ...DEFAULT_TIMEOUTS, ...options.httpTimeouts },
  );
  registerDownloads(routes, deps);
  registerDashboard(routes, deps);
  registerOutsidePage(routes, deps);
  registerExpensesExport(routes, deps);
  if (clock instanceof ShiftedClock) registerClockControl(routes, clock, jobs);
  // before listening: a request would wait for it anyway if it were done right after
  warmCardTemplating();
  options.beforeListen?.();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  await jobs.enqueue(
    ...startupJobs(clock.now(), config),
    ...monthlyReportStart(config, clock.now(), jobs.open(MONTHLY_REPORT)),
  );
  await jobs.start();
  void repos.reports
    .warm(config.timeZone)
    .catch((err: unknown) => logger.warn({ err: String(err) }, 'preparing the reports failed'));
  const port = (server.address() as AddressInfo).port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host === '0.0.0.0' ? 'localhost' : config.host;
  const url = `http://${host}:${port}`;
  links.setBase(config.publicUrl ?? url);
  for (const warning of config.warnings) logger.warn({ setting: warning.split(/[ :=]/)[0] }, warning);
  logger.info(
    {
      port,
      host: config.host,
      mode: config.credentials ? 'azure' : 'local',
      version,
      allowedTenants: config.allowedTenantIds.length,
      dataFile: store.dataFile,
    },
    'listening',
  );

  return {
    url,
    dataFile: store.dataFile,
    port,
    deps,
    routes: () => listRoutes(server),
    /**
     * Stops in order: no new connections (requests already received finish: turns in flight get
     * their answer), no new jobs (running ones finish), queued proactive messages go out, then
     * the store writes its final snapshot and lets go of the data directory.
     */
    async stop() {
      if (stopping) return;
      stopping = true;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await jobs.stop();
      await pacer.close();
      const lockLost = store.health().problem === 'lock-lost';
      await store.close();
      // another process took the data directory: this one stopped writing, which is not a clean stop
      if (lockLost) throw new Error('the data directory lock was lost while running (see the log)');
      logger.info('stopped');
    },
  };
}
