/**
 * DISCORD_SHARDS: the bot under discord.js's ShardingManager, one child process per shard (Discord
 * requires sharding from 2,500 servers). Each child runs `src/discord-shard.ts`, which starts the same
 * adapter; discord.js tells each child its shard ids through the environment.
 */
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from 'discord.js';
import type { PostChannelRef } from '../../posting/publisher.js';
import type { DiscordConfig } from './settings.js';
import { reportConnection, type PlatformReporting } from '../../runtime/observe.js';
import type { Log } from './interactions.js';

export interface RunningShards {
  readonly name: 'discord';
  readonly manager: ShardingManager;
  stop(): Promise<void>;
}

export interface ShardOptions {
  log: Log;
  /** The child script; defaults to src/discord-shard.ts (built). */
  script?: string;
  /** Pause between starting shards. Default 5,500 ms (Discord allows one IDENTIFY per 5 s). */
  spawnDelayMs?: number;
  /** How long one shard may take to become ready. Default 60,000 ms. */
  readyTimeoutMs?: number;
  /**
   * Connection state, reconnects and their log lines, from the shards' ready/resume/disconnect/
   * reconnecting/death events: connected while every shard is. Replies happen in the shard
   * processes, which log them but have no /metrics of their own.
   */
  reporting?: PlatformReporting;
}

/** The settings a shard's child must see as its parent resolved them. */
export interface ShardedConfig {
  articlePath: string;
  articleUrl?: string;
  commandName?: string;
  dataDir: string;
  postChannels?: readonly PostChannelRef[];
  discord: DiscordConfig;
}

/** The configuration a child needs, as the variables `loadConfig` reads (the token is added by discord.js). */
export function shardEnv(config: ShardedConfig): Record<string, string> {
  const env: Record<string, string> = { ARTICLE_PATH: config.articlePath, DISCORD_APP_ID: config.discord.appId };
  env.DATA_DIR = config.dataDir;
  const channels = (config.postChannels ?? []).filter((c) => c.platform === 'discord');
  if (channels.length) env.POST_CHANNELS = channels.map((c) => `discord:${c.channel}`).join(',');
  if (config.articleUrl) env.ARTICLE_URL = config.articleUrl;
  if (config.commandName) env.COMMAND_NAME = config.commandName;
  if (config.discord.apiUrl) env.DISCORD_API_URL = config.discord.apiUrl;
  if (config.discord.guildId) env.DISCORD_GUILD_ID = config.discord.guildId;
  return env;
}

/** The bot's shard count and the ids this machine runs: all of them unless DISCORD_SHARD_COUNT spreads them. */
async function shardsHere(discord: DiscordConfig): Promise<{ total: number; ids: readonly number[] }> {
  const { shards } = discord;
  if (typeof shards === 'object') return { total: shards.count, ids: shards.ids };
  const total = shards === 'auto' || shards === undefined ? await recommendedShards(discord) : shards;
  return { total, ids: Array.from({ length: total }, (_, i) => i) };
}

/** Discord's recommended shard count (GET /gateway/bot), through the configured REST base. */
export async function recommendedShards(config: DiscordConfig): Promise<number> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const { shards } = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, shards);
}

export async function startShards(config: ShardedConfig, options: ShardOptions): Promise<RunningShards> {
  const { discord } = config;
  const { total, ids } = await shardsHere(discord);
  const script = options.script ?? fileURLToPath(new URL('../../discord-shard.js', import.meta.url));
  // (Each shard runs with the parent's Node options: the young generation `npm start` sizes.)
  const manager = new ShardingManager(script, { token: discord.token, totalShards: total, shardList: [...ids], mode: 'process', respawn: true, execArgv: process.execArgv });
  const env = shardEnv(config);
  const connection = reportConnection('discord', options.reporting);
  const down = new Set<number>(ids);
  const mark = (id: number, up: boolean) => {
    if (up) down.delete(id);
    else down.add(id);
    if (down.size === 0) connection.up();
    else connection.down();
  };
  manager.on('shardCreate', (shard) => {
    shard.on('ready', () => mark(shard.id, true));
    shard.on('resume', () => mark(shard.id, true));
    shard.on('disconnect', () => mark(shard.id, false));
    shard.on('reconnecting', () => mark(shard.id, false));
    shard.on('death', () => mark(shard.id, false));
    // Children inherit the parent's environment (.env included: DATABASE_URL, LOG_LEVEL…), minus
    // what would make a child serve more than its shards (Slack, a sharding of its own); the
    // settings the parent resolved (article, DATA_DIR, Discord's POST_CHANNELS) then win.
    const childEnv = shard.env as Record<string, string | undefined>;
    for (const key of Object.keys(childEnv)) if (/^(SLACK_|DISCORD_SHARDS$|DISCORD_SHARD_COUNT$)/.test(key)) delete childEnv[key];
    Object.assign(childEnv, env);
    options.log(`discord: starting shard ${shard.id + 1} of ${total}`);
  });
  const stop = async () => {
    connection.close();
    manager.respawn = false;
    for (const shard of manager.shards.values()) shard.kill();
  };
  try {
    await manager.spawn({ amount: total, delay: options.spawnDelayMs ?? 5500, timeout: options.readyTimeoutMs ?? 60_000 });
  } catch (error) {
    await stop();
    throw new Error(`Discord: shards did not start: ${(error as Error).message}`);
  }
  options.log(ids.length === total ? `discord: ${total} shard(s) ready` : `discord: shard(s) ${ids.join(', ')} of ${total} ready`);
  return { name: 'discord', manager, stop };
}
