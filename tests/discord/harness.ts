/** One bot (the real discord.js client, our adapter) against one fake Discord, for a test file. */
import type { CommandContext } from '../../commands/types.js';
import type { DiscordConfig } from '../../src/config.js';
import { startDiscord, type RunningDiscord } from '../../src/discord/start.js';
import { FakeDiscord, type FakeDiscordOptions } from '../fakes/discord/fake-discord.js';
import { FAKE } from '../fakes/discord/objects.js';
import { articleContext } from './article.js';

export interface Harness {
  fake: FakeDiscord;
  bot: RunningDiscord;
  ctx: CommandContext;
  config: DiscordConfig;
  logs: string[];
  stop(): Promise<void>;
}

export { articleContext };

export interface HarnessOptions {
  fake?: FakeDiscordOptions;
  deferAfterMs?: number;
  /** Defaults to the shipped article with the real registry. */
  ctx?: CommandContext;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await FakeDiscord.start(options.fake);
  const ctx = options.ctx ?? (await articleContext());
  const config: DiscordConfig = { token: FAKE.token, appId: FAKE.appId, apiUrl: fake.apiUrl };
  const logs: string[] = [];
  try {
    const bot = await startDiscord(config, ctx, {
      log: (line) => logs.push(line),
      readyTimeoutMs: 10_000,
      ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
    });
    return {
      fake,
      bot,
      ctx,
      config,
      logs,
      async stop() {
        await bot.stop();
        await fake.close();
      },
    };
  } catch (error) {
    await fake.close();
    throw error;
  }
}
