/**
 * The bot's entry point (`npm start`): boots (settings, article, engine, context), then serves
 * every configured adapter, or the terminal when none is. See `serve` for the order of start-up.
 * Adapter modules are imported only when configured, so the terminal starts without them.
 */
import type { CommandContext, Runtime } from '../commands/types.js';
import type { Adapter, AdapterFactory, AdapterServices } from './adapters/adapter.js';
import { boot, runProgram, untilSignal } from './bootstrap.js';
import { checkServing, type Settings } from './config.js';
import { ADAPTERS } from './adapter-registry.js';
import type { ArticleEngine } from './engine/engine.js';
import type { Health } from './runtime/health.js';
import type { Logger } from './runtime/log.js';
import type { LogSink } from './runtime/log-sink.js';
import type { Metrics } from './runtime/metrics.js';
import { OperatorError } from './core/errors.js';
import { postingToCome } from './posting/deferred.js';
import type { Posting } from './posting/posting.js';
import { scrubber, secretsOf } from './runtime/secrets.js';
import type { HandledIds } from './store/handled-ids.js';
import { terminalAdapter } from './adapters/terminal/adapter.js';
import type { WebServer } from './web/server.js';

/** What every mode reports to: one logger (stderr), the connection registry and the metrics. */
interface Ops {
  logger: Logger;
  /** Where the logger writes (asynchronously). */
  logs: LogSink;
  health: Health;
  metrics: Metrics;
}

/** Where the logger writes, once loaded: asynchronous, so every way out writes what it still holds first. */
let logs: LogSink | undefined;

/**
 * The logger, health and metrics. Imported on demand: pino and prom-client take ~40 ms to load,
 * which a one-shot terminal answer (`echo summary | npm start`) need not pay.
 */
async function loadOps(settings: Settings): Promise<Ops> {
  const [{ createLogger }, { stderrSink }, { createHealth }, { createMetrics }] = await Promise.all([
    import('./runtime/log.js'),
    import('./runtime/log-sink.js'),
    import('./runtime/health.js'),
    import('./runtime/metrics.js'),
  ]);
  // Logs go to stderr (stdout belongs to the terminal's answers), written off the event loop so no
  // reply waits for them. No token or secret is ever written.
  const sink = stderrSink();
  logs = sink;
  const logger = createLogger({ level: settings.logLevel, secrets: secretsOf(settings), destination: sink, pretty: Boolean(process.stderr.isTTY) });
  return { logger, logs: sink, health: createHealth(), metrics: createMetrics({ processMetrics: true }) };
}

/** Blanks configured secrets in start-up's plain lines; set once the configuration is read. */
let scrub = (text: string) => text;

/** Start-up's own last line, plain (not a log record), so a failed start reads as one sentence. */
const say = (line: string) => void process.stderr.write(`article-bot: ${scrub(line)}\n`);

/** The web server could not listen in platform mode; the message names PORT or HOST. */
class WebStartError extends OperatorError {}

/** Stops every adapter, giving up after `ms` so a stuck connection cannot hold the exit. */
async function stopAll(started: readonly Adapter[], ms = 5000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([Promise.allSettled(started.map((p) => p.stop())), limit]);
  clearTimeout(timer);
}

/**
 * Serves the configured chat platforms, with the web server, until a signal; returns after a clean
 * stop. The order: check every adapter's tokens (fails fast, nothing connected) → listen on PORT
 * (taken: fatal) → open the store → start each adapter → settle half-done posts and post to
 * POST_CHANNELS through their publishers → hand posting to the commands, which wait for it.
 */
async function serve(settings: Settings, engine: ArticleEngine, ctx: CommandContext, factories: readonly AdapterFactory<Settings>[], { logger, health, metrics }: Ops): Promise<void> {
  const [{ createObserver }, { idleCompactor }, { createWebServer }, { startStore }, { sharedHandledIds }, { startPosting, keepReconciling }] = await Promise.all([
    import('./runtime/observe.js'),
    import('./runtime/idle-compact.js'),
    import('./web/server.js'),
    import('./store/start.js'),
    import('./store/handled-ids.js'),
    import('./posting/start.js'),
  ]);
  const compactor = idleCompactor();
  const observer = createObserver({ logger, metrics, afterReply: compactor.touch });
  const log = (line: string, level: 'info' | 'warn' | 'error' = 'info') => logger[level](line);
  const runtime: Runtime = { startedAt: new Date(), platforms: () => health.connected() };
  // Configured platforms are down until they connect: /healthz answers 503 meanwhile.
  for (const factory of factories) health.register(factory.name);
  const web = settings.web !== false ? createWebServer({ engine, config: settings, health, metrics, logger }) : undefined;
  // Event ids go to the shared store once it is open (before any adapter receives anything).
  let shared: HandledIds | undefined;
  const handled = sharedHandledIds({ first: (id, ttlMs) => (shared ? shared.first(id, ttlMs) : Promise.reject(new Error('store not open'))) });
  const services: AdapterServices = { logger, reporting: { health, metrics, observer }, handled, ...(web ? { mount: web.mount } : {}) };
  // Tokens first: a bad token fails here, before anything listens, connects or opens.
  const adapters: Adapter[] = [];
  for (const factory of factories) adapters.push(await factory.prepare(settings, services));
  if (web) await listen(web, settings, logger);
  // A newer schema or an unreachable DATABASE_URL stops start-up here, before anything connects.
  const storage = await startStore(settings, { health, metrics, log });
  shared = storage.store.handled;
  const { posting, ready } = postingToCome<Posting>();
  const started: Adapter[] = [];
  let stopSweep = () => {};
  const stopEverything = async () => {
    stopSweep();
    compactor.stop();
    await stopAll(started);
    await storage.stop();
    await web?.close();
  };
  try {
    for (const adapter of adapters) {
      await adapter.start({ ...ctx, runtime }, posting.then((p) => p?.forPlatform(adapter.name)));
      started.push(adapter);
    }
    const service = await startPosting({
        ledger: storage.store.ledger,
        publishers: started.flatMap((a) => (a.publisher ? [a.publisher] : [])),
        engine,
        log,
        onOutcome: observer.post,
        ...(settings.shareUrl ? { shareUrl: settings.shareUrl } : {}),
        ...(settings.postChannels ? { postChannels: settings.postChannels } : {}),
    });
    ready(service);
    stopSweep = keepReconciling(service);
  } catch (error) {
    ready(undefined);
    await stopEverything();
    throw error;
  }
  const signal = await untilSignal();
  logger.info(`${signal}, stopping ${started.map((p) => p.name).join(', ')}`);
  await stopEverything();
}

/** Platform mode needs its server: a taken PORT stops start-up with one line naming it. */
async function listen(web: WebServer, settings: Settings, logger: Logger): Promise<void> {
  const slackHttp = Boolean(settings.slack && !settings.slack.appToken);
  const discordHttp = Boolean(settings.discord?.publicKey);
  const { startWebServer } = await import('./web/start.js');
  const listening = await startWebServer(web, settings, { fatal: true, canTurnOff: !slackHttp && !discordHttp });
  if (!listening.ok) throw new WebStartError(listening.reason);
  // The address, for operators and for tests that start with PORT=0.
  logger.info({ url: listening.url }, `article page: ${listening.url}`);
}

/** No platform configured: the terminal, with the article page when a person sits at it. */
async function converse(settings: Settings, engine: ArticleEngine, ctx: CommandContext): Promise<void> {
  const interactive = Boolean(process.stdin.isTTY) && !settings.json;
  // The article page, /healthz and /metrics: on for a person at a terminal, off for piped input
  // unless WEB=on (WEB=off or --no-web: never).
  const wantWeb = settings.web ?? interactive;
  // Replies are logged at debug: load the logger and metrics only when something will read them.
  const observed = wantWeb || ['debug', 'trace'].includes(settings.logLevel);
  const ops = observed ? await loadOps(settings) : undefined;
  let web: WebServer | undefined;
  if (ops && wantWeb) {
    const [{ createWebServer }, { startWebServer }] = await Promise.all([import('./web/server.js'), import('./web/start.js')]);
    web = createWebServer({ engine, config: settings, ...ops });
    const started = await startWebServer(web, settings);
    // One plain line on stderr, never among the answers; a taken port is not fatal here.
    process.stderr.write(started.ok ? `article page: ${started.url}\n` : `article-bot: ${started.reason}\n`);
  }
  const observer = ops ? (await import('./runtime/observe.js')).createObserver({ logger: ops.logger, metrics: ops.metrics, replyLevel: 'debug' }) : undefined;
  const terminal = terminalAdapter({ input: process.stdin, output: process.stdout, json: settings.json, interactive, ...(observer ? { observer } : {}) });
  await terminal.start(ctx, Promise.resolve(undefined));
  await terminal.finished;
  await web?.close();
}

async function main(): Promise<void> {
  const { settings, engine, ctx } = await boot();
  scrub = scrubber(secretsOf(settings));
  const platforms = ADAPTERS.filter((adapter) => adapter.configured(settings));
  if (platforms.length === 0) return converse(settings, engine, ctx);
  checkServing(settings);
  const ops = await loadOps(settings);
  // A library's stray rejection (e.g. a failed reconnect) ends the process with one line, not a stack.
  const crash = (await import('./runtime/crash.js')).crashOn(ops.logger, ops.logs, say);
  process.on('unhandledRejection', crash);
  process.on('uncaughtException', crash);
  engine.warm(); // a long-running bot builds its index now, so no reader's first question waits
  return serve(settings, engine, ctx, platforms, ops);
}

runProgram(main, { name: 'article-bot', failure: 'failed to start', scrub: () => scrub, beforeExit: async () => logs?.close() });
