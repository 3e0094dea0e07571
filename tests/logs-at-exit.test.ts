/**
 * The running bot writes its log lines asynchronously (off the reply's path), so lines can still
 * be in memory when it is told to stop. None may be lost: the built bot answers N commands with
 * many in flight, is stopped by a signal the moment the last answer arrives, and its stderr must
 * hold exactly N reply lines. A crash must not lose them either. (With the lines written at
 * exit left to chance, the Discord case kept about 930 of its 2,000.)
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fakes/discord/fake-discord.js';
import { chatInput } from './fakes/discord/interactions.js';
import { FAKE } from './fakes/discord/objects.js';
import { FakeSlack } from './fakes/slack/fake-slack.js';
import { startBot, type RunningBot } from './helpers/spawn-bot.js';

/** Discord replies: their lines come to more than a pipe holds. */
const N = 2000;
const SLACK_N = 200;
/** Commands in flight at once: enough that lines pile up behind a write under way. */
const IN_FLIGHT = 25;

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'article-bot-logs-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function start(env: Record<string, string>): RunningBot {
  const bot = startBot([], { DATA_DIR: tempDir(), ...env });
  cleanups.push(() => bot.kill());
  return bot;
}

/** Runs `ask(i)` for i < count, `IN_FLIGHT` at a time (a bounded loop: `count` calls in all). */
async function askAll(ask: (i: number) => Promise<unknown>, count = N): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await ask(next++);
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}

function replyLines(stderr: string): Record<string, unknown>[] {
  return stderr
    .split('\n')
    .filter((line) => line.includes('"msg":"reply"'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the log when the bot stops', () => {
  it(`holds all ${N} reply lines after SIGTERM on Discord, even when its log reader had stalled`, async () => {
    const discord = await FakeDiscord.start();
    cleanups.push(() => discord.close());
    const bot = start({ DISCORD_TOKEN: FAKE.token, DISCORD_APP_ID: FAKE.appId, DISCORD_API_URL: discord.apiUrl });
    await bot.waitForStderr(/discord: ready as/, 15_000);
    const subcommands = ['summary', 'quote', 'share'];
    // Nobody reads the log meanwhile (a stuck collector): the replies go on, their lines pile up
    // beyond what a pipe holds (64 KiB), and are still waiting for it when the signal comes.
    const release = bot.holdStderr();
    let stopping: ReturnType<RunningBot['stop']> | undefined;
    try {
      await askAll((i) => discord.callbackOf(discord.interact(chatInput({ command: 'aleppo', subcommand: subcommands[i % 3]! })), 10_000));
      stopping = bot.stop('SIGTERM');
    } finally {
      release();
    }
    const run = await stopping!;
    expect(run.code).toBe(0);
    const replies = replyLines(run.stderr);
    expect(replies).toHaveLength(N);
    expect(replies.every((r) => r.platform === 'discord' && r.level === 'info')).toBe(true);
    expect(new Set(replies.map((r) => r.id)).size).toBe(N);
    expect(run.stderr).toMatch(/"msg":"SIGTERM, stopping discord"/);
  });

  it(`holds all ${SLACK_N} reply lines after SIGINT (Ctrl+C) on Slack`, async () => {
    const slack = await FakeSlack.start();
    cleanups.push(() => slack.close());
    const bot = start({ SLACK_BOT_TOKEN: slack.botToken, SLACK_APP_TOKEN: slack.appToken, SLACK_API_URL: slack.apiUrl });
    await bot.waitForStderr(/connected to Slack in Socket Mode/, 15_000);
    // A different question each time: nothing is answered from the cache, each reply is logged.
    await askAll((i) => slack.slashCommand(`ask how many people are trapped, question ${i}`), SLACK_N);
    const run = await bot.stop('SIGINT');
    expect(run.code).toBe(0);
    const replies = replyLines(run.stderr);
    expect(replies).toHaveLength(SLACK_N);
    expect(replies.every((r) => r.platform === 'slack' && r.command === 'ask')).toBe(true);
  });
});

describe('the log when the bot crashes', () => {
  it('holds every line written before an uncaught exception, in order, then the fatal record, then one plain line', async () => {
    const lines = 20_000;
    const dist = (file: string) => JSON.stringify(resolve('dist/src/runtime', file));
    // The real logger, sink and crash handler, wired as start-up wires them; only the crash is staged.
    const script = `
      import { createLogger } from ${dist('log.js')};
      import { stderrSink } from ${dist('log-sink.js')};
      import { crashOn } from ${dist('crash.js')};
      const logs = stderrSink();
      const logger = createLogger({ destination: logs });
      process.on('uncaughtException', crashOn(logger, logs, (line) => process.stderr.write('article-bot: ' + line + '\\n')));
      for (let i = 0; i < ${lines}; i++) logger.info({ i }, 'reply');
      setTimeout(() => { throw new Error('boom'); }, 1);
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    cleanups.push(() => child.exitCode === null && child.kill('SIGKILL'));
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // The log reader stalls meanwhile, so the crash finds its pipe full and lines still held.
    child.stderr!.pause();
    const resume = setTimeout(() => child.stderr!.resume(), 300);
    cleanups.push(() => clearTimeout(resume));
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const [code] = (await once(child, 'close')) as [number];
    clearTimeout(timer);
    expect(code).toBe(1);
    const out = stderr.trimEnd().split('\n');
    expect(out).toHaveLength(lines + 2);
    expect(out.slice(0, lines).map((line) => (JSON.parse(line) as { i: number }).i)).toEqual(Array.from({ length: lines }, (_, i) => i));
    expect(JSON.parse(out[lines]!)).toMatchObject({ level: 'fatal', msg: 'stopped on an unexpected error', err: { message: 'boom' } });
    expect(out[lines + 1]).toBe('article-bot: stopped on an unexpected error: boom');
  });
});
