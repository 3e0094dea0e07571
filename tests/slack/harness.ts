/** Starts the real Slack adapter against a fake Slack, with the shipped article. */
import { readFileSync } from 'node:fs';
import { LogLevel } from '@slack/bolt';
import type { CommandContext } from '../../commands/types.js';
import type { SlackConfig } from '../../src/adapters/slack/settings.js';
import { createContext } from '../../src/core/context.js';
import { buildEngine } from '../../src/runtime/build-engine.js';
import { parseArticle } from '../../src/engine/parse.js';
import { createLogger } from '../../src/adapters/slack/logger.js';
import type { Ledger } from '../../src/posting/ledger.js';
import { IN_MEMORY, openSqliteStore } from '../../src/store/sqlite.js';
import { createPosting, type Posting } from '../../src/posting/posting.js';
import type { Publisher } from '../../src/posting/publisher.js';
import { prepareSlack, startSlack, type RunningSlack, type StartSlackOptions } from '../../src/adapters/slack/start.js';
import { FakeSlack, type FakeSlackOptions } from '../fakes/slack/fake-slack.js';
import { createHealth, type Health } from '../../src/runtime/health.js';
import { createMetrics, type Metrics } from '../../src/runtime/metrics.js';
import { createWebServer, type WebServer } from '../../src/web/server.js';
import { createLogger as createPinoLogger } from '../../src/runtime/log.js';
import { createObserver, type Observer } from '../../src/runtime/observe.js';
import { captureLog, type LogCapture } from '../helpers/log-capture.js';

export const SIGNING_SECRET = 'signing-secret-test';

let shared: CommandContext | undefined;
export function articleContext(): CommandContext {
  shared ??= createContext(buildEngine(parseArticle(readFileSync('content/aleppo.md', 'utf8'))), { commandName: 'aleppo', articleUrl: 'https://example.org/aleppo' });
  return shared;
}

export interface Bot {
  fake: FakeSlack;
  slack: RunningSlack;
  logs: string[];
  /** HTTP mode: the app's request URL, on the bot's web server. */
  url: string;
  /** HTTP mode: the web server Slack's requests share with the page, /healthz and /metrics, and what it reports. */
  web?: { server: WebServer; base: string; health: Health; metrics: Metrics; observer: Observer; log: LogCapture };
  close(): Promise<void>;
}

/** The bot's one web server, listening on a free port on 127.0.0.1, as start-up makes it. */
export async function startWeb(ctx: CommandContext): Promise<NonNullable<Bot['web']>> {
  const health = createHealth();
  const metrics = createMetrics();
  const log = captureLog();
  const observer = createObserver({ logger: createPinoLogger({ destination: log }), metrics });
  const server = createWebServer({ engine: ctx.engine, config: { commandName: ctx.commandName }, health, metrics });
  const { port } = await server.listen(0, '127.0.0.1');
  return { server, base: `http://127.0.0.1:${port}`, health, metrics, observer, log };
}

export async function startBot(
  mode: 'socket' | 'http' = 'socket',
  options: Partial<StartSlackOptions> = {},
  fakeOptions: FakeSlackOptions = {},
  ctx: CommandContext = articleContext(),
): Promise<Bot> {
  const fake = await FakeSlack.start(fakeOptions);
  const logs: string[] = [];
  const config: SlackConfig = {
    botToken: fake.botToken,
    apiUrl: fake.apiUrl,
    ...(mode === 'socket' ? { appToken: fake.appToken } : { signingSecret: SIGNING_SECRET }),
  };
  let slack: RunningSlack;
  const web = mode === 'http' ? await startWeb(ctx) : undefined;
  try {
    slack = await startSlack(config, ctx, {
      logger: createLogger(LogLevel.INFO, (line) => logs.push(line)),
      retryConfig: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 10 },
      ...(web ? { mount: web.server.mount, reporting: { health: web.health, metrics: web.metrics, observer: web.observer } } : {}),
      ...options,
    });
  } catch (error) {
    await web?.server.close();
    await fake.close();
    throw error;
  }
  if (mode === 'socket') await fake.waitForConnections(1);
  return {
    fake,
    slack,
    logs,
    url: web ? `${web.base}/slack/events` : '',
    ...(web ? { web } : {}),
    async close() {
      await slack.stop();
      await web?.server.close();
      await fake.close();
    },
  };
}

/** Every string in a Slack payload, joined: for asserting what could never appear anywhere in it. */
export function allText(value: unknown): string {
  return JSON.stringify(value);
}

export interface PostingBot extends Bot {
  ledger: Ledger;
  posting: Posting;
  publisher: Publisher;
}

/** The bot with the shared posting core on an in-memory ledger, as main wires it. */
export async function startPostingBot(allowedUsers?: string[], fakeOptions: FakeSlackOptions = {}): Promise<PostingBot> {
  const fake = await FakeSlack.start(fakeOptions);
  const logs: string[] = [];
  const config: SlackConfig = { botToken: fake.botToken, appToken: fake.appToken, apiUrl: fake.apiUrl, ...(allowedUsers ? { postAllowedUsers: allowedUsers } : {}) };
  const store = openSqliteStore(IN_MEMORY);
  const { ledger } = store;
  try {
    const prepared = await prepareSlack(config, { logger: createLogger(LogLevel.INFO, (line) => logs.push(line)) });
    const ctx = articleContext();
    const posting = createPosting({ ledger, publishers: [prepared.publisher], engine: ctx.engine, ...(ctx.shareUrl ? { shareUrl: ctx.shareUrl } : {}) });
    const runtime = { startedAt: new Date(), platforms: () => ['slack'] };
    const slack = await prepared.start({ ...ctx, posting: posting.forPlatform('slack'), runtime });
    await fake.waitForConnections(1);
    return {
      fake,
      slack,
      logs,
      ledger,
      posting,
      publisher: prepared.publisher,
      url: '',
      async close() {
        await slack.stop();
        await fake.close();
        await store.close();
      },
    };
  } catch (error) {
    await fake.close();
    await store.close();
    throw error;
  }
}
