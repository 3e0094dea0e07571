/**
 * discord.js's caches, bounded (src/adapters/discord/cache.ts): members who use the bot are not kept, while
 * what the bot needs is (its servers, their channels, its own member), so posting still works.
 * The soak in `npm run bench` shows the heap staying flat over 20,000 new members.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatInput } from '../fakes/discord/interactions.js';
import { FAKE, PERMISSIONS } from '../fakes/discord/objects.js';
import { startHarness, type Harness } from './harness.js';

const NEWS = '333333333333333334';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

describe('discord: what the client keeps', () => {
  it('answers forty new members and keeps none of them, only itself, its server and its channels', async () => {
    for (let i = 0; i < 40; i++) {
      const payload = h.fake.interact(chatInput({ command: 'aleppo', subcommand: 'summary' }, { userId: String(600_000_000_000_000_000n + BigInt(i)), username: `member${i}` }));
      expect((await h.fake.callbackOf(payload)).body.type).toBe(4);
    }
    const { client } = h.bot;
    const guild = client.guilds.cache.get(FAKE.guildId)!;
    expect([...client.users.cache.keys()]).toEqual([client.user!.id]);
    expect([...guild.members.cache.keys()]).toEqual([client.user!.id]);
    expect(guild.members.me).not.toBeNull();
    expect(client.channels.cache.has(NEWS)).toBe(true);
  });

  it('still checks its own permissions and posts for an operator', async () => {
    const operator = { permissions: PERMISSIONS.manager, userId: '999999999999999999', username: 'editor' };
    const payload = h.fake.interact(chatInput({ command: 'aleppo', subcommand: 'post', options: { channel: NEWS }, channels: { channel: { name: 'news' } } }, operator));
    const { body } = await h.fake.callbackOf(payload);
    expect(body.data.content).toBe('Post this to #news?');
  });
});
