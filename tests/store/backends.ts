/**
 * The two back ends as the contract suite drives them: open a store (as one more instance on the
 * same data), write a schema version as a newer build would, and clean up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { migratePostgres, openPostgresStore } from '../../src/store/postgres.js';
import { LEDGER_FILE, migrateSqlite, openSqliteStore } from '../../src/store/sqlite.js';
import type { Store, StoreOptions } from '../../src/store/store.js';
import { createTestSchema, TEST_DATABASE_URL } from './pg-schema.js';

export interface TestBackend {
  open(options?: StoreOptions): Promise<Store>;
  /** Marks the database as written by a build that knows `version` migrations. */
  setVersion(version: number): Promise<void>;
  /** Brings the fresh database to schema `version` the way that build did, then runs `sql` there. */
  plant(version: number, sql: string): Promise<void>;
  cleanup(): Promise<void>;
}

export interface BackendFactory {
  name: 'sqlite' | 'postgres';
  available: boolean;
  create(): Promise<TestBackend>;
}

export const sqliteBackend: BackendFactory = {
  name: 'sqlite',
  available: true,
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    return {
      open: async (options) => openSqliteStore(dir, options),
      async setVersion(version) {
        const raw = new Database(join(dir, LEDGER_FILE));
        raw.pragma(`user_version = ${version}`);
        raw.close();
      },
      async plant(version, sql) {
        const raw = new Database(join(dir, LEDGER_FILE));
        migrateSqlite(raw, MIGRATIONS.slice(0, version));
        raw.exec(sql);
        raw.close();
      },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

export const postgresBackend: BackendFactory = {
  name: 'postgres',
  available: TEST_DATABASE_URL !== '',
  async create() {
    const schema = await createTestSchema();
    return {
      open: (options) => openPostgresStore(schema.url, options),
      async setVersion(version) {
        await schema.query(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
        await schema.query(`INSERT INTO schema_migrations (version, name) VALUES ($1, 'from a newer build')`, [version]);
      },
      async plant(version, sql) {
        await migratePostgres(schema.client, MIGRATIONS.slice(0, version));
        await schema.query(sql);
      },
      cleanup: () => schema.drop(),
    };
  },
};

export const BACKENDS = [sqliteBackend, postgresBackend];
