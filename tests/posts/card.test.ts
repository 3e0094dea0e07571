import { describe, expect, it } from 'vitest';
import { buildCard as build, CARD_QUOTES, isPostPreview, markerFor, pickQuotes, type PostPreviewReply } from '../../src/core/card.js';
import type { Quote } from '../../src/engine/article.js';
import { reply } from '../../src/core/reply.js';
import { createEngine } from '../../src/engine/engine.js';
import { aleppoEngine } from './article.js';
import { asMarkdown } from '../helpers/shown.js';

/** The card with its body as Discord's generic renderer would show it, Markdown and all. */
const buildCard = (...args: Parameters<typeof build>) => asMarkdown(build(...args));

const q = (id: number, speaker?: number): Quote => ({ id, text: `q${id}`, paragraph: id + 1, paragraphs: [id + 1], ...(speaker === undefined ? {} : { speaker }) });

describe('article card', () => {
  it('carries title, summary, at most three attributed quotes, source and the version marker', () => {
    // Quotes set by hand, so this holds whatever the quote extractor finds.
    const base = aleppoEngine().article;
    const speakers = [0, 1, 2, 3].map((i) => ({ name: `Speaker ${i}`, role: 'official', aliases: [] }));
    const engine = createEngine({ ...base, speakers, quotes: [q(0, 0), q(1, 1), q(2), q(3, 2), q(4, 3)] });
    const card = buildCard(engine, 'https://example.org/aleppo');
    expect(card.kind).toBe('post');
    expect(card.title).toBe('Syrian Ceasefire Breaks Down At Aleppo');
    expect(card.summary.length).toBeGreaterThan(0);
    expect(card.text.startsWith(card.summary)).toBe(true);
    expect(card.quotes.map((x) => x.speaker)).toEqual(['Speaker 0', 'Speaker 1', 'Speaker 2']);
    expect(card.quotes).toHaveLength(CARD_QUOTES);
    expect(card.text).toContain('> “q1”');
    expect(card.url).toBe('https://example.org/aleppo');
    expect(card.text).toContain('(https://example.org/aleppo)');
    expect(card.source).toBe('Inquisitr');
    expect(card.marker).toBe(`article:${engine.article.contentHash.slice(0, 12)}`);
  });

  it('has no link when none is configured, rather than inventing one', () => {
    const card = buildCard(aleppoEngine());
    expect(card.url).toBeUndefined();
    expect(card.text).not.toContain('](');
  });

  it('marks a version with the first 12 hex of its content hash', () => {
    expect(markerFor('0123456789abcdef'.repeat(4))).toBe('article:0123456789ab');
  });

  it('picks one quote per speaker first, then fills in reading order', () => {
    const quotes = [q(0, 0), q(1, 0), q(2), q(3, 1), q(4, 0), q(5, 2)];
    expect(pickQuotes(quotes).map((x) => x.id)).toEqual([0, 3, 5]);
    expect(pickQuotes([q(0, 0), q(1, 0), q(2, 0), q(3, 0)]).map((x) => x.id)).toEqual([0, 1, 2]);
    expect(pickQuotes([q(0)])).toEqual([]);
  });

  it('tells a confirmable preview from an ordinary reply', () => {
    const card = buildCard(aleppoEngine());
    const target = { platform: 'slack' as const, workspace: 'T1', channel: 'C1', label: '#news' };
    const preview: PostPreviewReply = { ...card, post: { target, force: false, prompt: 'Post this to #news?' } };
    expect(isPostPreview(preview)).toBe(true);
    expect(isPostPreview(card)).toBe(false);
    expect(isPostPreview(reply({ kind: 'help', title: 'x', text: 'y' }))).toBe(false);
  });
});
