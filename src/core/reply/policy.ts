/**
 * Which reply shows what, decided once for every surface: the citation line, the Share button,
 * the label of a reply's link.
 */
import type { ReplyKind } from '../reply.js';
import { LABELS } from './wording.js';

/** Kinds whose citations are the reply's source, shown as "Paragraphs 3, 5" beside the source credit. */
const CITED = new Set<ReplyKind>(['summary', 'quotes', 'answer']);

/** Kinds whose `url` is the article's; any other (an earlier post, say) is just a link. */
const ARTICLE_LINK = new Set<ReplyKind>(['summary', 'quotes', 'answer', 'share', 'help', 'post']);

/**
 * Replies worth a "Share to channel" button when answered privately: answers from the article.
 * An error or help is for the person who asked. Every platform offers the button for these.
 */
export function isShareable(reply: { kind: ReplyKind }): boolean {
  return reply.kind === 'summary' || reply.kind === 'quotes' || reply.kind === 'answer' || reply.kind === 'share';
}

/**
 * The paragraphs a reply's citation line names, in order, each once: none for kinds whose
 * citations are not their source (a hedged answer's closest passages carry their ¶ in the text).
 */
export function citedParagraphs(reply: { kind: ReplyKind; citations: readonly { paragraph: number }[] }): number[] {
  if (!CITED.has(reply.kind)) return [];
  return [...new Set(reply.citations.map((c) => c.paragraph))].sort((a, b) => a - b);
}

/** The label of the link button a reply's `url` gets. */
export function linkLabel(kind: ReplyKind): string {
  return ARTICLE_LINK.has(kind) ? LABELS.readArticle : LABELS.openLink;
}
