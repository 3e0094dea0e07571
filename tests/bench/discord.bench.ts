/**
 * 1,000 interactions through the fake gateway to their replies, for our bot and for a bare
 * discord.js bot that replies "ok", in the same run: throughput, p50/p99 from dispatch to the
 * reply reaching the fake, and RSS once our bot is ready. Each bot has its own fake Discord, in
 * its own worker thread, so this thread runs only the bots.
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { startDiscord } from '../../src/discord/start.js';
import { articleContext } from '../discord/article.js';
import { FAKE } from '../fakes/discord/objects.js';
import type { Figures, Mix } from './discord-fake-worker.js';

const TOTAL = 1000;
const WARM_UP = 500;
/** Interactions in flight at once: a busy server, not a flood. */
const WINDOW = 50;
/** Measured rounds per bot, alternating which goes first; each bot's best round is reported. */
const ROUNDS = 3;

interface FakeThread {
  apiUrl: string;
  drive(count: number, mix?: Mix): Promise<Figures>;
  close(): Promise<void>;
}

async function fakeThread(): Promise<FakeThread> {
  const worker = new Worker(new URL('./discord-fake-worker.js', import.meta.url));
  const [ready] = (await once(worker, 'message')) as [{ apiUrl: string }];
  return {
    apiUrl: ready.apiUrl,
    async drive(count, mix = 'full') {
      worker.postMessage({ type: 'drive', count, window: WINDOW, mix });
      const [reply] = (await once(worker, 'message')) as [{ type: 'figures'; figures: Figures } | { type: 'error'; message: string }];
      if (reply.type === 'error') throw new Error(reply.message);
      return reply.figures;
    },
    async close() {
      worker.postMessage({ type: 'close' });
      await once(worker, 'exit');
    },
  };
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
const best = (rounds: Figures[]) => rounds.reduce((a, b) => (b.perSecond > a.perSecond ? b : a));

export default async function bench(): Promise<void> {
  const [oursFake, bareFake] = await Promise.all([fakeThread(), fakeThread()]);
  const ctx = await articleContext();
  const ours = await startDiscord({ token: FAKE.token, appId: FAKE.appId, apiUrl: oursFake.apiUrl }, ctx, { log: () => {} });
  const rssReady = process.memoryUsage().rss;
  const bare = await bareBot(bareFake.apiUrl);
  try {
    await bareFake.drive(WARM_UP);
    await oursFake.drive(WARM_UP);
    const oursRounds: Figures[] = [];
    const bareRounds: Figures[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate who goes first, so neither gains from a warmer process.
      if (round % 2 === 0) bareRounds.push(await bareFake.drive(TOTAL)), oursRounds.push(await oursFake.drive(TOTAL));
      else oursRounds.push(await oursFake.drive(TOTAL)), bareRounds.push(await bareFake.drive(TOTAL));
    }
    const [bareFigures, oursFigures] = [best(bareRounds), best(oursRounds)];
    // The same bot answering only summary and share: the adapter's cost without search and lookups.
    const light = best([await oursFake.drive(TOTAL, 'light'), await oursFake.drive(TOTAL, 'light')]);
    console.log(`${TOTAL} interactions, ${WINDOW} in flight, dispatch → reply at the fake Discord (best of ${ROUNDS} rounds)`);
    console.log(row('bare discord.js "ok"', bareFigures));
    console.log(row('article bot', oursFigures));
    console.log(row('  summary/share only', light));
    console.log(`ratio ours/bare: ${(oursFigures.perSecond / bareFigures.perSecond).toFixed(2)} (target ≥ 0.90)`);
    console.log(`RSS after our bot was ready: ${mb(rssReady)} (this process: the bot, with the fakes in worker threads)`);
  } finally {
    await Promise.all([ours.stop(), bare.destroy()]);
    await Promise.all([oursFake.close(), bareFake.close()]);
  }
}
