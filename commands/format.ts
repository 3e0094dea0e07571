/** Small pieces the command modules share, so every reply cites the same way. */
import type { Quote, ReportedStatement, Sentence } from '../src/engine/article.js';
import type { Article } from '../src/engine/article.js';
import type { Citation, QuoteRef } from '../src/reply.js';

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

export function quoteRef(article: Article, quote: Quote): QuoteRef {
  const speaker = quote.speaker === undefined ? undefined : article.speakers[quote.speaker];
  return {
    speaker: speaker?.name ?? 'Unattributed',
    ...(speaker?.role ? { role: speaker.role } : {}),
    text: quote.text,
    paragraph: quote.paragraph,
  };
}

/** A reported statement as a reply item: the article's sentence, marked as reported. */
export function reportedRef(article: Article, statement: ReportedStatement): QuoteRef {
  const speaker = article.speakers[statement.speaker]!;
  return {
    speaker: speaker.name,
    ...(speaker.role ? { role: speaker.role } : {}),
    text: statement.text,
    paragraph: statement.paragraph,
    reported: true,
  };
}
