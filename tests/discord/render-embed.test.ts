import { describe, expect, it } from 'vitest';
import { ButtonStyle, type APIEmbed } from 'discord.js';
import { cutAtSentence } from '../../src/adapters/discord/cut.js';
import { embedLength, fitContent, fitEmbed, LIMITS } from '../../src/adapters/discord/limits.js';
import { footerText, renderNotice, renderReply, renderShared, SHARE_BUTTON_ID } from '../../src/adapters/discord/render-embed.js';
import { reply } from '../../src/core/reply.js';
import { quoteBlock } from '../../src/core/reply/blocks.js';
import { addressed } from '../../src/core/reply/visibility.js';

/** Sentences of exactly 10 characters ("Aaaa bbbb." is 10), joined by spaces. */
function sentences(totalLength: number): string {
  const s = 'Aaaa bbbb.';
  let text = s;
  while (text.length + 1 + s.length <= totalLength) text += ` ${s}`;
  return text.padEnd(totalLength, 'x');
}

describe('cutting text at a sentence', () => {
  it('keeps text exactly at the limit', () => {
    const text = 'a'.repeat(100);
    expect(cutAtSentence(text, 100)).toBe(text);
  });

  it('cuts one character over the limit at the last whole sentence, with an ellipsis', () => {
    const text = 'First sentence here. Second one is longer and goes on.';
    const cut = cutAtSentence(text, text.length - 1);
    expect(cut).toBe('First sentence here. …');
    expect(cut.length).toBeLessThanOrEqual(text.length - 1);
  });

  it('keeps a sentence that ends exactly where the room ends', () => {
    // room = max - 2 for " …"; the sentence "One two." is 8 characters.
    expect(cutAtSentence('One two. Three four five.', 10)).toBe('One two. …');
  });

  it('falls back to whole words when no sentence fits, and never splits a surrogate pair', () => {
    expect(cutAtSentence('alpha beta gamma delta', 12)).toBe('alpha beta…');
    const emoji = '😀'.repeat(10);
    const cut = cutAtSentence(emoji, 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut).toBe('😀😀…');
  });

  it('treats closing quotes after the full stop as part of the sentence', () => {
    expect(cutAtSentence('He said “we wait.” Then more words follow here.', 25)).toBe('He said “we wait.” …');
  });
});

describe('fitting an embed within Discord limits', () => {
  const edges: [string, (n: number) => APIEmbed, (e: APIEmbed) => string, number][] = [
    ['title', (n) => ({ title: sentences(n) }), (e) => e.title!, LIMITS.title],
    ['description', (n) => ({ description: sentences(n) }), (e) => e.description!, LIMITS.description],
    ['footer', (n) => ({ footer: { text: sentences(n) } }), (e) => e.footer!.text, LIMITS.footer],
    ['author', (n) => ({ author: { name: sentences(n) } }), (e) => e.author!.name, LIMITS.author],
    ['field name', (n) => ({ fields: [{ name: sentences(n), value: 'v' }] }), (e) => e.fields![0]!.name, LIMITS.fieldName],
    ['field value', (n) => ({ fields: [{ name: 'n', value: sentences(n) }] }), (e) => e.fields![0]!.value, LIMITS.fieldValue],
  ];
  for (const [part, make, read, limit] of edges) {
    it(`keeps a ${part} of exactly ${limit} characters and cuts ${limit + 1} with "…"`, () => {
      const at = make(limit);
      expect(read(fitEmbed(at))).toBe(read(at));
      const over = read(fitEmbed(make(limit + 1)));
      expect(over.length).toBeLessThanOrEqual(limit);
      expect(over.endsWith('…')).toBe(true);
      expect(over).toMatch(/\. …$/);
    });
  }

  it('keeps 25 fields and drops the 26th', () => {
    const field = { name: 'n', value: 'v' };
    expect(fitEmbed({ fields: Array(25).fill(field) }).fields).toHaveLength(25);
    expect(fitEmbed({ fields: Array(26).fill(field) }).fields).toHaveLength(25);
  });

  it('keeps an embed of exactly 6,000 characters and shortens the description of one with 6,001', () => {
    const fields = Array.from({ length: 2 }, () => ({ name: 'n'.repeat(100), value: sentences(900) })); // 2,000
    const at: APIEmbed = { title: 'T'.repeat(200), description: sentences(3800), fields }; // 6,000
    expect(embedLength(at)).toBe(LIMITS.total);
    expect(fitEmbed(at)).toEqual(at);
    const over = fitEmbed({ ...at, title: 'T'.repeat(201) });
    expect(embedLength(over)).toBeLessThanOrEqual(LIMITS.total);
    expect(over.description!.endsWith('…')).toBe(true);
    expect(over.fields).toHaveLength(2);
  });

  it('drops trailing fields when the description alone cannot make room', () => {
    const fields = Array.from({ length: 8 }, () => ({ name: 'n', value: sentences(1000) }));
    const fitted = fitEmbed({ title: 'T', description: 'Short.', fields });
    expect(embedLength(fitted)).toBeLessThanOrEqual(LIMITS.total);
    expect(fitted.fields!.length).toBeLessThan(8);
  });

  it('keeps content of exactly 2,000 characters and cuts 2,001', () => {
    expect(fitContent(sentences(2000))).toHaveLength(2000);
    expect(fitContent(sentences(2001)).length).toBeLessThanOrEqual(2000);
  });
});

describe('rendering a reply as an embed', () => {
  const quotes = reply({
    kind: 'quotes',
    title: 'What Jan Egeland said',
    blocks: [quoteBlock({ speaker: 'Jan Egeland', role: 'UN humanitarian adviser', text: 'The reason we’re not in eastern Aleppo…', paragraph: 10 })],
    quotes: [{ speaker: 'Jan Egeland', role: 'UN humanitarian adviser', text: 'The reason…', paragraph: 10 }],
    citations: [{ paragraph: 10, text: 'The reason…' }],
    source: 'Inquisitr',
  });

  it('shows quotes as block quotes with the speaker and cites paragraph and source in the footer', () => {
    const [embed] = renderReply(quotes).embeds;
    expect(embed!.title).toBe('What Jan Egeland said');
    expect(embed!.description).toMatch(/^> “/);
    expect(embed!.description).toContain('**Jan Egeland**');
    expect(embed!.footer?.text).toBe('Paragraph 10 · Source: Inquisitr');
  });

  it('lists several cited paragraphs once each, in order', () => {
    const r = reply({ kind: 'answer', title: 't', text: 'x', citations: [5, 2, 5].map((paragraph) => ({ paragraph, text: 'x' })) });
    expect(footerText(r)).toBe('Paragraphs 2, 5');
  });

  it('makes the share link the embed URL and a link button, and adds Share only when asked', () => {
    const r = reply({ kind: 'share', title: 'Syrian Ceasefire', text: 'link', url: 'https://example.org/aleppo' });
    const privately = renderReply(addressed(r, 'private', 'share'));
    expect(privately.embeds[0]!.url).toBe('https://example.org/aleppo');
    const buttons = privately.components[0]!.components;
    expect(buttons.map((b) => b.style)).toEqual([ButtonStyle.Link, ButtonStyle.Secondary]);
    expect(buttons[1]).toMatchObject({ custom_id: SHARE_BUTTON_ID, label: 'Share to channel' });
    expect(renderReply(r).components[0]!.components).toHaveLength(1);
    expect(renderReply(reply({ kind: 'help', title: 'h', text: 'x' })).components).toEqual([]);
  });

  it('never lets a reply ping anyone', () => {
    const r = reply({ kind: 'answer', title: '@everyone', text: '@here <@123> <@&456>' });
    expect(renderReply(r).allowedMentions).toEqual({ parse: [] });
    expect(renderShared(renderReply(r).embeds, [], '789').allowedMentions).toEqual({ parse: [] });
  });

  it('cuts a very long answer at a sentence within 4,096 characters', () => {
    const r = reply({ kind: 'answer', title: 'Long', text: sentences(9000) });
    const description = renderReply(r).embeds[0]!.description!;
    expect(description.length).toBeLessThanOrEqual(LIMITS.description);
    expect(description).toMatch(/\. …$/);
  });

  it('names who shared a public copy and keeps only link buttons', () => {
    const shared = renderShared([{ title: 't' }], [
      { type: 2, style: ButtonStyle.Link, label: 'Read the article', url: 'https://example.org' },
      { type: 2, style: ButtonStyle.Secondary, label: 'Share to channel', custom_id: SHARE_BUTTON_ID },
    ], '444');
    expect(shared.content).toBe('Shared by <@444>');
    expect(shared.components[0]!.components).toHaveLength(1);
  });

  it('keeps a title of 256 characters and cuts one of 257', () => {
    const title = (n: number) => renderReply(reply({ kind: 'answer', title: sentences(n), text: 'x' })).embeds[0]!.title!;
    expect(title(LIMITS.title)).toBe(sentences(LIMITS.title));
    expect(title(LIMITS.title + 1).length).toBeLessThanOrEqual(LIMITS.title);
  });

  it('keeps a description of 4,096 characters, and cuts one that escaping makes longer', () => {
    expect(renderReply(reply({ kind: 'answer', title: 't', text: sentences(LIMITS.description) })).embeds[0]!.description).toBe(sentences(LIMITS.description));
    const escaped = renderReply(reply({ kind: 'answer', title: 't', text: 'a_b '.repeat(1000) })).embeds[0]!;
    expect(escaped.description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(embedLength(escaped)).toBeLessThanOrEqual(LIMITS.total);
  });

  it('shares at most 10 embeds, and says a notice in at most 2,000 characters', () => {
    expect(renderShared(Array.from({ length: 11 }, () => ({ title: 't' })), [], '1').embeds).toHaveLength(10);
    expect(renderNotice(sentences(LIMITS.content)).content).toBe(sentences(LIMITS.content));
    expect(renderNotice(sentences(LIMITS.content + 1)).content!.length).toBeLessThanOrEqual(LIMITS.content);
  });

  it('is ephemeral when the reply is private, and not when it is for the channel', () => {
    const r = reply({ kind: 'answer', title: 't', text: 'x' });
    expect(renderReply(r).flags).toBe(64);
    expect(renderReply({ ...r, visibility: 'channel' }).flags).toBeUndefined();
  });
});
