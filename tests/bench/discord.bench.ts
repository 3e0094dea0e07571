/**
 * 1,000 interactions through the fake gateway to their replies, for our bot and for a bare
 * discord.js bot that replies "ok", in the same run: throughput, p50/p99 from dispatch to the
 * reply reaching the fake, and RSS once our bot is ready. Each bot has its own fake Discord.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { once } from 'node:events';
import { startDiscord } from '../../src/discord/start.js';
import { articleContext } from '../discord/article.js';
import { FakeDiscord, type RecordedRequest } from '../fakes/discord/fake-discord.js';
import { chatInput } from '../fakes/discord/interactions.js';
import { FAKE } from '../fakes/discord/objects.js';

const TOTAL = 1000;
const WARM_UP = 500;
/** Interactions in flight at once: a busy server, not a flood. */
const WINDOW = 50;
const TIMEOUT_MS = 20_000;

const CALLS: { subcommand: string; options: Record<string, string> }[] = [
  { subcommand: 'summary', options: {} },
  { subcommand: 'quote', options: { speaker: 'Egeland' } },
  { subcommand: 'ask', options: { question: 'how many people are trapped in Aleppo?' } },
  { subcommand: 'summary', options: { length: 'long' } },
  { subcommand: 'share', options: {} },
];

interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Sends `count` interactions keeping `WINDOW` in flight; resolves with the figures. */
async function drive(fake: FakeDiscord, count: number): Promise<Figures> {
  const pending = new Map<string, { started: number; done: () => void }>();
  const latencies: number[] = [];
  const onRequest = (r: RecordedRequest) => {
    if (r.method !== 'POST' || !r.path.endsWith('/callback') || r.status >= 300) return;
    const token = r.path.split('/')[3]!;
    const entry = pending.get(token);
    if (!entry) return;
    pending.delete(token);
    latencies.push(performance.now() - entry.started);
    entry.done();
  };
  fake.on('request', onRequest);
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const call = CALLS[next++ % CALLS.length]!;
      const payload = chatInput({ command: 'aleppo', ...call });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`bench: no reply to ${call.subcommand} within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
        pending.set(payload.token, { started: performance.now(), done: () => (clearTimeout(timer), resolve()) });
        fake.interact(payload);
      });
    }
  };
  try {
    await Promise.all(Array.from({ length: WINDOW }, worker));
  } finally {
    fake.off('request', onRequest);
  }
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  // Keep the fake's request log from growing across runs.
  fake.requests.length = 0;
  return { perSecond: count / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function bareBot(apiUrl: string): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiUrl } });
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) void interaction.reply({ content: 'ok' });
  });
  const ready = once(client, Events.ClientReady);
  await client.login(FAKE.token);
  await ready;
  return client;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const row = (name: string, f: Figures) =>
  `${name.padEnd(22)} ${f.perSecond.toFixed(0).padStart(6)}/s   p50 ${f.p50.toFixed(1).padStart(6)} ms   p99 ${f.p99.toFixed(1).padStart(6)} ms`;

export default async function bench(): Promise<void> {
  const [oursFake, bareFake] = await Promise.all([FakeDiscord.start(), FakeDiscord.start()]);
  const ctx = await articleContext();
  const ours = await startDiscord({ token: FAKE.token, appId: FAKE.appId, apiUrl: oursFake.apiUrl }, ctx, { log: () => {} });
  const rssReady = process.memoryUsage().rss;
  const bare = await bareBot(bareFake.apiUrl);
  try {
    await drive(bareFake, WARM_UP);
    await drive(oursFake, WARM_UP);
    // Two rounds in alternating order, keeping each bot's better one, so neither gains from going second.
    const best = (a: Figures, b: Figures) => (a.perSecond >= b.perSecond ? a : b);
    const bare1 = await drive(bareFake, TOTAL);
    const ours1 = await drive(oursFake, TOTAL);
    const ours2 = await drive(oursFake, TOTAL);
    const bare2 = await drive(bareFake, TOTAL);
    const bareFigures = best(bare1, bare2);
    const oursFigures = best(ours1, ours2);
    const ratio = oursFigures.perSecond / bareFigures.perSecond;
    console.log(`${TOTAL} interactions per round, ${WINDOW} in flight, dispatch → reply at the fake Discord (better of 2 rounds)`);
    console.log(row('bare discord.js "ok"', bareFigures));
    console.log(row('article bot', oursFigures));
    console.log(`ratio ours/bare: ${ratio.toFixed(2)} (target ≥ 0.90)`);
    console.log(`RSS after our bot was ready: ${mb(rssReady)} (this process, including the fake Discord)`);
  } finally {
    await Promise.all([ours.stop(), bare.destroy()]);
    await Promise.all([oursFake.close(), bareFake.close()]);
  }
}
