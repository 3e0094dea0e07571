/**
 * Slack: 1,000 slash commands through Socket Mode and through HTTP mode, against the fake Slack
 * on 127.0.0.1, for our app and for a bare Bolt app that acknowledges "ok" — same receiver, same
 * fake, same client, same run. Target: ours ≥ 0.9× the bare app's throughput. Everything runs
 * in this one process, so throughput is also given per second of its CPU time, which other
 * processes on a shared machine disturb far less than wall time; the target is judged on that.
 * Run alone: `npm run build && node dist/tests/bench/run.js slack`.
 */
import { readFileSync } from 'node:fs';
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, type RespondArguments } from '@slack/bolt';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createContext } from '../../src/context.js';
import { createEngine } from '../../src/engine/engine.js';
import { parseArticle } from '../../src/engine/parse.js';
import { commandResponse } from '../../src/slack/commands.js';
import { createLogger } from '../../src/slack/logger.js';
import { startSlack } from '../../src/slack/start.js';
import { createHealth } from '../../src/health.js';
import { createMetrics } from '../../src/metrics.js';
import { createWebServer } from '../../src/web/server.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { commandPayload } from '../fakes/slack/payloads.js';
import { form, signedPost } from '../fakes/slack/signed-request.js';

const COMMANDS = 1000;
const WARMUP = 200;
const ROUNDS = 3;
/** Commands in flight at once, like a busy workspace. */
const CONCURRENCY = 8;
const SECRET = 'bench-signing-secret';
const TEXTS = ['summary', 'quote Egeland', 'ask how many people are trapped', 'share', 'help', 'summary long public'];

type Mode = 'socket' | 'http';

interface Target {
  /** Sends command number i and resolves when Slack would have its acknowledgement. */
  send(i: number): Promise<void>;
  stop(): Promise<void>;
}

interface Result {
  perSecond: number;
  /** Commands per second of this process's CPU time: steadier than wall time on a busy machine. */
  perCpuSecond: number;
  p50: number;
  p99: number;
  rssMb: number;
}

const quiet = () => createLogger(LogLevel.ERROR, () => {});

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Run {
  ms: number;
  cpuMs: number;
  latencies: number[];
}

async function drive(target: Target, count: number): Promise<Run> {
  const latencies: number[] = [];
  let next = 0;
  const cpu = process.cpuUsage();
  const began = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const t = performance.now();
      await target.send(i);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - began, cpuMs: (used.user + used.system) / 1000, latencies };
}

/** The best of `ROUNDS` runs of 1,000: other processes on a shared machine only ever slow a run down. */
function best(runs: Run[]): Result {
  const { ms, latencies } = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const cpuMs = Math.min(...runs.map((r) => r.cpuMs));
  const sorted = [...latencies].sort((a, b) => a - b);
  return { perSecond: (COMMANDS / ms) * 1000, perCpuSecond: (COMMANDS / cpuMs) * 1000, p50: percentile(sorted, 50), p99: percentile(sorted, 99), rssMb: process.memoryUsage().rss / 2 ** 20 };
}

/** The usual mix of commands, or (distinct) a different question every time, so no answer is reused. */
function textFor(i: number, distinct: boolean): string {
  return distinct ? `ask how many people are trapped in Aleppo ${i}` : TEXTS[i % TEXTS.length]!;
}

function sender(mode: Mode, fake: FakeSlack, url: string, distinct = false): Target['send'] {
  let sent = 0;
  if (mode === 'socket') {
    return async () => {
      const ack = await fake.slashCommand(textFor(sent++, distinct));
      if (!ack.payload) throw new Error('bench: an acknowledgement without an answer');
    };
  }
  return async () => {
    const body = form(commandPayload({ text: textFor(sent++, distinct), responseUrl: fake.responseUrl() }));
    const res = await signedPost(url, body, { secret: SECRET });
    if (res.status !== 200) throw new Error(`bench: HTTP ${res.status}`);
  };
}

/**
 * A bare Bolt app: the same receiver kind, one listener that acknowledges "ok" — or, with
 * `replies`, acknowledges with our answers made in advance: what Bolt alone costs to send them.
 */
async function bare(mode: Mode, replies?: Map<string, RespondArguments>): Promise<Target> {
  const fake = await FakeSlack.start();
  const logger = quiet();
  const receiver =
    mode === 'socket'
      ? new SocketModeReceiver({ appToken: fake.appToken, logger, installerOptions: { clientOptions: { slackApiUrl: fake.apiUrl } } })
      : new HTTPReceiver({ signingSecret: SECRET, logger });
  const app = new App({ receiver, token: fake.botToken, botId: fake.botId, botUserId: fake.botUserId, logger, clientOptions: { slackApiUrl: fake.apiUrl } });
  app.command('/aleppo', async ({ ack, command }) => ack(replies?.get(command.text) ?? { response_type: 'ephemeral', text: 'ok' }));
  let url = '';
  if (mode === 'socket') await app.start();
  else {
    const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  }
  return {
    send: sender(mode, fake, url),
    async stop() {
      if (receiver instanceof SocketModeReceiver) await receiver.client.disconnect();
      else await app.stop();
      await fake.close();
    },
  };
}

const ctx = () => createContext(createEngine(parseArticle(readFileSync('content/aleppo.md', 'utf8'))), { commandName: 'aleppo', articleUrl: 'https://example.org/aleppo' });

/** Our app as start-up wires it: in HTTP mode, Slack's requests reach Bolt through the bot's web server. */
async function ours(mode: Mode, distinct = false): Promise<Target> {
  const fake = await FakeSlack.start();
  const context = ctx();
  const web = createWebServer({ engine: context.engine, config: { commandName: context.commandName }, health: createHealth(), metrics: createMetrics() });
  const { port } = await web.listen(0, '127.0.0.1');
  const slack = await startSlack(
    { botToken: fake.botToken, apiUrl: fake.apiUrl, ...(mode === 'socket' ? { appToken: fake.appToken } : { signingSecret: SECRET }) },
    context,
    { logger: quiet(), mount: web.mount },
  );
  return {
    send: sender(mode, fake, `http://127.0.0.1:${port}/slack/events`, distinct),
    async stop() {
      await slack.stop();
      await web.close();
      await fake.close();
    },
  };
}

function line(label: string, r: Result): string {
  return `${label.padEnd(34)} ${r.perSecond.toFixed(0).padStart(6)} cmd/s (${r.perCpuSecond.toFixed(0).padStart(6)} per CPU-s)   p50 ${r.p50.toFixed(2).padStart(5)} ms   p99 ${r.p99.toFixed(2).padStart(6)} ms`;
}

export default async function slackBench(): Promise<void> {
  console.log(`${COMMANDS} slash commands per run, best of ${ROUNDS} interleaved runs after ${WARMUP} warm-up, ${CONCURRENCY} in flight, fake Slack on 127.0.0.1`);
  const context = ctx();
  const replies = new Map(await Promise.all(TEXTS.map(async (t) => [t, await commandResponse(t, context)] as const)));
  for (const mode of ['socket', 'http'] as const) {
    const targets = { bare: await bare(mode), same: await bare(mode, replies), ours: await ours(mode), distinct: await ours(mode, true) };
    const runs: Record<keyof typeof targets, Run[]> = { bare: [], same: [], ours: [], distinct: [] };
    try {
      for (const target of Object.values(targets)) await drive(target, WARMUP);
      for (let round = 0; round < ROUNDS; round++) {
        for (const [name, target] of Object.entries(targets)) runs[name as keyof typeof targets].push(await drive(target, COMMANDS));
      }
    } finally {
      for (const target of Object.values(targets)) await target.stop();
    }
    const [bar, same, mine, fresh] = [best(runs.bare), best(runs.same), best(runs.ours), best(runs.distinct)];
    const ratio = (a: Result, key: 'perSecond' | 'perCpuSecond') => (a[key] / bar[key]).toFixed(2);
    console.log(line(`${mode}: bare Bolt ("ok")`, bar));
    console.log(line(`${mode}: bare Bolt, our replies ready`, same));
    console.log(line(`${mode}: article bot (usual mix)`, mine));
    console.log(line(`${mode}: article bot (all distinct)`, fresh));
    const cpuRatio = mine.perCpuSecond / bar.perCpuSecond;
    console.log(
      `${mode}: ours/bare ${ratio(mine, 'perSecond')}× wall, ${ratio(mine, 'perCpuSecond')}× CPU (target ≥ 0.90×: ${cpuRatio >= 0.9 ? 'met' : 'NOT met'}); ` +
        `bare with our replies ${ratio(same, 'perCpuSecond')}× CPU (ours/that ${(mine.perCpuSecond / same.perCpuSecond).toFixed(2)}×); ` +
        `all distinct ${ratio(fresh, 'perSecond')}× wall, ${ratio(fresh, 'perCpuSecond')}× CPU; process RSS ${mine.rssMb.toFixed(0)} MB`,
    );
  }
}
