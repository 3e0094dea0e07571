/**
 * The shared store for several instances: PostgreSQL (DATABASE_URL), through a small `pg` pool.
 * Every decision (claiming a post, migrating) runs in a transaction holding an advisory lock, so
 * instances on any number of machines agree. The pool reconnects by itself: when the server
 * comes back, the next query works, with no restart.
 */
import pg from 'pg';
import type { Claim, ClaimOptions, Ledger, PostKey, PostRecord } from '../posting/ledger.js';
import { decideClaim, leaseEnd, newClaimant } from './claim.js';
import { ConfigError } from '../core/errors.js';
import { LedgerError } from './errors.js';
import { createGuard } from './guard.js';
import { HANDLED_TTL_MS, type HandledIds } from './handled-ids.js';
import { MIGRATIONS, pendingMigrations, type Migration } from './migrations.js';
import { COPIED_COLUMNS, copiedValues, toRecord, type PostRow } from './rows.js';
import type { Store, StoreOptions } from './store.js';

/**
 * Connections per instance. Each operation is one short statement or transaction and no
 * connection is held across a platform call, so a few serve a busy bot; a database shared by
 * several instances must not run out of connections.
 */
export const POOL_SIZE = 4;

/** Expired handled ids are deleted every this many writes. */
const PURGE_EVERY = 500;

/** The URL as logs may show it: no password, no query (which may carry one). */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.host}${u.pathname}`;
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/**
 * A server that answered refuses on SQL grounds (a bug: throw it); anything else (no route,
 * refused, reset, timed out, server shutting down, too many connections) is "down".
 */
function unreachable(error: unknown): boolean {
  const { severity, code } = error as { severity?: unknown; code?: unknown };
  if (typeof severity !== 'string') return true;
  return typeof code === 'string' && (code.startsWith('08') || code.startsWith('57P') || code === '53300');
}

/** The driver's reason, short: an error code such as ECONNREFUSED, or its message. */
function describe(error: unknown): string {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof code === 'string' && !/^\d/.test(code) ? code : String(message ?? error);
}

const MIGRATION_LOCK = 'article-bot:migrate:';

/** Applies the missing migrations in one transaction under an advisory lock: instances starting together migrate once. */
export async function migratePostgres(client: pg.ClientBase, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  await client.query('BEGIN');
  try {
    // Per schema, so databases holding several (tests) do not wait on each other.
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1::text || current_schema()))', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    const pending = pendingMigrations(rows[0]?.v ?? 0, migrations, 'DATABASE_URL');
    for (const m of pending) {
      await client.query(m.postgres);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    await client.query('COMMIT');
    return pending.length;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

const keyValues = (key: PostKey) => [key.platform, key.workspace, key.channel, key.contentHash];
const BY_KEY = 'platform = $1 AND workspace = $2 AND channel = $3 AND content_hash = $4';
const NEWEST = 'ORDER BY updated_at DESC, id DESC';
const RELEASE = 'claimed_by = NULL, claim_expires_at = NULL';

/** Connects, migrates and returns the store; rejects with DatabaseDownError when the server cannot be reached. */
export async function openPostgresStore(url: string, options: StoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    // Fail fast when the server is away, so a post is refused in seconds, not minutes.
    connectionTimeoutMillis: 3000,
    query_timeout: 10_000,
    idleTimeoutMillis: 10_000,
    keepAlive: true,
    application_name: 'article-bot',
  });
  const guard = createGuard(options, unreachable);
  // An idle connection dropped by the server: the pool discards it and opens another when needed.
  pool.on('error', (error) => {
    try {
      options.onError?.(error, true);
    } catch {
      // see createGuard
    }
  });
  try {
    const client = await pool.connect().catch((error: unknown) => {
      throw new ConfigError('DATABASE_URL', `cannot reach ${safeUrl(url)} (${describe(error)}); check that the server runs and the URL is right.`);
    });
    const ignore = () => {}; // see checkout below
    client.on('error', ignore);
    try {
      await migratePostgres(client, options.migrations ?? MIGRATIONS);
    } finally {
      client.off('error', ignore);
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
  const me = options.claimant ?? newClaimant();

  /**
   * A connection of our own for a transaction. A checked-out client reports a dropped connection
   * as an 'error' event besides failing its query; unheard, that event would end the process.
   */
  const checkout = async (): Promise<{ client: pg.PoolClient; release: (broken?: Error) => void }> => {
    const client = await pool.connect();
    const ignore = () => {};
    client.on('error', ignore);
    return {
      client,
      release(broken) {
        client.off('error', ignore);
        client.release(broken);
      },
    };
  };

  const rows = async (sql: string, values: unknown[] = []) => (await pool.query<PostRow>(sql, values)).rows.map(toRecord);
  const one = async (sql: string, values: unknown[]) => (await rows(sql, values))[0];
  const read = (key: PostKey) => one(`SELECT * FROM posts WHERE ${BY_KEY}`, keyValues(key));
  /** Runs one update and returns the row, which must exist. */
  const update = async (set: string, key: PostKey, extra: unknown[] = []): Promise<PostRecord> => {
    const row = await one(`UPDATE posts SET ${set} WHERE ${BY_KEY} RETURNING *`, [...keyValues(key), now().toISOString(), ...extra]);
    if (!row) throw new LedgerError(`no post recorded for ${key.platform} channel ${key.channel}; call begin first.`);
    return row;
  };
  /** A transaction holding the post's advisory lock: other instances' claims on it wait. */
  const locked = async <T>(key: PostKey, work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const { client, release } = await checkout();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1::text))', [`article-bot:post:${keyValues(key).join('/')}`]);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((e: Error) => (broken = e));
      throw error;
    } finally {
      // A connection that could not even roll back is broken: drop it rather than reuse it.
      release(broken);
    }
  };
  const readIn = async (client: pg.PoolClient, key: PostKey) => {
    const found = (await client.query<PostRow>(`SELECT * FROM posts WHERE ${BY_KEY}`, keyValues(key))).rows[0];
    return found && toRecord(found);
  };
  const write = async (client: pg.PoolClient, how: 'insert' | 'reset', key: PostKey, label: string, requestedBy: string, at: string, claimant: string | null, until: string | null) => {
    const sql =
      how === 'insert'
        ? `INSERT INTO posts (platform, workspace, channel, content_hash, label, state, requested_by, created_at, updated_at, claimed_by, claim_expires_at)
           VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7, $7, $8, $9) RETURNING *`
        : `UPDATE posts SET state = 'pending', label = $5, requested_by = $6, error = NULL, message_id = NULL, permalink = NULL,
             updated_at = $7, claimed_by = $8, claim_expires_at = $9 WHERE ${BY_KEY} RETURNING *`;
    return toRecord((await client.query<PostRow>(sql, [...keyValues(key), label, requestedBy, at, claimant, until])).rows[0]!);
  };
  let writes = 0;

  const ledger: Ledger = {
    get: (key) => guard(() => read(key)),
    latestForChannel: (platform, workspace, channel) =>
      guard(() => one(`SELECT * FROM posts WHERE platform = $1 AND workspace = $2 AND channel = $3 ${NEWEST} LIMIT 1`, [platform, workspace, channel])),
    claim: (key, requestedBy, options: ClaimOptions = {}) =>
      guard(() =>
        locked(key, async (client): Promise<Claim> => {
          const at = now();
          const existing = await readIn(client, key);
          const step = decideClaim(existing, me, at, options);
          if ('answer' in step) return step.answer;
          const label = options.label ?? existing?.label ?? key.channel;
          const record = await write(client, step.write, key, label, requestedBy, at.toISOString(), me, leaseEnd(at));
          return { status: 'claimed', record, ...(existing ? { previous: existing } : {}) };
        }),
      ),
    async begin(key, requestedBy, options = {}) {
      const claim = await ledger.claim(key, requestedBy, options);
      if (claim.status === 'claimed') return claim.record;
      throw new LedgerError(claim.status === 'already' ? `already posted to ${claim.record.label}; pass force to post again.` : `${key.channel} is being posted by another process.`);
    },
    markSending: (key) => guard(() => update('attempted_at = $5, updated_at = $5', key)),
    markSent: (key, messageId, permalink) =>
      guard(() => update(`state = 'sent', message_id = $6, permalink = $7, error = NULL, updated_at = $5, ${RELEASE}`, key, [messageId, permalink ?? null])),
    markFailed: (key, reason) => guard(() => update(`state = 'failed', error = $6, updated_at = $5, ${RELEASE}`, key, [reason])),
    listLatest: () =>
      guard(() => rows(`SELECT * FROM (SELECT DISTINCT ON (platform, workspace, channel) * FROM posts ORDER BY platform, workspace, channel, updated_at DESC, id DESC) latest ${NEWEST}`)),
    pending: () => guard(() => rows(`SELECT * FROM posts WHERE state = 'pending' ORDER BY created_at, id`)),
    failed: () => guard(() => rows(`SELECT * FROM posts WHERE state = 'failed' ${NEWEST}`)),
    sentForOtherHashes: (contentHash) => guard(() => rows(`SELECT * FROM posts WHERE state = 'sent' AND content_hash <> $1 ${NEWEST}`, [contentHash])),
    // Not updated_at: the row still tells when that post was made; the new version's row tells the edit.
    markEdited: (key, contentHash) =>
      guard(async () => {
        const row = await one(`UPDATE posts SET edited_to = $5 WHERE ${BY_KEY} AND state = 'sent' RETURNING *`, [...keyValues(key), contentHash]);
        if (!row) throw new LedgerError(`no post recorded for ${key.platform} channel ${key.channel}; call begin first.`);
        return row;
      }),
    recordEdit: (key, requestedBy, sent) =>
      guard(() =>
        locked(key, async (client) => {
          const existing = await readIn(client, key);
          if (existing?.state === 'sent') return existing;
          const at = now().toISOString();
          await write(client, existing ? 'reset' : 'insert', key, sent.label, requestedBy, at, null, null);
          const done = await client.query<PostRow>(
            `UPDATE posts SET state = 'sent', message_id = $5, permalink = $6, updated_at = $7 WHERE ${BY_KEY} RETURNING *`,
            [...keyValues(key), sent.messageId, sent.permalink ?? null, at],
          );
          return toRecord(done.rows[0]!);
        }),
      ),
    all: () => guard(() => rows('SELECT * FROM posts ORDER BY created_at, id')),
    importRows: (records) =>
      guard(async () => {
        const { client, release } = await checkout();
        try {
          await client.query('BEGIN');
          let added = 0;
          const placeholders = COPIED_COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
          for (const r of records) {
            const result = await client.query(
              `INSERT INTO posts (${COPIED_COLUMNS.join(', ')}) VALUES (${placeholders}) ON CONFLICT (platform, workspace, channel, content_hash) DO NOTHING`,
              copiedValues(r),
            );
            added += result.rowCount ?? 0;
          }
          await client.query('COMMIT');
          return added;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          throw error;
        } finally {
          release();
        }
      }),
  };
  const handled: HandledIds = {
    first: (id, ttlMs = HANDLED_TTL_MS) =>
      guard(async () => {
        const t = now().getTime();
        // Now and then, and off the answer's path: an id answered once needs no second delete.
        if (++writes % PURGE_EVERY === 0) void pool.query('DELETE FROM handled_ids WHERE expires_at <= $1', [t]).catch(() => {});
        // A new id, or one whose memory has expired, is first; a live one is a repeat.
        const result = await pool.query(
          `INSERT INTO handled_ids (id, expires_at) VALUES ($1, $2)
           ON CONFLICT (id) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE handled_ids.expires_at <= $3
           RETURNING id`,
          [id, t + ttlMs, t],
        );
        return result.rowCount === 1;
      }),
  };
  return {
    backend: 'postgres',
    where: safeUrl(url),
    ledger,
    handled,
    ping: () => guard(async () => void (await pool.query('SELECT 1'))),
    schemaVersion: () => guard(async () => (await pool.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations')).rows[0]?.v ?? 0),
    close: async () => {
      if (!pool.ended) await pool.end();
    },
  };
}
