/**
 * Start-up, in one visible place: configuration, the article, the engine, then the platforms
 * that are configured (the terminal when none is). Errors end with one line and a non-zero exit.
 */
import { config as loadDotenv } from 'dotenv';
import { ConfigError, DEFAULT_DATA_DIR, loadConfig } from './config.js';
import { createContext } from './context.js';
import { createEngine } from './engine/engine.js';
import { ArticleError } from './engine/parse.js';
import { loadArticle } from './load-article.js';
import { runTerminal } from './terminal/terminal.js';
import { openLedger, type Ledger } from './posts/ledger.js';
import { createPosting, type Posting } from './posts/posting.js';
import type { Publisher } from './posts/publisher.js';
import { prepareSlack, SlackStartError } from './slack/start.js';

/** A chat platform that was started: it runs until stopped. */
interface Started {
  name: string;
  stop(): Promise<void>;
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

async function main(): Promise<void> {
  // DOTENV_CONFIG_PATH (dotenv's own convention) lets tests and operators point at another file.
  loadDotenv({ quiet: true, ...(process.env.DOTENV_CONFIG_PATH ? { path: process.env.DOTENV_CONFIG_PATH } : {}) });
  const config = loadConfig(process.env, process.argv.slice(2));
  const article = await loadArticle(config.articlePath);
  const engine = createEngine(article);
  const ctx = createContext(engine, config);
  // A library's stray rejection (e.g. a failed reconnect) ends the process with one line, not a stack.
  process.on('unhandledRejection', (reason) => {
    process.stderr.write(`article-bot: stopped on an unexpected error: ${(reason as Error)?.message ?? reason}\n`);
    process.exit(1);
  });
  const started: Started[] = [];
  const runtime = { startedAt: new Date(), platforms: () => started.map((p) => p.name) };
  let ledger: Ledger | undefined;
  try {
    // Tokens first (fails fast), then the shared posting core, then connections.
    const slack = config.slack ? await prepareSlack(config.slack, { host: config.host, port: config.port }) : undefined;
    const publishers: Publisher[] = slack ? [slack.publisher] : [];
    let posting: Posting | undefined;
    if (publishers.length) {
      ledger = openLedger(config.dataDir ?? DEFAULT_DATA_DIR);
      posting = createPosting({ ledger, publishers, engine, ...(ctx.shareUrl ? { shareUrl: ctx.shareUrl } : {}) });
      for (const r of await posting.reconcile()) process.stderr.write(`article-bot: unfinished post to ${r.target.label}: ${r.status}${r.reason ? ` (${r.reason})` : ''}\n`);
      for (const r of config.postChannels?.length ? await posting.publishAll(config.postChannels, { requestedBy: 'POST_CHANNELS' }) : []) {
        process.stderr.write(`article-bot: POST_CHANNELS ${r.label}: ${r.status}${r.reason ? ` (${r.reason})` : ''}\n`);
      }
    }
    if (slack) {
      const running = await slack.start({ ...ctx, runtime, ...(posting ? { posting: posting.forPlatform('slack') } : {}) });
      started.push({ name: 'slack', stop: () => running.stop() });
    }
  } catch (error) {
    await stopAll(started);
    ledger?.close();
    throw error;
  }
  if (started.length) {
    const signal = await untilSignal();
    process.stderr.write(`article-bot: ${signal}, stopping ${started.map((p) => p.name).join(', ')}\n`);
    await stopAll(started);
    ledger?.close();
    return;
  }
  await runTerminal({
    input: process.stdin,
    output: process.stdout,
    ctx,
    json: config.json,
    interactive: Boolean(process.stdin.isTTY) && !config.json,
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof ArticleError || error instanceof SlackStartError;
    process.stderr.write(`article-bot: ${known ? (error as Error).message : `failed to start: ${(error as Error)?.message ?? error}`}\n`);
    process.exit(1);
  },
);
