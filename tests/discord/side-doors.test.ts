/**
 * The side doors of operator actions, with the real client and the fake Discord: Share only
 * repeats the bot's own shareable answers, Confirm and Cancel act only on the bot's own private
 * preview and only for an operator, and a channel must be in the server the request came from.
 * Beside each refusal, the real operator's path still works, so the refusals mean something.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANNOT_SHARE, NOT_OPERATOR, SERVER_ONLY } from '../../src/adapters/discord/interactions.js';
import { NOT_THIS_SERVER } from '../../commands/post.js';
import { confirmId, POST_CANCEL } from '../../src/adapters/discord/render-post.js';
import { button, chatInput, type Asker } from '../fakes/discord/interactions.js';
import { FAKE, messageObject, PERMISSIONS, user, type MessageObject } from '../fakes/discord/objects.js';
import { articleContext, startHarness, type Harness } from './harness.js';

const NEWS = '333333333333333334';
/** #desk, in the second server the bot is in. */
const DESK = '777777777777777778';
const operatorA: Asker = { permissions: PERMISSIONS.manager, userId: '999999999999999999', username: 'editor' };
const operatorB: Asker = { permissions: PERMISSIONS.manager, userId: '888888888888888881', username: 'other-editor', guildId: FAKE.otherGuildId, channelId: DESK };
const member: Asker = { permissions: PERMISSIONS.member, userId: '888888888888888882', username: 'member' };
const stranger = user('888888888888888883', 'stranger');

let h: Harness;
beforeAll(async () => {
  const ctx = await articleContext();
  h = await startHarness({
    ctx: { ...ctx, shareUrl: 'https://example.org/aleppo', runtime: { startedAt: new Date(), platforms: () => ['discord'] } },
    fake: {
      channels: [
        { id: FAKE.channelId, name: 'general' },
        { id: NEWS, name: 'news' },
      ],
      otherGuild: [{ id: DESK, name: 'desk' }],
    },
  });
});
afterAll(async () => h?.stop());

/** The interaction's first answer: sent at once, or deferred and edited in. */
async function answerOf(payload: ReturnType<typeof chatInput> | ReturnType<typeof button>) {
  const { body } = await h.fake.callbackOf(payload);
  if (body.type === 4 || body.type === 7) return body.data;
  return (await h.fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(payload.token))).body;
}

async function ask(asker: Asker, subcommand: string, options: Record<string, string | boolean> = {}, channels: Record<string, { name: string }> = {}) {
  const payload = h.fake.interact(chatInput({ command: 'aleppo', subcommand, options, channels }, asker));
  return { payload, data: await answerOf(payload), message: () => h.fake.original(payload)! };
}

async function press(customId: string, message: MessageObject, asker: Asker, author = message.author) {
  const payload = h.fake.interact(button(customId, message, asker, author));
  return { body: (await h.fake.callbackOf(payload)).body, data: await answerOf(payload) };
}

/** Messages that reached a channel: posts, and public replies and shares. */
const inChannel = (channel: string) => h.fake.messages.get(channel) ?? [];
const channelPosts = () => h.fake.requests.filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.status === 200);

describe('discord: Share', () => {
  it('shares the bot’s own private answer (the baseline)', async () => {
    const { data, message } = await ask(member, 'summary');
    expect(data.flags).toBe(64);
    const shared = await press('share', message(), member);
    expect(shared.body.data.flags ?? 0).toBe(0);
    expect(shared.data.embeds).toEqual(data.embeds);
  });

  it('refuses privately on someone else’s message, and posts nothing', async () => {
    const before = inChannel(FAKE.channelId).length;
    const theirs = messageObject({
      channelId: FAKE.channelId,
      author: stranger,
      body: { embeds: [{ title: 'Not the bot’s words' }], components: [{ type: 1, components: [{ type: 2, style: 2, label: 'Share to channel', custom_id: 'share' }] }] },
    });
    const { data } = await press('share', theirs, member, stranger);
    expect(data).toMatchObject({ content: CANNOT_SHARE, flags: 64, allowed_mentions: { parse: [] } });
    expect(inChannel(FAKE.channelId)).toHaveLength(before);
  });

  it('never shares an operator’s private status, even though the bot wrote it', async () => {
    const before = inChannel(FAKE.channelId).length;
    const status = await ask(operatorA, 'status');
    expect(status.data.embeds[0].title).toMatch(/^Status/);
    const { data } = await press('share', status.message(), operatorA);
    expect(data).toMatchObject({ content: CANNOT_SHARE, flags: 64 });
    expect(inChannel(FAKE.channelId)).toHaveLength(before);
    expect(JSON.stringify(inChannel(FAKE.channelId))).not.toContain('Last post per channel');
  });
});

describe('discord: Confirm and Cancel', () => {
  it('post in the operator’s own server on Confirm (the baseline)', async () => {
    const preview = await ask(operatorA, 'post', { channel: NEWS }, { channel: { name: 'news' } });
    expect(preview.data.content).toBe('Post this to #news?');
    const sends = channelPosts().length;
    const confirmed = await press(confirmId(NEWS, true), preview.message(), operatorA);
    expect(confirmed.data.embeds[0].description).toBe('Posted in #news.');
    expect(channelPosts()).toHaveLength(sends + 1);
  });

  it('refuse a Confirm on a message that is not the bot’s, posting nothing', async () => {
    const sends = channelPosts().length;
    const forged = messageObject({ channelId: FAKE.channelId, author: stranger, body: { flags: 64 } });
    const { data } = await press(confirmId(NEWS, true), forged, operatorA, stranger);
    expect(data).toMatchObject({ content: CANNOT_SHARE, flags: 64 });
    expect(channelPosts()).toHaveLength(sends);
  });

  it('refuse a Confirm under a message everyone sees, leaving it as it was', async () => {
    const sends = channelPosts().length;
    const shared = await ask(member, 'summary', { public: true });
    const { body } = await press(confirmId(NEWS, true), shared.message(), operatorA);
    expect(body.type).toBe(4); // a new private message, not an update (type 7) of the public one
    expect(body.data).toMatchObject({ content: CANNOT_SHARE, flags: 64 });
    expect(channelPosts()).toHaveLength(sends);
  });

  it('refuse Confirm to a member without Manage Server, or in a DM, posting nothing', async () => {
    const preview = await ask(operatorA, 'post', { channel: NEWS, force: true }, { channel: { name: 'news' } });
    const sends = channelPosts().length;
    const byMember = await press(confirmId(NEWS, true), preview.message(), member);
    expect(byMember.body.data).toMatchObject({ content: NOT_OPERATOR, flags: 64 });
    const inDm = await press(confirmId(NEWS, true), preview.message(), { where: 'dm', userId: operatorA.userId! });
    expect(inDm.body.data).toMatchObject({ content: SERVER_ONLY, flags: 64 });
    expect(channelPosts()).toHaveLength(sends);
  });

  it('refuse Cancel to a member without Manage Server, leaving the preview', async () => {
    const preview = await ask(operatorA, 'post', { channel: NEWS, force: true }, { channel: { name: 'news' } });
    const { body } = await press(POST_CANCEL, preview.message(), member);
    expect(body.type).toBe(4);
    expect(body.data).toMatchObject({ content: NOT_OPERATOR, flags: 64 });
    // The operator can still cancel their own preview.
    const cancelled = await press(POST_CANCEL, preview.message(), operatorA);
    expect(cancelled.data.content).toBe('Cancelled: nothing was posted.');
  });

  it('refuse Cancel on a message that is not the bot’s', async () => {
    const theirs = messageObject({ channelId: FAKE.channelId, author: stranger, body: { flags: 64, content: 'mine' } });
    const { body } = await press(POST_CANCEL, theirs, operatorA, stranger);
    expect(body.type).toBe(4);
    expect(body.data).toMatchObject({ content: CANNOT_SHARE, flags: 64 });
  });
});

describe('discord: a channel of another server', () => {
  it('is refused privately to that other server’s operator, with no preview and no post', async () => {
    const sends = channelPosts().length;
    const { data } = await ask(operatorB, 'post', { channel: NEWS }, { channel: { name: 'news' } });
    expect(data.flags).toBe(64);
    expect(data.embeds[0].description).toBe(NOT_THIS_SERVER);
    expect(data.components).toEqual([]);
    expect(channelPosts()).toHaveLength(sends);
  });

  it('is refused on a Confirm naming it, with or without force, and nothing is posted', async () => {
    const sends = channelPosts().length;
    // The operator of server B previews a channel of their own, then the payload names A's #news.
    const preview = await ask(operatorB, 'post', { channel: DESK }, { channel: { name: 'desk' } });
    expect(preview.data.content).toBe('Post this to #desk?');
    for (const force of [false, true]) {
      const { data } = await press(confirmId(NEWS, force), preview.message(), operatorB);
      expect(JSON.stringify(data)).toContain(NOT_THIS_SERVER);
    }
    expect(channelPosts()).toHaveLength(sends);
  });

  it('is refused for post update too, and nothing is edited', async () => {
    const { data } = await ask(operatorB, 'post', { update: true, channel: NEWS }, { channel: { name: 'news' } });
    expect(data.embeds[0].description).toBe(NOT_THIS_SERVER);
    expect(h.fake.requests.filter((r) => r.method === 'PATCH' && r.path.startsWith('/channels/'))).toEqual([]);
  });

  it('leaves each operator their own server: B posts in #desk, A’s status does not list it', async () => {
    const preview = await ask(operatorB, 'post', { channel: DESK }, { channel: { name: 'desk' } });
    const confirmed = await press(confirmId(DESK, false), preview.message(), operatorB);
    expect(confirmed.data.embeds[0].description).toBe('Posted in #desk.');
    const status = await ask(operatorA, 'status');
    expect(status.data.embeds[0].description).toContain('#news');
    expect(status.data.embeds[0].description).not.toContain('#desk');
  });
});

afterAll(() => {
  for (const r of h.fake.sends) expect(r.body?.data?.allowed_mentions ?? r.body?.allowed_mentions).toEqual({ parse: [] });
});
