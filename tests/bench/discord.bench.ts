/**
 * 1,000 interactions through the fake gateway to their replies, for our bot and for a bare
 * discord.js bot that replies "ok", in the same run: throughput, p50/p99 from dispatch to the
 * reply reaching the fake, and RSS once our bot is ready. Each bot has its own fake Discord, in
 * its own worker thread, so this thread runs only the bots.
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { Client, Events, GatewayIntentBits, MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../../commands/types.js';
import { renderReply, type DiscordMessage } from '../../src/discord/render-embed.js';
import { runInvocation } from '../../src/invocation.js';
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

export interface FakeThread {
  apiUrl: string;
  /** `distinctUsers`: each interaction from a member never seen before (the soak). */
  drive(count: number, mix?: Mix, distinctUsers?: boolean): Promise<Figures>;
  close(): Promise<void>;
}

/** A fake Discord in a worker thread (discord-fake-worker.ts); also used by the soak. */
export async function fakeThread(): Promise<FakeThread> {
  const worker = new Worker(new URL('./discord-fake-worker.js', import.meta.url));
  const [ready] = (await once(worker, 'message')) as [{ apiUrl: string }];
  return {
    apiUrl: ready.apiUrl,
    async drive(count, mix = 'full', distinctUsers = false) {
      worker.postMessage({ type: 'drive', count, window: WINDOW, mix, distinctUsers });
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

/** A bare discord.js bot (the default caches) answering "ok"; also the soak's comparison. */
export async function bareBot(apiUrl: string): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiUrl } });
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) void interaction.reply({ content: 'ok' });
  });
  const ready = once(client, Events.ClientReady);
  await client.login(FAKE.token);
  await ready;
  return client;
}

/**
 * The control for reply size: a bare bot that sends our rendered answers, made once per distinct
 * call and then reused. Against it, the article bot's ratio is the adapter's own cost; against
 * "ok", it also includes building and sending a full embed instead of two letters.
 */
async function preparedBot(apiUrl: string, ctx: CommandContext): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiUrl } });
  const prepared = new Map<string, Promise<DiscordMessage>>();
  const answer = (interaction: ChatInputCommandInteraction) => {
    const options = Object.fromEntries(interaction.options.data[0]?.options?.map((o) => [o.name, o.value as string]) ?? []);
    const key = `${interaction.options.getSubcommand()} ${JSON.stringify(options)}`;
    let message = prepared.get(key);
    if (!message) {
      message = runInvocation({ command: interaction.options.getSubcommand(), options }, ctx).then((r) => renderReply(r, { shareable: true }));
      prepared.set(key, message);
    }
    return message;
  };
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) void answer(interaction).then((m) => interaction.reply({ ...m, flags: MessageFlags.Ephemeral }));
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
  const [oursFake, bareFake, preparedFake] = await Promise.all([fakeThread(), fakeThread(), fakeThread()]);
  const ctx = await articleContext();
  const ours = await startDiscord({ token: FAKE.token, appId: FAKE.appId, apiUrl: oursFake.apiUrl }, ctx, { log: () => {} });
  const rssReady = process.memoryUsage().rss;
  const bare = await bareBot(bareFake.apiUrl);
  const prepared = await preparedBot(preparedFake.apiUrl, ctx);
  try {
    await bareFake.drive(WARM_UP);
    await preparedFake.drive(WARM_UP);
    await oursFake.drive(WARM_UP);
    const oursRounds: Figures[] = [];
    const bareRounds: Figures[] = [];
    const preparedRounds: Figures[] = [];
    const fakes = [
      { fake: bareFake, rounds: bareRounds },
      { fake: preparedFake, rounds: preparedRounds },
      { fake: oursFake, rounds: oursRounds },
    ];
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate who goes first, so none gains from a warmer process.
      for (let i = 0; i < fakes.length; i++) {
        const { fake, rounds } = fakes[(i + round) % fakes.length]!;
        rounds.push(await fake.drive(TOTAL));
      }
    }
    const [bareFigures, oursFigures, preparedFigures] = [best(bareRounds), best(oursRounds), best(preparedRounds)];
    // The same bot answering only summary and share: the adapter's cost without search and lookups.
    const light = best([await oursFake.drive(TOTAL, 'light'), await oursFake.drive(TOTAL, 'light')]);
    console.log(`${TOTAL} interactions, ${WINDOW} in flight, dispatch → reply at the fake Discord (best of ${ROUNDS} rounds)`);
    console.log(row('bare discord.js "ok"', bareFigures));
    console.log(row('bare, our replies ready', preparedFigures));
    console.log(row('article bot', oursFigures));
    console.log(row('  summary/share only', light));
    const met = oursFigures.perSecond / bareFigures.perSecond >= 0.9 ? 'met' : 'NOT met';
    console.log(`ratio ours/bare "ok": ${(oursFigures.perSecond / bareFigures.perSecond).toFixed(2)} (target ≥ 0.90: ${met}); ours/bare with our replies: ${(oursFigures.perSecond / preparedFigures.perSecond).toFixed(2)}`);
    console.log(`RSS after our bot was ready: ${mb(rssReady)} (this process: the bot, with the fakes in worker threads)`);
  } finally {
    await Promise.all([ours.stop(), bare.destroy(), prepared.destroy()]);
    await Promise.all([oursFake.close(), bareFake.close(), preparedFake.close()]);
  }
}
