/**
 * Three instances of the bot start together on one PostgreSQL ledger with the same POST_CHANNELS
 * (a Discord channel and a Slack channel): the article lands once in each channel, with one `sent`
 * row each, and every instance says what it found (one posted, the others already there).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { createTestSchema, TEST_DATABASE_URL, type TestSchema } from '../store/pg-schema.js';
import { cardsIn, instanceEnv, ledgerRows, NEWS, SLACK_NEWS, startInstance, stopInstances, type PostLine } from './instances.js';

describe.skipIf(TEST_DATABASE_URL === '')('three instances with POST_CHANNELS on one PostgreSQL', () => {
  let schema: TestSchema;
  let discord: FakeDiscord;
  let slack: FakeSlack;

  beforeEach(async () => {
    schema = await createTestSchema();
    discord = await FakeDiscord.start();
    slack = await FakeSlack.start();
  });
  afterEach(async () => {
    await stopInstances();
    await discord?.close();
    await slack?.close();
    await schema?.drop();
  });

  it('posts exactly one message per channel and records one sent row each', { timeout: 45_000 }, async () => {
    const env = instanceEnv({ schema, discord, slack, postChannels: `discord:${NEWS},slack:${SLACK_NEWS}` });
    const instances = [1, 2, 3].map(() => startInstance(env));
    // Each instance ends start-up's posting with one outcome per listed channel.
    const fromPostChannels = (line: PostLine) => line.requestedBy === 'POST_CHANNELS';
    const outcomes = await Promise.all(instances.map((i) => i.waitForPosts(2, 30_000, fromPostChannels)));

    expect(cardsIn(discord, NEWS)).toHaveLength(1);
    expect(slack.callsTo('chat.postMessage').filter((c) => c.args.channel === SLACK_NEWS)).toHaveLength(1);
    expect(slack.messagesIn(SLACK_NEWS)).toHaveLength(1);

    const rows = await ledgerRows(schema);
    expect(rows.map(({ platform, channel, state }) => ({ platform, channel, state })).sort((a, b) => a.platform.localeCompare(b.platform))).toEqual([
      { platform: 'discord', channel: NEWS, state: 'sent' },
      { platform: 'slack', channel: SLACK_NEWS, state: 'sent' },
    ]);
    expect(rows.find((r) => r.platform === 'discord')!.message_id).toBe(cardsIn(discord, NEWS)[0]!.id);
    expect(rows.find((r) => r.platform === 'slack')!.message_id).toBe(slack.messagesIn(SLACK_NEWS)[0]!.ts);
    expect(rows.every((r) => r.claimed_by === null)).toBe(true);

    // Per platform: one instance posted, the two others found it already there; none failed.
    for (const platform of ['discord', 'slack']) {
      const states = outcomes.map((lines) => lines.find((l) => l.platform === platform)?.state).sort();
      expect(states, `${platform} outcomes`).toEqual(['already', 'already', 'posted']);
    }
    // An instance whose start-up reconcile saw another's post in flight leaves it to its owner
    // ("skipped": no longer pending once it could look); it never sends or recovers it itself.
    const reconciled = instances.flatMap((i) => i.posts().filter((l) => !fromPostChannels(l)));
    expect(reconciled.filter((l) => l.state !== 'skipped')).toEqual([]);
  });
});
