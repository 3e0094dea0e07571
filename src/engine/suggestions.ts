import type { Article } from './article.js';
export function suggestQuestions(_article: Article): string[] {
  return [];
}
