/**
 * Extractive summary for any news article. News puts the most important facts first, so the
 * score leans on position, then on how central a sentence's words are to the whole article and
 * how much it shares with the headline. Sentences that point at media, stand mostly inside
 * quotation marks, are fragments, or lean on a sentence we did not pick are left out; near
 * duplicates are skipped. An editor's summary in the metadata wins over all of this.
 */
import type { Article, Sentence } from './article.js';
import { LEANS_BACK } from './lexicon.js';
import { pointsAtMedia } from './media.js';
import { quotedSentences } from './quoted-sentences.js';
import { terms } from './terms.js';

export type SummaryLength = 'short' | 'long';

export interface SummaryResult {
  /** Chosen sentences in reading order (empty when `editorial` is used). */
  sentences: Sentence[];
  /** The editor's own summary from the article's metadata, when present. */
  editorial?: string;
}

/** Limits per length: sentences at most, characters at most (the short one takes 2–3 sentences). */
export const SUMMARY_LIMITS = {
  short: { sentences: 3, chars: 450 },
  long: { sentences: 6, chars: 1000 },
} as const;


function eligible(article: Article, s: Sentence, quoted: ReadonlyMap<number, number>): boolean {
  const words = s.text.split(/\s+/).length;
  // Quotations belong to /quote, and list items are fragments; a summary reports in the article's own voice.
  return words >= 6 && words <= 70 && !pointsAtMedia(s.text) && !quoted.has(s.id) && !article.paragraphs[s.paragraph - 1]!.listItem;
}

export function summarize(article: Article, length: SummaryLength): SummaryResult {
  if (article.meta.summary) return { sentences: [], editorial: article.meta.summary };
  const limits = SUMMARY_LIMITS[length];

  const frequency = new Map<string, number>();
  for (const s of article.sentences) for (const t of new Set(terms(s.text))) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const headline = new Set(terms(article.meta.title));
  const sentenceTerms = article.sentences.map((s) => new Set(terms(s.text)));

  const centrality = sentenceTerms.map((ts) => {
    let sum = 0;
    for (const t of ts) sum += (frequency.get(t) ?? 1) - 1; // words used elsewhere in the article
    return sum / Math.sqrt(Math.max(1, ts.size));
  });
  const maxCentrality = Math.max(1e-9, ...centrality);

  const quoted = quotedSentences(article);
  const scored = article.sentences.filter((s) => eligible(article, s, quoted)).map((s) => {
    const ts = sentenceTerms[s.id]!;
    // The lead paragraph carries the story (inverted pyramid); weight fades paragraph by paragraph.
    const firstInParagraph = article.paragraphs[s.paragraph - 1]!.sentences[0]?.id === s.id;
    const position = Math.exp(-0.25 * (s.paragraph - 1)) + (firstInParagraph ? 0.05 : 0) + (s.id === 0 ? 0.2 : 0);
    const overlap = headline.size ? [...headline].filter((t) => ts.has(t)).length / headline.size : 0;
    return { s, score: 0.7 * position + 0.2 * (centrality[s.id]! / maxCentrality) + 0.1 * overlap };
  });
  scored.sort((a, b) => b.score - a.score || a.s.id - b.s.id);

  const chosen: Sentence[] = [];
  let chars = 0;
  for (const { s } of scored) {
    if (chosen.length >= limits.sentences) break;
    if (chars + s.text.length + 1 > limits.chars) continue;
    // A sentence that leans on the one before it reads wrongly without it.
    if (LEANS_BACK.test(s.text) && !chosen.some((c) => c.id === s.id - 1)) continue;
    const ts = sentenceTerms[s.id]!;
    const redundant = chosen.some((c) => {
      const other = sentenceTerms[c.id]!;
      const shared = [...ts].filter((t) => other.has(t)).length;
      return shared / Math.max(1, Math.min(ts.size, other.size)) > 0.6;
    });
    if (redundant) continue;
    chosen.push(s);
    chars += s.text.length + 1;
    // Two sentences are a short summary when they are already long.
    if (length === 'short' && chosen.length === 2 && chars > 300) break;
  }
  return { sentences: chosen.sort((a, b) => a.id - b.id) };
}
