/**
 * The side doors of operator actions, with the real client and the fake Discord: Confirm and
 * Cancel act only for an operator. Beside each refusal, the real operator's path still works, so
 * the refusals mean something.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_OPERATOR } from '../../src/discord/interactions.js';
import { confirmId, POST_CANCEL } from '../../src/discord/render-post.js';
import { button, chatInput, type Asker } from '../fakes/discord/interactions.js';
import { FAKE, PERMISSIONS, type MessageObject } from '../fakes/discord/objects.js';
import { articleContext, startHarness, type Harness } from './harness.js';

const NEWS = '333333333333333334';
const operatorA: Asker = { permissions: PERMISSIONS.manager, userId: '999999999999999999', username: 'editor' };
const member: Asker = { permissions: PERMISSIONS.member, userId: '888888888888888882', username: 'member' };

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

async function press(customId: string, message: MessageObject, asker: Asker) {
  const payload = h.fake.interact(button(customId, message, asker));
  return { body: (await h.fake.callbackOf(payload)).body, data: await answerOf(payload) };
}

const channelPosts = () => h.fake.requests.filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.status === 200);

describe('discord: Confirm and Cancel', () => {
  it('post in the operator’s own server on Confirm (the baseline)', async () => {
    const preview = await ask(operatorA, 'post', { channel: NEWS }, { channel: { name: 'news' } });
    expect(preview.data.content).toBe('Post this to #news?');
    const sends = channelPosts().length;
    const confirmed = await press(confirmId(NEWS, true), preview.message(), operatorA);
    expect(confirmed.data.embeds[0].description).toBe('Posted in #news.');
    expect(channelPosts()).toHaveLength(sends + 1);
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

});

afterAll(() => {
  for (const r of h.fake.sends) expect(r.body?.data?.allowed_mentions ?? r.body?.allowed_mentions).toEqual({ parse: [] });
});
