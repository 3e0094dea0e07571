/**
 * Two instances of the bot in Slack Socket Mode (two connections of one app) on one PostgreSQL
 * store. Slack may deliver one event twice (a retry after a slow ack goes to whichever connection
 * it picks): the same `event_id` on both connections at once is answered exactly once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { dmEvent, mentionEvent } from '../fakes/slack/payloads.js';
import { createTestSchema, TEST_DATABASE_URL, type TestSchema } from '../store/pg-schema.js';
import { instanceEnv, sleep, startInstance, stopInstances, type Instance } from './instances.js';

describe.skipIf(TEST_DATABASE_URL === '')('one Slack event delivered to two Socket Mode instances', () => {
  let schema: TestSchema;
  let slack: FakeSlack;
  let instances: Instance[];

  beforeEach(async () => {
    schema = await createTestSchema();
    slack = await FakeSlack.start();
    const env = instanceEnv({ schema, slack });
    instances = [startInstance(env), startInstance(env)];
    await Promise.all(instances.map((i) => i.bot.waitForStderr(/connected to Slack in Socket Mode/, 20_000)));
    await slack.waitForOpenConnections(2, 10_000);
  });
  afterEach(async () => {
    await stopInstances();
    await slack?.close();
    await schema?.drop();
  });

  /** chat.postMessage calls into `channel` so far. */
  const answersIn = (channel: string) => slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);

  it('each connection reaches a working instance: two different events get two answers', { timeout: 30_000 }, async () => {
    // The control for the tests below: both instances answer what reaches them.
    await Promise.all([0, 1].map((via) => slack.event(dmEvent({ text: 'summary', channel: `D0WARM${via}` }), { via })));
    await slack.waitFor(() => (answersIn('D0WARM0').length && answersIn('D0WARM1').length ? true : undefined), 'both answers', 15_000);
    // Each instance logs the one reply it gave (the log line follows the post, a moment later).
    await Promise.all(instances.map((i) => i.bot.waitForStderr(/"msg":"reply"/, 10_000)));
    expect(instances.map((i) => i.bot.stderr().match(/"msg":"reply"/g)?.length)).toEqual([1, 1]);
  });

  it.each([
    ['a direct message', dmEvent({ text: 'summary', channel: 'D0ALICE' }), 'D0ALICE'],
    ['an app_mention', mentionEvent({ text: '<@U0BOT> summary', channel: 'C0GENERAL' }), 'C0GENERAL'],
  ])('answers %s once when its event_id reaches both instances at once', { timeout: 30_000 }, async (_name, event, channel) => {
    const eventId = `Ev0SAME${channel}`;
    const acks = await Promise.all([0, 1].map((via) => slack.event(event, { eventId, via })));
    expect(acks.map((a) => a.envelope_id)).toHaveLength(2); // both connections took their delivery
    await slack.waitFor(() => (answersIn(channel).length ? true : undefined), 'an answer', 15_000);
    // The other instance had it too: give it time to answer, if it were going to.
    await sleep(2000);
    expect(answersIn(channel)).toHaveLength(1);
    const replies = instances.map((i) => i.bot.stderr().match(/"msg":"reply"/g)?.length ?? 0);
    expect(replies.sort()).toEqual([0, 1]);
    const handled = await schema.query<{ id: string }>('SELECT id FROM handled_ids WHERE id = $1', [`slack:${eventId}`]);
    expect(handled.rows).toHaveLength(1);
  });
});
