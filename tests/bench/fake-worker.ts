/**
 * A fake Discord or Slack in its own thread for the benches (`workerData.platform`). It drives
 * the requests itself and times each from dispatch to the bot's reply reaching it, so the
 * bench's main thread only watches the bot processes.
 * Messages in: { type: 'drive', load, count, window } and { type: 'close' }; out: 'ready' with
 * the fake's API base and tokens, then one 'figures' (or 'error') per drive.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FakeDiscord, type RecordedRequest } from '../fakes/discord/fake-discord.js';
import { chatInput } from '../fakes/discord/interactions.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { commandPayload } from '../fakes/slack/payloads.js';
import { form, signedPost } from '../fakes/slack/signed-request.js';
import { discordCall, slackText, type Questions } from './mix.js';

export interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
}

/** What to send, and where: Discord interactions, or Slack commands over Socket Mode or signed HTTP. */
export type Load =
  /** `distinctUsers`: every interaction from a member the bot has never seen (the memory soak). */
  | { platform: 'discord'; questions: Questions; distinctUsers?: boolean }
  | { platform: 'slack-socket'; questions: Questions }
  | { platform: 'slack-http'; questions: Questions; url: string; secret: string };

export interface Ready {
  type: 'ready';
  apiUrl: string;
  /** Slack's tokens (the fake's defaults); absent for Discord, whose token is FAKE.token. */
  botToken?: string;
  appToken?: string;
}

/** Sends request number `i` and resolves when the bot's reply has reached the fake (or the driver). */
type Send = (i: number) => Promise<void>;

const TIMEOUT_MS = 20_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function bounded<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`bench: ${what} not answered within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** Sends `count` requests keeping `window` in flight; resolves with the figures. */
async function drive(send: Send, count: number, window: number): Promise<Figures> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const t = performance.now();
      await bounded(send(i), `request ${i}`);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: Math.min(window, count) }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: count / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** Interactions in; done when the bot's interaction callback (its reply) reaches the fake. */
/** Ids for members never seen before: snowflake-shaped, counting up across drives. */
let nextUser = 500_000_000_000_000_000n;
const newUser = () => ({ userId: String(nextUser++), username: `reader${nextUser}` });

function discordSender(fake: FakeDiscord, questions: Questions, distinctUsers = false): { send: Send; done(): void } {
  const pending = new Map<string, () => void>();
  const onRequest = (r: RecordedRequest) => {
    if (r.method !== 'POST' || !r.path.endsWith('/callback') || r.status >= 300) return;
    const token = r.path.split('/')[3]!;
    pending.get(token)?.();
    pending.delete(token);
  };
  fake.on('request', onRequest);
  return {
    send: (i) =>
      new Promise<void>((resolve) => {
        const payload = chatInput({ command: 'aleppo', ...discordCall(i, questions) }, distinctUsers ? newUser() : {});
        pending.set(payload.token, resolve);
        fake.interact(payload);
      }),
    done() {
      fake.off('request', onRequest);
      fake.requests.length = 0; // keep the record from growing across runs
    },
  };
}

/** Slash commands in; done when the acknowledgement, which must carry the answer, comes back. */
function slackSender(fake: FakeSlack, load: Exclude<Load, { platform: 'discord' }>): { send: Send; done(): void } {
  const done = () => {
    fake.acks.length = 0;
  };
  if (load.platform === 'slack-socket') {
    return {
      send: async (i) => {
        const ack = await fake.slashCommand(slackText(i, load.questions));
        if (!ack.payload?.blocks) throw new Error('bench: an acknowledgement without the answer');
      },
      done,
    };
  }
  return {
    send: async (i) => {
      const body = form(commandPayload({ text: slackText(i, load.questions), responseUrl: fake.responseUrl() }));
      const res = await signedPost(load.url, body, { secret: load.secret });
      if (res.status !== 200 || !res.body.includes('"blocks"')) throw new Error(`bench: HTTP ${res.status} without the answer`);
    },
    done,
  };
}

if (parentPort) {
  const port = parentPort;
  const platform = (workerData as { platform: 'discord' | 'slack' }).platform;
  const discord = platform === 'discord' ? await FakeDiscord.start() : undefined;
  const slack = platform === 'slack' ? await FakeSlack.start() : undefined;
  port.on('message', (message: { type: 'drive'; load: Load; count: number; window: number } | { type: 'close' }) => {
    if (message.type === 'close') {
      void (discord ?? slack)!.close().then(() => port.close());
      return;
    }
    const { load } = message;
    const sender = load.platform === 'discord' ? discordSender(discord!, load.questions, load.distinctUsers) : slackSender(slack!, load);
    drive(sender.send, message.count, message.window)
      .finally(sender.done)
      .then(
        (figures) => port.postMessage({ type: 'figures', figures }),
        (error: unknown) => port.postMessage({ type: 'error', message: (error as Error).message }),
      );
  });
  const ready: Ready = discord ? { type: 'ready', apiUrl: discord.apiUrl } : { type: 'ready', apiUrl: slack!.apiUrl, botToken: slack!.botToken, appToken: slack!.appToken };
  port.postMessage(ready);
}
