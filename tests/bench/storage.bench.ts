/**
 * Storage: what the shared state costs per answered Slack event (the dedup write, `handled.first`)
 * and per post (the ledger's claim, markSending and markSent transactions), p50/p99, on SQLite
 * (a file in a temporary DATA_DIR, synchronous=FULL) and on PostgreSQL over loopback
 * (TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test; skipped when unreachable),
 * in a schema of its own, dropped at the end. One operation at a time: latency, not throughput.
 * Run alone: `npm run build && node dist/tests/bench/run.js storage`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';

const EVENTS = 2000;
const POSTS = 300;
const WARMUP = 50;
const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timed(n: number, op: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await op(-1 - i);
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await op(i);
    ms.push(performance.now() - started);
  }
  return ms.sort((a, b) => a - b);
}

const figures = (ms: number[]) => `p50 ${percentile(ms, 50).toFixed(3)} ms   p99 ${percentile(ms, 99).toFixed(3)} ms`;

async function measure(name: string, store: Store): Promise<void> {
  const run = randomBytes(4).toString('hex');
  const dedup = await timed(EVENTS, (i) => store.handled.first(`slack:Ev${run}-${i}`));
  const hash = 'c'.repeat(64);
  const post = await timed(POSTS, async (i) => {
    const key = { platform: 'discord' as const, workspace: 'bench', channel: `${run}-${i}`, contentHash: hash };
    await store.ledger.claim(key, 'bench', { label: `#c${i}` });
    await store.ledger.markSending(key);
    await store.ledger.markSent(key, `m${i}`);
  });
  console.log(`${name.padEnd(28)} dedup write (${EVENTS}): ${figures(dedup)}`);
  console.log(`${''.padEnd(28)} ledger per post (${POSTS}, claim + sending + sent): ${figures(post)}`);
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-store-'));
  const sqlite = openSqliteStore(dir);
  try {
    await measure('SQLite (file, WAL, FULL)', sqlite);
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const base = process.env.TEST_DATABASE_URL?.trim() || DEFAULT_URL;
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    console.log(`PostgreSQL: skipped (${(error as { code?: string }).code ?? (error as Error).message}); set TEST_DATABASE_URL to measure it.`);
    return;
  }
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
    const url = new URL(base);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const store = await openPostgresStore(url.toString());
    try {
      await measure('PostgreSQL (loopback)', store);
    } finally {
      await store.close();
    }
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
    await admin.end();
  }
}
