/**
 * Every kind of reply, built by the real commands from the shipped article, says the same words on
 * Discord, Slack and the terminal. Each rendering is reduced to the words a person reads: the
 * format's own marks go (Discord's Markdown and backslash escapes, Slack's mrkdwn, entities and
 * `<url|label>`, the terminal's `<url>` after a label), then the words are compared in reading
 * order. Two things are compared as sets of words instead: the citation line, which the terminal
 * writes "Source: paragraph 3 · Inquisitr" and the chat surfaces "Paragraph 3 · Source: Inquisitr",
 * and the article card, whose quotes Discord lays out as embed fields. Buttons (which the terminal
 * has none of) are compared between Discord and Slack.
 */
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/types.js';
import { createContext } from '../../src/core/context.js';
import { renderReply } from '../../src/adapters/discord/render-embed.js';
import { renderPreview as discordPreview, renderPostResult } from '../../src/adapters/discord/render-post.js';
import { answerText, answerTextWithCommand } from '../../src/core/invocation.js';
import { isPostPreview } from '../../src/core/card.js';
import type { Reply } from '../../src/core/reply.js';
import { publishedReply } from '../../src/core/reply/post-outcome.js';
import { renderBlocks, type SlackMessage } from '../../src/adapters/slack/render-blocks.js';
import { renderPreview as slackPreview } from '../../src/adapters/slack/render-post.js';
import { renderText } from '../../src/adapters/terminal/render-text.js';
import { terminalContext } from '../../src/adapters/terminal/terminal.js';
import type { DiscordMessage } from '../../src/adapters/discord/render-embed.js';
import { operatorOfGuild1 } from '../commands/operator.js';
import { engineFor, seed } from '../helpers/articles.js';

/** What a surface shows, as words: in reading order, the citation line's, and the buttons'. */
interface Shown {
  words: string[];
  cite: string[];
  buttons: string[];
}

const MARKER = /article:[0-9a-f]{12}/g;
const words = (text: string) => (text.replace(MARKER, ' ').toLowerCase().match(/[\p{L}\p{N}¶]+/gu) ?? []);
const sorted = (list: string[]) => [...list].sort();

/** Discord Markdown as read: masked links as their label, then marks and backslash escapes gone. */
function fromMarkdown(markdown: string): string {
  return markdown
    .replace(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\([^)\s]+\)/g, '$1')
    .replace(/\*\*|`/g, '')
    .replace(/^> /gm, '')
    .replace(/\\([^\p{L}\p{N}\s])/gu, '$1');
}

/** Slack mrkdwn as read: links as their label, marks gone, entities decoded. */
function fromMrkdwn(mrkdwn: string): string {
  return mrkdwn
    .replace(/<[^|>]+\|([^>]*)>/g, '$1')
    .replace(/[*`]/g, '')
    .replace(/^> /gm, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function discordShown(message: DiscordMessage): Shown {
  const [embed] = message.embeds;
  const body = [message.content ?? '', embed?.title ?? '', embed?.description ?? '', ...(embed?.fields ?? []).flatMap((f) => [f.name, f.value])];
  return {
    words: words(body.map(fromMarkdown).join('\n')),
    cite: sorted(words(embed?.footer?.text ?? '')),
    buttons: sorted(message.components.flatMap((row) => row.components.map((b) => ('label' in b ? (b.label ?? '') : '')))),
  };
}

function slackShown(message: SlackMessage): Shown {
  const text = (type: string) => message.blocks.flatMap((b) => (b.type === type && 'text' in b ? [b.text.text] : []));
  const context = message.blocks.flatMap((b) => (b.type === 'context' ? b.elements.map((e) => e.text) : []));
  const lead = message.blocks[0]?.type === 'section' ? text('section').slice(0, 1) : [];
  const sections = text('section').slice(lead.length);
  return {
    words: words([...lead, ...text('header'), ...sections].map(fromMrkdwn).join('\n')),
    cite: sorted(words(fromMrkdwn(context.join('\n')))),
    buttons: sorted(message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.text.text) : []))),
  };
}

function terminalShown(text: string): Shown {
  const lines = text.split('\n');
  const cite = lines.filter((line) => line.startsWith('Source: '));
  const rest = lines.filter((line) => !line.startsWith('Source: ')).join('\n');
  return { words: words(rest.replace(/ <https?:\/\/[^>\s]+>/g, '').replace(/^> /gm, '')), cite: sorted(words(cite.join('\n'))), buttons: [] };
}

function onEverySurface(reply: Reply): Record<'discord' | 'slack' | 'terminal', Shown> {
  const preview = isPostPreview(reply);
  return {
    discord: discordShown(preview ? discordPreview(reply) : renderReply(reply)),
    slack: slackShown(preview ? slackPreview(reply) : renderBlocks(reply)),
    terminal: terminalShown(renderText(reply)),
  };
}

function expectSameWords(reply: Reply, { inOrder = true } = {}): void {
  const { discord, slack, terminal } = onEverySurface(reply);
  const as = (shown: Shown) => (inOrder ? shown.words : sorted(shown.words));
  expect(discord.words.length, `${reply.kind}: says something`).toBeGreaterThan(0);
  expect(as(slack), `${reply.kind}: Slack and Discord`).toEqual(as(discord));
  expect(as(terminal), `${reply.kind}: the terminal and Discord`).toEqual(as(discord));
  expect(slack.cite, `${reply.kind}: citation line on Slack`).toEqual(discord.cite);
  expect(terminal.cite, `${reply.kind}: citation line in the terminal`).toEqual(discord.cite);
  expect(slack.buttons, `${reply.kind}: buttons`).toEqual(discord.buttons);
}

const ARTICLE_URL = 'https://example.org/news/aleppo-ceasefire';
const reader = createContext(engineFor(seed()), {});
const withLink = createContext(engineFor(seed()), { articleUrl: ARTICLE_URL });
/** As a slash command answers: private, with Share on answers worth sharing. */
const asked = async (text: string, ctx: CommandContext = reader) => (await answerTextWithCommand(`/aleppo ${text}`, ctx, { share: true })).reply;

describe('the same words on Discord, Slack and the terminal', () => {
  it('for a summary, short and long', async () => {
    expectSameWords(await asked('summary'));
    expectSameWords(await asked('summary long'));
  });

  it('for quotes, a reported statement among them', async () => {
    const quotes = await asked('quote Malahifji');
    expect(quotes.quotes.some((q) => q.reported)).toBe(true);
    expectSameWords(quotes);
    expectSameWords(await asked('quote'));
  });

  it('for a confident answer, a hedged one and one from a picture', async () => {
    const sure = await asked('ask how many people are trapped');
    expect(sure.confidence).toBe('high');
    expectSameWords(sure);
    const hedged = await asked('ask why did the ceasefire break down?');
    expect(hedged.confidence).toBe('low');
    expectSameWords(hedged);
    expectSameWords(await asked('ask who took the photo of the boys swimming?'));
  });

  it('for what the article does not say, and a speaker it does not quote', async () => {
    expectSameWords(await asked('ask what is the capital of France?'));
    expectSameWords(await asked('quote Obama'));
  });

  it('for the share link, with and without an address, and a summary with the article link', async () => {
    expectSameWords(await asked('share'));
    expectSameWords(await asked('share', withLink));
    expectSameWords(await asked('summary', withLink));
  });

  it('for help and errors', async () => {
    expectSameWords(await asked('help'));
    expectSameWords(await asked('ask'));
    expectSameWords(await answerText('', reader));
    expectSameWords(await answerText('/other summary', reader));
  });

  it('for status, in the terminal and with posts in the ledger', async () => {
    const engine = engineFor(seed());
    expectSameWords(await answerText('/aleppo status', terminalContext({ ...reader, engine })));
    const { discord, posting, operator } = operatorOfGuild1(engine);
    await posting.publish(discord.target('news'), { requestedBy: 'ana' });
    discord.deny('ops', 'I need Send Messages in #ops.');
    await posting.publish(discord.target('ops'), { requestedBy: 'bo' });
    expectSameWords(await answerText('/aleppo status', operator));
  });

  it('for a post preview, with Confirm and Cancel, and what Confirm answers', async () => {
    const { discord, operator } = operatorOfGuild1(engineFor(seed()));
    const preview = await answerText('/aleppo post #news', operator);
    expect(isPostPreview(preview)).toBe(true);
    expectSameWords(preview, { inOrder: false });
    expect(onEverySurface(preview).slack.buttons).toEqual(['Cancel', 'Confirm']);
    for (const status of ['posted', 'already', 'failed'] as const) {
      const result = { status, label: '#news', permalink: 'https://chat.example/news/1', ...(status === 'failed' ? { reason: 'I need Send Messages in #news.' } : {}) };
      expectSameWords(publishedReply(result));
      expect(discordShown(renderPostResult(result)).words).toEqual(discordShown(renderReply(publishedReply(result))).words);
    }
    expect(discord.calls.filter((c) => c.method === 'send')).toEqual([]);
  });
});
