/**
 * An instance is killed (SIGKILL) between sending the article and recording it: the platform took
 * the message (the fake stores it and never answers), the shared ledger still says `pending` under
 * the dead process's claim. Another instance on the same machine takes that claim over at once (a
 * dead pid on this host), finds the message by its marker instead of sending again, and records it:
 * a fresh instance at start-up, or a running one when an operator confirms the same post.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
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
  SLACK_NEWS,
  startDiscordInstance,
  startInstance,
  stopInstances,
  type Instance,
} from './instances.js';

/** Kills the instance as the OOM killer or a power cut would, and waits (bounded) for it to be gone. */
async function killHard(instance: Instance): Promise<void> {
  const run = await instance.bot.stop('SIGKILL', 10_000);
  expect(run.code).toBeNull(); // killed by the signal, no exit code
}

describe.skipIf(TEST_DATABASE_URL === '')('kill -9 between send and record (PostgreSQL)', () => {
  let schema: TestSchema;

  beforeEach(async () => {
    schema = await createTestSchema();
  });
  afterEach(async () => {
    await stopInstances();
    await schema?.drop();
  });

  /** The ledger row the killed instance left: pending, a send started, claimed by its pid. */
  async function expectAbandoned(pid: number, platform: string, channel: string) {
    const rows = await ledgerRows(schema);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ platform, channel, state: 'pending', message_id: null });
    expect(rows[0]!.attempted_at).not.toBeNull();
    expect(rows[0]!.claimed_by?.split('/')[1]).toBe(String(pid));
  }

  describe('on Discord', () => {
    let discord: FakeDiscord;
    beforeEach(async () => {
      discord = await FakeDiscord.start();
    });
    afterEach(async () => {
      await discord?.close();
    });

    /** An instance posting to #news through POST_CHANNELS, killed once Discord has taken the message. */
    async function killedMidPost(): Promise<void> {
      const held = discord.holdResponse('POST', new RegExp(`^/channels/${NEWS}/messages$`));
      const doomed = startInstance(instanceEnv({ schema, discord, postChannels: `discord:${NEWS}` }));
      await held;
      expect(cardsIn(discord, NEWS)).toHaveLength(1); // it landed; the bot never heard so
      await killHard(doomed);
      await expectAbandoned(doomed.bot.pid, 'discord', NEWS);
    }

    it('a fresh instance started after the kill recovers the post at start-up without posting again', { timeout: 30_000 }, async () => {
      await killedMidPost();
      const fresh = startInstance(instanceEnv({ schema, discord, postChannels: `discord:${NEWS}` }));
      // Start-up: reconcile the pending row (recovered), then POST_CHANNELS (already there).
      const outcomes = await fresh.waitForPosts(2, 20_000);
      expect(outcomes.map((o) => o.state)).toEqual(['recovered', 'already']);
      expect(cardsIn(discord, NEWS)).toHaveLength(1);
      expect(createRequests(discord, NEWS)).toHaveLength(1);
      expect(await ledgerRows(schema)).toMatchObject([{ platform: 'discord', channel: NEWS, state: 'sent', message_id: cardsIn(discord, NEWS)[0]!.id, claimed_by: null }]);
    });

    it('two fresh instances started together after the kill recover it once between them', { timeout: 30_000 }, async () => {
      await killedMidPost();
      const env = instanceEnv({ schema, discord, postChannels: `discord:${NEWS}` });
      const fresh = [startInstance(env), startInstance(env)];
      const outcomes = await Promise.all(fresh.map((i) => i.waitForPosts(1, 25_000, (l) => l.requestedBy === 'POST_CHANNELS')));
      expect(outcomes.map((lines) => lines[0]!.state)).toEqual(['already', 'already']);
      // One took the dead claim over and found the message; the other found it settled (skipped),
      // or, starting a moment later, no longer pending at all (nothing to say).
      const reconciled = fresh.flatMap((i) => i.posts().filter((l) => l.requestedBy === undefined).map((l) => l.state));
      expect(reconciled.filter((state) => state === 'recovered')).toHaveLength(1);
      expect(reconciled.filter((state) => state !== 'recovered' && state !== 'skipped')).toEqual([]);
      expect(cardsIn(discord, NEWS)).toHaveLength(1);
      expect(createRequests(discord, NEWS)).toHaveLength(1);
      expect(await ledgerRows(schema)).toMatchObject([{ platform: 'discord', channel: NEWS, state: 'sent', message_id: cardsIn(discord, NEWS)[0]!.id, claimed_by: null }]);
    });

    it('an instance already running takes the dead claim over when an operator confirms the same post', { timeout: 30_000 }, async () => {
      // Running before the other one starts, and after it dies.
      const survivor = await startDiscordInstance(discord, instanceEnv({ schema, discord }));
      await killedMidPost();
      const preview = await previewPost(discord, survivor.session);
      const click = confirmClick(preview.confirmId, preview.message);
      discord.interact(click, [survivor.session]);
      const answer = await answerOf(discord, click);
      expect(resultText(answer.data)).toBe('Already posted in #news; nothing new was sent.');
      expect(cardsIn(discord, NEWS)).toHaveLength(1);
      expect(createRequests(discord, NEWS)).toHaveLength(1);
      expect(await ledgerRows(schema)).toMatchObject([{ platform: 'discord', channel: NEWS, state: 'sent', message_id: cardsIn(discord, NEWS)[0]!.id, claimed_by: null }]);
    });
  });

  describe('on Slack', () => {
    let slack: FakeSlack;
    beforeEach(async () => {
      slack = await FakeSlack.start();
    });
    afterEach(async () => {
      await slack?.close();
    });

    it('a fresh instance started after the kill recovers the post at start-up without posting again', { timeout: 30_000 }, async () => {
      const held = slack.holdResponse('chat.postMessage');
      const doomed = startInstance(instanceEnv({ schema, slack, postChannels: `slack:${SLACK_NEWS}` }));
      await held;
      expect(slack.messagesIn(SLACK_NEWS)).toHaveLength(1);
      await killHard(doomed);
      await expectAbandoned(doomed.bot.pid, 'slack', SLACK_NEWS);

      const fresh = startInstance(instanceEnv({ schema, slack, postChannels: `slack:${SLACK_NEWS}` }));
      const outcomes = await fresh.waitForPosts(2, 20_000);
      expect(outcomes.map((o) => o.state)).toEqual(['recovered', 'already']);
      expect(slack.messagesIn(SLACK_NEWS)).toHaveLength(1);
      expect(slack.callsTo('chat.postMessage').filter((c) => c.args.channel === SLACK_NEWS)).toHaveLength(1);
      expect(await ledgerRows(schema)).toMatchObject([{ platform: 'slack', channel: SLACK_NEWS, state: 'sent', message_id: slack.messagesIn(SLACK_NEWS)[0]!.ts, claimed_by: null }]);
    });
  });
});
