import { beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { CommandContext } from '../../commands/types.js';
import { formatUptime } from '../../commands/status.js';
import { answerText as answer } from '../../src/core/invocation.js';
import { asMarkdown } from '../helpers/shown.js';
import { isPostPreview } from '../../src/core/card.js';
import { IN_MEMORY, openSqliteStore } from '../../src/store/sqlite.js';
import { createPosting, type Posting } from '../../src/posting/posting.js';
import { aleppoEngine, correctedEngine } from '../posts/article.js';
import { RecordingPublisher } from '../posts/recording-publisher.js';
import { operatorOfGuild1 } from './operator.js';
import { terminalContext } from '../../src/adapters/terminal/terminal.js';

/** The body as Discord shows it: these replies' Markdown is what operators see there. */
const answerText = async (text: string, context: CommandContext) => asMarkdown(await answer(text, context));

const engine = aleppoEngine();
const terminal: CommandContext = terminalContext({ engine, commandName: 'aleppo', commands });

let discord: RecordingPublisher;
let posting: Posting;
let ctx: CommandContext;

beforeEach(() => {
  let operator: CommandContext;
  ({ discord, posting, operator } = operatorOfGuild1(engine));
  ctx = { ...operator, runtime: { startedAt: new Date(Date.now() - 3_720_000), platforms: () => ['discord'] } };
});

describe('post update', () => {
  it('edits the earlier posts in place, one line each, naming who asked', async () => {
    const { ledger } = openSqliteStore(IN_MEMORY);
    const old = createPosting({ ledger, publishers: [discord], engine });
    await old.publish(discord.target('news'), { requestedBy: 'ana' });
    const now = createPosting({ ledger, publishers: [discord], engine: correctedEngine() });
    const asking = { ...ctx, posting: now.forPlatform('discord'), requestedBy: 'discord:42 (bo)' };
    const reply = await answerText('/aleppo post update', asking);
    expect(reply).toMatchObject({ kind: 'post', title: 'Updated 1 earlier post' });
    expect(reply.text).toContain('• #news — updated in place from ' + engine.article.contentHash.slice(0, 12));
    expect(discord.calls.filter((c) => c.method === 'edit')).toHaveLength(1);
    expect((await ledger.listLatest())[0]).toMatchObject({ requestedBy: 'discord:42 (bo)', state: 'sent', messageId: '1' });
    expect((await answerText('/aleppo post #news update', asking)).text).toContain('• #news — already shows this version');
  });

  it('says so when nothing older was posted', async () => {
    const reply = await answerText('/aleppo post update', ctx);
    expect(reply).toMatchObject({ title: 'Nothing to update', text: 'No earlier version of the article was posted, so there is nothing to update.' });
  });

  it('does not take force and update together', async () => {
    expect((await answerText('/aleppo post update force', ctx)).text).toMatch(/not both/);
  });
});

describe('post', () => {
  it('answers in the terminal that posting needs Discord or Slack', async () => {
    const reply = await answerText('/aleppo post #news', terminal);
    expect(reply.kind).toBe('error');
    expect(reply.text).toMatch(/Posting needs Discord or Slack/);
  });

  it('needs a channel', async () => {
    expect((await answerText('/aleppo post', ctx)).text).toMatch(/needs a channel/);
  });

  it('previews the card for the channel, with what Confirm needs, and sends nothing', async () => {
    const reply = await answerText('/aleppo post #news', ctx);
    expect(isPostPreview(reply)).toBe(true);
    if (!isPostPreview(reply)) return;
    expect(reply.title).toBe(engine.article.meta.title);
    expect(reply.post).toEqual({ target: discord.target('news'), force: false, prompt: 'Post this to #news?' });
    expect(discord.sent()).toEqual([]);
  });

  it('refuses a second post to the same channel, linking the first, unless forced', async () => {
    await posting.publish(discord.target('news'), { requestedBy: 'ana' });
    const refused = await answerText('/aleppo post #news', ctx);
    expect(refused).toMatchObject({ kind: 'error', title: 'Already posted', url: 'https://chat.example/news/1' });
    expect(refused.text).toContain('[See the earlier post](https://chat.example/news/1)');

    const forced = await answerText('/aleppo post #news force', ctx);
    expect(isPostPreview(forced) && forced.post.force).toBe(true);
  });

  it('names the missing permission instead of previewing', async () => {
    discord.deny('news', 'I need Send Messages and Embed Links in #news.');
    expect(await answerText('/aleppo post #news', ctx)).toMatchObject({ kind: 'error', text: 'I need Send Messages and Embed Links in #news.' });
  });

  it('says when the channel cannot be found', async () => {
    expect((await answerText('/aleppo post #missing', ctx)).text).toBe('I cannot see that channel; invite me first.');
  });

  it('is an operator command, hidden from help', async () => {
    const help = await answerText('help', terminal);
    expect(help.text).not.toMatch(/aleppo post|aleppo status/);
  });
});

describe('status', () => {
  it('shows the article version, the index, uptime, platforms and the last post per channel with failures', async () => {
    await posting.publish(discord.target('news'), { requestedBy: 'ana' });
    discord.deny('ops', 'I need Send Messages in #ops.');
    await posting.publish(discord.target('ops'), { requestedBy: 'bo' });

    const reply = await answerText('/aleppo status', ctx);
    const stats = engine.stats();
    expect(reply.kind).toBe('status');
    expect(reply.text).toContain(`(\`${engine.article.contentHash.slice(0, 12)}\`)`);
    expect(reply.text).toContain(`${stats.paragraphs} paragraphs, ${stats.sentences} sentences, ${stats.quotes} quotes`);
    expect(reply.text).toContain('**Uptime:** 1 h 2 min');
    expect(reply.text).toContain('**Platforms:** discord');
    expect(reply.text).toMatch(/• #news \(discord\) — posted .* by ana · \[open\]\(https:\/\/chat\.example\/news\/1\)/);
    expect(reply.text).toMatch(/• #ops \(discord\) — failed .*: I need Send Messages in #ops\./);
  });

  it('shows an operator only their own server’s channels', async () => {
    await posting.publish(discord.target('news'), { requestedBy: 'ana' });
    await posting.publish({ platform: 'discord', workspace: 'another-server', channel: 'theirs', label: '#theirs' }, { requestedBy: 'zed' });
    const mine = await answerText('/aleppo status', { ...ctx, workspace: discord.target('news').workspace });
    expect(mine.text).toContain('#news');
    expect(mine.text).not.toContain('#theirs');
  });

  it('still describes the article in the terminal, and says posting needs a platform', async () => {
    const reply = await answerText('/aleppo status', terminal);
    expect(reply.kind).toBe('status');
    expect(reply.text).toContain(engine.article.meta.title);
    expect(reply.text).toMatch(/Posting needs Discord or Slack/);
  });
});

describe('uptime', () => {
  it.each([
    [0, '0 s'],
    [59_999, '59 s'],
    [60_000, '1 min'],
    [3_600_000, '1 h'],
    [3_720_000, '1 h 2 min'],
    [90_061_000, '1 d 1 h'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatUptime(ms)).toBe(text);
  });
});
