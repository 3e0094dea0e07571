/**
 * A schema of the test file's own (`t_<random>`) in the test PostgreSQL, and the URL that puts
 * every connection in it (`options=-c search_path=…`), dropped with everything in it at the end.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** The test PostgreSQL, or '' when its tests are skipped (see tests/setup/postgres.ts). */
export const TEST_DATABASE_URL = inject('testDatabaseUrl');

export interface TestSchema {
  name: string;
  /** TEST_DATABASE_URL with this schema as the search path. */
  url: string;
  /** The test's own connection, in this schema (inspect, plant rows). */
  client: pg.Client;
  /** Runs one statement on `client`. */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
  drop(): Promise<void>;
}

export function withSearchPath(base: string, schema: string): string {
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

export async function createTestSchema(base = TEST_DATABASE_URL): Promise<TestSchema> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base, connectionTimeoutMillis: 3000 });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${name}`);
  await admin.query(`SET search_path TO ${name}`);
  const url = withSearchPath(base, name);
  return {
    name,
    url,
    client: admin,
    query: (sql, values) => admin.query(sql, values),
    async drop() {
      try {
        await admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
      } finally {
        await admin.end();
      }
    },
  };
}
