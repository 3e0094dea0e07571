/**
 * Start-up, in one visible place: configuration, the article, the engine, then the platforms
 * that are configured (the terminal when none is). Errors end with one line and a non-zero exit.
 *
 * With platforms, the order is: check Slack's tokens (fails fast, no connection yet) → open the post
 * ledger → connect Discord → settle half-done posts and post to POST_CHANNELS → connect Slack.
 * Platform modules are imported only when configured, so the terminal starts without them.
 */
import { config as loadDotenv } from 'dotenv';
import type { Runtime } from '../commands/types.js';
import { ConfigError, DEFAULT_DATA_DIR, loadConfig, type Config } from './config.js';
import { createContext } from './context.js';
import { createEngine, type ArticleEngine } from './engine/engine.js';
import { ArticleError } from './engine/parse.js';
import { loadArticle } from './load-article.js';
import type { Posting } from './posts/posting.js';
import type { Publisher } from './posts/publisher.js';
import { runTerminal } from './terminal/terminal.js';
import { createHealth } from './health.js';
import { createLogger, secretsOf } from './log.js';
import { createMetrics } from './metrics.js';
import { createObserver } from './observe.js';
import { createWebServer } from './web/server.js';
import { startWebServer } from './web/start.js';
import type { CommandContext } from '../commands/types.js';

/** A chat platform that was started: it runs until stopped. */
interface Started {
  name: string;
  publisher?: Publisher;
  stop(): Promise<void>;
}

const log = (line: string) => void process.stderr.write(`article-bot: ${line}\n`);

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

/** Runs Discord and/or Slack until a signal; returns after a clean stop. */
async function runPlatforms(config: Config, engine: ArticleEngine, ctx: CommandContext): Promise<void> {
  const started: Started[] = [];
  const runtime: Runtime = { startedAt: new Date(), platforms: () => started.map((p) => p.name) };
  const { openLedger } = await import('./posts/ledger.js');
  const { startPosting } = await import('./start-posting.js');
  // Tokens first: a bad Slack token fails here, before anything connects or the ledger opens.
  const slack = config.slack ? await (await import('./slack/start.js')).prepareSlack(config.slack, { host: config.host, port: config.port }) : undefined;
  const ledger = openLedger(config.dataDir ?? DEFAULT_DATA_DIR);
  // Commands may arrive as soon as Discord is connected; post and status wait for this.
  let postingReady!: (posting: Posting | undefined) => void;
  const posting = new Promise<Posting | undefined>((resolve) => (postingReady = resolve));
  try {
    if (config.discord) {
      const { startDiscordPlatform } = await import('./discord/index.js');
      const forDiscord = posting.then((p) => p?.forPlatform('discord'));
      started.push(await startDiscordPlatform({ ...config, discord: config.discord }, { ...ctx, runtime }, { log, posting: forDiscord }));
    }
    const publishers = [...started.flatMap((p) => (p.publisher ? [p.publisher] : [])), ...(slack ? [slack.publisher] : [])];
    const ready = await startPosting({
      ledger,
      publishers,
      engine,
      log,
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
    ledger.close();
    throw error;
  }
  const signal = await untilSignal();
  log(`${signal}, stopping ${started.map((p) => p.name).join(', ')}`);
  await stopAll(started);
  ledger.close();
}

async function main(): Promise<void> {
  // DOTENV_CONFIG_PATH (dotenv's own convention) lets tests and operators point at another file.
  loadDotenv({ quiet: true, ...(process.env.DOTENV_CONFIG_PATH ? { path: process.env.DOTENV_CONFIG_PATH } : {}) });
  const config = loadConfig(process.env, process.argv.slice(2));
  const article = await loadArticle(config.articlePath);
  const engine = createEngine(article);
  const ctx = createContext(engine, config);
  if (config.discord || config.slack) {
    // A library's stray rejection (e.g. a failed reconnect) ends the process with one line, not a stack.
    process.on('unhandledRejection', (reason) => {
      log(`stopped on an unexpected error: ${(reason as Error)?.message ?? reason}`);
      process.exit(1);
    });
    return runPlatforms(config, engine, ctx);
  }
  // Logs go to stderr: stdout belongs to the terminal's answers. No token or secret is ever written.
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config), pretty: Boolean(process.stderr.isTTY) });
  const health = createHealth();
  const metrics = createMetrics({ processMetrics: true });
  // The article page, /healthz and /metrics (WEB=off or --no-web: none of them).
  const web = config.web ? createWebServer({ engine, config, health, metrics, logger }) : undefined;
  const started = web ? await startWebServer(web, config) : undefined;
  // Terminal mode: one plain line on stderr, never among the answers; a taken port is not fatal here.
  if (started) process.stderr.write(started.ok ? `article page: ${started.url}\n` : `article-bot: ${started.reason}\n`);
  await runTerminal({
    input: process.stdin,
    output: process.stdout,
    ctx,
    json: config.json,
    interactive: Boolean(process.stdin.isTTY) && !config.json,
    // At debug: a person's terminal is not the place for a log line per answer.
    observer: createObserver({ logger, metrics, replyLevel: 'debug' }),
  });
  await web?.close();
}

/** Errors whose message is already the one line an operator needs. */
const OPERATOR_ERRORS = new Set(['ConfigError', 'ArticleError', 'SlackStartError', 'LedgerError']);

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof ArticleError || OPERATOR_ERRORS.has((error as Error)?.name);
    log(known ? (error as Error).message : `failed to start: ${(error as Error)?.message ?? error}`);
    process.exit(1);
  },
);
