/** /aleppo post and /aleppo status, with the real client, the fake Discord and the posting core. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ButtonStyle } from 'discord.js';
import { NOT_OPERATOR } from '../../src/adapters/discord/interactions.js';
import { POST_CANCEL } from '../../src/adapters/discord/render-post.js';
import { buildCard, markerFor } from '../../src/core/card.js';
import { keyOf } from '../../src/posting/ledger.js';
import { button, chatInput, type Asker } from '../fakes/discord/interactions.js';
import { FAKE, PERMISSIONS } from '../fakes/discord/objects.js';
import { articleContext } from './article.js';
import { correctedEngine } from '../posts/article.js';
import { startHarness, type Harness } from './harness.js';

const NEWS = '333333333333333334';
const LOCKED = '333333333333333335';
const FLAKY = '333333333333333336';
const ARCHIVE = '333333333333333337';
const SHARE_URL = 'https://example.org/news/aleppo-ceasefire';
const operator: Asker = { permissions: PERMISSIONS.manager, userId: '999999999999999999', username: 'editor' };

let h: Harness;

beforeAll(async () => {
  const ctx = await articleContext();
  h = await startHarness({
    ctx: { ...ctx, shareUrl: SHARE_URL, runtime: { startedAt: new Date(Date.now() - 65_000), platforms: () => ['discord'] } },
    fake: {
      channels: [
        { id: FAKE.channelId, name: 'general' },
        { id: NEWS, name: 'news' },
        { id: LOCKED, name: 'locked', botDenied: 0x800n | 0x4000n }, // Send Messages, Embed Links
        { id: FLAKY, name: 'flaky' },
        { id: ARCHIVE, name: 'archive' },
      ],
    },
  });
});
afterAll(async () => h?.stop());

async function post(channel: string, name: string, extra: Record<string, boolean> = {}, asker: Asker = operator) {
  const payload = h.fake.interact(
    chatInput({ command: 'aleppo', subcommand: 'post', options: { channel, ...extra }, channels: { channel: { name } } }, asker),
  );
  const callback = await h.fake.callbackOf(payload);
  return { payload, data: callback.body.data, message: h.fake.original(payload)! };
}

/** Presses a button on the preview and returns the update that replaced it. */
async function press(customId: string, message: ReturnType<typeof h.fake.original>) {
  const payload = h.fake.interact(button(customId, message!, operator));
  const callback = await h.fake.callbackOf(payload);
  if (callback.body.type === 7) return callback.body.data;
  // Deferred update (type 6), then the edit.
  const edit = await h.fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(payload.token));
  return edit.body;
}

const posted = (channel: string) => h.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages` && r.status === 200);

describe('discord: /aleppo post', () => {
  it('previews the card privately with Confirm and Cancel, and posts it on Confirm', async () => {
    const { data, message } = await post(NEWS, 'news');
    expect(data.flags).toBe(64);
    expect(data.content).toBe('Post this to #news?');
    const [embed] = data.embeds;
    expect(embed.title).toBe('Syrian Ceasefire Breaks Down At Aleppo');
    expect(embed.url).toBe(SHARE_URL);
    expect(embed.fields.length).toBeGreaterThan(0);
    expect(embed.fields[0].value).toMatch(/^> “/);
    expect(embed.footer.text).toContain(markerFor(h.posting.card.contentHash));
    const labels = data.components[0].components.map((b: { label: string }) => b.label);
    expect(labels).toEqual(['Confirm', 'Cancel', 'Read the article']);
    expect(posted(NEWS)).toHaveLength(0);

    const update = await press(data.components[0].components[0].custom_id, message);
    expect(update.embeds[0].description).toBe('Posted in #news.');
    const sent = posted(NEWS);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body.allowed_mentions).toEqual({ parse: [] });
    expect(sent[0]!.body.embeds[0].footer.text).toContain(markerFor(h.posting.card.contentHash));
    const link = update.components[0].components[0];
    expect(link).toMatchObject({ style: ButtonStyle.Link, label: 'Open the post' });
    expect(link.url).toMatch(new RegExp(`/channels/${FAKE.guildId}/${NEWS}/\\d+$`));
  });

  it('refuses the same article in the same channel again, linking to the earlier post', async () => {
    const { data } = await post(NEWS, 'news');
    expect(data.flags).toBe(64);
    expect(data.embeds[0].title).toBe('Already posted');
    expect(data.embeds[0].description).toMatch(/already posted in #news.*force/i);
    const earlier = (await h.posting.overview()).latest.find((r) => r.channel === NEWS)!.permalink!;
    expect(data.embeds[0].url).toBe(earlier);
    expect(data.components[0].components[0]).toMatchObject({ style: ButtonStyle.Link, url: earlier, label: 'Open link' });
  });

  it('posts again with force:true after a second confirmation', async () => {
    const { data, message } = await post(NEWS, 'news', { force: true });
    expect(data.content).toBe('Post this to #news again?');
    const update = await press(data.components[0].components[0].custom_id, message);
    expect(update.embeds[0].description).toBe('Posted in #news.');
    expect(posted(NEWS)).toHaveLength(2);
  });

  it('sends nothing on Cancel and says so', async () => {
    const before = h.fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/channels/')).length;
    const { message } = await post(FAKE.channelId, 'general');
    const update = await press(POST_CANCEL, message);
    expect(update).toMatchObject({ content: 'Cancelled: nothing was posted.', embeds: [], components: [] });
    expect(h.fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/channels/')).length).toBe(before);
  });

  it('names the missing permissions instead of previewing', async () => {
    const { data } = await post(LOCKED, 'locked');
    expect(data.embeds[0].title).toBe('Cannot post there');
    expect(data.embeds[0].description).toBe('I need Send Messages and Embed Links in #locked.');
    expect(data.components).toEqual([]);
  });

  it('says clearly when Discord fails the post, and status shows the failure', async () => {
    const { data, message } = await post(FLAKY, 'flaky');
    h.fake.fail({ method: 'POST', path: new RegExp(`^/channels/${FLAKY}/messages$`), status: 500, times: 4 });
    const update = await press(data.components[0].components[0].custom_id, message);
    expect(update.embeds[0].description).toMatch(/^Not posted in #flaky: Discord refused the post in #flaky/);
    expect(update.allowed_mentions).toEqual({ parse: [] });
    // A 500 may hide a message that landed: the post is tried once, never retried blind.
    const attempts = h.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${FLAKY}/messages`);
    expect(attempts).toHaveLength(1);
  });

  it('refuses members without Manage Server', async () => {
    const { data } = await post(NEWS, 'news', {}, { permissions: PERMISSIONS.member });
    expect(data).toMatchObject({ content: NOT_OPERATOR, flags: 64 });
  });

  it('recovers a post a crash left pending by finding its marker in the channel, without posting twice', async () => {
    const target = { platform: 'discord' as const, workspace: FAKE.guildId, channel: FAKE.channelId, label: '#general' };
    const key = keyOf(target, h.posting.card.contentHash);
    // As if the bot crashed after Discord accepted the message but before the ledger said so.
    await h.ledger.begin(key, 'test');
    await h.ledger.markSending(key);
    const landed = await h.bot.publisher.send(target, h.posting.card);
    const sends = posted(FAKE.channelId).length;
    const [outcome] = await h.posting.reconcile();
    expect(outcome).toMatchObject({ status: 'recovered', permalink: landed.permalink });
    expect(posted(FAKE.channelId)).toHaveLength(sends);
    expect((await h.ledger.get(key))?.messageId).toBe(landed.messageId);
  });
});

describe('discord: /aleppo post update', () => {
  it('edits the earlier post of another version in place and lists it, sending no new message', async () => {
    // An earlier version of the article, posted in #archive before a correction.
    const target = { platform: 'discord' as const, workspace: FAKE.guildId, channel: ARCHIVE, label: '#archive' };
    const earlier = buildCard(correctedEngine('An earlier wording of the article.'));
    const landed = await h.bot.publisher.send(target, earlier);
    const key = keyOf(target, earlier.contentHash);
    await h.ledger.begin(key, 'test', { label: '#archive' });
    await h.ledger.markSent(key, landed.messageId, landed.permalink);
    const sends = posted(ARCHIVE).length;

    const payload = h.fake.interact(chatInput({ command: 'aleppo', subcommand: 'post', options: { update: true } }, operator));
    const { body } = await h.fake.callbackOf(payload);
    const reply = body.type === 5 ? (await h.fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(payload.token))).body : body.data;
    expect(reply.embeds[0].title).toBe('Updated 1 earlier post');
    expect(reply.embeds[0].description).toContain('#archive — updated in place from');
    const edits = h.fake.requests.filter((r) => r.method === 'PATCH' && r.path === `/channels/${ARCHIVE}/messages/${landed.messageId}`);
    expect(edits).toHaveLength(1);
    expect(edits[0]!.body.embeds[0].footer.text).toContain(h.posting.card.marker);
    expect(edits[0]!.body.allowed_mentions).toEqual({ parse: [] });
    expect(posted(ARCHIVE)).toHaveLength(sends);
    expect(await h.ledger.get(keyOf(target, h.posting.card.contentHash))).toMatchObject({
      state: 'sent',
      messageId: landed.messageId,
      requestedBy: 'discord:999999999999999999 (editor)',
    });
  });
});

describe('discord: /aleppo status', () => {
  it('shows the article version, what is indexed, uptime, platforms and the last post per channel', async () => {
    const payload = h.fake.interact(chatInput({ command: 'aleppo', subcommand: 'status' }, operator));
    const { body } = await h.fake.callbackOf(payload);
    const text: string = body.data.embeds[0].description;
    expect(body.data.flags).toBe(64);
    expect(text).toContain(h.posting.card.contentHash.slice(0, 12));
    expect(text).toMatch(/\d+ paragraphs, \d+ sentences, \d+ quotes/);
    expect(text).toMatch(/Uptime:\*\* 1 min/);
    expect(text).toMatch(/Platforms:\*\* discord/);
    expect(text).toMatch(/#news \(discord\) — posted .* by discord:999999999999999999 \(editor\)/);
    expect(text).toMatch(/#flaky \(discord\) — failed/);
  });
});

afterAll(() => {
  // Previews, updates and posts alike: nothing the bot sent may ping anyone.
  for (const r of h.fake.sends) expect(r.body?.data?.allowed_mentions ?? r.body?.allowed_mentions).toEqual({ parse: [] });
});
