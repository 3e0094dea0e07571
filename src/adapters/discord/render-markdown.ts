/**
 * Blocks as Discord Markdown, for embed descriptions and field values. Article and user words are
 * escaped here, once: Discord then shows them as written, never as formatting, a masked link, a
 * heading, a block quote or a mention (which `allowedMentions: { parse: [] }` keeps silent anyway).
 */
import { escapeMarkdown } from 'discord.js';
import type { Block } from '../../core/reply/blocks.js';
import { layoutBlocks, type Marks } from '../../core/reply/layout.js';

/**
 * Words as Discord shows them literally. A backslash before punctuation is Discord's own escape,
 * so `\<@123>` shows `<@123>` and `\@everyone` shows `@everyone`, neither as a mention.
 */
export function escapeDiscord(words: string): string {
  return escapeMarkdown(words, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/^(\s*)>/gm, '$1\\>')
    .replace(/[<@]/g, '\\$&');
}

/** Only web addresses become masked links; brackets and spaces in them are encoded so the link cannot end early. */
function linkTarget(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url.replace(/[()<>\s]/g, (c) => encodeURIComponent(c)) : undefined;
}

export const discordMarks: Marks = {
  text: escapeDiscord,
  bold: (words) => `**${escapeDiscord(words)}**`,
  // Nothing inside a code span is formatting or a mention; only its own backtick could end it.
  code: (words) => `\`${words.replace(/`/g, 'ˋ')}\``,
  link: (label, url) => {
    const target = linkTarget(url);
    return target ? `[${escapeDiscord(label)}](${target})` : escapeDiscord(label);
  },
};

export function discordMarkdown(blocks: readonly Block[]): string {
  return layoutBlocks(blocks, discordMarks);
}
