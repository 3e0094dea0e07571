/**
 * Several processes on one database, as several instances (or the bot beside `npm run post`):
 * two race to post the same card to the same channel and exactly one message is sent; three
 * starting at once on a fresh database all come up, migrated once. On one SQLite file and on one
 * PostgreSQL. Needs the built dist (`npm test` builds first).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { readSends } from './file-publisher.js';
import { createTestSchema, TEST_DATABASE_URL, type TestSchema } from './pg-schema.js';
import { startWorker, type Worker } from './workers.js';

interface Place {
  name: 'sqlite' | 'postgres';
  available: boolean;
  /** The environment pointing a worker at a fresh database. */
  create(): Promise<{ env: Record<string, string>; cleanup(): Promise<void> }>;
}

const places: Place[] = [
  {
    name: 'sqlite',
    available: true,
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'race-sqlite-'));
      return { env: { DATA_DIR: dir }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'postgres',
    available: TEST_DATABASE_URL !== '',
    async create() {
      const schema: TestSchema = await createTestSchema();
      return { env: { DATABASE_URL: schema.url }, cleanup: () => schema.drop() };
    },
  },
];

describe.each(places)('several processes on one $name database', ({ available, create }) => {
  let dir: string;
  let place: Awaited<ReturnType<Place['create']>>;
  let workers: Worker[] = [];
  beforeEach(async (context) => {
    if (!available) return context.skip();
    dir = mkdtempSync(join(tmpdir(), 'race-'));
    place = await create();
  });
  afterEach(async () => {
    if (!available) return;
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
    workers = [];
    await place.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends one message when two processes post the same card to the same channel at once', async () => {
    const sends = join(dir, 'sends.jsonl');
    // The store exists (migrated) before the race, as with instances that have been running.
    await startWorker('migrate', place.env).done;
    workers = [1, 2].map(() => startWorker('post', { ...place.env, SENDS_FILE: sends, CHANNEL: 'news' }));
    await Promise.all(workers.map((w) => w.ready));
    for (const w of workers) w.child.stdin.write('go\n');
    const results = (await Promise.all(workers.map((w) => w.done))) as { status: string }[];
    expect(results.map((r) => r.status).sort()).toEqual(['already', 'posted']);
    expect(readSends(sends).filter((s) => s.channel === 'news')).toHaveLength(1);
  });

  it('comes up migrated once when three processes start on a fresh database at once', async () => {
    workers = [1, 2, 3].map(() => startWorker('migrate', place.env));
    const found = (await Promise.all(workers.map((w) => w.done))) as { version: number }[];
    expect(found.map((f) => f.version)).toEqual([MIGRATIONS.length, MIGRATIONS.length, MIGRATIONS.length]);
  });
});
