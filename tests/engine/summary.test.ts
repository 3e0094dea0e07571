import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/parse.js';
import { summarize } from '../../src/engine/summary.js';
import { harbor, library, mars, plant, rates, recall, seed, storm, transit } from '../helpers/articles.js';

const articles = { seed, harbor, mars, library, storm, plant, transit, recall, rates };

describe('summaries', () => {
  for (const [name, load] of Object.entries(articles)) {
    it(`keeps to its length on ${name}: short 2–3 sentences, long at most 6 and 1,000 characters`, () => {
      const a = load();
      const short = summarize(a, 'short').sentences;
      const long = summarize(a, 'long').sentences;
      expect(short.length).toBeGreaterThanOrEqual(2);
      expect(short.length).toBeLessThanOrEqual(3);
      expect(long.length).toBeLessThanOrEqual(6);
      expect(long.length).toBeGreaterThanOrEqual(short.length);
      expect(long.map((s) => s.text).join(' ').length).toBeLessThanOrEqual(1000);
      // Lead-biased and in reading order.
      expect(short[0]!.id).toBe(0);
      expect(short.map((s) => s.id)).toEqual([...short.map((s) => s.id)].sort((x, y) => x - y));
    });
  }

  it('leaves out the sentence pointing at a video, captions and credits', () => {
    const a = seed();
    const text = [...summarize(a, 'short').sentences, ...summarize(a, 'long').sentences].map((s) => s.text).join(' ');
    expect(text).not.toMatch(/video|Image by|Boys Swim|Share this article/);
    expect(summarize(a, 'short').sentences[1]!.text).toMatch(/250,000 people are trapped/);
  });

  it('leaves out a sentence telling the reader to watch a video', () => {
    expect(summarize(storm(), 'long').sentences.map((s) => s.text).join(' ')).not.toMatch(/Watch the video/);
  });

  it('leaves list items out: they are fragments', () => {
    const a = transit();
    const ids = summarize(a, 'long').sentences.map((s) => s.paragraph);
    expect(ids.some((p) => a.paragraphs[p - 1]!.listItem)).toBe(false);
  });

  it('leaves out quotations, even sentences in the middle of one', () => {
    const a = harbor();
    const text = summarize(a, 'long').sentences.map((s) => s.text).join(' ');
    expect(text).not.toMatch(/numbers do not add up|Every plan they bring us|historic day/);
  });

  it('uses the editor’s summary when the article has one', () => {
    const a = parseArticle('---\ntitle: T\nsummary: The editor says this.\n---\nFirst paragraph here with words.\n\nSecond one.');
    expect(summarize(a, 'short')).toEqual({ sentences: [], editorial: 'The editor says this.' });
  });
});
