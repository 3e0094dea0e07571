/**
 * The schema of both back ends, as one ordered list of migrations: version N means the same
 * tables on SQLite and on PostgreSQL. SQLite keeps the number applied in `PRAGMA user_version`;
 * PostgreSQL in the `schema_migrations` table. Start-up applies the missing ones in one
 * transaction under a lock (SQLite `BEGIN IMMEDIATE`, PostgreSQL an advisory lock), so instances
 * starting together migrate once. Append only: never edit a migration that has shipped.
 */
import { LedgerError } from './errors.js';

export interface Migration {
  /** 1-based, equal to its position in the list. */
  version: number;
  /** What it changes, for errors and the git log. */
  name: string;
  sqlite: string;
  postgres: string;
}

/** Version 1's table, the same on both back ends but for the id column's type. */
function postsTable(id: string): string {
  return `
      CREATE TABLE posts (
        id            ${id},
        platform      TEXT NOT NULL CHECK (platform IN ('discord', 'slack')),
        workspace     TEXT NOT NULL,
        channel       TEXT NOT NULL,
        content_hash  TEXT NOT NULL,
        label         TEXT NOT NULL,
        state         TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
        message_id    TEXT,
        permalink     TEXT,
        requested_by  TEXT NOT NULL,
        error         TEXT,
        -- When a send was last started: a row that is not 'sent' but has this set may have
        -- reached the platform, so the next attempt looks for it before sending again.
        attempted_at  TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        UNIQUE (platform, workspace, channel, content_hash)
      );
      CREATE INDEX posts_by_channel ON posts (platform, workspace, channel, updated_at);
      CREATE INDEX posts_by_state ON posts (state);
    `;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'posts: one row per platform, workspace, channel and article version',
    sqlite: postsTable('INTEGER PRIMARY KEY'),
    // Times stay ISO text, as on SQLite: rows copy across unchanged and sort the same way.
    postgres: postsTable('BIGSERIAL PRIMARY KEY'),
  },
  {
    version: 2,
    name: 'posts: the article version a sent message shows after an update edited it in place',
    // Set on a sent row of an older version once its message was edited to show this content
    // hash, so a second update does not edit it again.
    sqlite: 'ALTER TABLE posts ADD COLUMN edited_to TEXT;',
    postgres: 'ALTER TABLE posts ADD COLUMN edited_to TEXT;',
  },
  {
    version: 3,
    name: 'posts claimed by one process at a time; ids of handled events with expiry',
    // claimed_by / claim_expires_at: the process sending this post now, and until when that holds
    // if it dies silently. handled_ids: Slack event ids (and Discord interaction ids) answered
    // already, by any instance; expires_at in milliseconds since the epoch.
    sqlite: `
      ALTER TABLE posts ADD COLUMN claimed_by TEXT;
      ALTER TABLE posts ADD COLUMN claim_expires_at TEXT;
      CREATE TABLE handled_ids (id TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
      CREATE INDEX handled_ids_by_expiry ON handled_ids (expires_at);
    `,
    postgres: `
      ALTER TABLE posts ADD COLUMN claimed_by TEXT;
      ALTER TABLE posts ADD COLUMN claim_expires_at TEXT;
      CREATE TABLE handled_ids (id TEXT PRIMARY KEY, expires_at BIGINT NOT NULL);
      CREATE INDEX handled_ids_by_expiry ON handled_ids (expires_at);
    `,
  },
];

/** Checks the list is numbered 1..n. */
export function checkNumbering(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new LedgerError(`migration "${m.name}" is numbered ${m.version}, expected ${i + 1}.`);
  });
}

/**
 * The migrations to apply to a database at `current`; refuses a database a newer build wrote,
 * because running old code on it could corrupt what it added. `setting` names what to change.
 */
export function pendingMigrations(current: number, migrations: readonly Migration[], setting: string): readonly Migration[] {
  checkNumbering(migrations);
  if (current > migrations.length) {
    throw new LedgerError(
      `the database is at schema version ${current}, newer than this build knows (${migrations.length}). Update the bot or point ${setting} elsewhere.`,
    );
  }
  return migrations.slice(current);
}
