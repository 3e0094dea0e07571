/** The engine as every entry point runs it: the article, with the related-words table loaded. */
import type { Article } from '../engine/article.js';
import { createEngine, type ArticleEngine } from '../engine/engine.js';
import { loadRelatedWords } from '../lexicon/load.js';

export function buildEngine(article: Article): ArticleEngine {
  return createEngine(article, { related: loadRelatedWords() });
}
