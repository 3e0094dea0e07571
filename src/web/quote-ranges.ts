/**
 * Where each quotation sits inside a paragraph's text, so the page can highlight exactly the
 * quoted words. A quote spanning paragraphs has its pieces joined with a space; each paragraph
 * holds a prefix, a middle or a suffix of it.
 */
import type { Paragraph, Quote } from '../engine/article.js';

export interface QuoteRange {
  quote: Quote;
  start: number;
  end: number;
}

/** Shortest piece worth highlighting when only part of a quote is found. */
const MIN_PIECE = 12;

const OPENING = /^[\s“”"‘’']+/;
const CLOSING = /[\s“”"‘’']+$/;

function locate(text: string, quoteText: string): [number, number] | undefined {
  const whole = text.indexOf(quoteText);
  if (whole >= 0) return [whole, whole + quoteText.length];
  // A middle paragraph of a long quote: the paragraph (without its quotation marks) is inside the quote.
  const lead = OPENING.exec(text)?.[0].length ?? 0;
  const core = text.slice(lead).replace(CLOSING, '');
  if (core.length >= MIN_PIECE && quoteText.includes(core)) return [lead, lead + core.length];
  // First paragraph: the longest prefix of the quote found here; last paragraph: the longest suffix.
  const prefix = longest(quoteText.length, (n) => text.includes(quoteText.slice(0, n)));
  const suffix = longest(quoteText.length, (n) => text.includes(quoteText.slice(quoteText.length - n)));
  if (Math.max(prefix, suffix) < MIN_PIECE) return undefined;
  const piece = prefix >= suffix ? quoteText.slice(0, prefix) : quoteText.slice(quoteText.length - suffix);
  const at = text.indexOf(piece);
  return [at, at + piece.length];
}

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

/** The quotes' ranges in this paragraph, in reading order, never overlapping. */
export function quoteRanges(paragraph: Paragraph, quotes: readonly Quote[]): QuoteRange[] {
  const found: QuoteRange[] = [];
  for (const quote of quotes) {
    if (!quote.paragraphs.includes(paragraph.number)) continue;
    const range = locate(paragraph.text, quote.text);
    if (range) found.push({ quote, start: range[0], end: range[1] });
  }
  found.sort((a, b) => a.start - b.start);
  return found.filter((r, i) => i === 0 || r.start >= found[i - 1]!.end);
}
