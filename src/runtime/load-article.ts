/** Reads the article file named by configuration; errors say which file and what is wrong. */
import { readFile } from 'node:fs/promises';
import type { Article } from '../engine/article.js';
import { ArticleError, parseArticle } from '../engine/parse.js';
import { OperatorError } from '../core/errors.js';
import { cachedAnalysis, type AnalysisCache } from './analysis-cache.js';

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
  try {
    return cache ? cachedAnalysis(text, cache, parseArticle) : parseArticle(text);
  } catch (error) {
    if (error instanceof ArticleError) throw new ArticleFileError(`The article ${path}: ${error.message}`);
    throw error;
  }
}
