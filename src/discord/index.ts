/** The Discord adapter's one entry for start-up: one process, or shards when DISCORD_SHARDS is set. */
import type { CommandContext } from '../../commands/types.js';
import type { Config, DiscordConfig } from '../config.js';
import type { Log } from './interactions.js';
import { startShards } from './sharding.js';
import { startDiscord } from './start.js';

export async function startDiscordPlatform(
  config: Config & { discord: DiscordConfig },
  ctx: CommandContext,
  log: Log,
): Promise<{ name: string; stop(): Promise<void> }> {
  return config.discord.shards === undefined ? startDiscord(config.discord, ctx, { log }) : startShards(config, { log });
}
