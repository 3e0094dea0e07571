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
import { createHealth } from './health.js';
import { createLogger, secretsOf } from './log.js';
import { createMetrics } from './metrics.js';
import { createObserver } from './observe.js';
import { createWebServer } from './web/server.js';
import { startWebServer } from './web/start.js';

async function main(): Promise<void> {
  // DOTENV_CONFIG_PATH (dotenv's own convention) lets tests and operators point at another file.
  loadDotenv({ quiet: true, ...(process.env.DOTENV_CONFIG_PATH ? { path: process.env.DOTENV_CONFIG_PATH } : {}) });
  const config = loadConfig(process.env, process.argv.slice(2));
  const article = await loadArticle(config.articlePath);
  const engine = createEngine(article);
  const ctx = createContext(engine, config);
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

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof ArticleError;
    process.stderr.write(`article-bot: ${known ? (error as Error).message : `failed to start: ${(error as Error)?.message ?? error}`}\n`);
    process.exit(1);
  },
);
