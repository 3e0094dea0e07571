import type { Command } from './types.js';
import { reply } from '../src/core/reply.js';
import { linkBlock } from '../src/core/reply/blocks.js';

export const share = {
  name: 'share',
  description: 'Get the link to share the article.',
  examples: [''],
  options: [],
  run(_options, { engine, shareUrl }) {
    const { meta } = engine.article;
    const source = meta.source ? { source: meta.source } : {};
    if (!shareUrl) {
      // The seed carries no address and we never invent one: say so, and say how to set it.
      return reply({
        kind: 'share',
        title: meta.title,
        text: 'No public link is configured for this article yet. An operator can set ARTICLE_URL, or PUBLIC_URL to share the bot’s own page.',
        ...source,
      });
    }
    return reply({ kind: 'share', title: meta.title, blocks: [linkBlock(meta.title, shareUrl)], url: shareUrl, ...source });
  },
} satisfies Command;
