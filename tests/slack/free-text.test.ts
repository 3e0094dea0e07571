import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerText } from '../../src/core/invocation.js';
import { renderBlocks } from '../../src/adapters/slack/render-blocks.js';
import { dmEvent, mentionEvent } from '../fakes/slack/payloads.js';
import { allText, articleContext, startBot, type Bot } from './harness.js';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot('socket');
});
afterAll(async () => {
  await bot?.close();
});

function postsIn(channel: string) {
  return bot.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);
}

async function waitUntilPosted(channel: string, count: number) {
  await bot.fake.waitFor(() => (postsIn(channel).length >= count ? true : undefined), `${count} posts in ${channel}`);
}

describe('mentions and direct messages', () => {
  it('answers a mention in a thread under it, through the same intents as the terminal', async () => {
    const mention = mentionEvent({ text: `<@${bot.fake.botUserId}> what did Egeland say`, channel: 'C0MENTION' });
    await bot.fake.event(mention);
    const call = await bot.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'C0MENTION');
    expect(call.args.thread_ts).toBe(mention.ts);
    const expected = renderBlocks(await answerText('what did Egeland say', articleContext()));
    expect(call.args.text).toBe(expected.text);
    expect(call.args.blocks).toEqual(expected.blocks);
  });

  it('answers a later mention inside that thread in the same thread', async () => {
    const root = mentionEvent({ text: `<@${bot.fake.botUserId}> summary`, channel: 'C0THREAD' });
    await bot.fake.event(root);
    await bot.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'C0THREAD');
    const later = mentionEvent({ text: `<@${bot.fake.botUserId}> link`, channel: 'C0THREAD', thread_ts: root.ts });
    await bot.fake.event(later);
    const calls = await bot.fake.waitForCalls('chat.postMessage', bot.fake.callsTo('chat.postMessage').length + 1);
    const reply = calls.filter((c) => c.args.channel === 'C0THREAD').at(-1)!;
    expect(reply.args.thread_ts).toBe(root.ts);
    expect(reply.args.text).toBe(renderBlocks(await answerText('link', articleContext())).text);
  });

  it('answers a direct message in the DM, not in a thread', async () => {
    await bot.fake.event(dmEvent({ text: 'summary', channel: 'D0DM' }));
    const call = await bot.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'D0DM');
    expect(call.args.thread_ts).toBeUndefined();
    expect(call.args.text).toBe(renderBlocks(await answerText('summary', articleContext())).text);
  });

  it('answers an event Slack delivers again (same event id) only once', async () => {
    const event = dmEvent({ text: 'what did Egeland say', channel: 'D0RETRY' });
    await bot.fake.event(event, { eventId: 'EvRETRY1' });
    await bot.fake.event(event, { eventId: 'EvRETRY1', retryAttempt: 1 });
    await bot.fake.event(event, { eventId: 'EvRETRY1', retryAttempt: 2 });
    // A marker DM after the re-deliveries: events are handled in arrival order through the same
    // steps, so once the marker is answered the re-deliveries have been seen.
    const marker = renderBlocks(await answerText('link', articleContext())).text;
    await bot.fake.event(dmEvent({ text: 'link', channel: 'D0RETRY' }));
    await bot.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'D0RETRY' && c.args.text === marker);
    expect(postsIn('D0RETRY')).toHaveLength(2);
  });

  it('ignores bot messages (itself included), edits and other subtypes', async () => {
    await bot.fake.event(dmEvent({ text: 'summary', channel: 'D0QUIET', bot_id: bot.fake.botId, user: bot.fake.botUserId }));
    await bot.fake.event(dmEvent({ text: 'summary', channel: 'D0QUIET', bot_id: 'B0OTHER', user: 'U0OTHERBOT' }));
    await bot.fake.event(dmEvent({ text: 'summary', channel: 'D0QUIET', subtype: 'message_changed' }));
    await bot.fake.event(dmEvent({ text: 'summary', channel: 'D0QUIET', subtype: 'bot_message' }));
    await bot.fake.event(mentionEvent({ text: `<@${bot.fake.botUserId}> summary`, channel: 'C0QUIET', edited: { user: 'U0ALICE', ts: '1.0' } }));
    await bot.fake.event(dmEvent({ text: 'link', channel: 'D0QUIET' })); // the marker, as above
    await bot.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'D0QUIET');
    expect(postsIn('D0QUIET')).toHaveLength(1);
    expect(postsIn('C0QUIET')).toHaveLength(0);
  });

  it('never sends a ping that came from user text', async () => {
    const pings = ['<!channel>', '<!here>', '<!everyone>', '<@U0VICTIM>', '<!subteam^S0TEAM|@team>'];
    for (const ping of pings) {
      await bot.fake.event(mentionEvent({ text: `<@${bot.fake.botUserId}> quote ${ping} hello`, channel: 'C0PING' }));
      await bot.fake.event(dmEvent({ text: `what did ${ping} say`, channel: 'D0PING' }));
      await bot.fake.slashCommand(`quote ${ping}`);
      await bot.fake.slashCommand(`ask is ${ping} mentioned`);
    }
    await waitUntilPosted('C0PING', pings.length);
    await waitUntilPosted('D0PING', pings.length);
    const sent = allText([bot.fake.calls, bot.fake.acks, bot.fake.responses]);
    for (const forbidden of ['<!channel', '<!here', '<!everyone', '<@U0VICTIM', '<!subteam']) expect(sent).not.toContain(forbidden);
  });
});

