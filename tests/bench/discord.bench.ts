/**
 * Discord: the built bot (`node dist/src/main.js`, default LOG_LEVEL=info, web server on) against
 * a bare discord.js bot sending a fixed reply of a real answer's size and shape, each its own
 * process with its own fake Discord in a worker thread. See compare.ts for the rounds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderReply } from '../../src/adapters/discord/render-embed.js';
import { invocationText, runInvocation } from '../../src/core/invocation.js';
import { addressed } from '../../src/core/reply/visibility.js';
import { articleContext } from '../discord/article.js';
import { FAKE } from '../fakes/discord/objects.js';
import { startBot, startProgram } from '../helpers/spawn-bot.js';
import { DISCORD_REPLY } from './bare/replies.js';
import { compare, distinctRun, SENT_PER_SIDE, type Side } from './compare.js';
import { fakeThread, type FakeThread } from './fake-thread.js';
import { discordCall, MIX_SIZE } from './mix.js';
import { checkReplyLines, printComparison, printDistinct, ratios, type Ratios } from './report.js';

/** The average size, as JSON, of our replies to the usual mix. */
async function ourReplySize(): Promise<number> {
  const ctx = await articleContext();
  let total = 0;
  for (let i = 0; i < MIX_SIZE; i++) {
    const { subcommand, options } = discordCall(i, 'mix');
    const invocation = { command: subcommand, options };
    total += JSON.stringify(renderReply(addressed(await runInvocation(invocation, ctx), 'private', invocationText(invocation)))).length;
  }
  return total / MIX_SIZE;
}

function side(name: string, bot: Side['bot'], fake: FakeThread): Side {
  return { name, bot, drive: (count, window, questions) => fake.drive({ platform: 'discord', questions }, count, window) };
}

export default async function bench(): Promise<Ratios[]> {
  console.log(`bare bot: a fixed embed reply of ${JSON.stringify(DISCORD_REPLY).length} characters; ours, the usual mix: ${(await ourReplySize()).toFixed(0)} on average`);
  const [oursFake, bareFake] = await Promise.all([fakeThread('discord'), fakeThread('discord')]);
  const dataDir = mkdtempSync(join(tmpdir(), 'article-bot-bench-'));
  const ours = startBot([], { DISCORD_TOKEN: FAKE.token, DISCORD_APP_ID: FAKE.appId, DISCORD_API_URL: oursFake.apiUrl, DATA_DIR: dataDir, WEB: 'on', PORT: '0' });
  const bare = startProgram('dist/tests/bench/bare/discord-bot.js', [], { DISCORD_TOKEN: FAKE.token, DISCORD_API_URL: bareFake.apiUrl });
  try {
    await Promise.all([ours.waitForStderr(/discord: ready as/, 30_000), bare.waitForStderr(/ready/, 30_000)]);
    const sides = [side('bare discord.js', bare, bareFake), side('article bot', ours, oursFake)] as const;
    const results = await compare(...sides);
    await checkReplyLines(ours, SENT_PER_SIDE);
    const r = ratios('discord', ...results);
    printComparison([sides[0].name, sides[1].name], results, r);
    printDistinct(await distinctRun(sides[1]), results[0]);
    return [r];
  } finally {
    await Promise.allSettled([ours.stop(), bare.stop()]);
    await Promise.all([oursFake.close(), bareFake.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
