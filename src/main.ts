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
import { startDiscordPlatform } from './discord/index.js';
import { runTerminal } from './terminal/terminal.js';

async function main(): Promise<void> {
  // DOTENV_CONFIG_PATH (dotenv's own convention) lets tests and operators point at another file.
  loadDotenv({ quiet: true, ...(process.env.DOTENV_CONFIG_PATH ? { path: process.env.DOTENV_CONFIG_PATH } : {}) });
  const config = loadConfig(process.env, process.argv.slice(2));
  const article = await loadArticle(config.articlePath);
  const engine = createEngine(article);
  const ctx = createContext(engine, config);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const platforms: { stop(): Promise<void> }[] = [];
  if (config.discord) platforms.push(await startDiscordPlatform({ ...config, discord: config.discord }, ctx, log));
  if (platforms.length) {
    // Serve until asked to stop, then close every connection and exit 0.
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    await Promise.allSettled(platforms.map((p) => p.stop()));
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
    const known = error instanceof ConfigError || error instanceof ArticleError;
    process.stderr.write(`article-bot: ${known ? (error as Error).message : `failed to start: ${(error as Error)?.message ?? error}`}\n`);
    process.exit(1);
  },
);
