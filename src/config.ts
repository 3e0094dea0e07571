/**
 * All configuration, parsed and checked once at start-up from an environment-like object and the
 * command line. Nothing else reads `process.env`. An error names the variable and what a good
 * value looks like, and never repeats a secret's value.
 */
import type { Derived } from './core/context.js';
import { baseUrl, url, value, type Env } from './runtime/env.js';
import { LOG_LEVELS, type LogLevel } from './runtime/log-levels.js';
import { DEFAULT_MAX_BODY_BYTES } from './web/limits.js';
import { discordPlatform, discordSettings, type DiscordConfig } from './adapters/discord/settings.js';
import { slackPlatform, slackSettings, type SlackConfig } from './adapters/slack/settings.js';
import { ConfigError } from './core/errors.js';

export { ConfigError };
import type { PostChannelRef } from './posting/publisher.js';


export interface Config {
  /** Path of the article file (plain text or Markdown with front matter). */
  articlePath: string;
  /** Share link; wins over the article's own `url`. */
  articleUrl?: string;
  /** Top-level chat command; defaults to the article's slug. */
  commandName?: string;
  /** Terminal mode prints one JSON reply per line. */
  json: boolean;
  /** Port of the HTTP server (article page, /healthz, /metrics; Slack's HTTP mode). 0 = any free port. Default 3000. */
  port: number;
  /** Address the HTTP server binds to. Default 127.0.0.1 (this machine only); 0.0.0.0 for every interface. */
  host: string;
  /**
   * Largest request body the HTTP server reads, in bytes (MAX_BODY_BYTES). Default 1 MB
   * (1,048,576); a bigger one is answered 413 as soon as its Content-Length, or the bytes read, pass it.
   */
  maxBodyBytes: number;
  /** Public base address of this bot's HTTP server, without a trailing slash (PUBLIC_URL), e.g. https://bot.example.org. */
  publicUrl?: string;
  /**
   * Whether to start the HTTP server (WEB=on|off, --no-web). Unset: on, except for a terminal
   * reading piped input, where a page that lives for one answer helps no one. Required by Slack's
   * HTTP mode.
   */
  web?: boolean;
  /** pino level for the logs on stderr (LOG_LEVEL). Default info. */
  logLevel: LogLevel;
  discord?: DiscordConfig;
  slack?: SlackConfig;
  /** Folder for the bot's own files (the SQLite store) (DATA_DIR); created on start. Default DEFAULT_DATA_DIR. */
  dataDir: string;
  /** Channels to post the article to on every start, unless already there (POST_CHANNELS). */
  postChannels?: readonly PostChannelRef[];
  /**
   * DATABASE_URL: PostgreSQL (postgres://user:password@host:5432/db) shared by several instances,
   * instead of the SQLite ledger in `dataDir`. A secret: never logged.
   */
  databaseUrl?: string;
}

export const DEFAULT_DATA_DIR = './data';

/** Configuration with everything derived from it and the article resolved (see `deriveSettings`). */
export type Settings = Config & Derived;

/** MAX_BODY_BYTES may be 1 KB to 64 MB. */
const MAX_BODY_RANGE = [1024, 64 * 1024 * 1024] as const;


export const DEFAULT_ARTICLE = 'content/aleppo.md';

const ON = ['on', 'true', 'yes', '1'];
const OFF = ['off', 'false', 'no', '0'];

function onOff(env: Env, name: string, fallback: boolean): boolean {
  const v = value(env, name)?.toLowerCase();
  if (v === undefined) return fallback;
  if (ON.includes(v)) return true;
  if (OFF.includes(v)) return false;
  throw new ConfigError(name, 'must be on or off.');
}

/** --no-web wins; then WEB=on|off; nothing said leaves `web` unset (start-up decides). */
function webSetting(allowed: boolean, env: Env): { web?: boolean } {
  if (!allowed) return { web: false };
  return value(env, 'WEB') === undefined ? {} : { web: onOff(env, 'WEB', true) };
}

function maxBodyBytes(env: Env): number {
  const text = value(env, 'MAX_BODY_BYTES');
  if (text === undefined) return DEFAULT_MAX_BODY_BYTES;
  const n = Number(text);
  const [least, most] = MAX_BODY_RANGE;
  if (!/^\d+$/.test(text) || n < least || n > most) {
    throw new ConfigError('MAX_BODY_BYTES', `must be a whole number of bytes from ${least} to ${most}, for example 1048576 (1 MB, the default).`);
  }
  return n;
}

function logLevel(env: Env): LogLevel {
  const v = value(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(v)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}; the default is info.`);
  }
  return v as LogLevel;
}

/** Command names follow Discord's rule: 1–32 of a-z, 0-9, - and _. */
export const COMMAND_NAME = /^[a-z0-9_-]{1,32}$/;

export interface ParsedArgs {
  article?: string;
  json: boolean;
  /** False with --no-web. */
  web: boolean;
}

/** Reads `--article PATH` (or `--article=PATH`), `--json` and `--no-web`; unknown flags are an error. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: ParsedArgs = { json: false, web: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--no-web') args.web = false;
    else if (arg === '--article') {
      const next = argv[++i];
      if (!next) throw new ConfigError('--article', 'needs a path, for example --article content/aleppo.md.');
      args.article = next;
    } else if (arg.startsWith('--article=')) args.article = arg.slice('--article='.length);
    else throw new ConfigError(arg, 'is not an option; use --article PATH, --json or --no-web.');
  }
  return args;
}

export function loadConfig(env: Env, argv: readonly string[] = []): Config {
  const args = parseArgs(argv);
  const commandName = value(env, 'COMMAND_NAME');
  if (commandName !== undefined && !COMMAND_NAME.test(commandName)) {
    throw new ConfigError('COMMAND_NAME', 'must be 1–32 lowercase letters, digits, - or _, for example aleppo.');
  }
  const portText = value(env, 'PORT') ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError('PORT', 'must be a whole number from 0 to 65535, for example 3000.');
  }
  const config: Config = {
    articlePath: args.article ?? value(env, 'ARTICLE_PATH') ?? DEFAULT_ARTICLE,
    json: args.json,
    port,
    host: value(env, 'HOST') ?? '127.0.0.1',
    maxBodyBytes: maxBodyBytes(env),
    ...webSetting(args.web, env),
    logLevel: logLevel(env),
    dataDir: value(env, 'DATA_DIR') ?? DEFAULT_DATA_DIR,
  };
  const articleUrl = url(env, 'ARTICLE_URL');
  if (articleUrl) config.articleUrl = articleUrl;
  const publicUrl = baseUrl(env, 'PUBLIC_URL');
  if (publicUrl) config.publicUrl = publicUrl;
  if (commandName) config.commandName = commandName;
  const discord = discordSettings(env);
  if (discord) config.discord = discord;
  const slack = slackSettings(env);
  if (slack) config.slack = slack;
  const postChannels = parsePostChannels(value(env, 'POST_CHANNELS') ?? '');
  for (const ref of postChannels) {
    if (!config[ref.platform as PlatformName]) {
      const token = platformNamed(ref.platform)!.tokenVariable;
      throw new ConfigError('POST_CHANNELS', `lists ${ref.platform}:${ref.channel} but ${ref.platform} is not configured; set ${token} or remove that entry.`);
    }
  }
  if (postChannels.length) config.postChannels = postChannels;
  const databaseUrl = databaseUrlValue(env);
  if (databaseUrl) config.databaseUrl = databaseUrl;
  return config;
}

/**
 * What serving Slack needs beyond the bot token: Socket Mode's app token or HTTP mode's signing
 * secret, and in HTTP mode the web server, where its requests arrive at /slack/events. Checked
 * when the bot starts to serve, not in `loadConfig`: `npm run post` never serves and needs only
 * the bot token.
 */
export function checkServing(config: Pick<Config, 'web' | 'slack' | 'discord'>): void {
  if (config.discord?.publicKey && config.web === false) {
    throw new ConfigError('WEB', 'must be on when DISCORD_PUBLIC_KEY is set: Discord\'s interactions arrive at /discord/interactions on the web server; remove WEB=off or --no-web, or unset DISCORD_PUBLIC_KEY for gateway mode.');
  }
  if (config.slack && !config.slack.appToken && !config.slack.signingSecret) {
    throw new ConfigError('SLACK_SIGNING_SECRET', 'is required in HTTP mode (set SLACK_APP_TOKEN for Socket Mode instead).');
  }
  if (config.slack && !config.slack.appToken && config.web === false) {
    throw new ConfigError(
      'WEB',
      'must be on in Slack HTTP mode (SLACK_SIGNING_SECRET without SLACK_APP_TOKEN), whose requests arrive at /slack/events on the web server; remove WEB=off or --no-web, or set SLACK_APP_TOKEN for Socket Mode.',
    );
  }
}

const POST_CHANNELS_EXAMPLE = 'for example discord:123456789012345678,slack:C0123ABCD';

/**
 * The chat platforms the bot knows, as each declares itself beside its adapter (name, the variable
 * that turns it on, how its channel ids look). POST_CHANNELS, `--to` and `npm run post` read them.
 */
export const PLATFORMS = [discordPlatform, slackPlatform] as const;

/** A platform's name, as the registered platforms declare it. */
export type PlatformName = (typeof PLATFORMS)[number]['name'];

/** The declaration of the platform called `name`, or undefined. */
export function platformNamed(name: string): (typeof PLATFORMS)[number] | undefined {
  return PLATFORMS.find((p) => p.name === name);
}

/**
 * Parses POST_CHANNELS: comma-separated `platform:channelId` pairs (spaces allowed, duplicates
 * dropped, empty means none). Only ids: names can be renamed, and the ledger keys on ids.
 */
export function parsePostChannels(text: string): PostChannelRef[] {
  const refs: PostChannelRef[] = [];
  for (const entry of text.split(',').map((e) => e.trim()).filter(Boolean)) {
    const [platform = '', channel = '', ...extra] = entry.split(':').map((p) => p.trim());
    const declared = platformNamed(platform);
    if (!declared) {
      const starts = PLATFORMS.map((p) => `${p.name}:`).join(' or ');
      throw new ConfigError('POST_CHANNELS', `"${entry}" must start with ${starts}, ${POST_CHANNELS_EXAMPLE}.`);
    }
    if (extra.length || !declared.channelId.test(channel)) {
      throw new ConfigError('POST_CHANNELS', `"${entry}" needs ${declared.channelHint} after ${platform}:, ${POST_CHANNELS_EXAMPLE}.`);
    }
    if (!refs.some((r) => r.platform === platform && r.channel === channel)) refs.push({ platform, channel });
  }
  return refs;
}

function databaseUrlValue(env: Env): string | undefined {
  const v = value(env, 'DATABASE_URL');
  return v === undefined ? undefined : checkDatabaseUrl(v, 'DATABASE_URL');
}

/**
 * A PostgreSQL URL with a host and a database, or a ConfigError naming `variable` (DATABASE_URL,
 * or `--to` of ledger:migrate). Errors never repeat the URL: it may hold a password.
 */
export function checkDatabaseUrl(v: string, variable: string): string {
  const example = 'for example postgres://bot:password@db.example.org:5432/articlebot, or leave it empty for SQLite in DATA_DIR';
  let parsed: URL;
  try {
    parsed = new URL(v);
  } catch {
    throw new ConfigError(variable, `is not a URL; use ${example}.`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new ConfigError(variable, `must start with postgres:// (only PostgreSQL is supported), ${example}.`);
  }
  if (!parsed.hostname || parsed.pathname.length < 2) {
    throw new ConfigError(variable, `needs a host and a database name, ${example}.`);
  }
  return v;
}

