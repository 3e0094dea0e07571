/** What only the SQLite store does: its file in DATA_DIR, WAL, and naming DATA_DIR when it cannot. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LEDGER_FILE, openSqliteStore } from '../../src/store/sqlite.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sqlite-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('SQLite store', () => {
  it('creates the data folder and keeps the ledger there in WAL mode', async () => {
    const dataDir = join(dir, 'nested', 'data');
    const store = openSqliteStore(dataDir);
    expect(store.where).toBe(join(dataDir, LEDGER_FILE));
    await store.close();
    expect(existsSync(join(dataDir, LEDGER_FILE))).toBe(true);
    const raw = new Database(join(dataDir, LEDGER_FILE), { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('names DATA_DIR when the folder cannot be created', async () => {
    await openSqliteStore(dir).close();
    // A folder inside the database file cannot exist.
    expect(() => openSqliteStore(join(dir, LEDGER_FILE, 'sub'))).toThrow(/Set DATA_DIR to a writable folder/);
  });
});
