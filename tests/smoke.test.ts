import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../src/engine/parse.js';

describe('content', () => {
  it('reads the shipped article with its title and source', () => {
    const article = parseArticle(readFileSync('content/aleppo.md', 'utf8'));
    expect(article.meta.title).toBe('Syrian Ceasefire Breaks Down At Aleppo');
    expect(article.meta.source).toBe('Inquisitr');
    expect(article.paragraphs.length).toBe(11);
  });
});
