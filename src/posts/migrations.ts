/**
 * The ledger's schema, as an ordered list of migrations. `PRAGMA user_version` holds the number of
 * migrations applied; opening a ledger applies the missing ones, each in its own transaction.
 * Append only: never edit a migration that has shipped, add the next one.
 */
import type { Database } from 'better-sqlite3';

export interface Migration {
  /** 1-based, equal to its position in the list. */
  version: number;
  /** What it changes, for errors and the git log. */
  name: string;
  up: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'posts: one row per platform, workspace, channel and article version',
    up: `
      CREATE TABLE posts (
        id            INTEGER PRIMARY KEY,
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
    `,
  },
  {
    version: 2,
    name: 'posts: the article version a sent message shows after an update edited it in place',
    up: `
      -- Set on a sent row of an older version once its message was edited to show this content
      -- hash, so a second update does not edit it again.
      ALTER TABLE posts ADD COLUMN edited_to TEXT;
    `,
  },
];

export class LedgerError extends Error {
  constructor(message: string) {
    super(`Post ledger: ${message}`);
    this.name = 'LedgerError';
  }
}

/** Applies the migrations the database has not seen yet. Returns how many ran. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new LedgerError(`migration "${m.name}" is numbered ${m.version}, expected ${i + 1}.`);
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    // A newer build wrote this file; running old code on it could corrupt what it added.
    throw new LedgerError(`the database is at schema version ${current}, newer than this build knows (${migrations.length}). Update the bot or point DATA_DIR elsewhere.`);
  }
  const pending = migrations.slice(current);
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.up);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return pending.length;
}
