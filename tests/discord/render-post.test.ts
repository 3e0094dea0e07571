import { describe, expect, it } from 'vitest';
import { embedLength, LIMITS } from '../../src/adapters/discord/limits.js';
import { confirmId, parseConfirmId, renderCard, renderPostResult, renderPreview } from '../../src/adapters/discord/render-post.js';
import { postPreview, type ArticleCard } from '../../src/core/card.js';
import { reply } from '../../src/core/reply.js';

function card(quotes: number, quoteLength = 50): ArticleCard {
  return {
    ...reply({
      kind: 'post',
      title: 'Syrian Ceasefire Breaks Down At Aleppo',
      text: 'unused',
      quotes: Array.from({ length: quotes }, (_, i) => ({ speaker: `Speaker ${i}`, role: 'official', text: `${'Word '.repeat(quoteLength / 5).trim()}.`, paragraph: i + 1 })),
      source: 'Inquisitr',
      url: 'https://example.org/aleppo',
    }),
    kind: 'post',
    summary: 'The ceasefire is breaking down. Aid waits at the road.',
    marker: 'article:0123456789ab',
    contentHash: '0123456789ab'.padEnd(64, '0'),
  };
}

describe('rendering the article card', () => {
  it('puts each quote in a field with the speaker, and the marker in the footer', () => {
    const [embed] = renderCard(card(3)).embeds;
    expect(embed!.fields!.map((f) => f.name)).toEqual(['Speaker 0, official', 'Speaker 1, official', 'Speaker 2, official']);
    expect(embed!.fields![0]!.value).toMatch(/^> “Word .*” \(¶1\)$/);
    expect(embed!.footer!.text).toBe('Source: Inquisitr · article:0123456789ab');
  });

  it('stays within 25 fields and 6,000 characters however many and long the quotes, keeping the marker', () => {
    const [embed] = renderCard(card(40, 1500)).embeds;
    expect(embed!.fields!.length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of embed!.fields!) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(embedLength(embed!)).toBeLessThanOrEqual(LIMITS.total);
    expect(embed!.footer!.text).toContain('article:0123456789ab');
  });

  it('carries the channel and force in Confirm, within the 100-character custom id', () => {
    const id = confirmId('123456789012345678', true);
    expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
    expect(parseConfirmId(id)).toEqual({ channel: '123456789012345678', force: true });
    expect(parseConfirmId('post:confirm:abc:1')).toBeUndefined();
  });

  it('previews with the prompt, Confirm, Cancel and the article link, pinging no one', () => {
    const target = { platform: 'discord' as const, workspace: '1', channel: '123456789012345678', label: '#news' };
    const preview = renderPreview(postPreview(card(1), target, false));
    expect(preview.content).toBe('Post this to #news?');
    expect(preview.components[0]!.components.map((b) => ('label' in b ? b.label : undefined))).toEqual(['Confirm', 'Cancel', 'Read the article']);
    expect(preview.allowedMentions).toEqual({ parse: [] });
  });

  it('reports the outcome with a link to the post when there is one', () => {
    const ok = renderPostResult({ status: 'posted', label: '#news', messageId: '1', permalink: 'https://discord.com/channels/1/2/3' });
    expect(ok.embeds[0]!.description).toBe('Posted in #news.');
    expect(ok.components[0]!.components[0]).toMatchObject({ label: 'Open the post', url: 'https://discord.com/channels/1/2/3' });
    const failed = renderPostResult({ status: 'failed', label: '#news', reason: 'I need Send Messages in #news.' });
    expect(failed.embeds[0]!.description).toBe('Not posted in #news: I need Send Messages in #news.');
    expect(failed.components).toEqual([]);
  });
});
