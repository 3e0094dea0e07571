/**
 * The bare Discord control bot, run as its own process by the bench: a plain discord.js client
 * (Guilds intent, as ours) that answers every slash command with the same fixed reply, and
 * nothing else: no logs, no metrics. Reads DISCORD_TOKEN and DISCORD_API_URL; prints "ready" on
 * stderr once the gateway is ready; SIGTERM closes the connection and exits.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { DISCORD_REPLY } from './replies.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: process.env.DISCORD_API_URL! } });
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) void interaction.reply(DISCORD_REPLY);
});
client.once(Events.ClientReady, () => process.stderr.write('bare discord.js: ready\n'));
process.once('SIGTERM', () => void client.destroy().finally(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);
