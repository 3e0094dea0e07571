import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { IN_MEMORY, LEDGER_FILE, LedgerError, openLedger, type PostKey } from '../../src/posts/ledger.js';
import { MIGRATIONS, migrate, type Migration } from '../../src/posts/migrations.js';

const hashA = 'a'.repeat(64);
const hashB = 'b'.repeat(64);
const key = (channel: string, contentHash = hashA): PostKey => ({ platform: 'discord', workspace: 'g1', channel, contentHash });

/** A clock that moves one second per reading, so "newest" is well defined. */
function ticking(start = Date.parse('2024-05-01T12:00:00Z')) {
  let t = start;
  return () => new Date((t += 1000));
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('post ledger', () => {
  it('keeps posts across close and reopen, in WAL mode, creating the data folder', () => {
    const dataDir = join(dir, 'nested', 'data');
    const ledger = openLedger(dataDir);
    ledger.begin(key('c1'), 'ana', { label: '#news' });
    ledger.markSent(key('c1'), 'm1', 'https://discord.com/channels/g1/c1/m1');
    ledger.close();
    expect(existsSync(join(dataDir, LEDGER_FILE))).toBe(true);

    const again = openLedger(dataDir);
    expect(again.get(key('c1'))).toMatchObject({ state: 'sent', messageId: 'm1', label: '#news', requestedBy: 'ana' });
    again.close();
    const raw = new Database(join(dataDir, LEDGER_FILE), { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('runs each migration once, however often it is opened', () => {
    const counted: Migration[] = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'count opens', up: 'CREATE TABLE opened (n INTEGER); INSERT INTO opened VALUES (1);' }];
    openLedger(dir, { migrations: counted }).close();
    openLedger(dir, { migrations: counted }).close();
    const raw = new Database(join(dir, LEDGER_FILE));
    expect(raw.pragma('user_version', { simple: true })).toBe(counted.length);
    expect(raw.prepare('SELECT count(*) AS n FROM opened').get()).toEqual({ n: 1 });
    expect(migrate(raw, counted)).toBe(0);
    raw.close();
  });

  it('upgrades a ledger written before edits were recorded, keeping its posts', () => {
    // As the first release left it: schema version 1, one sent post.
    const v1 = new Database(join(dir, LEDGER_FILE));
    migrate(v1, MIGRATIONS.slice(0, 1));
    v1.prepare(
      `INSERT INTO posts (platform, workspace, channel, content_hash, label, state, message_id, requested_by, created_at, updated_at)
       VALUES ('discord', 'g1', 'c1', ?, '#news', 'sent', 'm1', 'ana', '2024-05-01T12:00:00.000Z', '2024-05-01T12:00:00.000Z')`,
    ).run(hashA);
    v1.close();
    const ledger = openLedger(dir);
    expect(ledger.get(key('c1'))).toMatchObject({ state: 'sent', messageId: 'm1' });
    expect(ledger.markEdited(key('c1'), hashB)).toMatchObject({ state: 'sent', editedTo: hashB });
    ledger.close();
    const raw = new Database(join(dir, LEDGER_FILE), { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    raw.close();
  });

  it('records an edited message as the new version, leaving a post of that version alone', () => {
    const ledger = openLedger(IN_MEMORY, { now: ticking() });
    expect(ledger.recordEdit(key('c1', hashB), 'ana', { label: '#news', messageId: 'm1', permalink: 'https://x/m1' })).toMatchObject({ state: 'sent', messageId: 'm1', label: '#news' });
    ledger.begin(key('c2', hashB), 'ana');
    ledger.markSent(key('c2', hashB), 'm9');
    expect(ledger.recordEdit(key('c2', hashB), 'bo', { label: '#world', messageId: 'm2' })).toMatchObject({ messageId: 'm9', requestedBy: 'ana' });
    ledger.close();
  });

  it('refuses a database written by a newer schema', () => {
    const raw = new Database(join(dir, LEDGER_FILE));
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => openLedger(dir)).toThrow(/newer than this build.*DATA_DIR/);
  });

  it('names DATA_DIR when the folder cannot be created', () => {
    openLedger(dir).close();
    // A folder inside the database file cannot exist.
    expect(() => openLedger(join(dir, LEDGER_FILE, 'sub'))).toThrow(/Set DATA_DIR to a writable folder/);
  });

  it('moves a post from pending to sent, and records a failure with its reason', () => {
    const ledger = openLedger(IN_MEMORY, { now: ticking() });
    expect(ledger.begin(key('c1'), 'ana')).toMatchObject({ state: 'pending', label: 'c1' });
    expect(ledger.pending().map((r) => r.channel)).toEqual(['c1']);
    ledger.markSending(key('c1'));
    expect(ledger.markFailed(key('c1'), 'I need Send Messages in #news')).toMatchObject({ state: 'failed', error: 'I need Send Messages in #news' });
    expect(ledger.failed()).toHaveLength(1);
    // A retry resets the failure but remembers that a send was started before.
    const retried = ledger.begin(key('c1'), 'bo');
    expect(retried).toMatchObject({ state: 'pending', requestedBy: 'bo' });
    expect(retried.error).toBeUndefined();
    expect(retried.attemptedAt).toBeDefined();
    expect(ledger.markSent(key('c1'), 'm1')).toMatchObject({ state: 'sent', messageId: 'm1' });
    expect(ledger.pending()).toEqual([]);
    ledger.close();
  });

  it('refuses to restart a sent post unless forced', () => {
    const ledger = openLedger(IN_MEMORY);
    ledger.begin(key('c1'), 'ana');
    ledger.markSent(key('c1'), 'm1');
    expect(() => ledger.begin(key('c1'), 'bo')).toThrow(LedgerError);
    expect(ledger.begin(key('c1'), 'bo', { force: true })).toMatchObject({ state: 'pending', requestedBy: 'bo' });
    ledger.close();
  });

  it('will not mark a post that was never begun', () => {
    const ledger = openLedger(IN_MEMORY);
    expect(() => ledger.markSent(key('nowhere'), 'm1')).toThrow(/call begin first/);
    ledger.close();
  });

  it('lists the newest post per channel, newest first, and sent posts of other versions', () => {
    const ledger = openLedger(IN_MEMORY, { now: ticking() });
    ledger.begin(key('c1', hashA), 'ana');
    ledger.markSent(key('c1', hashA), 'm1');
    ledger.begin(key('c2', hashA), 'ana');
    ledger.markSent(key('c2', hashA), 'm2');
    ledger.begin(key('c1', hashB), 'ana');
    ledger.markFailed(key('c1', hashB), 'boom');

    expect(ledger.listLatest().map((r) => [r.channel, r.contentHash, r.state])).toEqual([
      ['c1', hashB, 'failed'],
      ['c2', hashA, 'sent'],
    ]);
    expect(ledger.latestForChannel('discord', 'g1', 'c1')?.contentHash).toBe(hashB);
    expect(ledger.latestForChannel('slack', 'g1', 'c1')).toBeUndefined();
    expect(ledger.sentForOtherHashes(hashB).map((r) => r.messageId)).toEqual(['m2', 'm1']);
    expect(ledger.sentForOtherHashes(hashA)).toEqual([]);
    ledger.close();
  });
});
