/**
 * A fake Discord in its own thread for the Discord benches, so the bot's thread does only the bot's
 * work. It drives interactions itself and measures dispatch → reply in this thread.
 * Messages in: { type: 'drive', count, window, mix, distinctUsers? } and { type: 'close' }; out:
 * 'ready' with the REST base, then one 'figures' per drive. With `distinctUsers`, every interaction
 * comes from a member the bot has not seen before (the soak); otherwise all from one reader.
 */
import { parentPort } from 'node:worker_threads';
import { FakeDiscord, type RecordedRequest } from '../fakes/discord/fake-discord.js';
import { chatInput } from '../fakes/discord/interactions.js';

export interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
}

type Call = { subcommand: string; options: Record<string, string> };

/** What readers ask, in turn: `full` is the realistic mix; `light` skips the search and speaker lookups. */
export type Mix = 'full' | 'light';

const MIXES: Record<Mix, Call[]> = {
  full: [
    { subcommand: 'summary', options: {} },
    { subcommand: 'quote', options: { speaker: 'Egeland' } },
    { subcommand: 'ask', options: { question: 'how many people are trapped in Aleppo?' } },
    { subcommand: 'summary', options: { length: 'long' } },
    { subcommand: 'share', options: {} },
  ],
  light: [
    { subcommand: 'summary', options: {} },
    { subcommand: 'share', options: {} },
  ],
};
const TIMEOUT_MS = 20_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Ids for members never seen before: snowflake-shaped, counting up across drives. */
let nextUser = 500_000_000_000_000_000n;
const newUser = () => ({ userId: String(nextUser++), username: `reader${nextUser}` });

/** Sends `count` interactions keeping `window` in flight; resolves with the figures. */
async function drive(fake: FakeDiscord, count: number, window: number, mix: Mix, distinctUsers = false): Promise<Figures> {
  const calls = MIXES[mix];
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
      const call = calls[next++ % calls.length]!;
      const payload = chatInput({ command: 'aleppo', ...call }, distinctUsers ? newUser() : {});
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`bench: no reply to ${call.subcommand} within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
        pending.set(payload.token, {
          started: performance.now(),
          done: () => {
            clearTimeout(timer);
            resolve();
          },
        });
        fake.interact(payload);
      });
    }
  };
  try {
    await Promise.all(Array.from({ length: window }, worker));
  } finally {
    fake.off('request', onRequest);
  }
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  fake.requests.length = 0; // keep the log from growing across rounds
  return { perSecond: count / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

if (parentPort) {
  const port = parentPort;
  const fake = await FakeDiscord.start();
  port.on('message', (message: { type: 'drive'; count: number; window: number; mix: Mix; distinctUsers?: boolean } | { type: 'close' }) => {
    if (message.type === 'close') {
      void fake.close().then(() => port.close());
      return;
    }
    drive(fake, message.count, message.window, message.mix, message.distinctUsers).then(
      (figures) => port.postMessage({ type: 'figures', figures }),
      (error: unknown) => port.postMessage({ type: 'error', message: (error as Error).message }),
    );
  });
  port.postMessage({ type: 'ready', apiUrl: fake.apiUrl });
}
