/**
 * Discord for `npm run post`: a discord.js client logged in only to post (no interaction handler,
 * so a running bot keeps answering commands alone), and the same publisher the bot uses.
 *
 * Rate limits: discord.js waits out 429s (Retry-After) and keeps per-route buckets. Its REST
 * retries on 5xx and timeouts are turned off here: a POST that failed that way may still have
 * landed, and the ledger's look-before-resend is the safe way to try again (the next run does).
 */
import type { ClientOptions } from 'discord.js';
import type { DiscordConfig } from './settings.js';
import type { Publisher } from '../../posting/publisher.js';
import { createClient, loginReady } from './client.js';
import { createDiscordPublisher } from './publisher.js';

export interface DiscordPosting {
  publisher: Publisher;
  /** Logs out; safe to call twice. */
  stop(): Promise<void>;
}

/** DISCORD_SHARDS as discord.js's own in-process sharding: one client, every shard. */
function shardOptions(shards: DiscordConfig['shards']): Partial<ClientOptions> {
  if (shards === undefined) return {};
  if (shards === 'auto') return { shards: 'auto' };
  // Posting may target any server, so every shard, even where the bot spreads them over machines.
  const count = typeof shards === 'object' ? shards.count : shards;
  return { shards: Array.from({ length: count }, (_, i) => i), shardCount: count };
}

export async function connectDiscordForPosting(config: DiscordConfig, { readyTimeoutMs = 30_000 } = {}): Promise<DiscordPosting> {
  const client = createClient(config, { rest: { retries: 0 }, ...shardOptions(config.shards) });
  await loginReady(client, config.token, readyTimeoutMs);
  let stopped = false;
  return {
    publisher: createDiscordPublisher(client),
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
    },
  };
}
