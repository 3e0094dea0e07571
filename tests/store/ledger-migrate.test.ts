/** `npm run ledger:migrate -- --to postgres://…`: an existing SQLite ledger copied into PostgreSQL, as an operator runs it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { spawnEntry } from '../helpers/spawn-post.js';
import { createTestSchema, TEST_DATABASE_URL, type TestSchema } from './pg-schema.js';

const migrate = (args: string[], env: Record<string, string>) => spawnEntry('dist/src/ledger-migrate.js', args, env, 20_000).done;

const key = (channel: string) => ({ platform: 'discord' as const, workspace: 'g1', channel, contentHash: 'a'.repeat(64) });

describe.skipIf(TEST_DATABASE_URL === '')('npm run ledger:migrate', () => {
  let dir: string;
  let schema: TestSchema;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-migrate-'));
    schema = await createTestSchema();
  });
  afterEach(async () => {
    rmSync(dir, { recursive: true, force: true });
    await schema.drop();
  });

  it('copies every post of the SQLite ledger into PostgreSQL once, without printing the password', async () => {
    const sqlite = openSqliteStore(dir);
    await sqlite.ledger.begin(key('c1'), 'ana', { label: '#news' });
    await sqlite.ledger.markSent(key('c1'), 'm1', 'https://discord.com/channels/g1/c1/m1');
    await sqlite.ledger.begin(key('c2'), 'POST_CHANNELS', { label: '#world' });
    await sqlite.ledger.markFailed(key('c2'), 'I need Send Messages in #world.');
    const rows = await sqlite.ledger.all();
    await sqlite.close();
    // Trust auth ignores the password; the command must still never show it.
    const to = new URL(schema.url);
    to.password = 's3cret-pass';

    const first = await migrate(['--to', to.toString()], { DATA_DIR: dir });
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/^Copied 2 of 2 posts from .*posts\.sqlite to postgres:\/\/postgres@127\.0\.0\.1:\d+\/test\.\n$/);
    expect(first.stdout).not.toContain('s3cret');

    const pg = await openPostgresStore(schema.url);
    try {
      expect(await pg.ledger.all()).toEqual(rows);
      // An instance on PostgreSQL now knows the earlier post and does not send it again.
      expect(await pg.ledger.claim(key('c1'), 'bo')).toMatchObject({ status: 'already', record: { messageId: 'm1' } });
    } finally {
      await pg.close();
    }
    const again = await migrate([`--to=${to.toString()}`, '--from', dir], {});
    expect(again.stdout).toContain('Copied 0 of 2 posts');
    expect(again.stdout).toContain('(2 were there already)');
  });

  it('names what to fix when there is no ledger or the URL is not PostgreSQL', async () => {
    const none = await migrate(['--to', schema.url], { DATA_DIR: join(dir, 'empty') });
    expect(none).toMatchObject({ code: 1 });
    expect(none.stderr).toMatch(/^npm run ledger:migrate: DATA_DIR: has no ledger/);
    const wrong = await migrate(['--to', 'mysql://root:hunter2@db/x'], { DATA_DIR: dir });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('--to: must start with postgres://');
    expect(wrong.stderr).not.toContain('hunter2');
  });
});
