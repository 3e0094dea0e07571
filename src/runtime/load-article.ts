/** Reads the article file named by configuration; errors say which file and what is wrong. */
import { readFile } from 'node:fs/promises';
import type { Article } from '../engine/article.js';
import { ArticleError, parseArticle } from '../engine/parse.js';
import { OperatorError } from '../core/errors.js';

/** The configured article cannot be used; the message names the file and ARTICLE_PATH. */
export class ArticleFileError extends OperatorError {}

export async function loadArticle(path: string): Promise<Article> {
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
    return parseArticle(text);
  } catch (error) {
    if (error instanceof ArticleError) throw new ArticleFileError(`The article ${path}: ${error.message}`);
    throw error;
  }
}
