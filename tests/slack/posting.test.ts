import { afterEach, describe, expect, it } from 'vitest';
import { buildCard } from '../../src/core/card.js';
import { keyOf } from '../../src/posting/ledger.js';
import { correctedEngine } from '../posts/article.js';
import { ACTIONS } from '../../src/adapters/slack/render-blocks.js';
import { POST_ACTIONS } from '../../src/adapters/slack/render-post.js';
import type { Ack, FakeSlackOptions } from '../fakes/slack/fake-slack.js';
import { dmEvent } from '../fakes/slack/payloads.js';
import { blocksOf, buttons, textOf, valueOf } from './blocks.js';
import { startPostingBot, type PostingBot } from './harness.js';

const ADMIN = 'U0ADMIN';
const MEMBER = 'U0ALICE';
const NEWS = '<#C0NEWS123|news>';

const workspace = (): FakeSlackOptions => ({
  users: { [ADMIN]: { is_admin: true }, U0OWNER: { is_owner: true }, [MEMBER]: {} },
  channels: {
    C0NEWS123: { is_member: true },
    C0RANDOM12: { is_member: false },
    G0SECRET12: { is_private: true, is_member: false },
  },
});

let bot: PostingBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});


async function preview(text: string, user = ADMIN): Promise<Ack> {
  return bot!.fake.slashCommand(text, { user });
}

async function confirm(ack: Ack, user = ADMIN) {
  const value = valueOf(ack.payload, POST_ACTIONS.confirm);
  const click = await bot!.fake.action({ actionId: POST_ACTIONS.confirm, value, user });
  return bot!.fake.waitForResponse((r) => r.url === click.responseUrl);
}

describe('/aleppo post', () => {
  it('previews the card privately with Confirm and Cancel, and posts nothing yet', async () => {
    bot = await startPostingBot(undefined, workspace());
    const ack = await preview(`post ${NEWS}`);
    expect(ack.payload!.response_type).toBe('ephemeral');
    expect(blocksOf(ack.payload)[0]!.text!.text).toBe('*Post this to #news?*');
    expect(buttons(ack.payload).map((e) => e.action_id)).toEqual([ACTIONS.openLink, POST_ACTIONS.confirm, POST_ACTIONS.cancel]);
    expect(textOf(ack.payload)).toContain(bot.posting.card.marker);
    expect(bot.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('posts the card once on Confirm, with its marker, and answers with the permalink', async () => {
    bot = await startPostingBot(undefined, workspace());
    const done = await confirm(await preview(`post ${NEWS}`));
    const [sent] = bot.fake.callsTo('chat.postMessage');
    expect(sent!.args.channel).toBe('C0NEWS123');
    expect(JSON.stringify(sent!.args.blocks)).toContain(bot.posting.card.marker);
    expect(typeof sent!.args.text).toBe('string');
    expect(done.body.replace_original).toBe(true);
    expect(JSON.stringify(done.body.blocks)).toContain('https://test.slack.com/archives/C0NEWS123/p');
    const row = await bot.ledger.get(keyOf({ platform: 'slack', workspace: 'T0TEST', channel: 'C0NEWS123' }, bot.posting.card.contentHash));
    expect(row).toMatchObject({ state: 'sent', messageId: bot.fake.messagesIn('C0NEWS123')[0]!.ts, requestedBy: `slack:${ADMIN} (alice)` });
  });

  it('refuses the same article in the same channel again, with the earlier post’s permalink', async () => {
    bot = await startPostingBot(undefined, workspace());
    await confirm(await preview(`post ${NEWS}`));
    const again = await preview(`post ${NEWS}`);
    expect(again.payload!.response_type).toBe('ephemeral');
    expect(textOf(again.payload)).toMatch(/already posted in #news/i);
    expect(textOf(again.payload)).toMatch(/<https:\/\/test\.slack\.com\/archives\/C0NEWS123\/p\d+\|See the earlier post>/);
    expect(buttons(again.payload).some((e) => e.action_id === POST_ACTIONS.confirm)).toBe(false);
    expect(bot.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('posts again with force', async () => {
    bot = await startPostingBot(undefined, workspace());
    await confirm(await preview(`post ${NEWS}`));
    const forced = await preview(`post ${NEWS} force`);
    expect(blocksOf(forced.payload)[0]!.text!.text).toBe('*Post this to #news again?*');
    await confirm(forced);
    expect(bot.fake.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('joins a public channel it is not in when it posts, not when it previews', async () => {
    bot = await startPostingBot(undefined, workspace());
    const ack = await preview('post <#C0RANDOM12|random>');
    expect(bot.fake.callsTo('conversations.join')).toHaveLength(0);
    await confirm(ack);
    expect(bot.fake.callsTo('conversations.join').map((c) => c.args.channel)).toContain('C0RANDOM12');
    // The first try was refused (not_in_channel: nothing posted); after joining, one post.
    expect(bot.fake.messagesIn('C0RANDOM12')).toHaveLength(1);
  });

  it('asks to be invited to a private channel instead of posting', async () => {
    bot = await startPostingBot(undefined, workspace());
    const ack = await preview('post <#G0SECRET12|secret>');
    expect(textOf(ack.payload)).toContain('Invite me to #secret first (/invite @aleppo)');
    expect(bot.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('asks for the channel from Slack’s list when only a name is typed', async () => {
    bot = await startPostingBot(undefined, workspace());
    const ack = await preview('post #news');
    expect(textOf(ack.payload)).toContain('Pick #news from the list Slack shows as you type #');
  });

  it('does nothing on Cancel but say so', async () => {
    bot = await startPostingBot(undefined, workspace());
    const ack = await preview(`post ${NEWS}`);
    const click = await bot.fake.action({ actionId: POST_ACTIONS.cancel, value: 'cancel', user: ADMIN });
    const answer = await bot.fake.waitForResponse((r) => r.url === click.responseUrl);
    expect(answer.body).toEqual({ replace_original: true, text: 'Cancelled: nothing was posted.' });
    expect(ack.payload).toBeDefined();
    expect(bot.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

describe('who may post', () => {
  it('refuses post and status to a member who is not an admin or owner', async () => {
    bot = await startPostingBot(undefined, workspace());
    for (const text of [`post ${NEWS}`, 'status', `post ${NEWS} public`]) {
      const ack = await preview(text, MEMBER);
      expect(ack.payload!.response_type).toBe('ephemeral');
      expect(textOf(ack.payload)).toContain('Only workspace admins and owners can use /aleppo post and status.');
    }
    expect(bot.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('lets owners post too', async () => {
    bot = await startPostingBot(undefined, workspace());
    const ack = await preview(`post ${NEWS}`, 'U0OWNER');
    expect(buttons(ack.payload).some((e) => e.action_id === POST_ACTIONS.confirm)).toBe(true);
  });

  it('refuses a Confirm clicked by someone who may not post', async () => {
    bot = await startPostingBot(undefined, workspace());
    const ack = await preview(`post ${NEWS}`);
    const answer = await confirm(ack, MEMBER);
    expect(answer.body.replace_original).toBe(false);
    expect(JSON.stringify(answer.body)).toContain('Only workspace admins and owners');
    expect(bot.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('uses SLACK_POST_ALLOWED_USERS instead of admin status when it is set', async () => {
    bot = await startPostingBot([MEMBER], workspace());
    const allowed = await preview(`post ${NEWS}`, MEMBER);
    expect(buttons(allowed.payload).some((e) => e.action_id === POST_ACTIONS.confirm)).toBe(true);
    const admin = await preview(`post ${NEWS}`, ADMIN);
    expect(textOf(admin.payload)).toContain('Only the people listed in SLACK_POST_ALLOWED_USERS');
    expect(bot.fake.callsTo('users.info')).toHaveLength(0);
  });

  it('applies the same rule to post and status written in a direct message', async () => {
    bot = await startPostingBot(undefined, workspace());
    await bot.fake.event(dmEvent({ text: 'status', channel: 'D0MEMBER', user: MEMBER }));
    const refused = await bot.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'D0MEMBER');
    expect(JSON.stringify(refused.args.blocks)).toContain('Only workspace admins and owners');
  });
});

describe('/aleppo status', () => {
  it('shows the article version and the last post per channel', async () => {
    bot = await startPostingBot(undefined, workspace());
    await confirm(await preview(`post ${NEWS}`));
    const ack = await preview('status');
    expect(ack.payload!.response_type).toBe('ephemeral');
    const text = textOf(ack.payload);
    expect(text).toContain(bot.posting.card.contentHash.slice(0, 12));
    expect(text).toMatch(/#news \(slack\) — posted/);
    expect(text).toContain('*Platforms:* slack');
  });
});

describe('/aleppo post update', () => {
  it('edits the earlier post of another version in place, sending no new message', async () => {
    bot = await startPostingBot(undefined, workspace());
    const target = { platform: 'slack' as const, workspace: 'T0TEST', channel: 'C0NEWS123', label: '#news' };
    const earlier = buildCard(correctedEngine('An earlier wording of the article.'));
    bot.fake.addMessage('C0NEWS123', { user: bot.fake.botUserId, bot_id: bot.fake.botId, text: earlier.title, blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: earlier.marker }] }] });
    const [message] = bot.fake.messagesIn('C0NEWS123');
    const key = keyOf(target, earlier.contentHash);
    await bot.ledger.begin(key, 'test', { label: '#news' });
    await bot.ledger.markSent(key, message!.ts);

    const ack = await preview('post update');
    expect(ack.payload!.response_type).toBe('ephemeral');
    expect(textOf(ack.payload)).toContain('#news — updated in place from');
    expect(bot.fake.callsTo('chat.update').map((c) => c.args.ts)).toEqual([message!.ts]);
    expect(bot.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(JSON.stringify(bot.fake.messagesIn('C0NEWS123')[0]!.blocks)).toContain(bot.posting.card.marker);
    expect(await bot.ledger.get(keyOf(target, bot.posting.card.contentHash))).toMatchObject({ state: 'sent', messageId: message!.ts, requestedBy: `slack:${ADMIN}` });
  });

  it('says when there is nothing older to update', async () => {
    bot = await startPostingBot(undefined, workspace());
    expect(textOf((await preview(`post ${NEWS} update`)).payload)).toContain('No earlier version of the article was posted in #news');
  });
});

describe('the Slack publisher', () => {
  it('waits out a ratelimited post and sends it once', async () => {
    bot = await startPostingBot(undefined, workspace());
    bot.fake.rateLimitNext('chat.postMessage', 1);
    const target = { platform: 'slack' as const, workspace: 'T0TEST', channel: 'C0NEWS123', label: '#news' };
    const sent = await bot.publisher.send(target, bot.posting.card);
    expect(sent.messageId).toBeTruthy();
    expect(bot.fake.calls.filter((c) => c.method === 'chat.postMessage' && c.limited)).toHaveLength(1);
    expect(bot.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('finds its own card by the marker after a crash, and ignores someone else’s copy', async () => {
    bot = await startPostingBot(undefined, workspace());
    const target = { platform: 'slack' as const, workspace: 'T0TEST', channel: 'C0NEWS123', label: '#news' };
    const { marker } = bot.posting.card;
    bot.fake.addMessage('C0NEWS123', { user: MEMBER, text: marker, blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: marker }] }] });
    expect(await bot.publisher.findRecent(target, marker)).toBeUndefined();
    // A crash between send and the ledger write: the row stays pending, the card is in the channel.
    const key = keyOf(target, bot.posting.card.contentHash);
    await bot.ledger.begin(key, 'slack:U0ADMIN', { label: '#news' });
    await bot.ledger.markSending(key);
    const sent = await bot.publisher.send(target, bot.posting.card);
    const [outcome] = await bot.posting.reconcile();
    expect(outcome).toMatchObject({ status: 'recovered' });
    expect(await bot.ledger.get(key)).toMatchObject({ state: 'sent', messageId: sent.messageId });
    expect(bot.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('edits a post in place', async () => {
    bot = await startPostingBot(undefined, workspace());
    const target = { platform: 'slack' as const, workspace: 'T0TEST', channel: 'C0NEWS123', label: '#news' };
    const sent = await bot.publisher.send(target, bot.posting.card);
    await bot.publisher.edit(target, sent.messageId, bot.posting.card);
    expect(bot.fake.callsTo('chat.update').map((c) => c.args.ts)).toEqual([sent.messageId]);
    // About one message per second per channel (Slack's rule): the edit waited its turn.
    const gap = bot.fake.callsTo('chat.update')[0]!.at - bot.fake.callsTo('chat.postMessage')[0]!.at;
    expect(gap).toBeGreaterThanOrEqual(950);
  });

  it('never lets article text ping anyone from the card', async () => {
    bot = await startPostingBot(undefined, workspace());
    const target = { platform: 'slack' as const, workspace: 'T0TEST', channel: 'C0NEWS123', label: '#news' };
    const card = { ...bot.posting.card, title: 'Hi <!channel>', text: 'Read <!here> and <@U0VICTIM> & more' };
    await bot.publisher.send(target, card);
    const all = JSON.stringify(bot.fake.callsTo('chat.postMessage'));
    for (const ping of ['<!channel>', '<!here>', '<@U0VICTIM>']) expect(all).not.toContain(ping);
  });
});
