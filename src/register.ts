/**
 * `npm run register`: puts the slash command into Discord (guild-scoped when DISCORD_GUILD_ID is
 * set, global otherwise). Run it once after setting up, and again when the commands change; the
 * bot itself never registers on start. Exits non-zero, with one line naming what to fix, on failure.
 */
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from './config.js';
import { createContext } from './context.js';
import { registerCommands } from './discord/register.js';
import { buildEngine } from './build-engine.js';
import { loadArticle } from './load-article.js';

async function register(): Promise<string> {
  // DOTENV_CONFIG_PATH (dotenv's own convention), as in main.ts: tests point it away from .env.
  loadDotenv({ quiet: true, ...(process.env.DOTENV_CONFIG_PATH ? { path: process.env.DOTENV_CONFIG_PATH } : {}) });
  const config = loadConfig(process.env, process.argv.slice(2));
  if (!config.discord) {
    throw new ConfigError('DISCORD_TOKEN', 'is not set; set it and DISCORD_APP_ID in .env to register the command (see .env.example).');
  }
  // The command's name and description come from the article, so load it as start-up does.
  const ctx = createContext(buildEngine(await loadArticle(config.articlePath)), config);
  const result = await registerCommands(config.discord, ctx);
  return result.message;
}

register().then(
  (message) => {
    process.stdout.write(`${message}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    process.stderr.write(`register: ${(error as Error)?.message ?? String(error)}\n`);
    process.exit(1);
  },
);
