import type { Article, Sentence } from './article.js';
export type SummaryLength = 'short' | 'long';
export interface SummaryResult {
  /** Chosen sentences in reading order (empty when `editorial` is used). */
  sentences: Sentence[];
  /** The editor's own summary from the article's metadata, when present. */
  editorial?: string;
}
export function summarize(article: Article, length: SummaryLength): SummaryResult {
  if (article.meta.summary) return { sentences: [], editorial: article.meta.summary };
  return { sentences: article.sentences.slice(0, length === 'long' ? 6 : 2) };
}
