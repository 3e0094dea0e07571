/**
 * The neutral reply as terminal text: the title, the blocks as plain lines (no escaping: a
 * terminal reads no markup), then the citation line. Pure.
 */
import { isPostPreview } from '../../core/card.js';
import type { Reply } from '../../core/reply.js';
import type { Block } from '../../core/reply/blocks.js';
import { layoutBlocks, type Marks } from '../../core/reply/layout.js';
import { citedParagraphs } from '../../core/reply/policy.js';
import { paragraphsWord } from '../../core/reply/wording.js';

const same = (words: string) => words;

/** Plain text: words as they are, a link as its label and address. */
export const plainMarks: Marks = {
  text: same,
  bold: same,
  code: same,
  link: (label, url) => (label === url ? url : `${label} <${url}>`),
};

export function plainText(blocks: readonly Block[]): string {
  return layoutBlocks(blocks, plainMarks);
}

/** "Source: paragraphs 2, 5 · Inquisitr": the paragraphs the reply cites and where the article comes from. */
export function citationLine(reply: Pick<Reply, 'kind' | 'citations' | 'source'>): string {
  const paragraphs = citedParagraphs(reply);
  const parts = [paragraphs.length ? paragraphsWord(paragraphs, false) : undefined, reply.source].filter(Boolean);
  return parts.length ? `Source: ${parts.join(' · ')}` : '';
}

export function renderText(reply: Reply): string {
  // A post preview says above the card what Confirm will do, as on Discord and Slack.
  const lines = [...(isPostPreview(reply) ? [reply.post.prompt, ''] : []), reply.title, '', plainText(reply.blocks)];
  const cite = citationLine(reply);
  if (cite) lines.push('', cite);
  // Set only with PUBLIC_URL: the first cited paragraph on the bot's own page.
  const link = citedParagraphs(reply).length ? reply.citations.find((c) => c.url)?.url : undefined;
  if (link) lines.push(`Read it on the page: ${link}`);
  return lines.join('\n');
}
