/**
 * A reply with `text`: the words a surface shows for its blocks, for tests that read a reply's
 * body as one string (the model holds blocks, not text).
 */
import type { Reply } from '../../src/core/reply.js';
import { discordMarkdown } from '../../src/adapters/discord/render-markdown.js';
import { plainText } from '../../src/adapters/terminal/render-text.js';

/** As the terminal prints it (and `--json` carries it): plain words. */
export function asPlain<R extends Reply>(reply: R): R & { text: string } {
  return { ...reply, text: plainText(reply.blocks) };
}

/** As Discord shows it in an embed description: Markdown, article text escaped. */
export function asMarkdown<R extends Reply>(reply: R): R & { text: string } {
  return { ...reply, text: discordMarkdown(reply.blocks) };
}
