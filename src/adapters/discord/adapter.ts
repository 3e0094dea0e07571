/**
 * Discord as an `Adapter`: HTTP interactions with DISCORD_PUBLIC_KEY, shards with DISCORD_SHARDS,
 * else one gateway client (src/adapters/discord/index.ts chooses). discord.js is imported only on `start`.
 */
import type { Adapter, AdapterFactory } from '../adapter.js';
import type { DiscordPlatform } from './index.js';
import type { ShardedConfig } from './sharding.js';
import type { DiscordConfig } from './settings.js';

/** What the Discord adapter reads: its own settings, and what a shard's child must be told. */
export type DiscordServeSettings = Omit<ShardedConfig, 'discord'> & { discord?: DiscordConfig };

export const discordAdapter: AdapterFactory<DiscordServeSettings> = {
  name: 'discord',
  configured: (settings) => Boolean(settings.discord),
  async prepare(settings, { logger, reporting, handled, mount }): Promise<Adapter> {
    const discord = settings.discord;
    if (!discord) throw new Error('discord adapter prepared without DISCORD_TOKEN');
    let running: DiscordPlatform | undefined;
    const log = (line: string, level: 'info' | 'warn' | 'error' = 'info') => logger[level](line);
    return {
      name: 'discord',
      get publisher() {
        return running?.publisher;
      },
      async start(ctx, posting) {
        const { startDiscordPlatform } = await import('./index.js');
        running = await startDiscordPlatform({ ...settings, discord }, ctx, { log, posting, reporting, handled, ...(mount ? { mount } : {}) });
      },
      stop: async () => running?.stop(),
    };
  },
  async connectForPosting(settings) {
    if (!settings.discord) throw new Error('discord adapter asked to post without DISCORD_TOKEN');
    const { connectDiscordForPosting } = await import('./posting-client.js');
    return connectDiscordForPosting(settings.discord);
  },
};
