/**
 * The embedded store: one SQLite file, `<DATA_DIR>/posts.sqlite` (WAL, synchronous=FULL). Processes
 * on one machine may share it (the bot, `npm run post`, shards): every write that decides
 * something runs in `BEGIN IMMEDIATE`, which takes the file's write lock first, so two processes
 * never both claim a post. better-sqlite3 is synchronous; each call is one short transaction.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Claim, ClaimOptions, Ledger, PostKey, PostRecord, PostState } from '../posting/ledger.js';
import { decideClaim, leaseEnd, newClaimant } from './claim.js';
import { LedgerError } from './errors.js';
import { createGuard } from './guard.js';
import { HANDLED_TTL_MS, type HandledIds } from './handled-ids.js';
import { MIGRATIONS, pendingMigrations, type Migration } from './migrations.js';
import { COPIED_COLUMNS, copiedValues, toRecord, type PostRow } from './rows.js';
import type { Store, StoreOptions } from './store.js';

/** File name of the ledger inside DATA_DIR. */
export const LEDGER_FILE = 'posts.sqlite';

/** Opens an in-memory store: the same SQL, nothing on disk (tests). */
export const IN_MEMORY = ':memory:';

/** How long a writer waits for another process's transaction before giving up, in ms. */
const BUSY_TIMEOUT_MS = 5000;

/** Expired handled ids are deleted every this many writes. */
const PURGE_EVERY = 500;

function open(location: string): Database.Database {
  if (location === IN_MEMORY) return new Database(IN_MEMORY);
  const file = join(location, LEDGER_FILE);
  try {
    mkdirSync(location, { recursive: true });
    return new Database(file);
  } catch (error) {
    throw new LedgerError(`cannot open ${file} (${(error as Error).message}). Set DATA_DIR to a writable folder.`);
  }
}

/** Applies the missing migrations in one `BEGIN IMMEDIATE` transaction: a second process waits, then finds nothing to do. */
export function migrateSqlite(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  return db
    .transaction(() => {
      const pending = pendingMigrations(db.pragma('user_version', { simple: true }) as number, migrations, 'DATA_DIR');
      for (const m of pending) db.exec(m.sqlite);
      if (pending.length) db.pragma(`user_version = ${migrations.length}`);
      return pending.length;
    })
    .immediate();
}

/** Errors that mean the file cannot be used now (locked too long, disk, closed), not a bug. */
function unusable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY|NOTADB|CORRUPT)/.test(code)) return true;
  return /database connection is not open/.test((error as Error)?.message ?? '');
}

/** Opens (creating and migrating as needed) the store in `dataDir`, or in memory for `IN_MEMORY`. */
export function openSqliteStore(dataDir: string, options: StoreOptions = {}): Store {
  const now = options.now ?? (() => new Date());
  const db = open(dataDir);
  // WAL: readers never block the writer and a crash mid-write leaves the last commit intact.
  // FULL: a committed `pending` is on disk before we call the platform.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Other processes share the file; wait for their write instead of failing.
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  try {
    migrateSqlite(db, options.migrations ?? MIGRATIONS);
  } catch (error) {
    db.close();
    throw error;
  }
  const me = options.claimant ?? newClaimant();
  const guard = createGuard(options, unusable);
  // Handled ids are checked before every answer, so they get their own connection without an
  // fsync per write (NORMAL, in WAL mode: a process crash loses nothing, a power cut at worst the
  // last few ids, and so one retry answered twice). The ledger's rows keep FULL.
  const ids = dataDir === IN_MEMORY ? db : open(dataDir);
  if (ids !== db) {
    ids.pragma('synchronous = NORMAL');
    ids.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }

  const where = 'platform = @platform AND workspace = @workspace AND channel = @channel';
  const byKey = `${where} AND content_hash = @contentHash`;
  const newest = 'ORDER BY updated_at DESC, id DESC';
  const select = db.prepare<PostKey, PostRow>(`SELECT * FROM posts WHERE ${byKey}`);
  const latest = db.prepare<Omit<PostKey, 'contentHash'>, PostRow>(`SELECT * FROM posts WHERE ${where} ${newest} LIMIT 1`);
  const insert = db.prepare(
    `INSERT INTO posts (platform, workspace, channel, content_hash, label, state, requested_by, created_at, updated_at, claimed_by, claim_expires_at)
     VALUES (@platform, @workspace, @channel, @contentHash, @label, 'pending', @requestedBy, @now, @now, @claimant, @until)`,
  );
  const reset = db.prepare(
    `UPDATE posts SET state = 'pending', label = @label, requested_by = @requestedBy, error = NULL, message_id = NULL,
       permalink = NULL, updated_at = @now, claimed_by = @claimant, claim_expires_at = @until WHERE ${byKey}`,
  );
  const sending = db.prepare(`UPDATE posts SET attempted_at = @now, updated_at = @now WHERE ${byKey}`);
  const release = 'claimed_by = NULL, claim_expires_at = NULL';
  const sentStatement = db.prepare(
    `UPDATE posts SET state = 'sent', message_id = @messageId, permalink = @permalink, error = NULL, updated_at = @now, ${release} WHERE ${byKey}`,
  );
  const failed = db.prepare(`UPDATE posts SET state = 'failed', error = @reason, updated_at = @now, ${release} WHERE ${byKey}`);
  // Not updated_at: the row still tells when that post was made; the new version's row tells the edit.
  const edited = db.prepare(`UPDATE posts SET edited_to = @to WHERE ${byKey} AND state = 'sent'`);
  const latestPerChannel = db.prepare<[], PostRow>(
    `SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY platform, workspace, channel ${newest}) AS n FROM posts)
     WHERE n = 1 ${newest}`,
  );
  const inState = (state: PostState, order: string) => db.prepare<[], PostRow>(`SELECT * FROM posts WHERE state = '${state}' ${order}`);
  const pendingRows = inState('pending', 'ORDER BY created_at, id');
  const failedRows = inState('failed', newest);
  const otherHashes = db.prepare<[string], PostRow>(`SELECT * FROM posts WHERE state = 'sent' AND content_hash <> ? ${newest}`);
  const allRows = db.prepare<[], PostRow>('SELECT * FROM posts ORDER BY created_at, id');
  const importRow = db.prepare(
    `INSERT INTO posts (${COPIED_COLUMNS.join(', ')}) VALUES (${COPIED_COLUMNS.map(() => '?').join(', ')})
     ON CONFLICT (platform, workspace, channel, content_hash) DO NOTHING`,
  );
  // A new id, or one whose memory has expired, is first; a live one is a repeat.
  const remember = ids.prepare<{ id: string; expires: number; now: number }, { id: string }>(
    `INSERT INTO handled_ids (id, expires_at) VALUES (@id, @expires)
     ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at WHERE handled_ids.expires_at <= @now
     RETURNING id`,
  );
  const purge = ids.prepare('DELETE FROM handled_ids WHERE expires_at <= ?');

  const read = (key: PostKey): PostRecord | undefined => {
    const row = select.get({ platform: key.platform, workspace: key.workspace, channel: key.channel, contentHash: key.contentHash });
    return row && toRecord(row);
  };
  const keyParams = (key: PostKey) => ({ platform: key.platform, workspace: key.workspace, channel: key.channel, contentHash: key.contentHash });
  /** Runs one update and returns the row, which must exist. */
  const update = (statement: Database.Statement, key: PostKey, extra: Record<string, unknown> = {}): PostRecord => {
    const changes = statement.run({ ...keyParams(key), now: now().toISOString(), ...extra }).changes;
    if (changes === 0) throw new LedgerError(`no post recorded for ${key.platform} channel ${key.channel}; call begin first.`);
    return read(key)!;
  };
  const claimTx = db.transaction((key: PostKey, requestedBy: string, options: ClaimOptions): Claim => {
    const at = now();
    const existing = read(key);
    const step = decideClaim(existing, me, at, options);
    if ('answer' in step) return step.answer;
    const label = options.label ?? existing?.label ?? key.channel;
    const params = { ...keyParams(key), label, requestedBy, now: at.toISOString(), claimant: me, until: leaseEnd(at) };
    (step.write === 'insert' ? insert : reset).run(params);
    return { status: 'claimed', record: read(key)!, ...(existing ? { previous: existing } : {}) };
  });
  const recordEditTx = db.transaction((key: PostKey, requestedBy: string, sent: { label: string; messageId: string; permalink?: string }) => {
    const existing = read(key);
    if (existing?.state === 'sent') return existing;
    const params = { ...keyParams(key), label: sent.label, requestedBy, now: now().toISOString(), claimant: null, until: null };
    (existing ? reset : insert).run(params);
    return update(sentStatement, key, { messageId: sent.messageId, permalink: sent.permalink ?? null });
  });
  const importTx = db.transaction((rows: readonly PostRecord[]) => rows.reduce((added, r) => added + importRow.run(copiedValues(r)).changes, 0));
  let writes = 0;

  const ledger: Ledger = {
    get: (key) => guard(() => read(key)),
    latestForChannel: (platform, workspace, channel) =>
      guard(() => {
        const row = latest.get({ platform, workspace, channel });
        return row && toRecord(row);
      }),
    claim: (key, requestedBy, options = {}) => guard(() => claimTx.immediate(key, requestedBy, options)),
    async begin(key, requestedBy, options = {}) {
      const claim = await ledger.claim(key, requestedBy, options);
      if (claim.status === 'claimed') return claim.record;
      throw new LedgerError(claim.status === 'already' ? `already posted to ${claim.record.label}; pass force to post again.` : `${key.channel} is being posted by another process.`);
    },
    markSending: (key) => guard(() => update(sending, key)),
    markSent: (key, messageId, permalink) => guard(() => update(sentStatement, key, { messageId, permalink: permalink ?? null })),
    markFailed: (key, reason) => guard(() => update(failed, key, { reason })),
    listLatest: () => guard(() => latestPerChannel.all().map(toRecord)),
    pending: () => guard(() => pendingRows.all().map(toRecord)),
    failed: () => guard(() => failedRows.all().map(toRecord)),
    sentForOtherHashes: (contentHash) => guard(() => otherHashes.all(contentHash).map(toRecord)),
    markEdited: (key, contentHash) => guard(() => update(edited, key, { to: contentHash })),
    recordEdit: (key, requestedBy, sent) => guard(() => recordEditTx.immediate(key, requestedBy, sent)),
    all: () => guard(() => allRows.all().map(toRecord)),
    importRows: (rows) => guard(() => importTx.immediate(rows)),
  };
  const handled: HandledIds = {
    first: (id, ttlMs = HANDLED_TTL_MS) =>
      guard(() => {
        const t = now().getTime();
        if (++writes % PURGE_EVERY === 0) purge.run(t);
        return remember.get({ id, expires: t + ttlMs, now: t }) !== undefined;
      }),
  };
  return {
    backend: 'sqlite',
    where: dataDir === IN_MEMORY ? IN_MEMORY : join(dataDir, LEDGER_FILE),
    ledger,
    handled,
    ping: () => guard(() => void db.prepare('SELECT 1').get()),
    schemaVersion: () => guard(() => db.pragma('user_version', { simple: true }) as number),
    close: async () => {
      if (ids !== db && ids.open) ids.close();
      if (db.open) db.close();
    },
  };
}
