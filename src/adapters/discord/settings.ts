/**
 * Discord's settings (DISCORD_TOKEN, DISCORD_APP_ID, DISCORD_GUILD_ID, DISCORD_API_URL,
 * DISCORD_SHARDS, DISCORD_PUBLIC_KEY) and what the rest of the bot needs to know of the platform:
 * its name, the variable that turns it on, and how its channel ids look (POST_CHANNELS, --to).
 */
import { url, value, type Env } from '../../runtime/env.js';
import { ConfigError } from '../../core/errors.js';

export const discordPlatform = {
  name: 'discord',
  label: 'Discord',
  tokenVariable: 'DISCORD_TOKEN',
  /** Channel ids are snowflakes. */
  channelId: /^\d{15,22}$/,
  channelHint: 'a Discord channel id (17–20 digits)',
} as const;

export interface DiscordConfig {
  token: string;
  appId: string;
  guildId?: string;
  /** REST base without the version, e.g. http://127.0.0.1:PORT/api (tests, proxies). */
  apiUrl?: string;
  /**
   * DISCORD_SHARDS: run under discord.js's ShardingManager, one process per shard; `auto` asks
   * Discord how many, a number runs that many, all on this machine. With DISCORD_SHARD_COUNT, the
   * bot's shards are spread over machines: DISCORD_SHARDS lists the ids this machine runs
   * (`{ ids: [0, 1], count: 4 }`). Absent (the default): one process, no manager.
   */
  shards?: 'auto' | number | ShardSet;
  /**
   * DISCORD_PUBLIC_KEY: the application's Ed25519 public key (64 hex characters, General
   * Information → Public Key). When set, Discord's interactions arrive over HTTP at
   * /discord/interactions on the web server and no gateway connection is opened; the token is then
   * used for REST only (posting). Absent (the default): gateway mode.
   */
  publicKey?: string;
}

/** Discord's settings, or undefined when neither DISCORD_TOKEN nor DISCORD_APP_ID is set. */
/** This machine's share of a bot sharded over several machines. */
export interface ShardSet {
  /** The shard ids run here, each below `count`. */
  ids: readonly number[];
  /** DISCORD_SHARD_COUNT: the bot's shards on every machine together. */
  count: number;
}

export function discordSettings(env: Env): DiscordConfig | undefined {
  const token = value(env, 'DISCORD_TOKEN');
  const appId = value(env, 'DISCORD_APP_ID');
  if (!token && !appId) return undefined;
  if (!token) throw new ConfigError('DISCORD_TOKEN', 'is required when DISCORD_APP_ID is set (the bot token from the Developer Portal).');
  if (!appId || !/^\d{15,22}$/.test(appId)) {
    throw new ConfigError('DISCORD_APP_ID', 'must be the application id, a number of 17–20 digits.');
  }
  const guildId = value(env, 'DISCORD_GUILD_ID');
  if (guildId !== undefined && !/^\d{15,22}$/.test(guildId)) {
    throw new ConfigError('DISCORD_GUILD_ID', 'must be a server id, a number of 17–20 digits.');
  }
  const apiUrl = url(env, 'DISCORD_API_URL');
  const shards = shardsValue(env);
  const publicKey = publicKeyValue(env);
  if (publicKey && shards !== undefined) {
    throw new ConfigError('DISCORD_SHARDS', 'is for gateway mode; remove it when DISCORD_PUBLIC_KEY is set (HTTP interactions need no shards).');
  }
  return {
    token,
    appId,
    ...(guildId ? { guildId } : {}),
    ...(apiUrl ? { apiUrl } : {}),
    ...(shards === undefined ? {} : { shards }),
    ...(publicKey ? { publicKey } : {}),
  };
}

function publicKeyValue(env: Env): string | undefined {
  const key = value(env, 'DISCORD_PUBLIC_KEY');
  if (key === undefined) return undefined;
  if (!/^[0-9a-f]{64}$/i.test(key)) {
    throw new ConfigError('DISCORD_PUBLIC_KEY', 'must be the application\'s public key, 64 hexadecimal characters (Developer Portal → General Information → Public Key).');
  }
  return key.toLowerCase();
}

const MAX_SHARDS = 1000;

function shardsValue(env: Env): 'auto' | number | ShardSet | undefined {
  const text = value(env, 'DISCORD_SHARDS');
  const countText = value(env, 'DISCORD_SHARD_COUNT');
  if (countText !== undefined) return shardSet(text, countText);
  if (text === undefined) return undefined;
  if (text.toLowerCase() === 'auto') return 'auto';
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 1000) {
    throw new ConfigError('DISCORD_SHARDS', 'must be auto or a whole number of shards from 1 to 1000, for example 2 (or, with DISCORD_SHARD_COUNT, the shard ids this machine runs, for example 0,1).');
  }
  return n;
}

/** DISCORD_SHARDS=0,1 with DISCORD_SHARD_COUNT=4: this machine runs shards 0 and 1 of four. */
function shardSet(idsText: string | undefined, countText: string): ShardSet {
  const count = Number(countText);
  if (!/^\d+$/.test(countText) || count < 1 || count > MAX_SHARDS) {
    throw new ConfigError('DISCORD_SHARD_COUNT', `must be the bot's total number of shards on every machine, a whole number from 1 to ${MAX_SHARDS}, for example 4.`);
  }
  const example = `for example 0,1 (each below DISCORD_SHARD_COUNT=${count})`;
  if (idsText === undefined) throw new ConfigError('DISCORD_SHARDS', `must list the shard ids this machine runs when DISCORD_SHARD_COUNT is set, ${example}.`);
  const parts = idsText.split(',').map((p) => p.trim());
  const bad = parts.find((p) => !/^\d+$/.test(p) || Number(p) >= count);
  if (bad !== undefined) throw new ConfigError('DISCORD_SHARDS', `"${bad}" is not a shard id of ${count}; list this machine's shard ids, ${example}.`);
  return { ids: [...new Set(parts.map(Number))].sort((a, b) => a - b), count };
}

