/**
 * Discord HTTP interactions: 1,000 signed slash commands (summary, quote, ask, share, help) at 8
 * in flight, through the round-robin TCP forwarder of the tests to one instance and to two, each a
 * real web server with the endpoint mounted (REST against the fake Discord). Every instance runs
 * in this one process, on one event loop, on a shared 2-core machine: the figures say what the
 * forwarder and a second instance cost here, not how several machines scale. Reported as measured.
 * Run alone: `npm run build && node dist/tests/bench/run.js discord-http`.
 */
import { IN_MEMORY, openSqliteStore } from '../../src/store/sqlite.js';
import { articleContext } from '../discord/article.js';
import { postInteraction, signed, startForwarder, startHttpInstance, testKeys, type HttpInstance } from '../discord/http-harness.js';
import { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { chatInput } from '../fakes/discord/interactions.js';

const COMMANDS = 1000;
const WARMUP = 100;
const CONCURRENCY = 8;
const CALLS: { subcommand: string; options: Record<string, string> }[] = [
  { subcommand: 'summary', options: {} },
  { subcommand: 'quote', options: { speaker: 'Egeland' } },
  { subcommand: 'ask', options: { question: 'how many people are trapped in Aleppo?' } },
  { subcommand: 'share', options: {} },
  { subcommand: 'help', options: {} },
];

export default async function bench(): Promise<void> {
  const fake = await FakeDiscord.start();
  const store = openSqliteStore(IN_MEMORY);
  const keys = testKeys();
  const ctx = await articleContext();
  const instances: HttpInstance[] = [await startHttpInstance(fake, keys, ctx, store.ledger), await startHttpInstance(fake, keys, ctx, store.ledger)];
  // Signed once ahead: signing is the test's cost, not the bot's.
  const bodies = Array.from({ length: COMMANDS + WARMUP }, (_, i) => {
    const call = CALLS[i % CALLS.length]!;
    const body = JSON.stringify(chatInput({ command: 'aleppo', ...call }));
    return { body, headers: signed(keys, body) };
  });
  async function run(port: number, from: number, count: number): Promise<number> {
    let next = from;
    let failed = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < from + count) {
          const { body, headers } = bodies[next++]!;
          const answer = await postInteraction(port, body, headers);
          if (answer.status !== 200) failed++;
        }
      }),
    );
    if (failed) throw new Error(`discord-http bench: ${failed} requests failed`);
    return count / ((performance.now() - started) / 1000);
  }
  try {
    const rows: [string, number][] = [];
    for (const [label, backends] of [
      ['one instance, direct', null],
      ['one instance behind the forwarder', [instances[0]!.port]],
      ['two instances behind the forwarder', instances.map((i) => i.port)],
    ] as const) {
      const forwarder = backends ? await startForwarder(backends) : undefined;
      const port = forwarder?.port ?? instances[0]!.port;
      try {
        await run(port, 0, WARMUP);
        rows.push([label, await run(port, WARMUP, COMMANDS)]);
      } finally {
        await forwarder?.close();
      }
    }
    for (const [label, perSecond] of rows) console.log(`${label.padEnd(36)} ${perSecond.toFixed(0).padStart(6)} interactions/s (${COMMANDS}, ${CONCURRENCY} in flight, a new connection each)`);
    console.log('All instances share this process and its 2 shared cores: this measures overhead, not scaling.');
  } finally {
    for (const instance of instances) await instance.stop();
    await store.close();
    await fake.close();
  }
}
