/**
 * The Discord adapter's one entry for start-up: HTTP interactions when DISCORD_PUBLIC_KEY is set,
 * else the gateway in one process, or shards when DISCORD_SHARDS is set.
 */
import type { CommandContext } from '../../../commands/types.js';
import type { PlatformReporting } from '../../runtime/observe.js';
import type { WebServer } from '../../web/server.js';
import type { PostingPort } from '../../posting/posting.js';
import type { Publisher } from '../../posting/publisher.js';
import type { Log } from './interactions.js';
import { startShards, type ShardedConfig } from './sharding.js';
import { startDiscord } from './start.js';
import type { HandledIds } from '../../store/handled-ids.js';

export interface DiscordPlatform {
  name: 'discord';
  /** Absent when sharded: each shard process then posts through its own client. */
  publisher?: Publisher;
  stop(): Promise<void>;
}

export async function startDiscordPlatform(
  config: ShardedConfig,
  ctx: CommandContext,
  options: {
    log: Log;
    posting?: Promise<PostingPort | undefined>;
    reporting?: PlatformReporting;
    /** The web server's `mount`; HTTP interactions mode needs it. */
    mount?: WebServer['mount'];
    /** Interaction ids answered by any instance (gateway mode: instances sharing a shard answer once). */
    handled?: HandledIds;
  },
): Promise<DiscordPlatform> {
  const { publicKey } = config.discord;
  if (publicKey) {
    if (!options.mount) throw new Error('Discord HTTP interactions need the web server (WEB must be on).');
    const { startDiscordHttp } = await import('./http/start.js');
    return startDiscordHttp({ ...config.discord, publicKey }, ctx, { ...options, mount: options.mount });
  }
  if (config.discord.shards !== undefined) {
    return startShards(config, { log: options.log, ...(options.reporting ? { reporting: options.reporting } : {}) });
  }
  return startDiscord(config.discord, ctx, options);
}
