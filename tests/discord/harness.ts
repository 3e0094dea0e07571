/** One bot (the real discord.js client, our adapter) against one fake Discord, for a test file. */
import type { CommandContext } from '../../commands/types.js';
import type { DiscordConfig } from '../../src/adapters/discord/settings.js';
import { startDiscord, type RunningDiscord } from '../../src/adapters/discord/start.js';
import type { PlatformReporting } from '../../src/runtime/observe.js';
import { FakeDiscord, type FakeDiscordOptions } from '../fakes/discord/fake-discord.js';
import { FAKE } from '../fakes/discord/objects.js';
import type { Ledger } from '../../src/posting/ledger.js';
import { IN_MEMORY, openSqliteStore } from '../../src/store/sqlite.js';
import { createPosting, type Posting } from '../../src/posting/posting.js';
import { articleContext } from './article.js';

export interface Harness {
  fake: FakeDiscord;
  bot: RunningDiscord;
  ctx: CommandContext;
  config: DiscordConfig;
  logs: string[];
  /** The posting service over an in-memory ledger, through this bot's publisher. */
  posting: Posting;
  ledger: Ledger;
  stop(): Promise<void>;
}

export { articleContext };

export interface HarnessOptions {
  fake?: FakeDiscordOptions;
  deferAfterMs?: number;
  /** Defaults to the shipped article with the real registry. */
  ctx?: CommandContext;
  /** Where the connection and replies are reported (health, metrics, observer); none by default. */
  reporting?: PlatformReporting;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await FakeDiscord.start(options.fake);
  const ctx = options.ctx ?? (await articleContext());
  const config: DiscordConfig = { token: FAKE.token, appId: FAKE.appId, apiUrl: fake.apiUrl };
  const logs: string[] = [];
  const store = openSqliteStore(IN_MEMORY);
  const { ledger } = store;
  let postingReady!: (posting: Posting) => void;
  const ready = new Promise<Posting>((resolve) => (postingReady = resolve));
  try {
    const bot = await startDiscord(config, ctx, {
      log: (line) => logs.push(line),
      readyTimeoutMs: 10_000,
      posting: ready.then((p) => p.forPlatform('discord')),
      ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
      ...(options.reporting ? { reporting: options.reporting } : {}),
    });
    const posting = createPosting({ ledger, publishers: [bot.publisher], engine: ctx.engine, ...(ctx.shareUrl ? { shareUrl: ctx.shareUrl } : {}) });
    postingReady(posting);
    return {
      fake,
      bot,
      ctx,
      config,
      logs,
      posting,
      ledger,
      async stop() {
        await bot.stop();
        await store.close();
        await fake.close();
      },
    };
  } catch (error) {
    await store.close();
    await fake.close();
    throw error;
  }
}
