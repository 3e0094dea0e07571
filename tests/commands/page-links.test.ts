import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/core/context.js';
import { answerText } from '../../src/core/invocation.js';
import { renderText } from '../../src/adapters/terminal/render-text.js';
import { engineFor, mars, seed } from '../helpers/articles.js';

const PUBLIC = 'https://bot.example.org';

describe('links to the bot’s own article page (PUBLIC_URL)', () => {
  it('makes PUBLIC_URL/<command> the share link when no canonical url is known', async () => {
    const ctx = createContext(engineFor(seed()), { publicUrl: PUBLIC });
    const r = await answerText('share', ctx);
    expect(r.url).toBe('https://bot.example.org/aleppo');
    const renamed = createContext(engineFor(seed()), { publicUrl: PUBLIC, commandName: 'news' });
    expect((await answerText('/news share', renamed)).url).toBe('https://bot.example.org/news');
  });

  it('keeps ARTICLE_URL, then the article’s own url, ahead of the page', async () => {
    const configured = createContext(engineFor(seed()), { publicUrl: PUBLIC, articleUrl: 'https://example.org/a' });
    expect((await answerText('share', configured)).url).toBe('https://example.org/a');
    const own = createContext(engineFor(mars()), { publicUrl: PUBLIC });
    expect((await answerText('share', own)).url).toBe('https://news.example.org/science/rover-organics');
  });

  it('links each citation to its paragraph anchor, even when a canonical url exists', async () => {
    const ctx = createContext(engineFor(seed()), { publicUrl: PUBLIC, articleUrl: 'https://example.org/a' });
    const quotes = await answerText('/aleppo quote', ctx);
    expect(quotes.citations.map((c) => c.url)).toEqual([5, 8, 10].map((n) => `${PUBLIC}/aleppo#p${n}`));
    const answer = await answerText('/aleppo ask how many people are trapped', ctx);
    expect(answer.citations).toEqual([{ paragraph: 1, text: expect.stringContaining('250,000'), url: `${PUBLIC}/aleppo#p1` }]);
    const summary = await answerText('summary', ctx);
    for (const c of summary.citations) expect(c.url).toBe(`${PUBLIC}/aleppo#p${c.paragraph}`);
    expect(renderText(answer)).toContain(`Read it on the page: ${PUBLIC}/aleppo#p1`);
  });

  it('adds no url and changes no terminal text without PUBLIC_URL', async () => {
    const ctx = createContext(engineFor(seed()), {});
    for (const text of ['/aleppo quote', 'summary', '/aleppo ask how many people are trapped']) {
      const r = await answerText(text, ctx);
      for (const c of r.citations) expect(Object.keys(c)).toEqual(['paragraph', 'text']);
      expect(renderText(r)).not.toContain('Read it on the page');
    }
    expect(ctx.paragraphUrl).toBeUndefined();
  });
});
