/** The article's quotes and reported statements as reply items, with their speaker's name and role. */
import type { Article, Quote, ReportedStatement } from '../../engine/article.js';
import type { QuoteRef } from './blocks.js';

/** A direct quote; a quote the article attributes to no one is "Unattributed". */
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
