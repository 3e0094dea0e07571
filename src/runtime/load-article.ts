/** Reads the article file named by configuration; errors say which file and what is wrong. */
import { readFile } from 'node:fs/promises';
import type { Article } from '../engine/article.js';
import { OperatorError } from '../core/errors.js';
import { analysisEntry, type AnalysisCache } from './analysis-cache.js';

/** The configured article cannot be used; the message names the file and ARTICLE_PATH. */
export class ArticleFileError extends OperatorError {}

/** The article at `path`, analysed; with `cache`, the analysis of an earlier run is reused when still valid. */
export async function loadArticle(path: string, cache?: AnalysisCache): Promise<Article> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : 'it cannot be read';
    throw new ArticleFileError(`Cannot read the article ${path}: ${why}. Set ARTICLE_PATH or --article to an article file.`);
  }
  if (!text.trim()) throw new ArticleFileError(`The article ${path} is empty. Set ARTICLE_PATH or --article to an article file.`);
  const entry = cache && analysisEntry(text, cache);
  if (entry?.article) return entry.article;
  // The parser (with the quote attributor, the engine's largest module: ~35 ms to load) is
  // loaded only when the article must be parsed: not for a start that finds its analysis cached.
  const { ArticleError, parseArticle } = await import('../engine/parse.js');
  try {
    const article = parseArticle(text);
    entry?.keep(article);
    return article;
  } catch (error) {
    if (error instanceof ArticleError) throw new ArticleFileError(`The article ${path}: ${error.message}`);
    throw error;
  }
}
