/**
 * Entry point of one shard's child process (see sharding.ts): the article, the engine, the
 * Discord adapter and posting, nothing else. discord.js reads its shard ids from the environment
 * the manager set. The store is shared by all shards (SQLite WAL, or DATABASE_URL); only the process holding
 * shard 0 settles interrupted posts and posts to POST_CHANNELS, so no two shards do it at once.
 */
import { boot, runProgram } from './bootstrap.js';
import { openStore } from './store/open.js';
import { createPosting, type Posting } from './posting/posting.js';
import { keepReconciling, startPosting } from './posting/start.js';
import { postingToCome } from './posting/deferred.js';
import { startDiscord } from './adapters/discord/start.js';

const log = (line: string) => void process.stderr.write(`${line}\n`);

async function shard(): Promise<void> {
  // The manager passed the parent's environment, .env included; no command line.
  const { settings: config, engine, ctx } = await boot([], process.env);
  if (!config.discord) throw new Error('shard started without DISCORD_TOKEN and DISCORD_APP_ID');
  const store = await openStore(config);
  const { posting, ready } = postingToCome<Posting>();
  const startedAt = new Date();
  const running = await startDiscord(
    config.discord,
    { ...ctx, runtime: { startedAt, platforms: () => ['discord'] } },
    { log, posting: posting.then((p) => p?.forPlatform('discord')) },
  );
  const shareUrl = ctx.shareUrl ? { shareUrl: ctx.shareUrl } : {};
  const deps = { ledger: store.ledger, publishers: [running.publisher], engine, ...shareUrl };
  const first = running.client.shard?.ids.includes(0) ?? true;
  const service = first ? await startPosting({ ...deps, log, ...(config.postChannels ? { postChannels: config.postChannels } : {}) }) : createPosting(deps);
  ready(service);
  // The process that settled interrupted posts at start keeps doing so for other instances' posts.
  if (first) keepReconciling(service);
  const stop = () =>
    void running
      .stop()
      .finally(() => store.close())
      .finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.once('disconnect', stop); // the manager went away
}

// The process lives until a signal, or until the manager goes away: start-up's end is not its exit.
runProgram(() => shard().then(() => new Promise<never>(() => {})), { name: 'article-bot shard' });
