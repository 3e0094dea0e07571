/**
 * Where each quotation sits in the paragraphs' text, so the page can highlight exactly the quoted
 * words. The engine gives a quote's words without the text around them: a quote spanning
 * paragraphs has its parts joined with a space, and one cut by its attribution (“We are not
 * done,” Holm said, “and we will be back.”) with a space or ", ". So the quote's text is walked
 * through its paragraphs in order, each piece being the longest stretch of what is left that the
 * paragraph holds after the previous piece.
 */
import type { Article, Quote } from '../engine/article.js';

export interface QuoteRange {
  quote: Quote;
  start: number;
  end: number;
}

/** Shortest piece worth highlighting, unless it is the whole rest of the quote. */
const MIN_PIECE = 8;

/** Largest n in [0, max] with fits(n), for a property that holds for every n below one that fits. */
function longest(max: number, fits: (n: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function rangesOf(article: Article, quote: Quote): Map<number, QuoteRange[]> {
  const found = new Map<number, QuoteRange[]>();
  let rest = quote.text.trim();
  for (const number of quote.paragraphs) {
    const text = article.paragraphs[number - 1]?.text ?? '';
    let cursor = 0;
    while (rest) {
      const n = longest(rest.length, (k) => text.indexOf(rest.slice(0, k), cursor) >= 0);
      if (n === 0 || (n < MIN_PIECE && n < rest.length)) break;
      const start = text.indexOf(rest.slice(0, n), cursor);
      const list = found.get(number) ?? [];
      list.push({ quote, start, end: start + n });
      found.set(number, list);
      cursor = start + n;
      // What joined this piece to the next (a space, or ", ") is not in the paragraph.
      rest = rest.slice(n).replace(/^[\s,]+/, '');
    }
  }
  return found;
}

/** Every paragraph's quote ranges, in reading order and never overlapping; paragraphs without quotes are absent. */
export function quoteRanges(article: Article): Map<number, QuoteRange[]> {
  const byParagraph = new Map<number, QuoteRange[]>();
  for (const quote of article.quotes) {
    for (const [number, ranges] of rangesOf(article, quote)) byParagraph.set(number, [...(byParagraph.get(number) ?? []), ...ranges]);
  }
  for (const [number, ranges] of byParagraph) {
    ranges.sort((a, b) => a.start - b.start);
    byParagraph.set(number, ranges.filter((r, i) => i === 0 || r.start >= ranges[i - 1]!.end));
  }
  return byParagraph;
}
