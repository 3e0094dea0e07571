/** The discord.js client this bot runs: Guilds intent only, no mentions, bounded caches, optional REST base. */
import { once } from 'node:events';
import { Client, DiscordjsErrorCodes, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import { type DiscordConfig } from './settings.js';
import { ConfigError } from '../../core/errors.js';
import { CACHE_OPTIONS } from './cache.js';
import { describeError } from './errors.js';

/** `extra` adds to (and wins over) these options; its `rest` is merged with the REST base. */
export function createClient(config: Pick<DiscordConfig, 'apiUrl'>, extra: Partial<ClientOptions> = {}): Client {
  const options: ClientOptions = {
    ...CACHE_OPTIONS,
    ...extra,
    // Slash commands, buttons and autocomplete need no privileged intent (not even message content).
    intents: [GatewayIntentBits.Guilds],
    // Belt and braces: each send sets this too, and this covers anything that forgets.
    allowedMentions: { parse: [] },
  };
  if (config.apiUrl || extra.rest) options.rest = { ...extra.rest, ...(config.apiUrl ? { api: config.apiUrl } : {}) };
  return new Client(options);
}

/**
 * Logs in and waits for the gateway's READY, within `readyTimeoutMs`. On failure the client is
 * destroyed and the error is one sentence: a rejected token names DISCORD_TOKEN.
 */
export async function loginReady(client: Client, token: string, readyTimeoutMs = 30_000): Promise<void> {
  // Listen for readiness before login, so a fast gateway cannot fire it unseen.
  const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(readyTimeoutMs) });
  ready.catch(() => {}); // awaited below; a login failure must not leave it unhandled
  try {
    await client.login(token);
    await ready;
  } catch (error) {
    await client.destroy();
    if ((error as { code?: string }).code === DiscordjsErrorCodes.TokenInvalid) {
      throw new ConfigError('DISCORD_TOKEN', 'was rejected by Discord; copy the bot token again from the Developer Portal (Bot → Reset Token).');
    }
    if ((error as Error).name === 'AbortError') throw new Error(`Discord: the gateway was not ready within ${readyTimeoutMs} ms.`);
    throw new Error(`Discord: could not connect: ${describeError(error)}`);
  }
}
