/**
 * `npm start` with Discord and Slack both configured: the built program against both fakes, with
 * its one web server on a free port. The terminal does not run; /healthz follows the platforms'
 * connections, /metrics counts both platforms' replies and Discord's reconnect, the logs never
 * hold a configured token, and SIGTERM ends it with 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fakes/discord/fake-discord.js';
import { chatInput, type Asker } from './fakes/discord/interactions.js';
import { FAKE, PERMISSIONS } from './fakes/discord/objects.js';
import { FakeSlack } from './fakes/slack/fake-slack.js';
import { commandPayload } from './fakes/slack/payloads.js';
import { form, signedPost } from './fakes/slack/signed-request.js';

const OPERATOR = 'U0OPS';
const ADDRESS = /article page: (http:\/\/127\.0\.0\.1:\d+)\/aleppo/;
const manager: Asker = { permissions: PERMISSIONS.manager, userId: '999999999999999999', username: 'editor' };

interface HealthBody {
  status: 'ok' | 'down';
  down: string[];
  platforms: Record<string, string>;
}

let discord: FakeDiscord;
let slack: FakeSlack;
let bot: ChildProcess;
let exited: Promise<unknown[]>;
let stderr = '';
let stdout = '';
let base = '';
let dataDir = '';

/** Resolves once `check` returns a value; checked every 25 ms, for at most `timeoutMs`; a timeout shows `output()`. */
async function until<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 8000, output = () => stderr): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; stderr: ${output().slice(-1500)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function health(): Promise<{ status: number; body: HealthBody }> {
  const res = await fetch(`${base}/healthz`);
  return { status: res.status, body: (await res.json()) as HealthBody };
}

const metrics = async () => (await fetch(`${base}/metrics`)).text();

/** The text of a Discord interaction's answer, sent at once or edited in after a deferral. */
async function discordAnswer(payload: ReturnType<typeof chatInput>): Promise<string> {
  const callback = await discord.callbackOf(payload, 8000);
  if (callback.body.type === 4) return JSON.stringify(callback.body.data);
  const edit = await discord.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(payload.token), 8000);
  return JSON.stringify(edit.body);
}

beforeAll(async () => {
  discord = await FakeDiscord.start({ heartbeatIntervalMs: 500 });
  slack = await FakeSlack.start();
  dataDir = mkdtempSync(join(tmpdir(), 'article-bot-main-'));
  bot = spawn(process.execPath, ['dist/src/main.js'], {
    env: {
      PATH: process.env.PATH ?? '',
      DOTENV_CONFIG_PATH: join(dataDir, 'none.env'),
      DATA_DIR: dataDir,
      PORT: '0',
      DISCORD_TOKEN: FAKE.token,
      DISCORD_APP_ID: FAKE.appId,
      DISCORD_API_URL: discord.apiUrl,
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_APP_TOKEN: slack.appToken,
      SLACK_API_URL: slack.apiUrl,
      SLACK_POST_ALLOWED_USERS: OPERATOR,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  exited = once(bot, 'exit');
  bot.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  bot.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  base = await until(async () => stderr.match(ADDRESS)?.[1], 'the article page address');
  await until(async () => ((await health()).status === 200 ? true : undefined), 'both platforms connected', 15_000);
}, 30_000);

afterAll(async () => {
  if (bot?.exitCode === null) bot.kill('SIGKILL');
  await discord?.close();
  await slack?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the program with Discord and Slack', () => {
  it('serves both platforms and the page from one process, without the terminal', async () => {
    const { body } = await health();
    expect(body).toMatchObject({ status: 'ok', down: [], platforms: { discord: 'connected', slack: 'connected' } });
    expect((await fetch(`${base}/aleppo`)).status).toBe(200);
    const asked = discord.interact(chatInput({ command: 'aleppo', subcommand: 'quote', options: { speaker: 'Egeland' } }));
    expect(await discordAnswer(asked)).toContain('Egeland');
    const ack = await slack.slashCommand('summary');
    expect(ack.payload?.response_type).toBe('ephemeral');
    // Were the terminal running, it would answer this on stdout (checked at exit, below).
    bot.stdin!.write('summary\n');
  });

  it('shows the connected platforms in status, on both platforms', async () => {
    const asked = discord.interact(chatInput({ command: 'aleppo', subcommand: 'status' }, manager));
    expect(await discordAnswer(asked)).toContain('**Platforms:** discord, slack');
    const ack = await slack.slashCommand('status', { user: OPERATOR });
    expect(JSON.stringify(ack.payload)).toContain('Platforms:* discord, slack');
  });

  it('turns /healthz 503 naming discord while its gateway is down, and 200 once the client resumes', async () => {
    const release = discord.gateway.holdResumes();
    try {
      discord.gateway.drop(4000);
      const down = await until(async () => {
        const h = await health();
        return h.status === 503 ? h : undefined;
      }, '/healthz to turn 503');
      expect(down.body).toMatchObject({ status: 'down', down: ['discord'], platforms: { discord: 'disconnected', slack: 'connected' } });
      await discord.waitForGateway((p) => p.op === 6, 8000); // the client is trying to resume
    } finally {
      release();
    }
    const up = await until(async () => {
      const h = await health();
      return h.status === 200 ? h : undefined;
    }, '/healthz to turn 200 again');
    expect(up.body.platforms).toEqual({ discord: 'connected', slack: 'connected' });
    const asked = discord.interact(chatInput({ command: 'aleppo', subcommand: 'summary' }));
    expect(await discordAnswer(asked)).toContain('"embeds"');
  });

  it('counts both platforms\u2019 replies and the Discord reconnect on /metrics', async () => {
    const text = await until(async () => {
      const t = await metrics();
      return t.includes('replies_total{platform="discord",command="summary"') ? t : undefined;
    }, 'the last Discord reply to be counted');
    expect(text).toContain('replies_total{platform="discord",command="quote",kind="quotes"} 1');
    expect(text).toContain('replies_total{platform="slack",command="summary",kind="summary"} 1');
    expect(text).toContain('replies_total{platform="discord",command="status",kind="status"} 1');
    expect(text).toContain('replies_total{platform="slack",command="status",kind="status"} 1');
    expect(text).toContain('platform_reconnects_total{platform="discord"} 1');
    expect(text).toMatch(/reply_latency_seconds_count\{platform="slack",command="summary"\} 1/);
  });

  it('logs one JSON line per reply and never a configured token, and exits 0 on SIGTERM', async () => {
    bot.kill('SIGTERM');
    const started = Date.now();
    const [code] = await Promise.race([
      exited,
      new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(`no exit within 5 s; stderr: ${stderr.slice(-1000)}`)), 5000)),
    ]);
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(stdout).toBe(''); // no terminal: the line typed earlier went unanswered
    for (const secret of [FAKE.token, slack.botToken, slack.appToken]) expect(stderr).not.toContain(secret);
    const records = stderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const replies = records.filter((r) => r.msg === 'reply');
    expect(replies.map((r) => `${String(r.platform)} ${String(r.command)}`)).toEqual(
      expect.arrayContaining(['discord quote', 'slack summary', 'discord status', 'slack status', 'discord summary']),
    );
    for (const r of replies) expect(r).toMatchObject({ level: 'info', id: expect.any(String), ms: expect.any(Number) });
    expect(records.some((r) => typeof r.msg === 'string' && r.msg.startsWith('SIGTERM, stopping discord, slack'))).toBe(true);
  });
});

describe('the program in platform mode, failing to start', () => {
  /** Runs the program to its exit (bounded), with Slack in Socket Mode against `fake` plus `env`. */
  async function run(fake: FakeSlack, env: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'article-bot-main-'));
    try {
      const child = spawn(process.execPath, ['dist/src/main.js'], {
        env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: join(dir, 'none.env'), DATA_DIR: dir, SLACK_BOT_TOKEN: fake.botToken, SLACK_API_URL: fake.apiUrl, ...env },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
      const [code] = await once(child, 'exit');
      clearTimeout(timer);
      return { code: code as number | null, stderr: err };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('stops with one line naming PORT when the port is taken', async () => {
    const fake = await FakeSlack.start();
    const blocker = createServer();
    try {
      await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
      const { port } = blocker.address() as AddressInfo;
      const result = await run(fake, { SLACK_APP_TOKEN: fake.appToken, PORT: String(port) });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`article-bot: PORT ${port} is already in use on 127.0.0.1; set PORT to a free port (0 picks one) or WEB=off.\n`);
      expect(fake.connections).toBe(0); // nothing connected before the port was known to be free
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
      await fake.close();
    }
  });

  it('refuses Slack HTTP mode with WEB=off, naming WEB', async () => {
    const fake = await FakeSlack.start();
    try {
      const result = await run(fake, { SLACK_SIGNING_SECRET: 'signing-secret-main-test', WEB: 'off', PORT: '0' });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^article-bot: WEB: must be on in Slack HTTP mode .*\n$/);
      expect(result.stderr).not.toContain('signing-secret-main-test');
    } finally {
      await fake.close();
    }
  });
});

describe('the program with Slack in HTTP mode', () => {
  it('answers signed requests on the same port as the page, and refuses a bad signature', async () => {
    const fake = await FakeSlack.start();
    const dir = mkdtempSync(join(tmpdir(), 'article-bot-main-'));
    const secret = 'signing-secret-main-http';
    const child = spawn(process.execPath, ['dist/src/main.js'], {
      env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: join(dir, 'none.env'), DATA_DIR: dir, PORT: '0', SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: secret, SLACK_API_URL: fake.apiUrl },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    try {
      const origin = await until(async () => err.match(ADDRESS)?.[1], 'the article page address', 8000, () => err);
      await until(async () => (err.includes('Slack HTTP mode') ? true : undefined), 'Slack to be mounted', 8000, () => err);
      const body = form(commandPayload({ text: 'summary', responseUrl: fake.responseUrl() }));
      const good = await signedPost(`${origin}/slack/events`, body, { secret });
      expect(good.status).toBe(200);
      expect(good.json().response_type).toBe('ephemeral');
      expect((await signedPost(`${origin}/slack/events`, body, { secret: 'not-the-secret' })).status).toBe(401);
      expect((await fetch(`${origin}/aleppo`)).status).toBe(200);
      const health = (await (await fetch(`${origin}/healthz`)).json()) as HealthBody;
      expect(health.platforms).toEqual({ slack: 'connected' });
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
      expect(err).not.toContain(secret);
      expect(err).not.toContain(fake.botToken);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      await fake.close();
    }
  });
});
