/**
 * The post ledger: where the bot has posted which version of the article, in an embedded SQLite
 * file (`<DATA_DIR>/posts.sqlite`, WAL, synchronous=FULL). It is what makes posting exactly-once
 * across restarts: a row is written `pending` before a send and `sent` after it.
 * Synchronous by design (better-sqlite3): each call is one short transaction.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LedgerError, MIGRATIONS, migrate, type Migration } from './migrations.js';
import type { Platform, PostTarget } from './publisher.js';

export { LedgerError } from './migrations.js';

/** File name of the ledger inside DATA_DIR. */
export const LEDGER_FILE = 'posts.sqlite';

/** Opens an in-memory ledger: the same SQL, nothing on disk (tests). */
export const IN_MEMORY = ':memory:';

export type PostState = 'pending' | 'sent' | 'failed';

/** Identifies one post: one article version (content hash) in one channel. */
export interface PostKey {
  platform: Platform;
  workspace: string;
  channel: string;
  /** sha256 hex of the article version (`Article.contentHash`). */
  contentHash: string;
}

export interface PostRecord extends PostKey {
  /** Channel as people see it, e.g. "#news"; as it was when last requested. */
  label: string;
  state: PostState;
  /** Discord message id or Slack ts; set when `sent`. */
  messageId?: string;
  permalink?: string;
  /** Who asked, free text: "discord:1234 (Ana)", "POST_CHANNELS", "terminal". */
  requestedBy: string;
  /** ISO 8601, UTC, millisecond precision. */
  createdAt: string;
  updatedAt: string;
  /** When a send was last started (ISO); set on a row not `sent` means it may have reached the platform. */
  attemptedAt?: string;
  /** Why the last attempt failed (one sentence), when `failed`. */
  error?: string;
  /** Content hash the message shows now, when an update edited it in place after it was sent. */
  editedTo?: string;
}

export interface Ledger {
  get(key: PostKey): PostRecord | undefined;
  /** The channel's most recently updated row, whatever the article version. */
  latestForChannel(platform: Platform, workspace: string, channel: string): PostRecord | undefined;
  /**
   * Records the intent to post, before sending: inserts a `pending` row, or resets a `failed` (or
   * still `pending`) one. A `sent` row is reset only with `force` (posting again on purpose);
   * otherwise this throws, because callers must check `get` first.
   */
  begin(key: PostKey, requestedBy: string, options?: { label?: string; force?: boolean }): PostRecord;
  /** Notes that a send is starting now (see `PostRecord.attemptedAt`). */
  markSending(key: PostKey): PostRecord;
  markSent(key: PostKey, messageId: string, permalink?: string): PostRecord;
  markFailed(key: PostKey, reason: string): PostRecord;
  /** The last row of every channel, newest first. */
  listLatest(): PostRecord[];
  /** Rows left `pending` (a send interrupted by a crash), oldest first. */
  pending(): PostRecord[];
  /** Rows `failed`, newest first. */
  failed(): PostRecord[];
  /** Posts of other article versions that were sent (to edit in place after a correction), newest first. */
  sentForOtherHashes(contentHash: string): PostRecord[];
  /** Notes that the message of this (sent) row was edited in place to show `contentHash`. */
  markEdited(key: PostKey, contentHash: string): PostRecord;
  /**
   * Records an edited message as this version's post in its channel, in one transaction: the row
   * for `key` becomes `sent` with `messageId`, unless it is already `sent` (then it is left alone
   * and returned as it is).
   */
  recordEdit(key: PostKey, requestedBy: string, sent: { label: string; messageId: string; permalink?: string }): PostRecord;
  close(): void;
}

export interface LedgerOptions {
  /** Clock for created/updated times; tests pass a fixed one. */
  now?: () => Date;
  /** Schema; defaults to `MIGRATIONS`. */
  migrations?: readonly Migration[];
}

export function keyOf(target: Pick<PostTarget, 'platform' | 'workspace' | 'channel'>, contentHash: string): PostKey {
  return { platform: target.platform, workspace: target.workspace, channel: target.channel, contentHash };
}

export function targetOf(record: PostRecord): PostTarget {
  return { platform: record.platform, workspace: record.workspace, channel: record.channel, label: record.label };
}

interface Row {
  platform: Platform;
  workspace: string;
  channel: string;
  content_hash: string;
  label: string;
  state: PostState;
  message_id: string | null;
  permalink: string | null;
  requested_by: string;
  created_at: string;
  updated_at: string;
  attempted_at: string | null;
  error: string | null;
  edited_to: string | null;
}

function toRecord(row: Row): PostRecord {
  return {
    platform: row.platform,
    workspace: row.workspace,
    channel: row.channel,
    contentHash: row.content_hash,
    label: row.label,
    state: row.state,
    ...(row.message_id !== null ? { messageId: row.message_id } : {}),
    ...(row.permalink !== null ? { permalink: row.permalink } : {}),
    requestedBy: row.requested_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.attempted_at !== null ? { attemptedAt: row.attempted_at } : {}),
    ...(row.error !== null ? { error: row.error } : {}),
    ...(row.edited_to !== null ? { editedTo: row.edited_to } : {}),
  };
}

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

/** Opens (creating and migrating as needed) the ledger in `dataDir`, or in memory for `IN_MEMORY`. */
export function openLedger(dataDir: string, options: LedgerOptions = {}): Ledger {
  const now = options.now ?? (() => new Date());
  const db = open(dataDir);
  // WAL: readers never block the writer and a crash mid-write leaves the last commit intact.
  // FULL: a committed `pending` is on disk before we call the platform.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // `npm run post` and the bot may share the file; wait for the other's write instead of failing.
  db.pragma('busy_timeout = 5000');
  migrate(db, options.migrations ?? MIGRATIONS);

  const where = 'platform = @platform AND workspace = @workspace AND channel = @channel';
  const byKey = `${where} AND content_hash = @contentHash`;
  const newest = 'ORDER BY updated_at DESC, id DESC';
  const select = db.prepare<PostKey, Row>(`SELECT * FROM posts WHERE ${byKey}`);
  const latest = db.prepare<Omit<PostKey, 'contentHash'>, Row>(`SELECT * FROM posts WHERE ${where} ${newest} LIMIT 1`);
  const insert = db.prepare(
    `INSERT INTO posts (platform, workspace, channel, content_hash, label, state, requested_by, created_at, updated_at)
     VALUES (@platform, @workspace, @channel, @contentHash, @label, 'pending', @requestedBy, @now, @now)`,
  );
  const reset = db.prepare(
    `UPDATE posts SET state = 'pending', label = @label, requested_by = @requestedBy, error = NULL,
       message_id = NULL, permalink = NULL, updated_at = @now WHERE ${byKey}`,
  );
  const sending = db.prepare(`UPDATE posts SET attempted_at = @now, updated_at = @now WHERE ${byKey}`);
  const sentStatement = db.prepare(
    `UPDATE posts SET state = 'sent', message_id = @messageId, permalink = @permalink, error = NULL, updated_at = @now WHERE ${byKey}`,
  );
  const failed = db.prepare(`UPDATE posts SET state = 'failed', error = @reason, updated_at = @now WHERE ${byKey}`);
  // Not updated_at: the row still tells when that post was made; the new version's row tells the edit.
  const edited = db.prepare(`UPDATE posts SET edited_to = @to WHERE ${byKey} AND state = 'sent'`);
  const latestPerChannel = db.prepare<[], Row>(
    `SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY platform, workspace, channel ${newest}) AS n FROM posts)
     WHERE n = 1 ${newest}`,
  );
  const inState = (state: PostState, order: string) =>
    db.prepare<[], Row>(`SELECT * FROM posts WHERE state = '${state}' ${order}`);
  const pendingRows = inState('pending', 'ORDER BY created_at, id');
  const failedRows = inState('failed', newest);
  const otherHashes = db.prepare<[string], Row>(`SELECT * FROM posts WHERE state = 'sent' AND content_hash <> ? ${newest}`);

  const get = (key: PostKey): PostRecord | undefined => {
    const row = select.get(keyOf(key, key.contentHash));
    return row && toRecord(row);
  };
  /** Runs one update and returns the row, which must exist. */
  const update = (statement: Database.Statement, key: PostKey, extra: Record<string, unknown> = {}): PostRecord => {
    const changes = statement.run({ ...keyOf(key, key.contentHash), now: now().toISOString(), ...extra }).changes;
    if (changes === 0) throw new LedgerError(`no post recorded for ${key.platform} channel ${key.channel}; call begin first.`);
    return get(key)!;
  };

  return {
    get,
    latestForChannel(platform, workspace, channel) {
      const row = latest.get({ platform, workspace, channel });
      return row && toRecord(row);
    },
    begin: db.transaction((key: PostKey, requestedBy: string, options: { label?: string; force?: boolean } = {}) => {
      const params = { ...keyOf(key, key.contentHash), label: options.label ?? key.channel, requestedBy, now: now().toISOString() };
      const existing = get(key);
      if (!existing) insert.run(params);
      else if (existing.state === 'sent' && !options.force) {
        throw new LedgerError(`already posted to ${existing.label}; pass force to post again.`);
      } else reset.run(params);
      return get(key)!;
    }),
    markSending: (key) => update(sending, key),
    markSent: (key, messageId, permalink) => update(sentStatement, key, { messageId, permalink: permalink ?? null }),
    markFailed: (key, reason) => update(failed, key, { reason }),
    listLatest: () => latestPerChannel.all().map(toRecord),
    pending: () => pendingRows.all().map(toRecord),
    failed: () => failedRows.all().map(toRecord),
    sentForOtherHashes: (contentHash) => otherHashes.all(contentHash).map(toRecord),
    markEdited: (key, contentHash) => update(edited, key, { to: contentHash }),
    recordEdit: db.transaction((key: PostKey, requestedBy: string, sent: { label: string; messageId: string; permalink?: string }) => {
      const existing = get(key);
      if (existing?.state === 'sent') return existing;
      const params = { ...keyOf(key, key.contentHash), label: sent.label, requestedBy, now: now().toISOString() };
      if (existing) reset.run(params);
      else insert.run(params);
      return update(sentStatement, key, { messageId: sent.messageId, permalink: sent.permalink ?? null });
    }),
    close: () => db.close(),
  };
}
