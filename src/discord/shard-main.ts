/**
 * Entry point of one shard's child process (see sharding.ts): the article, the engine and the
 * Discord adapter, nothing else. discord.js reads its shard ids from the environment the manager set.
 */
import { loadConfig } from '../config.js';
import { createContext } from '../context.js';
import { createEngine } from '../engine/engine.js';
import { loadArticle } from '../load-article.js';
import { startDiscord } from './start.js';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function shard(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.discord) throw new Error('shard started without DISCORD_TOKEN and DISCORD_APP_ID');
  const ctx = createContext(createEngine(await loadArticle(config.articlePath)), config);
  const running = await startDiscord(config.discord, ctx, { log });
  const stop = () => void running.stop().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.once('disconnect', stop); // the manager went away
}

shard().catch((error: unknown) => {
  log(`article-bot shard: ${(error as Error)?.message ?? String(error)}`);
  process.exit(1);
});
