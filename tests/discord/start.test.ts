/** Start-up and shutdown: the adapter alone, `npm start` as a process, and sharded. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { startShards } from '../../src/adapters/discord/sharding.js';
import { startDiscord } from '../../src/adapters/discord/start.js';
import { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { chatInput } from '../fakes/discord/interactions.js';
import { FAKE } from '../fakes/discord/objects.js';
import { articleContext } from './harness.js';
import { createHealth } from '../../src/runtime/health.js';
import { createLogger } from '../../src/runtime/log.js';
import { createMetrics } from '../../src/runtime/metrics.js';
import { createObserver } from '../../src/runtime/observe.js';
import { captureLog } from '../helpers/log-capture.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A data folder for the ledger of a spawned bot, removed after the test. */
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'article-bot-discord-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function fakeDiscord(options: Parameters<typeof FakeDiscord.start>[0] = {}) {
  const fake = await FakeDiscord.start(options);
  cleanups.push(() => fake.close());
  return fake;
}

describe('discord: configuration', () => {
  it('reads a machine\'s share of the shards from DISCORD_SHARDS with DISCORD_SHARD_COUNT, naming the variable when it is wrong', () => {
    const base = { DISCORD_TOKEN: FAKE.token, DISCORD_APP_ID: FAKE.appId };
    expect(loadConfig({ ...base, DISCORD_SHARDS: '1, 0,1', DISCORD_SHARD_COUNT: '4' }).discord?.shards).toEqual({ ids: [0, 1], count: 4 });
    expect(loadConfig({ ...base, DISCORD_SHARDS: '3', DISCORD_SHARD_COUNT: '4' }).discord?.shards).toEqual({ ids: [3], count: 4 });
    expect(() => loadConfig({ ...base, DISCORD_SHARDS: '4', DISCORD_SHARD_COUNT: '4' })).toThrow(/^DISCORD_SHARDS: "4" is not a shard id of 4/);
    expect(() => loadConfig({ ...base, DISCORD_SHARD_COUNT: '4' })).toThrow(/^DISCORD_SHARDS: must list the shard ids this machine runs/);
    expect(() => loadConfig({ ...base, DISCORD_SHARDS: '0', DISCORD_SHARD_COUNT: 'four' })).toThrow(/^DISCORD_SHARD_COUNT: must be the bot's total number of shards/);
  });

  it('reads DISCORD_SHARDS as auto or a count, and refuses anything else naming the variable', () => {
    const base = { DISCORD_TOKEN: FAKE.token, DISCORD_APP_ID: FAKE.appId };
    expect(loadConfig(base).discord?.shards).toBeUndefined();
    expect(loadConfig({ ...base, DISCORD_SHARDS: 'auto' }).discord?.shards).toBe('auto');
    expect(loadConfig({ ...base, DISCORD_SHARDS: '3' }).discord?.shards).toBe(3);
    expect(() => loadConfig({ ...base, DISCORD_SHARDS: 'many' })).toThrow(/^DISCORD_SHARDS: must be auto or a whole number/);
    expect(() => loadConfig({ ...base, DISCORD_SHARDS: '0' })).toThrow(ConfigError);
  });
});

describe('discord: starting and stopping', () => {
  it('names DISCORD_TOKEN when the gateway refuses the token, without repeating it', async () => {
    const fake = await fakeDiscord();
    const ctx = await articleContext();
    const error = (await startDiscord({ token: 'wrong-fake-token', appId: FAKE.appId, apiUrl: fake.apiUrl }, ctx, { log: () => {} }).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^DISCORD_TOKEN: was rejected/);
    expect(error.message).not.toContain('wrong-fake-token');
  });

  it('closes the gateway connection when stopped', async () => {
    const fake = await fakeDiscord();
    const bot = await startDiscord({ token: FAKE.token, appId: FAKE.appId, apiUrl: fake.apiUrl }, await articleContext(), { log: () => {} });
    expect(fake.gateway.wss.clients.size).toBe(1);
    const [socket] = fake.gateway.wss.clients;
    const closed = once(socket!, 'close');
    await bot.stop();
    await closed;
    await bot.stop(); // twice is harmless
  });

  it('npm start serves Discord when it is configured, and exits 0 on SIGTERM', async () => {
    const fake = await fakeDiscord();
    const child = spawn(process.execPath, ['dist/src/main.js'], {
      env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: '/nonexistent', PORT: '0', DISCORD_TOKEN: FAKE.token, DISCORD_APP_ID: FAKE.appId, DISCORD_API_URL: fake.apiUrl, DATA_DIR: dataDir() },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const exited = once(child, 'exit');
    cleanups.push(async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    await fake.waitForGateway((p) => p.op === 2, 10_000);
    const payload = fake.interact(chatInput({ command: 'aleppo', subcommand: 'help' }));
    expect((await fake.callbackOf(payload, 10_000)).body.type).toBe(4);
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(stderr).toMatch(/discord: ready/);
    expect(stderr).not.toContain(FAKE.token);
  });

  it('runs one process per shard under DISCORD_SHARDS, each identifying its own shard, and logs their drops', async () => {
    const fake = await fakeDiscord({ shards: 2 });
    const logs: string[] = [];
    const log = captureLog();
    const metrics = createMetrics();
    const reporting = { health: createHealth(), metrics, observer: createObserver({ logger: createLogger({ destination: log }), metrics }) };
    const running = await startShards(
      { articlePath: 'content/aleppo.md', commandName: 'aleppo', dataDir: dataDir(), discord: { token: FAKE.token, appId: FAKE.appId, apiUrl: fake.apiUrl, shards: 'auto' } },
      { log: (l) => logs.push(l), script: 'dist/src/discord-shard.js', spawnDelayMs: 0, readyTimeoutMs: 15_000, reporting },
    );
    cleanups.push(() => running.stop());
    const shards = fake.received.filter((p) => p.op === 2).map((p) => (p.d as { shard: number[] }).shard);
    expect(shards.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const payload = fake.interact(chatInput({ command: 'aleppo', subcommand: 'summary' }));
    expect((await fake.callbackOf(payload, 10_000)).body.type).toBe(4);
    expect(logs).toContain('discord: 2 shard(s) ready');
    // Both shards lose the gateway and resume: one outage, from the first drop to the last return.
    const resumes = () => fake.received.filter((p) => p.op === 6).length;
    const release = fake.gateway.holdResumes();
    fake.gateway.drop(4000);
    const levels = () => log.records().filter((r) => r.platform === 'discord').map((r) => r.level);
    const settle = async (done: () => boolean) => {
      for (let i = 0; i < 400 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    };
    await settle(() => resumes() === 2 && levels().length === 1); // both shards are back asking to resume
    release();
    await settle(() => levels().length === 2);
    expect(levels()).toEqual(['warn', 'info']);
    expect(log.records()[1]!.msg).toMatch(/^discord: connection back after \d+\.\d s$/);
  });

  it('splits the shards over two machines with DISCORD_SHARD_COUNT: each runs only its own, and together they answer', async () => {
    const fake = await fakeDiscord({ shards: 2 });
    const machine = async (id: number) => {
      const logs: string[] = [];
      const discord = { token: FAKE.token, appId: FAKE.appId, apiUrl: fake.apiUrl, shards: { ids: [id], count: 2 } };
      const running = await startShards(
        { articlePath: 'content/aleppo.md', commandName: 'aleppo', dataDir: dataDir(), discord },
        { log: (l) => logs.push(l), script: 'dist/src/discord-shard.js', spawnDelayMs: 0, readyTimeoutMs: 15_000 },
      );
      cleanups.push(() => running.stop());
      return { running, logs };
    };
    const first = await machine(0);
    const identified = () => fake.received.filter((p) => p.op === 2).map((p) => (p.d as { shard: number[] }).shard);
    expect(identified()).toEqual([[0, 2]]);
    expect(first.running.manager.shards.size).toBe(1);
    const second = await machine(1);
    expect(identified().sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(second.logs).toContain('discord: shard(s) 1 of 2 ready');
    const payload = fake.interact(chatInput({ command: 'aleppo', subcommand: 'summary' }));
    expect((await fake.callbackOf(payload, 10_000)).body.type).toBe(4);
  });
});
