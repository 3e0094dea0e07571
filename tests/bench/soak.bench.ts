/**
 * The soak: 20,000 interactions from 20,000 members the bot has never seen, through the fake
 * Discord (in its own worker thread, so this thread's heap is the bot's), with the heap measured
 * after a full GC every 5,000. Our bot bounds discord.js's caches (src/adapters/discord/cache.ts), so its
 * heap stays flat (target: within 5 MB); a bare discord.js bot with the default caches answering
 * "ok" runs the same soak beside it, to show what the bounds are worth.
 */
import { startDiscord } from '../../src/adapters/discord/start.js';
import { articleContext } from '../discord/article.js';
import { FAKE } from '../fakes/discord/objects.js';
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { fakeThread, type FakeThread } from './fake-thread.js';
import { heapAfterGc } from './heap.js';

const WARM_UP = 2000;
/** Interactions in flight at once. */
const WINDOW = 50;
const NEW_MEMBERS = { platform: 'discord', questions: 'mix', distinctUsers: true } as const;

/** A bare discord.js bot with the default caches, answering "ok": what the bounds are measured against. */
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
const TOTAL = 20_000;
const STEP = 5000;
/** Most the heap may grow over the soak, in bytes. */
const FLAT = 5 * 1024 * 1024;


const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Warms up, then drives TOTAL new members in STEPs; the heap after GC at the start and after each step. */
async function soak(fake: FakeThread): Promise<number[]> {
  await fake.drive(NEW_MEMBERS, WARM_UP, WINDOW);
  const heaps = [heapAfterGc()];
  for (let done = 0; done < TOTAL; done += STEP) {
    await fake.drive(NEW_MEMBERS, STEP, WINDOW);
    heaps.push(heapAfterGc());
  }
  return heaps;
}

function report(name: string, heaps: number[]): number {
  const growth = heaps.at(-1)! - heaps[0]!;
  const series = heaps.map((h, i) => `${(i * STEP).toLocaleString('en-US')}: ${mb(h)}`).join(', ');
  console.log(`${name.padEnd(26)} ${series}; growth ${mb(growth)} (${(growth / TOTAL / 1024).toFixed(2)} KB per member)`);
  return growth;
}

export default async function bench(): Promise<void> {
  console.log(`${TOTAL.toLocaleString('en-US')} interactions from ${TOTAL.toLocaleString('en-US')} new members (after ${WARM_UP.toLocaleString('en-US')} to warm up); heap after a full GC every ${STEP.toLocaleString('en-US')}`);
  const oursFake = await fakeThread('discord');
  const ours = await startDiscord({ token: FAKE.token, appId: FAKE.appId, apiUrl: oursFake.apiUrl }, await articleContext(), { log: () => {} });
  let growth: number;
  try {
    growth = report('article bot (bounded)', await soak(oursFake));
    const { client } = ours;
    const guild = client.guilds.cache.first();
    console.log(
      `  kept: ${client.guilds.cache.size} server(s), ${client.channels.cache.size} channels, ${client.users.cache.size} user(s), ` +
        `${guild?.members.cache.size ?? 0} member(s) (its own: ${guild?.members.me ? 'yes' : 'NO'})`,
    );
  } finally {
    await ours.stop();
    await oursFake.close();
  }
  const bareFake = await fakeThread('discord');
  const bare = await bareBot(bareFake.apiUrl);
  try {
    report('bare discord.js, defaults', await soak(bareFake));
  } finally {
    await bare.destroy();
    await bareFake.close();
  }
  console.log(`article bot heap flat within ${mb(FLAT)}: ${growth <= FLAT ? 'met' : 'NOT met'}`);
}
