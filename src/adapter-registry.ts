/**
 * Every chat platform the bot can serve, in start-up order. The bot runs those whose settings are
 * present (src/main.ts); `npm run post` logs in to those its channels need (src/post-cli.ts).
 * A new platform is one adapter folder (its settings, its adapter) and one line here and in
 * `PLATFORMS` (src/config.ts).
 */
import type { AdapterFactory } from './adapters/adapter.js';
import type { Settings } from './config.js';
import { discordAdapter } from './adapters/discord/adapter.js';
import { slackAdapter } from './adapters/slack/adapter.js';

export const ADAPTERS: readonly AdapterFactory<Settings>[] = [discordAdapter, slackAdapter];

/** The adapter of the platform called `name`, or undefined. */
export function adapterNamed(name: string): AdapterFactory<Settings> | undefined {
  return ADAPTERS.find((adapter) => adapter.name === name);
}
