/**
 * Which sentences belong to a direct quotation, and to whose. A quote may cover part of a
 * sentence, a whole one, or run over several sentences and paragraphs (the middle sentences then
 * carry no quotation mark of their own), so membership is decided by shared text.
 */
import type { Article } from './article.js';

const MARKS = /[“”"]/g;
const PROBE = 30;

function core(text: string): string {
  return text.replace(MARKS, '').replace(/\s+/g, ' ').trim();
}

// Worked out once per article (engine, search and summary all ask); articles never change.
const known = new WeakMap<Article, ReadonlyMap<number, number>>();

/** Sentence id → index of the quote it belongs to. */
export function quotedSentences(article: Article): ReadonlyMap<number, number> {
  let map = known.get(article);
  if (!map) known.set(article, (map = build(article)));
  return map;
}

function build(article: Article): Map<number, number> {
  const out = new Map<number, number>();
  for (const quote of article.quotes) {
    const words = core(quote.text);
    // The quote's opening, up to its first pause: a quote cut by its attribution ("…,” she said.
    // “…”) is one quote, and its first sentence holds only its first part.
    const head = words.slice(0, PROBE).split(/[.,;:!?…](?=\s)/)[0]!;
    for (const p of quote.paragraphs) {
      for (const s of article.paragraphs[p - 1]!.sentences) {
        const text = core(s.text);
        if ((head.length >= 12 ? text.includes(head) : text.startsWith(head)) || words.includes(text.slice(0, Math.min(PROBE, text.length)))) out.set(s.id, quote.id);
      }
    }
  }
  return out;
}
