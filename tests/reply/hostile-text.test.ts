/**
 * Article and user text that looks like formatting or a mention is shown as the words it is, on
 * every surface: escaped once, by each format's renderer, and never a ping.
 */
import { describe, expect, it } from 'vitest';
import { buildEngine } from '../../src/runtime/build-engine.js';
import { createContext } from '../../src/core/context.js';
import { renderReply } from '../../src/adapters/discord/render-embed.js';
import { renderCard as discordCard } from '../../src/adapters/discord/render-post.js';
import { parseArticle } from '../../src/engine/parse.js';
import { answerText } from '../../src/core/invocation.js';
import { buildCard } from '../../src/core/card.js';
import { reply } from '../../src/core/reply.js';
import { bold, code, link, list, paragraph, quoteBlock, text } from '../../src/core/reply/blocks.js';
import { renderBlocks } from '../../src/adapters/slack/render-blocks.js';
import { renderText } from '../../src/adapters/terminal/render-text.js';

const HOSTILE = 'Costs *rise* _fast_ `now` > here @everyone @here <@123> <@&456> <#789> <!channel> <!here> [click](https://evil.example) & done';

const hostile = reply({
  kind: 'quotes',
  title: HOSTILE,
  blocks: [
    paragraph(HOSTILE, { paragraphs: [1] }),
    paragraph(`> ${HOSTILE}`),
    quoteBlock({ speaker: '*Ann* <@1>', role: '_role_ @everyone', text: HOSTILE, paragraph: 2 }),
    list([[text(HOSTILE)], [bold(HOSTILE), text(' '), link(HOSTILE, 'https://example.org/a')]]),
    paragraph([code(HOSTILE)]),
  ],
  citations: [{ paragraph: 1, text: HOSTILE }],
  source: '<!channel> News',
});

/** A mention or ping Discord would read: not preceded by its backslash escape. */
const DISCORD_PINGS = [/(?<!\\)<@&?\d+>/, /(?<!\\)<#\d+>/, /(?<!\\)@(everyone|here)/];
/** Discord Markdown that would format: a mark or a masked link not escaped. */
const DISCORD_MARKS = [/(?<!\\)\*rise/, /(?<!\\)_fast/, /(?<![\\`])`now/, /(?<!\\)\[click\]/, /^(?<!\\)> here/m];

describe('hostile article text on Discord', () => {
  const message = renderReply(hostile);
  const [embed] = message.embeds;
  const shown = [embed!.title!, embed!.description!];

  it('escapes Markdown, masked links, quote marks and mention syntax in title and description', () => {
    // Inside a code span nothing is formatting or a mention: only the rest is read for them.
    for (const part of shown.map((s) => s.replace(/(?<!\\)`[^`]*(?<!\\)`/g, ''))) {
      for (const pattern of [...DISCORD_PINGS, ...DISCORD_MARKS]) expect(part, String(pattern)).not.toMatch(pattern);
    }
    expect(embed!.description).toContain('\\*rise\\* \\_fast\\_ \\`now\\` > here \\@everyone \\@here \\<\\@123> \\<\\@&456> \\<#789> \\<!channel>');
    expect(embed!.description).toContain('\n\\> Costs');
  });

  it('keeps its own marks: the block quote, the speaker in bold, the link and the code span', () => {
    expect(embed!.description).toMatch(/^> “Costs/m);
    expect(embed!.description).toContain('— **\\*Ann\\* \\<\\@1>**, \\_role\\_ \\@everyone (¶2)');
    expect(embed!.description).toMatch(/\]\(https:\/\/example\.org\/a\)/);
    expect(embed!.description).toContain(`\`${HOSTILE.replace(/`/g, 'ˋ')}\``);
  });

  it('parses no mentions in anything it sends, the card included', () => {
    expect(message.allowedMentions).toEqual({ parse: [] });
    const card = discordCard({ ...buildCard(buildEngine(parseArticle(`T\n\n${HOSTILE}`))), title: HOSTILE });
    expect(card.allowedMentions).toEqual({ parse: [] });
    for (const pattern of DISCORD_PINGS) expect(JSON.stringify(card.embeds), String(pattern)).not.toMatch(pattern);
  });
});

describe('hostile article text on Slack', () => {
  const message = renderBlocks(hostile);
  const all = JSON.stringify(message);

  it('escapes &, < and > everywhere, so no mention, channel or link can be formed', () => {
    for (const ping of ['<@123>', '<@&456>', '<#789>', '<!channel>', '<!here>', '<https://evil']) expect(all).not.toContain(ping);
    expect(message.blocks.find((b) => b.type === 'header')).toMatchObject({ text: { text: expect.stringContaining('&lt;@123&gt;') } });
    expect(message.text).toContain('&lt;!channel&gt;');
  });

  it('keeps its own link syntax for the reply’s links only', () => {
    expect(all).toContain('<https://example.org/a|Costs');
    expect(all.match(/<https?:/g)).toHaveLength(1);
  });
});

describe('hostile article text in the terminal', () => {
  it('prints the words as they are: a terminal reads no markup', () => {
    const shown = renderText(hostile);
    expect(shown).toContain(HOSTILE);
    expect(shown).toContain('— *Ann* <@1>, _role_ @everyone (¶2)');
  });
});

describe('an article that holds mention syntax, through the real commands', () => {
  const article = parseArticle(
    'Bridge costs rise again\n\nThe council met on Monday to discuss the bridge_fund and its tolls, and @everyone <@123> <!channel> were told.\n\n“We will keep the old bridge open until then, @here,” Mayor Linda Okafor said.',
  );
  const ctx = createContext(buildEngine(article), { commandName: 'bridge' });

  it('pings no one on Discord or Slack, and shows the same words', async () => {
    for (const question of ['summary long', 'what did the mayor say', 'who was told?']) {
      const answer = await answerText(question, ctx);
      const discord = renderReply(answer);
      expect(discord.allowedMentions).toEqual({ parse: [] });
      for (const pattern of DISCORD_PINGS) expect(JSON.stringify(discord.embeds), question).not.toMatch(pattern);
      const slack = JSON.stringify(renderBlocks(answer));
      for (const ping of ['<@123>', '<!channel>', '<!here>']) expect(slack, question).not.toContain(ping);
    }
  });
});
