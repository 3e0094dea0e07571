/**
 * Two instances of the bot connected to the Discord gateway on the same shard, sharing one
 * PostgreSQL ledger. An operator's Confirm on a post preview reaches both at once, either as two
 * clicks (one on each instance) or as the same click delivered to both sessions, as Discord does
 * when two sessions share a shard: the article lands in the channel exactly once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { chatInput } from '../fakes/discord/interactions.js';
import { createTestSchema, TEST_DATABASE_URL, type TestSchema } from '../store/pg-schema.js';
import {
  answerOf,
  cardsIn,
  confirmClick,
  createRequests,
  instanceEnv,
  ledgerRows,
  NEWS,
  previewPost,
  resultText,
  sleep,
  startDiscordInstance,
  stopInstances,
} from './instances.js';

const POSTED = 'Posted in #news.';
const ALREADY = 'Already posted in #news; nothing new was sent.';

describe.skipIf(TEST_DATABASE_URL === '')('the same Confirm on two Discord gateway instances', () => {
  let schema: TestSchema;
  let discord: FakeDiscord;

  beforeEach(async () => {
    schema = await createTestSchema();
    discord = await FakeDiscord.start();
  });
  afterEach(async () => {
    await stopInstances();
    await discord?.close();
    await schema?.drop();
  });

  /** Two instances, started one after the other so each gateway session is known. */
  async function twoInstances() {
    const env = instanceEnv({ schema, discord });
    const a = await startDiscordInstance(discord, env);
    const b = await startDiscordInstance(discord, env);
    expect(discord.gateway.liveSessionIds.sort()).toEqual([a.session, b.session].sort());
    return [a, b] as const;
  }

  it('posts once when two Confirm clicks reach the two instances at the same moment, and answers both', { timeout: 30_000 }, async () => {
    const [a, b] = await twoInstances();
    // Two operators' previews (or one operator's two tabs): one from each instance.
    const previews = [await previewPost(discord, a.session), await previewPost(discord, b.session)];
    expect(previews[0]!.confirmId).toBe(previews[1]!.confirmId); // the payload: channel and force
    const clicks = previews.map((p) => confirmClick(p.confirmId, p.message));
    discord.interact(clicks[0]!, [a.session]);
    discord.interact(clicks[1]!, [b.session]);

    const answers = await Promise.all(clicks.map((click) => answerOf(discord, click)));
    expect(answers.map((x) => resultText(x.data)).sort()).toEqual([ALREADY, POSTED]);
    expect(cardsIn(discord, NEWS)).toHaveLength(1);
    expect(createRequests(discord, NEWS)).toHaveLength(1);
    const rows = await ledgerRows(schema);
    expect(rows).toMatchObject([{ platform: 'discord', channel: NEWS, state: 'sent', message_id: cardsIn(discord, NEWS)[0]!.id, claimed_by: null }]);
  });

  /** The callback requests an interaction got, once `count` have arrived or `ms` have passed. */
  async function callbacksOf(click: { id: string; token: string }, count: number, ms: number) {
    const path = `/interactions/${click.id}/${click.token}/callback`;
    const deadline = Date.now() + ms;
    while (Date.now() < deadline && discord.requests.filter((r) => r.path === path).length < count) await sleep(50);
    return discord.requests.filter((r) => r.path === path);
  }

  it("posts once when the same Confirm interaction is delivered to both instances' sessions", { timeout: 30_000 }, async () => {
    const [a, b] = await twoInstances();
    const preview = await previewPost(discord, a.session);
    const click = confirmClick(preview.confirmId, preview.message);
    // One interaction, one token, on both sessions of the shard: Discord takes the first callback only.
    discord.interact(click, [a.session, b.session]);

    const answer = await answerOf(discord, click);
    expect(resultText(answer.data)).toBe(POSTED);
    // One instance claimed the interaction's id and ran it; the other let it be.
    const outcomes = await Promise.any([a, b].map(({ instance }) => instance.waitForPosts(1, 15_000)));
    expect(outcomes.map((l) => l.state)).toEqual(['posted']);
    const callbacks = await callbacksOf(click, 2, 3000);
    expect(callbacks.filter((r) => r.status < 300)).toHaveLength(1);
    expect(callbacks).toHaveLength(1);
    expect([a, b].flatMap(({ instance }) => instance.posts())).toHaveLength(1);
    expect(cardsIn(discord, NEWS)).toHaveLength(1);
    expect(createRequests(discord, NEWS)).toHaveLength(1);
    const rows = await ledgerRows(schema);
    expect(rows).toMatchObject([{ platform: 'discord', channel: NEWS, state: 'sent', message_id: cardsIn(discord, NEWS)[0]!.id, claimed_by: null }]);
  });

  // Two gateway instances identifying the same shard both receive every interaction; the shared
  // store's handled ids let only the first answer it.
  it('answers an interaction delivered to two instances in one of them only, with no errors', { timeout: 30_000 }, async () => {
    const [a, b] = await twoInstances();
    const preview = await previewPost(discord, a.session);
    const click = confirmClick(preview.confirmId, preview.message);
    discord.interact(click, [a.session, b.session]);
    await answerOf(discord, click);
    // A second attempt, if one comes, comes within a few seconds.
    expect(await callbacksOf(click, 2, 4000)).toHaveLength(1);
    for (const { instance } of [a, b]) expect(instance.bot.stderr()).not.toMatch(/"level":"error"/);
  });

  it('answers a member\'s question delivered to both instances once, with a hint to the operator and no errors', { timeout: 30_000 }, async () => {
    const [a, b] = await twoInstances();
    const question = discord.interact(chatInput({ command: 'aleppo', subcommand: 'summary' }), [a.session, b.session]);
    await answerOf(discord, question);
    const callbacks = await callbacksOf(question, 2, 4000);
    // Both instances answered (a question costs no store write); Discord took the first only.
    expect(callbacks.map((r) => r.status < 300).sort()).toEqual([false, true]);
    const logs = () => [a, b].map(({ instance }) => instance.bot.stderr()).join('\n');
    // The slower one says once why (logs are written off the hot path: wait for it, bounded).
    const hint = /two instances are connected to the same shard/;
    for (let i = 0; i < 60 && !hint.test(logs()); i++) await sleep(50);
    expect(logs()).toMatch(hint);
    expect(logs()).not.toMatch(/"level":"error"/);
  });
});
