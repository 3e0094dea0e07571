/**
 * The database goes away while the bot runs, through a forwarder of the test's own (the shared
 * server keeps running): answers that need no database still work, posting refuses and sends
 * nothing, /healthz says `database: down` with 503 and /metrics counts the errors; when it comes
 * back, all of it recovers without a restart.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { createHealth } from '../../src/runtime/health.js';
import { answerText } from '../../src/core/invocation.js';
import { createMetrics } from '../../src/runtime/metrics.js';
import { createPosting, type Posting } from '../../src/posting/posting.js';
import { startStore, type RunningStore } from '../../src/store/start.js';
import { createWebServer, type WebServer } from '../../src/web/server.js';
import { aleppoEngine } from '../posts/article.js';
import { RecordingPublisher } from '../posts/recording-publisher.js';
import { createTestSchema, TEST_DATABASE_URL, type TestSchema } from './pg-schema.js';
import { startForwarder, type Forwarder } from './tcp-forwarder.js';

const engine = aleppoEngine();
const by = { requestedBy: 'discord:42 (Ana)' };

/** Polls `read` until `done` holds, at most `ms`; returns the last reading. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 10_000): Promise<T> {
  const tries = Math.ceil(ms / 100);
  let value = await read();
  for (let i = 0; i < tries && !done(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

describe.skipIf(TEST_DATABASE_URL === '')('the database going away and coming back (PostgreSQL)', () => {
  let schema: TestSchema;
  let forwarder: Forwarder;
  let running: RunningStore;
  let web: WebServer;
  let base: string;
  let discord: RecordingPublisher;
  let posting: Posting;
  const logs: string[] = [];
  const metrics = createMetrics();

  beforeEach(async () => {
    schema = await createTestSchema();
    const server = new URL(TEST_DATABASE_URL);
    forwarder = await startForwarder(server.hostname, Number(server.port || 5432));
    const through = new URL(schema.url);
    through.host = `127.0.0.1:${forwarder.port}`;
    const health = createHealth();
    running = await startStore({ databaseUrl: through.toString() }, { health, metrics, log: (line) => logs.push(line), probeEveryMs: 200 });
    web = createWebServer({ engine, config: {}, health, metrics });
    base = `http://127.0.0.1:${(await web.listen(0, '127.0.0.1')).port}`;
    discord = new RecordingPublisher('discord', 'guild-1');
    posting = createPosting({ ledger: running.store.ledger, publishers: [discord], engine });
  });
  afterEach(async () => {
    await web.close();
    await forwarder.close();
    await running.stop();
    await schema.drop();
  });

  const health = async () => {
    const res = await fetch(`${base}/healthz`);
    return { status: res.status, body: (await res.json()) as { database?: string; down: string[] } };
  };

  it('refuses to post and reports 503 while down, then posts and reports 200 once it is back', async () => {
    expect(await health()).toMatchObject({ status: 200, body: { database: 'up' } });
    await forwarder.cut();

    const refused = await posting.publish(discord.target('news'), by);
    expect(refused).toMatchObject({ status: 'failed', reason: "I can't reach the database; nothing was posted." });
    expect(discord.sent()).toEqual([]);
    const summary = await answerText('summary', { engine, commandName: 'aleppo', commands });
    expect(summary.kind).toBe('summary');

    const down = await until(health, (h) => h.status === 503);
    expect(down).toMatchObject({ status: 503, body: { database: 'down', down: ['database'] } });
    expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/database_errors_total\{backend="postgres",kind="unreachable"\} [1-9]/);
    expect(logs).toContain('database: cannot be reached; posting refuses until it is back');

    await forwarder.restore();
    expect(await until(health, (h) => h.status === 200)).toMatchObject({ status: 200, body: { database: 'up', down: [] } });
    expect(await posting.publish(discord.target('news'), by)).toMatchObject({ status: 'posted' });
    expect(discord.sent()).toHaveLength(1);
    expect(logs).toContain('database: reachable again');
  });
});
