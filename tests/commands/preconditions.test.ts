/**
 * The dispatcher's side of operator commands, without a platform: the precondition declared on
 * the command (`operator: true`) holds on every route, a channel must be in the asker's server,
 * and Share repeats only what any reader could ask.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { confirmPost, NOT_THIS_SERVER } from '../../commands/post.js';
import type { CommandContext } from '../../commands/types.js';
import { answerText as answer, OPERATORS_ONLY, runFollowUp, shareableAnswer } from '../../src/core/invocation.js';
import { asPlain } from '../helpers/shown.js';
import { isPostPreview } from '../../src/core/card.js';
import type { Posting } from '../../src/posting/posting.js';
import { aleppoEngine } from '../posts/article.js';
import type { RecordingPublisher } from '../posts/recording-publisher.js';
import { operatorOfGuild1 } from './operator.js';

const answerText = async (text: string, context: CommandContext) => asPlain(await answer(text, context));

const engine = aleppoEngine();
let discord: RecordingPublisher;
let posting: Posting;
let operator: CommandContext;

beforeEach(() => {
  ({ discord, posting, operator } = operatorOfGuild1(engine));
});

describe('the operator precondition, run by the dispatcher', () => {
  it('refuses post, post update and status when the route does not say who is asking', async () => {
    const { checkOperator: _unsaid, ...nobody } = operator;
    for (const text of ['/aleppo post #news', '/aleppo post update', '/aleppo status']) {
      expect(await answerText(text, nobody)).toMatchObject({ kind: 'error', text: OPERATORS_ONLY });
    }
    expect(discord.calls).toEqual([]);
  });

  it('refuses with the adapter’s own sentence, and shows nothing of the ledger', async () => {
    await posting.publish(discord.target('news'), { requestedBy: 'ana' });
    const member = { ...operator, checkOperator: async () => 'Only members with the Manage Server permission can use that.' };
    const status = await answerText('/aleppo status', member);
    expect(status).toMatchObject({ kind: 'error', text: 'Only members with the Manage Server permission can use that.' });
    expect(status.text).not.toContain('#news');
  });

  it('refuses when the check itself fails, rather than letting the command run', async () => {
    const broken = { ...operator, checkOperator: async () => Promise.reject(new Error('users.info timed out')) };
    expect((await answerText('/aleppo post #news', broken)).kind).toBe('error');
    expect(discord.calls).toEqual([]);
  });

  it('runs a command’s buttons only when the command’s precondition holds', async () => {
    let ran = 0;
    const work = async () => ++ran;
    expect(await runFollowUp('post', { ...operator, checkOperator: async () => 'No.' }, work)).toEqual({ ok: false, refusal: 'No.' });
    expect(await runFollowUp('post', operator, work)).toEqual({ ok: true, value: 1 });
    // A reader command's buttons need no operator.
    expect(await runFollowUp('summary', { ...operator, checkOperator: async () => 'No.' }, work)).toEqual({ ok: true, value: 2 });
  });

  it('still lets the real operator preview, update and see status', async () => {
    const preview = await answerText('/aleppo post #news', operator);
    expect(isPostPreview(preview)).toBe(true);
    expect((await answerText('/aleppo post update', operator)).title).toBe('Nothing to update');
    expect((await answerText('/aleppo status', operator)).kind).toBe('status');
  });
});

describe('a channel of another server', () => {
  beforeEach(() => {
    // The bot is in both servers: guild-2's #theirs resolves, but it is not the asker's server.
    discord.elsewhere('theirs', 'guild-2');
  });

  it('is refused for post and post update, and nothing is posted or edited', async () => {
    expect(await answerText('/aleppo post #theirs', operator)).toMatchObject({ kind: 'error', text: NOT_THIS_SERVER });
    expect(await answerText('/aleppo post #theirs force', operator)).toMatchObject({ kind: 'error', text: NOT_THIS_SERVER });
    expect(await answerText('/aleppo post #theirs update', operator)).toMatchObject({ kind: 'error', text: NOT_THIS_SERVER });
    expect(discord.calls.filter((c) => c.method !== 'resolve')).toEqual([]);
  });

  it('is refused on Confirm, whatever the button’s payload says', async () => {
    const confirmed = await confirmPost({ channel: '#theirs', force: true }, { ...operator, posting: posting.forPlatform('discord') });
    expect(confirmed).toEqual({ ok: false, reason: NOT_THIS_SERVER });
    expect(discord.sent()).toEqual([]);
  });

  it('is refused when the request does not say which server it came from', async () => {
    const { workspace: _unsaid, ...nowhere } = operator;
    expect(await answerText('/aleppo post #news', nowhere)).toMatchObject({ kind: 'error', text: NOT_THIS_SERVER });
  });
});

describe('what Share may repeat', () => {
  it('answers a reader’s command as anyone would get it', async () => {
    expect((await shareableAnswer('quote Egeland', operator))?.kind).toBe('quotes');
    expect((await shareableAnswer('summary long', operator))?.kind).toBe('summary');
  });

  it('never runs an operator command, even for an operator, and never help or a refusal', async () => {
    for (const value of ['status', 'post update', 'post #news force', 'POST #news', 'help', 'nonsense words', 'quote Nobody At All', '']) {
      expect(await shareableAnswer(value, operator)).toBeUndefined();
    }
    expect(discord.calls).toEqual([]);
  });
});
