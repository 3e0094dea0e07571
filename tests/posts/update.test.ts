/** `update`: after a correction, every earlier post is edited in place, once, and recorded as the new version's. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyOf, type Ledger } from '../../src/posting/ledger.js';
import { IN_MEMORY, openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { createPosting, type Posting, type UpdateResult } from '../../src/posting/posting.js';
import { aleppoEngine, correctedEngine } from './article.js';
import { RecordingPublisher } from './recording-publisher.js';
import { startPosting } from '../../src/posting/start.js';

const by = { requestedBy: 'discord:42 (Ana)' };
const original = aleppoEngine();
const corrected = correctedEngine();

let store: Store;
let ledger: Ledger;
let discord: RecordingPublisher;
let slack: RecordingPublisher;
let before: Posting;
let after: Posting;

beforeEach(() => {
  store = openSqliteStore(IN_MEMORY);
  ledger = store.ledger;
  discord = new RecordingPublisher('discord', 'guild-1');
  slack = new RecordingPublisher('slack', 'T1');
  // The same ledger and channels, before and after the article was corrected.
  before = createPosting({ ledger, publishers: [discord, slack], engine: original });
  after = createPosting({ ledger, publishers: [discord, slack], engine: corrected });
});
afterEach(() => store.close());

const edits = (p: RecordingPublisher) => p.calls.filter((c) => c.method === 'edit');

describe('update', () => {
  it('edits every earlier post in place, records the new version with the same message id, and sends nothing new', async () => {
    await before.publish(discord.target('news'), by);
    await before.publish(slack.target('C1'), by);
    const heard: UpdateResult[] = [];
    const results = await after.update({ ...by, onResult: (r) => heard.push(r) });
    expect(results.map((r) => [r.target.platform, r.label, r.status, r.messageId]).sort()).toEqual([
      ['discord', '#news', 'edited', '1'],
      ['slack', '#C1', 'edited', '1'],
    ]);
    expect(heard).toHaveLength(2);
    expect(results[0]!.fromHash).toBe(original.article.contentHash);
    expect(discord.sent()).toHaveLength(1);
    expect(discord.channels.get('news')![0]!.marker).toBe(after.card.marker);
    expect(await ledger.get(keyOf(discord.target('news'), corrected.article.contentHash))).toMatchObject({ state: 'sent', messageId: '1', requestedBy: by.requestedBy });
    expect(await ledger.get(keyOf(discord.target('news'), original.article.contentHash))).toMatchObject({ state: 'sent', editedTo: corrected.article.contentHash });
    // The edited post counts as this version's post: no second card.
    expect((await after.publish(discord.target('news'), by)).status).toBe('already');
  });

  it('corrects a POST_CHANNELS card in place on the next start, instead of posting a second one', async () => {
    await before.publish(discord.target('news'), by);
    const lines: string[] = [];
    await startPosting({ ledger, publishers: [discord, slack], engine: corrected, log: (l) => lines.push(l), postChannels: [{ platform: 'discord', channel: 'news' }] });
    expect(discord.sent()).toHaveLength(1);
    expect(edits(discord)).toHaveLength(1);
    expect(lines.join('\n')).toMatch(/#news edited[\s\S]*#news already/);
  });

  it('edits only the asking server’s posts when an operator updates from Discord', async () => {
    await before.publish(discord.target('news'), by);
    const elsewhere = { platform: 'discord' as const, workspace: 'guild-2', channel: 'other', label: '#other' };
    await before.publish(elsewhere, by);
    const results = await after.forPlatform('discord').update({ ...by, workspace: 'guild-1' });
    expect(results.map((r) => r.label)).toEqual(['#news']);
    expect(await ledger.get(keyOf(elsewhere, corrected.article.contentHash))).toBeUndefined();
  });

  it('edits nothing a second time', async () => {
    await before.publish(discord.target('news'), by);
    await after.update(by);
    const again = await after.update(by);
    expect(again.map((r) => r.status)).toEqual(['current']);
    expect(edits(discord)).toHaveLength(1);
  });

  it('resolves an empty list when nothing older was posted', async () => {
    await after.publish(discord.target('news'), by);
    expect(await after.update(by)).toEqual([]);
    expect(edits(discord)).toHaveLength(0);
  });

  it('keeps to the channels and platform asked for', async () => {
    await before.publish(discord.target('news'), by);
    await before.publish(discord.target('world'), by);
    await before.publish(slack.target('C1'), by);
    const one = await after.update({ ...by, channels: [{ platform: 'discord', channel: 'world' }] });
    expect(one.map((r) => r.label)).toEqual(['#world']);
    const port = await after.forPlatform('slack').update(by);
    expect(port.map((r) => r.label)).toEqual(['#C1']);
    expect(edits(discord).map((c) => c.channel)).toEqual(['world']);
  });

  it('edits a message once even when several older versions point at it', async () => {
    await before.publish(discord.target('news'), by);
    await after.update(by);
    // A third version: the v1 and v2 rows both name message 1.
    const third = createPosting({ ledger, publishers: [discord], engine: correctedEngine('A third version of the article.') });
    const results = await third.update(by);
    expect(results.map((r) => [r.status, r.messageId])).toEqual([['edited', '1']]);
    expect(edits(discord)).toHaveLength(2);
  });

  it('reports a refused edit with its reason, records it for status, and edits the rest', async () => {
    await before.publish(discord.target('news'), by);
    await before.publish(discord.target('world'), by);
    // Newest first: #world is edited first, and refused.
    discord.failNext('edit', 'I need Send Messages in #world.');
    const results = await after.update(by);
    const reason = 'Could not update the earlier post in #world: I need Send Messages in #world.';
    expect(results.filter((r) => r.status === 'failed').map((r) => r.reason)).toEqual([reason]);
    expect(results.filter((r) => r.status === 'edited').map((r) => r.label)).toEqual(['#news']);
    expect((await after.overview()).failed.map((r) => r.error)).toEqual([reason]);
    // Running it again finishes the job.
    expect((await after.update(by)).map((r) => r.status).sort()).toEqual(['current', 'edited']);
  });
});
