/**
 * vitest globalSetup: finds the PostgreSQL the storage tests use, once per run. TEST_DATABASE_URL
 * names it; with CI=true it defaults to the machine's server. Outside CI with none reachable, the
 * PostgreSQL tests are skipped and this prints the one line saying how to run them; with CI=true
 * a missing server fails the run.
 */
import pg from 'pg';
import type { TestProject } from 'vitest/node';

/** The CI machines' server: trust auth on loopback, database `test`. */
export const CI_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL to test against, or '' when there is none (its tests skip). */
    testDatabaseUrl: string;
  }
}

async function reachable(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code ?? (error as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const ci = process.env.CI === 'true';
  const url = process.env.TEST_DATABASE_URL?.trim() || (ci ? CI_DATABASE_URL : '');
  const problem = url ? await reachable(url) : 'TEST_DATABASE_URL is not set';
  if (problem && ci) throw new Error(`PostgreSQL tests: cannot reach TEST_DATABASE_URL (${problem}); CI=true needs a server.`);
  if (problem) {
    process.stderr.write(`PostgreSQL tests skipped (${problem}): run them with TEST_DATABASE_URL=${CI_DATABASE_URL} npm test\n`);
  }
  project.provide('testDatabaseUrl', problem ? '' : url);
}
