/**
 * The side doors of operator actions, with the real Bolt app and the fake Slack: Share runs only a
 * reader's command whatever its button value says, Share, Confirm and Cancel act only on the bot's
 * own messages and Confirm and Cancel only for an operator, and a channel must be in the
 * workspace the request came from. Beside each refusal, the real operator's path still works.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { NOT_THIS_SERVER } from '../../commands/post.js';
import { buildCard } from '../../src/core/card.js';
import { keyOf } from '../../src/posting/ledger.js';
import { CANNOT_SHARE } from '../../src/core/reply.js';
import { ACTIONS } from '../../src/adapters/slack/render-blocks.js';
import { POST_ACTIONS } from '../../src/adapters/slack/render-post.js';
import type { FakeSlackOptions, ResponseCall } from '../fakes/slack/fake-slack.js';
import { dmEvent, mentionEvent, type ActionFields } from '../fakes/slack/payloads.js';
import { correctedEngine } from '../posts/article.js';
import { buttons, valueOf } from './blocks.js';
import { startPostingBot, type PostingBot } from './harness.js';

const ADMIN = 'U0ADMIN';
const MEMBER = 'U0ALICE';
const NEWS = '<#C0NEWS123|news>';
const OTHER_TEAM = 'T0OTHER';

const workspace = (): FakeSlackOptions => ({
  users: { [ADMIN]: { is_admin: true }, [MEMBER]: {} },
  channels: { C0NEWS123: { is_member: true } },
});

let bot: PostingBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});


/** Clicks a button and resolves with the first response to that click. */
async function click(fields: Omit<ActionFields, 'responseUrl'>): Promise<{ url: string; first: ResponseCall }> {
  const { responseUrl } = await bot!.fake.action(fields);
  return { url: responseUrl, first: await bot!.fake.waitForResponse((r) => r.url === responseUrl) };
}

const responsesTo = (url: string) => bot!.fake.responses.filter((r) => r.url === url);
const posts = () => bot!.fake.callsTo('chat.postMessage');
const edits = () => bot!.fake.callsTo('chat.update');

/** A private refusal under the click: the message it was on is left as it was. */
function expectRefused(response: ResponseCall, text: string) {
  expect(response.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  expect(JSON.stringify(response.body)).toContain(text);
}

/** Posts the card to #news as the admin would: preview, then Confirm. */
async function postToNews(): Promise<void> {
  const ack = await bot!.fake.slashCommand(`post ${NEWS}`, { user: ADMIN });
  await click({ actionId: POST_ACTIONS.confirm, value: valueOf(ack.payload, POST_ACTIONS.confirm), user: ADMIN });
}

describe('slack: Share runs only a reader’s command', () => {
  it('shares a private answer in the channel (the baseline)', async () => {
    bot = await startPostingBot(undefined, workspace());
    const ack = await bot.fake.slashCommand('quote Egeland');
    const { url, first } = await click({ actionId: ACTIONS.share, value: valueOf(ack.payload, ACTIONS.share) });
    expect(first.body.response_type).toBe('in_channel');
    expect(first.body.text).toBe(ack.payload!.text);
    await bot.fake.waitForResponses(2);
    expect(responsesTo(url).at(-1)!.body).toEqual({ delete_original: true });
  });

  it('does not show status in the channel when the value says status, even for an admin', async () => {
    bot = await startPostingBot(undefined, workspace());
    await postToNews();
    // The admin does see status through the command.
    const status = await bot.fake.slashCommand('status', { user: ADMIN });
    expect(JSON.stringify(status.payload)).toContain('#news (slack) — posted');
    const { url, first } = await click({ actionId: ACTIONS.share, value: 'status', user: ADMIN });
    expectRefused(first, CANNOT_SHARE);
    expect(responsesTo(url)).toHaveLength(1);
    const shown = JSON.stringify(bot.fake.responses.filter((r) => r.body.response_type === 'in_channel'));
    expect(shown).not.toContain('#news (slack)');
    expect(shown).not.toContain('Last post per channel');
  });

  it('does not edit the live card when the value says post update', async () => {
    bot = await startPostingBot(undefined, workspace());
    const target = { platform: 'slack' as const, workspace: 'T0TEST', channel: 'C0NEWS123', label: '#news' };
    const earlier = buildCard(correctedEngine('An earlier wording of the article.'));
    bot.fake.addMessage('C0NEWS123', { user: bot.fake.botUserId, bot_id: bot.fake.botId, text: earlier.title, blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: earlier.marker }] }] });
    const key = keyOf(target, earlier.contentHash);
    bot.ledger.begin(key, 'test', { label: '#news' });
    bot.ledger.markSent(key, bot.fake.messagesIn('C0NEWS123')[0]!.ts);

    const { first } = await click({ actionId: ACTIONS.share, value: 'post update', user: ADMIN });
    expectRefused(first, CANNOT_SHARE);
    expect(edits()).toHaveLength(0);
    expect(posts()).toHaveLength(0);
    // The admin's own `post update` still edits it in place.
    const ack = await bot.fake.slashCommand('post update', { user: ADMIN });
    expect(JSON.stringify(ack.payload)).toContain('#news — updated in place');
    expect(edits()).toHaveLength(1);
  });

  it('does not preview or post when the value says post <channel> force', async () => {
    bot = await startPostingBot(undefined, workspace());
    const { url, first } = await click({ actionId: ACTIONS.share, value: `post ${NEWS} force`, user: ADMIN });
    expectRefused(first, CANNOT_SHARE);
    expect(JSON.stringify(responsesTo(url))).not.toContain(POST_ACTIONS.confirm);
    expect(posts()).toHaveLength(0);
  });

  it('refuses a click on a message someone else wrote, or on no message at all', async () => {
    bot = await startPostingBot(undefined, workspace());
    const theirs = await click({ actionId: ACTIONS.share, value: 'summary', ephemeral: false, message: { user: MEMBER, text: 'look at this' } });
    expectRefused(theirs.first, CANNOT_SHARE);
    const nothing = await click({ actionId: ACTIONS.share, value: 'summary', ephemeral: false });
    expectRefused(nothing.first, CANNOT_SHARE);
    expect(bot.fake.responses.filter((r) => r.body.response_type === 'in_channel')).toEqual([]);
  });
});

describe('slack: Confirm and Cancel', () => {
  it('post from the bot’s own message, ephemeral or not (the baseline)', async () => {
    bot = await startPostingBot(undefined, workspace());
    const ack = await bot.fake.slashCommand(`post ${NEWS}`, { user: ADMIN });
    const value = valueOf(ack.payload, POST_ACTIONS.confirm);
    await click({ actionId: POST_ACTIONS.confirm, value, user: ADMIN });
    // A preview written in a mention is an ordinary message of the bot's.
    const own = { bot_id: bot.fake.botId, user: bot.fake.botUserId, text: 'Post this to #news?' };
    const forced = JSON.stringify({ ...JSON.parse(value), force: true });
    const again = await click({ actionId: POST_ACTIONS.confirm, value: forced, user: ADMIN, ephemeral: false, message: own });
    expect(again.first.body.replace_original).toBe(true);
    expect(posts()).toHaveLength(2);
  });

  it('refuse a Confirm or Cancel on a message that is not the bot’s, posting nothing', async () => {
    bot = await startPostingBot(undefined, workspace());
    const value = JSON.stringify({ channel: NEWS, force: true });
    const theirs = { user: MEMBER, text: 'click me' };
    const confirm = await click({ actionId: POST_ACTIONS.confirm, value, user: ADMIN, ephemeral: false, message: theirs });
    expectRefused(confirm.first, CANNOT_SHARE);
    const cancel = await click({ actionId: POST_ACTIONS.cancel, value: 'cancel', user: ADMIN, ephemeral: false, message: theirs });
    expectRefused(cancel.first, CANNOT_SHARE);
    expect(posts()).toHaveLength(0);
  });

  it('refuse Cancel to someone who may not post, leaving the preview', async () => {
    bot = await startPostingBot(undefined, workspace());
    const preview = await bot.fake.slashCommand(`post ${NEWS}`, { user: ADMIN });
    const { url, first } = await click({ actionId: POST_ACTIONS.cancel, value: valueOf(preview.payload, POST_ACTIONS.cancel), user: MEMBER });
    expectRefused(first, 'Only workspace admins and owners');
    expect(responsesTo(url).some((r) => r.body.replace_original === true)).toBe(false);
    const own = await click({ actionId: POST_ACTIONS.cancel, value: 'cancel', user: ADMIN });
    expect(own.first.body).toEqual({ replace_original: true, text: 'Cancelled: nothing was posted.' });
  });
});

describe('slack: mentions and direct messages', () => {
  it('refuse post and status to a member who writes them in a mention, only to that member, and answer an admin in a DM', async () => {
    bot = await startPostingBot(undefined, workspace());
    await postToNews();
    for (const text of ['status', `post ${NEWS} force`, 'post update']) {
      await bot.fake.event(mentionEvent({ text: `<@${bot.fake.botUserId}> ${text}`, channel: 'C0NEWS123', user: MEMBER }));
    }
    const answers = await bot.fake.waitFor(() => {
      const inNews = bot!.fake.callsTo('chat.postEphemeral').filter((c) => c.args.channel === 'C0NEWS123' && c.args.thread_ts);
      return inNews.length === 3 ? inNews : undefined;
    }, 'three private answers in #news');
    for (const answer of answers) {
      expect(answer.args.user).toBe(MEMBER);
      expect(JSON.stringify(answer.args.blocks)).toContain('Only workspace admins and owners');
    }
    expect(JSON.stringify(answers)).not.toContain('#news (slack) — posted');
    expect(posts()).toHaveLength(1); // the card only: nothing public in the thread
    expect(edits()).toHaveLength(0);
    await bot.fake.event(dmEvent({ text: 'status', channel: 'D0ADMIN', user: ADMIN }));
    const status = await bot.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'D0ADMIN');
    expect(JSON.stringify(status.args.blocks)).toContain('#news (slack) — posted');
  });

  it('shows an admin’s status, asked in a channel mention, to that admin only', async () => {
    bot = await startPostingBot(undefined, workspace());
    await postToNews();
    await bot.fake.event(mentionEvent({ text: `<@${bot.fake.botUserId}> status`, channel: 'C0NEWS123', user: ADMIN }));
    const status = await bot.fake.waitForCall('chat.postEphemeral', (c) => c.args.channel === 'C0NEWS123');
    expect(status.args.user).toBe(ADMIN);
    expect(JSON.stringify(status.args.blocks)).toContain('#news (slack) — posted');
    expect(posts()).toHaveLength(1); // the card only
  });
});

describe('slack: a channel of another workspace', () => {
  it('is refused privately for post from another workspace, with no preview and no post', async () => {
    bot = await startPostingBot([ADMIN], workspace());
    const ack = await bot.fake.slashCommand(`post ${NEWS}`, { user: ADMIN, team: OTHER_TEAM });
    expect(ack.payload!.response_type).toBe('ephemeral');
    expect(JSON.stringify(ack.payload)).toContain(NOT_THIS_SERVER);
    expect(buttons(ack.payload).some((e) => e.action_id === POST_ACTIONS.confirm)).toBe(false);
    expect(posts()).toHaveLength(0);
  });

  it('is refused on a Confirm from another workspace, with or without force', async () => {
    bot = await startPostingBot([ADMIN], workspace());
    for (const force of [false, true]) {
      const { first } = await click({ actionId: POST_ACTIONS.confirm, value: JSON.stringify({ channel: NEWS, force }), user: ADMIN, team: OTHER_TEAM });
      expect(JSON.stringify(first.body)).toContain(NOT_THIS_SERVER);
    }
    expect(posts()).toHaveLength(0);
    // From the bot's own workspace, the same Confirm posts.
    await click({ actionId: POST_ACTIONS.confirm, value: JSON.stringify({ channel: NEWS, force: false }), user: ADMIN });
    expect(posts()).toHaveLength(1);
  });
});
