/** The discord.js client this bot runs: Guilds intent only, no mentions, optional REST base. */
import { Client, GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { DiscordConfig } from '../config.js';

export function createClient(config: Pick<DiscordConfig, 'apiUrl'>): Client {
  const options: ClientOptions = {
    // Slash commands, buttons and autocomplete need no privileged intent (not even message content).
    intents: [GatewayIntentBits.Guilds],
    // Belt and braces: each send sets this too, and this covers anything that forgets.
    allowedMentions: { parse: [] },
  };
  if (config.apiUrl) options.rest = { api: config.apiUrl };
  return new Client(options);
}
