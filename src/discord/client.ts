/** The discord.js client this bot runs: Guilds intent only, no mentions, optional REST base. */
import { Client, GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { DiscordConfig } from '../config.js';

/** `extra` adds to (and wins over) these options; its `rest` is merged with the REST base. */
export function createClient(config: Pick<DiscordConfig, 'apiUrl'>, extra: Partial<ClientOptions> = {}): Client {
  const options: ClientOptions = {
    ...extra,
    // Slash commands, buttons and autocomplete need no privileged intent (not even message content).
    intents: [GatewayIntentBits.Guilds],
    // Belt and braces: each send sets this too, and this covers anything that forgets.
    allowedMentions: { parse: [] },
  };
  if (config.apiUrl || extra.rest) options.rest = { ...extra.rest, ...(config.apiUrl ? { api: config.apiUrl } : {}) };
  return new Client(options);
}
