/**
 * Slack, in Socket Mode and in HTTP mode: the built bot (`node dist/src/main.js`, default
 * LOG_LEVEL=info; in HTTP mode Slack's requests reach Bolt through its one web server) against a
 * plain Bolt app answering inside the acknowledgement, as ours does, with a fixed reply of a real
 * answer's size and shape. Each is its own process with its own fake Slack in a worker thread.
 * See compare.ts for the rounds. Run alone: `npm run build && node dist/tests/bench/run.js slack`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandResponse } from '../../src/adapters/slack/commands.js';
import { articleContext } from '../discord/article.js';
import { startBot, startProgram, type RunningBot } from '../helpers/spawn-bot.js';
import { SLACK_REPLY } from './bare/replies.js';
import { compare, distinctRun, SENT_PER_SIDE, type Side } from './compare.js';
import { fakeThread, type FakeThread } from './fake-thread.js';
import { MIX_SIZE, slackText } from './mix.js';
import { checkReplyLines, printComparison, printDistinct, ratios, type Ratios } from './report.js';

const SECRET = 'bench-signing-secret';
type Mode = 'socket' | 'http';

async function ourReplySize(): Promise<number> {
  const ctx = await articleContext();
  let total = 0;
  for (let i = 0; i < MIX_SIZE; i++) total += JSON.stringify(await commandResponse(slackText(i, 'mix'), ctx)).length;
  return total / MIX_SIZE;
}

/** Slack settings for `fake`, in `mode`, as the bot and the bare app read them. */
function slackEnv(mode: Mode, fake: FakeThread): Record<string, string> {
  const auth: Record<string, string> = mode === 'socket' ? { SLACK_APP_TOKEN: fake.appToken! } : { SLACK_SIGNING_SECRET: SECRET };
  return { SLACK_BOT_TOKEN: fake.botToken!, SLACK_API_URL: fake.apiUrl, ...auth };
}

function side(name: string, bot: RunningBot, fake: FakeThread, mode: Mode, url: string): Side {
  return {
    name,
    bot,
    drive: (count, window, questions) =>
      fake.drive(mode === 'socket' ? { platform: 'slack-socket', questions } : { platform: 'slack-http', questions, url, secret: SECRET }, count, window),
  };
}

async function benchMode(mode: Mode): Promise<Ratios> {
  console.log(`\n### ${mode === 'socket' ? 'Socket Mode' : 'HTTP mode'}`);
  const [oursFake, bareFake] = await Promise.all([fakeThread('slack'), fakeThread('slack')]);
  const dataDir = mkdtempSync(join(tmpdir(), 'article-bot-bench-'));
  const ours = startBot([], { ...slackEnv(mode, oursFake), DATA_DIR: dataDir, WEB: 'on', PORT: '0' });
  const bare = startProgram('dist/tests/bench/bare/slack-bot.js', [], slackEnv(mode, bareFake));
  try {
    const [page, , bareReady] = await Promise.all([
      ours.waitForStderr(/article page: (http:\/\/127\.0\.0\.1:\d+)\//, 30_000),
      ours.waitForStderr(/connected to Slack in Socket Mode|Slack HTTP mode: receiving/, 30_000),
      bare.waitForStderr(/ready(?: at (\S+))?/, 30_000),
    ]);
    const sides = [side('bare Bolt', bare, bareFake, mode, bareReady[1] ?? ''), side('article bot', ours, oursFake, mode, `${page[1]}/slack/events`)] as const;
    const results = await compare(...sides);
    await checkReplyLines(ours, SENT_PER_SIDE);
    const r = ratios(`slack ${mode}`, ...results);
    printComparison([sides[0].name, sides[1].name], results, r);
    printDistinct(await distinctRun(sides[1]), results[0]);
    return r;
  } finally {
    await Promise.allSettled([ours.stop(), bare.stop()]);
    await Promise.all([oursFake.close(), bareFake.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export default async function bench(): Promise<Ratios[]> {
  console.log(`bare app: a fixed Block Kit reply of ${JSON.stringify(SLACK_REPLY).length} characters; ours, the usual mix: ${(await ourReplySize()).toFixed(0)} on average`);
  return [await benchMode('socket'), await benchMode('http')];
}
