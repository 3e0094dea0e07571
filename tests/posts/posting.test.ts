import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCard } from '../../src/core/card.js';
import { keyOf, type Ledger } from '../../src/posting/ledger.js';
import { IN_MEMORY, openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { createPosting, type Posting } from '../../src/posting/posting.js';
import { keepReconciling } from '../../src/posting/start.js';
import { CLAIM_LEASE_MS } from '../../src/store/claim.js';
import type { Publisher } from '../../src/posting/publisher.js';
import { aleppoEngine, correctedEngine } from './article.js';
import { RecordingPublisher } from './recording-publisher.js';

const engine = aleppoEngine();
const hash = engine.article.contentHash;
const by = { requestedBy: 'discord:42 (Ana)' };

let store: Store;
let ledger: Ledger;
let discord: RecordingPublisher;
let posting: Posting;

function start(publishers: Publisher[] = [discord], on: Ledger = ledger): Posting {
  return createPosting({ ledger: on, publishers, engine, shareUrl: 'https://example.org/aleppo' });
}

beforeEach(() => {
  store = openSqliteStore(IN_MEMORY);
  ledger = store.ledger;
  discord = new RecordingPublisher('discord', 'guild-1');
  posting = start();
});
afterEach(() => store.close());

describe('publish', () => {
  it('posts once and records the message id and permalink', async () => {
    const result = await posting.publish(discord.target('news'), by);
    expect(result).toMatchObject({ status: 'posted', label: '#news', messageId: '1', permalink: 'https://chat.example/news/1' });
    expect(discord.sent()).toHaveLength(1);
    expect(discord.channels.get('news')?.[0]?.marker).toBe(posting.card.marker);
    expect(await ledger.get(keyOf(discord.target('news'), hash))).toMatchObject({ state: 'sent', messageId: '1', requestedBy: by.requestedBy });
  });

  it('has a pending row on disk while the platform is still sending', async () => {
    const gate = discord.hold('send');
    const publishing = posting.publish(discord.target('news'), by);
    await gate.reached;
    expect((await ledger.get(keyOf(discord.target('news'), hash)))?.state).toBe('pending');
    expect(await ledger.pending()).toHaveLength(1);
    gate.release();
    expect((await publishing).status).toBe('posted');
    expect(await ledger.pending()).toEqual([]);
  });

  it('refuses a second post to the same channel unless forced', async () => {
    await posting.publish(discord.target('news'), by);
    const again = await posting.publish(discord.target('news'), by);
    expect(again).toMatchObject({ status: 'already', permalink: 'https://chat.example/news/1' });
    expect(discord.sent()).toHaveLength(1);

    const forced = await posting.publish(discord.target('news'), { ...by, force: true });
    expect(forced).toMatchObject({ status: 'posted', messageId: '2' });
    expect(discord.sent()).toHaveLength(2);
  });

  it('posts the same article to other channels independently', async () => {
    await posting.publish(discord.target('news'), by);
    expect((await posting.publish(discord.target('world'), by)).status).toBe('posted');
    expect(discord.sent().map((c) => c.channel)).toEqual(['news', 'world']);
  });

  it('sends once when two confirms arrive at the same time', async () => {
    const results = await Promise.all([posting.publish(discord.target('news'), by), posting.publish(discord.target('news'), by)]);
    expect(results.map((r) => r.status).sort()).toEqual(['already', 'posted']);
    expect(discord.sent()).toHaveLength(1);
  });

  it('records a failed send with its reason, and the retry looks for it before sending once', async () => {
    discord.failNext('send', 'Missing Access: I need Send Messages in #news.');
    const failed = await posting.publish(discord.target('news'), by);
    expect(failed).toEqual({ status: 'failed', label: '#news', reason: 'Missing Access: I need Send Messages in #news.' });
    expect((await ledger.failed())[0]).toMatchObject({ state: 'failed', error: 'Missing Access: I need Send Messages in #news.' });

    const retried = await posting.publish(discord.target('news'), by);
    expect(retried.status).toBe('posted');
    expect(discord.calls.filter((c) => c.method === 'findRecent')).toHaveLength(1);
    expect(discord.channels.get('news')).toHaveLength(1);
    expect(await ledger.failed()).toEqual([]);
  });

  it('does not send when the platform check names a missing permission', async () => {
    discord.deny('news', 'I need Send Messages and Embed Links in #news.');
    const result = await posting.publish(discord.target('news'), by);
    expect(result).toMatchObject({ status: 'failed', reason: 'I need Send Messages and Embed Links in #news.' });
    expect(discord.sent()).toEqual([]);
    expect((await ledger.get(keyOf(discord.target('news'), hash)))?.error).toBe('I need Send Messages and Embed Links in #news.');
  });

  it('fails without a ledger row on a platform that is not set up', async () => {
    const slackTarget = { platform: 'slack' as const, workspace: 'T1', channel: 'C1', label: '#general' };
    expect(await posting.publish(slackTarget, by)).toMatchObject({ status: 'failed', reason: 'Posting to Slack is not set up in this bot.' });
    expect(await ledger.listLatest()).toEqual([]);
  });
});

describe('preview', () => {
  it('shows the card and the check, and refuses a duplicate with the earlier link unless forced', async () => {
    const first = await posting.preview(discord.target('news'));
    expect(first).toMatchObject({ check: { ok: true }, card: { kind: 'post', marker: posting.card.marker } });
    expect(first.refusal).toBeUndefined();

    await posting.publish(discord.target('news'), by);
    const second = await posting.preview(discord.target('news'));
    expect(second.refusal).toEqual({ reason: expect.stringContaining('already posted in #news'), permalink: 'https://chat.example/news/1' });
    expect((await posting.preview(discord.target('news'), { force: true })).refusal).toBeUndefined();
    expect(discord.sent()).toHaveLength(1);
  });

  it('reports a check that throws as a reason, not an exception', async () => {
    discord.failNext('check', 'Discord is unavailable right now.');
    expect((await posting.preview(discord.target('news'))).check).toEqual({ ok: false, reason: 'Discord is unavailable right now.' });
  });
});

describe('reconcile', () => {
  it('marks a pending post sent without sending again when the channel already has it', async () => {
    const planted = discord.plant('news', buildCard(engine));
    await ledger.begin(keyOf(discord.target('news'), hash), 'ana', { label: '#news' });

    const outcomes = await posting.reconcile();
    expect(outcomes).toEqual([expect.objectContaining({ status: 'recovered', permalink: planted.permalink })]);
    expect(discord.sent()).toEqual([]);
    expect(await ledger.get(keyOf(discord.target('news'), hash))).toMatchObject({ state: 'sent', messageId: planted.messageId });
  });

  it('sends a pending post exactly once when the channel does not have it', async () => {
    await ledger.begin(keyOf(discord.target('news'), hash), 'ana', { label: '#news' });
    expect((await posting.reconcile()).map((o) => o.status)).toEqual(['posted']);
    expect(await posting.reconcile()).toEqual([]);
    expect(discord.sent()).toHaveLength(1);
  });

  it('does not post blind when it cannot look in the channel', async () => {
    await ledger.begin(keyOf(discord.target('news'), hash), 'ana', { label: '#news' });
    discord.failNext('findRecent', 'I need Read Message History in #news.');
    const [outcome] = await posting.reconcile();
    expect(outcome).toMatchObject({ status: 'failed', reason: expect.stringContaining('I need Read Message History in #news.') });
    expect(discord.sent()).toEqual([]);
  });

  it('does not send an old version of the article left pending', async () => {
    const old = correctedEngine().article.contentHash;
    await ledger.begin(keyOf(discord.target('news'), old), 'ana', { label: '#news' });
    const [outcome] = await posting.reconcile();
    expect(outcome).toMatchObject({ status: 'failed', reason: expect.stringContaining('article changed') });
    expect(discord.sent()).toEqual([]);
  });

  it('leaves pending posts of a platform that is not set up for later', async () => {
    await ledger.begin({ platform: 'slack', workspace: 'T1', channel: 'C1', contentHash: hash }, 'ana');
    expect((await posting.reconcile()).map((o) => o.status)).toEqual(['skipped']);
    expect(await ledger.pending()).toHaveLength(1);
  });
});

describe('a crash between the platform accepting the post and the ledger recording it', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'posting-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves exactly one message after a restart', async () => {
    const first = openSqliteStore(dir);
    // The ledger goes away the moment the platform has the message, as when the process is killed.
    discord.afterSend = () => void first.close();
    await start([discord], first.ledger).publish(discord.target('news'), by);
    discord.afterSend = undefined;

    const restarted = openSqliteStore(dir);
    const bot = start([discord], restarted.ledger);
    expect((await bot.reconcile()).map((o) => o.status)).toEqual(['recovered']);
    expect((await bot.publish(discord.target('news'), by)).status).toBe('already');
    expect(discord.channels.get('news')).toHaveLength(1);
    await restarted.close();
  });
});

describe('publishAll (POST_CHANNELS on start)', () => {
  it('posts to every listed channel once, reports the one it cannot resolve, and posts nothing new on restart', async () => {
    const slack = new RecordingPublisher('slack', 'T1');
    posting = start([discord, slack]);
    const channels = [
      { platform: 'discord' as const, channel: '123456789012345678' },
      { platform: 'slack' as const, channel: 'missing' },
      { platform: 'slack' as const, channel: 'C0123ABCD' },
    ];
    const first = await posting.publishAll(channels, { requestedBy: 'POST_CHANNELS' });
    expect(first.map((r) => [r.label, r.status])).toEqual([
      ['#123456789012345678', 'posted'],
      ['slack:missing', 'failed'],
      ['#C0123ABCD', 'posted'],
    ]);
    expect(first[1]?.reason).toBe('I cannot see that channel; invite me first.');

    const second = await start([discord, slack]).publishAll(channels, { requestedBy: 'POST_CHANNELS' });
    expect(second.map((r) => r.status)).toEqual(['already', 'failed', 'already']);
    expect(discord.sent().length + slack.sent().length).toBe(2);
  });
});

describe('reconcile while running', () => {
  it('settles a post another instance left pending once its claim lapses, without a restart, and only once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sweep-'));
    let now = new Date('2026-01-01T10:00:00Z');
    const clock = () => now;
    // Instance A (another machine) claims the post and dies before sending.
    const a = openSqliteStore(dir, { claimant: 'machine-a/1/aaaa', now: clock });
    const b = openSqliteStore(dir, { claimant: 'machine-b/2/bbbb', now: clock });
    try {
      const key = keyOf(discord.target('news'), hash);
      expect((await a.ledger.claim(key, 'POST_CHANNELS')).status).toBe('claimed');
      const running = createPosting({ ledger: b.ledger, publishers: [discord], engine });
      const stop = keepReconciling(running, 20);
      try {
        const settled = async () => (await b.ledger.get(key))?.state === 'sent';
        // Within the lease, instance A may still be sending: B leaves the post alone.
        await new Promise((resolve) => setTimeout(resolve, 120));
        expect(discord.sent()).toHaveLength(0);
        now = new Date(now.getTime() + CLAIM_LEASE_MS + 1000);
        for (let i = 0; i < 200 && !(await settled()); i++) await new Promise((resolve) => setTimeout(resolve, 10));
        expect(await settled()).toBe(true);
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(discord.sent()).toHaveLength(1);
      } finally {
        stop();
      }
    } finally {
      await a.close();
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
