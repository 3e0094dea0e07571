/** Small pieces the command modules share, so every reply cites the same way. */
import type { Sentence } from '../src/engine/article.js';
import type { Citation } from '../src/core/reply.js';

/** A citation, linked to its paragraph on the article page when `paragraphUrl` is given. */
export function citation(paragraph: number, text: string, paragraphUrl?: (paragraph: number) => string): Citation {
  return paragraphUrl ? { paragraph, text, url: paragraphUrl(paragraph) } : { paragraph, text };
}

/**
 * Groups sentences by paragraph, keeping reading order: one citation per paragraph, linked to
 * the paragraph's anchor on the article page when `paragraphUrl` is given (`ctx.paragraphUrl`).
 */
export function citationsFor(sentences: readonly Sentence[], paragraphUrl?: (paragraph: number) => string): Citation[] {
  const byParagraph = new Map<number, string[]>();
  for (const s of [...sentences].sort((a, b) => a.id - b.id)) {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(s.text);
    byParagraph.set(s.paragraph, list);
  }
  return [...byParagraph].map(([paragraph, texts]) => citation(paragraph, texts.join(' '), paragraphUrl));
}
