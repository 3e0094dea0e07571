/**
 * `npm run register`: puts the slash command into Discord (guild-scoped when DISCORD_GUILD_ID is
 * set, global otherwise). Run it once after setting up, and again when the commands change; the
 * bot itself never registers on start. Exits non-zero, with one line naming what to fix, on failure.
 */
import { boot, runProgram } from './bootstrap.js';
import { ConfigError } from './config.js';
import { registerCommands } from './adapters/discord/register.js';

runProgram(
  async () => {
    // The command's name and description come from the article, so it boots as the bot does.
    const { settings, ctx } = await boot();
    if (!settings.discord) {
      throw new ConfigError('DISCORD_TOKEN', 'is not set; set it and DISCORD_APP_ID in .env to register the command (see .env.example).');
    }
    return (await registerCommands(settings.discord, ctx)).message;
  },
  { name: 'register' },
);
