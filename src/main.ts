/**
 * Start-up, in one visible place: configuration, the article, the engine, then the platforms
 * that are configured (the terminal when none is). Errors end with one line and a non-zero exit.
 */
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from './config.js';
import { createContext } from './context.js';
import { createEngine } from './engine/engine.js';
import { ArticleError } from './engine/parse.js';
import { loadArticle } from './load-article.js';
import { runTerminal } from './terminal/terminal.js';
import { SlackStartError, startSlack } from './slack/start.js';

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
  try {
    if (config.slack) {
      const slack = await startSlack(config.slack, ctx, { host: config.host, port: config.port });
      started.push({ name: 'slack', stop: () => slack.stop() });
    }
  } catch (error) {
    await stopAll(started);
    throw error;
  }
  if (started.length) {
    const signal = await untilSignal();
    process.stderr.write(`article-bot: ${signal}, stopping ${started.map((p) => p.name).join(', ')}\n`);
    await stopAll(started);
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
