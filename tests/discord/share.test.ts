/** The "Share to channel" button under a private answer. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANNOT_SHARE } from '../../src/adapters/discord/interactions.js';
import { button, chatInput } from '../fakes/discord/interactions.js';
import { FAKE, messageObject } from '../fakes/discord/objects.js';
import { articleContext, startHarness, type Harness } from './harness.js';

describe('discord: Share to channel', () => {
  let h: Harness;
  beforeAll(async () => {
    const ctx = await articleContext();
    h = await startHarness({ ctx: { ...ctx, shareUrl: 'https://example.org/aleppo' } });
  });
  afterAll(async () => h?.stop());

  it('posts the same answer publicly, saying who shared it, without pinging them', async () => {
    const ask = h.fake.interact(chatInput({ command: 'aleppo', subcommand: 'share' }));
    await h.fake.callbackOf(ask);
    const privateAnswer = h.fake.original(ask)!;
    expect(privateAnswer.flags).toBe(64);

    const press = h.fake.interact(button('share', privateAnswer, { userId: '888888888888888888', username: 'sharer' }));
    const { body } = await h.fake.callbackOf(press);
    expect(body.type).toBe(4);
    expect(body.data.flags ?? 0).toBe(0);
    expect(body.data.content).toBe('Shared by <@888888888888888888>');
    expect(body.data.embeds).toEqual(privateAnswer.embeds);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    // The public copy keeps the article link and drops the Share button.
    const buttons = body.data.components[0].components;
    expect(buttons.map((b: { label: string }) => b.label)).toEqual(['Read the article']);
    expect(h.fake.messages.get(FAKE.channelId)?.at(-1)?.content).toBe('Shared by <@888888888888888888>');
  });

  it('says privately when the answer to share is gone', async () => {
    const empty = messageObject({ channelId: FAKE.channelId, body: { flags: 64 } });
    const press = h.fake.interact(button('share', empty));
    const { body } = await h.fake.callbackOf(press);
    expect(body.data).toMatchObject({ content: CANNOT_SHARE, flags: 64, allowed_mentions: { parse: [] } });
  });
});
