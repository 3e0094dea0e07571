/**
 * Start-up, in one visible place: configuration, the article, the engine, the logger, health,
 * metrics and the web server, then the platforms that are configured (the terminal when none is).
 * Errors end with one line and a non-zero exit.
 *
 * With platforms, the order is: check Slack's tokens (fails fast, no connection yet) → listen on
 * PORT (taken: fatal) → open the post ledger → connect Discord → settle half-done posts and post
 * to POST_CHANNELS → connect Slack (Socket Mode) or mount it on the web server (HTTP mode).
 * Platform modules are imported only when configured, so the terminal starts without them.
 */
import { config as loadDotenv } from 'dotenv';
import type { Runtime } from '../commands/types.js';
import { checkServing, ConfigError, loadConfig, type Config } from './config.js';
import { createContext } from './context.js';
import type { ArticleEngine } from './engine/engine.js';
import { buildEngine } from './build-engine.js';
import { ArticleError } from './engine/parse.js';
import { loadArticle } from './load-article.js';
import type { Posting } from './posts/posting.js';
import type { Publisher } from './posts/publisher.js';
import { runTerminal } from './terminal/terminal.js';
import type { Health } from './health.js';
import type { Logger } from './log.js';
import type { LogSink } from './log-sink.js';
import type { Metrics } from './metrics.js';
import type { PlatformReporting } from './observe.js';
import { scrubber, secretsOf } from './secrets.js';
import type { WebServer } from './web/server.js';
import type { HandledIds } from './store/handled-ids.js';
import type { CommandContext } from '../commands/types.js';

/** A chat platform that was started: it runs until stopped. */
interface Started {
  name: string;
  publisher?: Publisher;
  stop(): Promise<void>;
}

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
async function loadOps(config: Config): Promise<Ops> {
  const [{ createLogger }, { stderrSink }, { createHealth }, { createMetrics }] = await Promise.all([
    import('./log.js'),
    import('./log-sink.js'),
    import('./health.js'),
    import('./metrics.js'),
  ]);
  // Logs go to stderr (stdout belongs to the terminal's answers), written off the event loop so no
  // reply waits for them. No token or secret is ever written.
  const sink = stderrSink();
  logs = sink;
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config), destination: sink, pretty: Boolean(process.stderr.isTTY) });
  return { logger, logs: sink, health: createHealth(), metrics: createMetrics({ processMetrics: true }) };
}

/** Writes the log lines still buffered, then start-up's last plain line (if any), then exits. */
async function exit(code: number, line?: string): Promise<never> {
  await logs?.close();
  if (line) say(line);
  process.exit(code);
}

/** Blanks configured secrets in start-up's plain lines; set once the configuration is read. */
let scrub = (text: string) => text;

/** Start-up's own last line, plain (not a log record), so a failed start reads as one sentence. */
const say = (line: string) => void process.stderr.write(`article-bot: ${scrub(line)}\n`);

/** The web server could not listen in platform mode; the message names PORT or HOST. */
class WebStartError extends Error {
  override name = 'WebStartError';
}

/** Resolves on the first SIGINT or SIGTERM. */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

/** Stops every platform, giving up after `ms` so a stuck connection cannot hold the exit. */
async function stopAll(started: readonly Started[], ms = 5000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([Promise.allSettled(started.map((p) => p.stop())), limit]);
  clearTimeout(timer);
}

/** Runs Discord and/or Slack, with the web server, until a signal; returns after a clean stop. */
async function runPlatforms(config: Config, engine: ArticleEngine, ctx: CommandContext, { logger, health, metrics }: Ops): Promise<void> {
  const [{ createObserver }, { createWebServer }] = await Promise.all([import('./observe.js'), import('./web/server.js')]);
  const observer = createObserver({ logger, metrics });
  const reporting: PlatformReporting = { health, metrics, observer };
  const log = (line: string, level: 'info' | 'warn' | 'error' = 'info') => logger[level](line);
  const started: Started[] = [];
  const runtime: Runtime = { startedAt: new Date(), platforms: () => health.connected() };
  // Configured platforms are down until they connect: /healthz answers 503 meanwhile.
  if (config.discord) health.register('discord');
  if (config.slack) health.register('slack');
  const web = config.web !== false ? createWebServer({ engine, config, health, metrics, logger }) : undefined;
  const [{ startStore }, { sharedHandledIds }, { startPosting }] = await Promise.all([
    import('./start-store.js'),
    import('./store/handled-ids.js'),
    import('./start-posting.js'),
  ]);
  // Slack's event ids go to the shared store once it is open (before Slack receives anything).
  let shared: HandledIds | undefined;
  const handled = sharedHandledIds({ first: (id, ttlMs) => (shared ? shared.first(id, ttlMs) : Promise.reject(new Error('store not open'))) });
  // Tokens first: a bad Slack token fails here, before anything listens, connects or opens.
  const slack = config.slack
    ? await (await import('./slack/start.js')).prepareSlack(config.slack, {
        logger: (await import('./slack/logger.js')).boltLogger(logger),
        reporting,
        handled,
        ...(web ? { mount: web.mount } : {}),
      })
    : undefined;
  if (web) await listen(web, config, logger);
  // A newer schema or an unreachable DATABASE_URL stops start-up here, before anything connects.
  const storage = await startStore(config, { health, metrics, log });
  shared = storage.store.handled;
  // Commands may arrive as soon as Discord is connected; post and status wait for this.
  let postingReady!: (posting: Posting | undefined) => void;
  const posting = new Promise<Posting | undefined>((resolve) => (postingReady = resolve));
  try {
    if (config.discord) {
      const { startDiscordPlatform } = await import('./discord/index.js');
      const forDiscord = posting.then((p) => p?.forPlatform('discord'));
      started.push(await startDiscordPlatform({ ...config, discord: config.discord }, { ...ctx, runtime }, { log, posting: forDiscord, reporting, ...(web ? { mount: web.mount } : {}) }));
    }
    const publishers = [...started.flatMap((p) => (p.publisher ? [p.publisher] : [])), ...(slack ? [slack.publisher] : [])];
    const ready = await startPosting({
      ledger: storage.store.ledger,
      publishers,
      engine,
      log,
      onOutcome: observer.post,
      ...(ctx.shareUrl ? { shareUrl: ctx.shareUrl } : {}),
      ...(config.postChannels ? { postChannels: config.postChannels } : {}),
    });
    postingReady(ready);
    if (slack) {
      const running = await slack.start({ ...ctx, runtime, posting: ready.forPlatform('slack') });
      started.push({ name: 'slack', stop: () => running.stop() });
    }
  } catch (error) {
    postingReady(undefined);
    await stopAll(started);
    await storage.stop();
    await web?.close();
    throw error;
  }
  const signal = await untilSignal();
  logger.info(`${signal}, stopping ${started.map((p) => p.name).join(', ')}`);
  await stopAll(started);
  await storage.stop();
  await web?.close();
}

/** Platform mode needs its server: a taken PORT stops start-up with one line naming it. */
async function listen(web: WebServer, config: Config, logger: Logger): Promise<void> {
  const slackHttp = Boolean(config.slack && !config.slack.appToken);
  const discordHttp = Boolean(config.discord?.publicKey);
  const { startWebServer } = await import('./web/start.js');
  const listening = await startWebServer(web, config, { fatal: true, canTurnOff: !slackHttp && !discordHttp });
  if (!listening.ok) throw new WebStartError(listening.reason);
  // The address, for operators and for tests that start with PORT=0.
  logger.info({ url: listening.url }, `article page: ${listening.url}`);
}

async function main(): Promise<void> {
  // DOTENV_CONFIG_PATH (dotenv's own convention) lets tests and operators point at another file.
  loadDotenv({ quiet: true, ...(process.env.DOTENV_CONFIG_PATH ? { path: process.env.DOTENV_CONFIG_PATH } : {}) });
  const config = loadConfig(process.env, process.argv.slice(2));
  scrub = scrubber(secretsOf(config));
  const article = await loadArticle(config.articlePath);
  const engine = buildEngine(article);
  const ctx = createContext(engine, config);
  if (config.discord || config.slack) {
    checkServing(config);
    const ops = await loadOps(config);
    // A library's stray rejection (e.g. a failed reconnect) ends the process with one line, not a stack.
    const crash = (await import('./crash.js')).crashOn(ops.logger, ops.logs, say);
    process.on('unhandledRejection', crash);
    process.on('uncaughtException', crash);
    engine.warm(); // a long-running bot builds its index now, so no reader's first question waits
    return runPlatforms(config, engine, ctx, ops);
  }
  const interactive = Boolean(process.stdin.isTTY) && !config.json;
  // The article page, /healthz and /metrics: on for a person at a terminal, off for piped input
  // unless WEB=on (WEB=off or --no-web: never).
  const wantWeb = config.web ?? interactive;
  // Replies are logged at debug: load the logger and metrics only when something will read them.
  const observed = wantWeb || ['debug', 'trace'].includes(config.logLevel);
  const ops = observed ? await loadOps(config) : undefined;
  let web: WebServer | undefined;
  if (ops && wantWeb) {
    const [{ createWebServer }, { startWebServer }] = await Promise.all([import('./web/server.js'), import('./web/start.js')]);
    web = createWebServer({ engine, config, ...ops });
    const started = await startWebServer(web, config);
    // One plain line on stderr, never among the answers; a taken port is not fatal here.
    process.stderr.write(started.ok ? `article page: ${started.url}\n` : `article-bot: ${started.reason}\n`);
  }
  const observer = ops ? (await import('./observe.js')).createObserver({ logger: ops.logger, metrics: ops.metrics, replyLevel: 'debug' }) : undefined;
  await runTerminal({ input: process.stdin, output: process.stdout, ctx, json: config.json, interactive, ...(observer ? { observer } : {}) });
  await web?.close();
}

/** Errors whose message is already the one line an operator needs. */
const OPERATOR_ERRORS = new Set(['ConfigError', 'ArticleError', 'SlackStartError', 'LedgerError', 'WebStartError']);

main().then(
  () => exit(0),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof ArticleError || OPERATOR_ERRORS.has((error as Error)?.name);
    return exit(1, known ? (error as Error).message : `failed to start: ${(error as Error)?.message ?? error}`);
  },
);
