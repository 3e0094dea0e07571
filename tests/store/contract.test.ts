/**
 * The storage contract, run against SQLite and PostgreSQL alike: ledger rows, the claim that lets
 * one instance send, handled ids with expiry, migrations and the refusal of a newer schema.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PostKey } from '../../src/posting/ledger.js';
import { CLAIM_LEASE_MS } from '../../src/store/claim.js';
import { LedgerError } from '../../src/store/errors.js';
import { MIGRATIONS, type Migration } from '../../src/store/migrations.js';
import type { Store, StoreOptions } from '../../src/store/store.js';
import { BACKENDS, type TestBackend } from './backends.js';

const hashA = 'a'.repeat(64);
const hashB = 'b'.repeat(64);
const key = (channel: string, contentHash = hashA): PostKey => ({ platform: 'discord', workspace: 'g1', channel, contentHash });

/** A clock that moves one second per reading, so "newest" is well defined; `skip` jumps ahead. */
function ticking(start = Date.parse('2024-05-01T12:00:00Z')) {
  let t = start;
  const now = () => new Date((t += 1000));
  return Object.assign(now, { skip: (ms: number) => void (t += ms) });
}

describe.each(BACKENDS)('storage contract: $name', ({ name, available, create }) => {
  let backend: TestBackend;
  const opened: Store[] = [];
  const open = async (options: StoreOptions = {}) => {
    const store = await backend.open(options);
    opened.push(store);
    return store;
  };

  beforeEach(async (context) => {
    if (!available) return context.skip();
    backend = await create();
  });
  afterEach(async () => {
    if (!available) return;
    try {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    } finally {
      await backend.cleanup();
    }
  });

  describe('ledger rows', () => {
    it('moves a post from pending to sent, and records a failure with its reason', async () => {
      const { ledger } = await open({ now: ticking() });
      expect(await ledger.begin(key('c1'), 'ana', { label: '#news' })).toMatchObject({ state: 'pending', label: '#news' });
      expect((await ledger.pending()).map((r) => r.channel)).toEqual(['c1']);
      await ledger.markSending(key('c1'));
      expect(await ledger.markFailed(key('c1'), 'I need Send Messages in #news')).toMatchObject({ state: 'failed', error: 'I need Send Messages in #news' });
      expect(await ledger.failed()).toHaveLength(1);
      // A retry resets the failure but remembers that a send was started before.
      const retried = await ledger.begin(key('c1'), 'bo');
      expect(retried).toMatchObject({ state: 'pending', requestedBy: 'bo', label: '#news' });
      expect(retried.error).toBeUndefined();
      expect(retried.attemptedAt).toBeDefined();
      expect(await ledger.markSent(key('c1'), 'm1', 'https://x/m1')).toMatchObject({ state: 'sent', messageId: 'm1', permalink: 'https://x/m1' });
      expect(await ledger.pending()).toEqual([]);
    });

    it('keeps posts when the store is closed and opened again', async () => {
      const first = await open();
      await first.ledger.begin(key('c1'), 'ana', { label: '#news' });
      await first.ledger.markSent(key('c1'), 'm1');
      await first.close();
      const again = await open();
      expect(await again.ledger.get(key('c1'))).toMatchObject({ state: 'sent', messageId: 'm1', label: '#news', requestedBy: 'ana' });
    });

    it('refuses to restart a sent post unless forced, and will not mark one never begun', async () => {
      const { ledger } = await open();
      await ledger.begin(key('c1'), 'ana');
      await ledger.markSent(key('c1'), 'm1');
      await expect(ledger.begin(key('c1'), 'bo')).rejects.toThrow(LedgerError);
      expect(await ledger.begin(key('c1'), 'bo', { force: true })).toMatchObject({ state: 'pending', requestedBy: 'bo' });
      await expect(ledger.markSent(key('nowhere'), 'm1')).rejects.toThrow(/call begin first/);
    });

    it('lists the newest post per channel, newest first, and sent posts of other versions', async () => {
      const { ledger } = await open({ now: ticking() });
      await ledger.begin(key('c1', hashA), 'ana');
      await ledger.markSent(key('c1', hashA), 'm1');
      await ledger.begin(key('c2', hashA), 'ana');
      await ledger.markSent(key('c2', hashA), 'm2');
      await ledger.begin(key('c1', hashB), 'ana');
      await ledger.markFailed(key('c1', hashB), 'boom');
      expect((await ledger.listLatest()).map((r) => [r.channel, r.contentHash, r.state])).toEqual([
        ['c1', hashB, 'failed'],
        ['c2', hashA, 'sent'],
      ]);
      expect((await ledger.latestForChannel('discord', 'g1', 'c1'))?.contentHash).toBe(hashB);
      expect(await ledger.latestForChannel('slack', 'g1', 'c1')).toBeUndefined();
      expect((await ledger.sentForOtherHashes(hashB)).map((r) => r.messageId)).toEqual(['m2', 'm1']);
      expect(await ledger.sentForOtherHashes(hashA)).toEqual([]);
    });

    it('records an edited message as the new version, leaving a post of that version alone', async () => {
      const { ledger } = await open({ now: ticking() });
      expect(await ledger.recordEdit(key('c1', hashB), 'ana', { label: '#news', messageId: 'm1', permalink: 'https://x/m1' })).toMatchObject({ state: 'sent', messageId: 'm1', label: '#news' });
      await ledger.begin(key('c2', hashB), 'ana');
      await ledger.markSent(key('c2', hashB), 'm9');
      expect(await ledger.recordEdit(key('c2', hashB), 'bo', { label: '#world', messageId: 'm2' })).toMatchObject({ messageId: 'm9', requestedBy: 'ana' });
      expect(await ledger.markEdited(key('c2', hashB), hashA)).toMatchObject({ state: 'sent', editedTo: hashA });
    });

    it('copies every row into another store as it is, keeping rows already there', async () => {
      const { ledger } = await open({ now: ticking() });
      await ledger.begin(key('c1'), 'ana', { label: '#news' });
      await ledger.markSent(key('c1'), 'm1', 'https://x/m1');
      await ledger.begin(key('c2'), 'bo');
      await ledger.markFailed(key('c2'), 'no access');
      const rows = await ledger.all();
      const other = await create();
      try {
        const target = await other.open();
        try {
          expect(await target.ledger.importRows(rows)).toBe(2);
          expect(await target.ledger.importRows(rows)).toBe(0);
          expect(await target.ledger.all()).toEqual(rows);
        } finally {
          await target.close();
        }
      } finally {
        await other.cleanup();
      }
    });
  });

  describe('claims', () => {
    it('lets one instance send while another waits, then tells the other it is already posted', async () => {
      const clock = ticking();
      const a = await open({ now: clock, claimant: 'host-a/1/a' });
      const b = await open({ now: clock, claimant: 'host-b/2/b' });
      expect(await a.ledger.claim(key('c1'), 'ana', { label: '#news' })).toMatchObject({ status: 'claimed', record: { state: 'pending', claimedBy: 'host-a/1/a' } });
      expect(await b.ledger.claim(key('c1'), 'bo')).toMatchObject({ status: 'busy' });
      await a.ledger.markSending(key('c1'));
      expect(await a.ledger.markSent(key('c1'), 'm1')).not.toHaveProperty('claimedBy');
      expect(await b.ledger.claim(key('c1'), 'bo')).toMatchObject({ status: 'already', record: { messageId: 'm1' } });
      expect(await b.ledger.claim(key('c1'), 'bo', { force: true })).toMatchObject({ status: 'claimed', previous: { state: 'sent' } });
    });

    it('gives exactly one of five instances claiming at the same moment', async () => {
      const instances = await Promise.all([1, 2, 3, 4, 5].map((n) => open({ claimant: `host-${n}/${n}/x` })));
      const claims = await Promise.all(instances.map((s, n) => s.ledger.claim(key('c1'), `asker ${n}`)));
      expect(claims.filter((c) => c.status === 'claimed')).toHaveLength(1);
      expect(claims.filter((c) => c.status === 'busy')).toHaveLength(4);
    });

    it('lets another instance take over a claim whose lease ran out, knowing a send may have started', async () => {
      const clock = ticking();
      const a = await open({ now: clock, claimant: 'host-a/1/a' });
      const b = await open({ now: clock, claimant: 'host-b/2/b' });
      await a.ledger.claim(key('c1'), 'ana');
      await a.ledger.markSending(key('c1'));
      clock.skip(CLAIM_LEASE_MS);
      const taken = await b.ledger.claim(key('c1'), 'bo', { onlyPending: true });
      expect(taken).toMatchObject({ status: 'claimed', previous: { state: 'pending', attemptedAt: expect.any(String) } });
      await b.ledger.markSent(key('c1'), 'm1');
      expect(await a.ledger.claim(key('c1'), 'ana', { onlyPending: true })).toMatchObject({ status: 'settled' });
    });
  });

  describe('handled ids', () => {
    it('answers an id once across instances until it expires', async () => {
      const clock = ticking();
      const a = await open({ now: clock });
      const b = await open({ now: clock });
      expect(await a.handled.first('slack:Ev1', 60_000)).toBe(true);
      expect(await a.handled.first('slack:Ev1', 60_000)).toBe(false);
      expect(await b.handled.first('slack:Ev1', 60_000)).toBe(false);
      expect(await b.handled.first('slack:Ev2', 60_000)).toBe(true);
      clock.skip(60_000);
      expect(await b.handled.first('slack:Ev1', 60_000)).toBe(true);
      expect(await a.handled.first('slack:Ev1', 60_000)).toBe(false);
    });
  });

  describe('migrations', () => {
    const counted: Migration[] = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, name: 'count runs', sqlite: 'CREATE TABLE runs (n INTEGER); INSERT INTO runs VALUES (1);', postgres: 'CREATE TABLE runs (n INTEGER); INSERT INTO runs VALUES (1);' },
    ];

    it('migrates once when three instances start at once', async () => {
      const stores = await Promise.all([1, 2, 3].map(() => open({ migrations: counted })));
      expect(await Promise.all(stores.map((s) => s.schemaVersion()))).toEqual([counted.length, counted.length, counted.length]);
      // The extra table exists once with one row: a second run of its migration would have failed or added a row.
      await stores[0]!.close();
      const again = await open({ migrations: counted });
      expect(await again.schemaVersion()).toBe(counted.length);
    });

    it('upgrades a database of an older schema, keeping its posts', async () => {
      // As the first release left it: schema version 1, one sent post.
      await backend.plant(
        1,
        `INSERT INTO posts (platform, workspace, channel, content_hash, label, state, message_id, requested_by, created_at, updated_at)
         VALUES ('discord', 'g1', 'c1', '${hashA}', '#news', 'sent', 'm1', 'ana', '2024-05-01T12:00:00.000Z', '2024-05-01T12:00:00.000Z')`,
      );
      const store = await open();
      expect(await store.schemaVersion()).toBe(MIGRATIONS.length);
      expect(await store.ledger.get(key('c1'))).toMatchObject({ state: 'sent', messageId: 'm1' });
      expect(await store.ledger.markEdited(key('c1'), hashB)).toMatchObject({ state: 'sent', editedTo: hashB });
      expect(await store.ledger.claim(key('c1'), 'bo')).toMatchObject({ status: 'already' });
    });

    it('refuses a database written by a newer schema, naming the version and what to change', async () => {
      await (await open()).close();
      await backend.setVersion(MIGRATIONS.length + 1);
      const refusal = new RegExp(`schema version ${MIGRATIONS.length + 1}, newer than this build knows \\(${MIGRATIONS.length}\\).*${name === 'sqlite' ? 'DATA_DIR' : 'DATABASE_URL'}`);
      await expect(open()).rejects.toThrow(refusal);
      await expect(open()).rejects.toThrow(LedgerError);
    });
  });
});
