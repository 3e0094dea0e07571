/**
 * The neutral reply as a Discord message: one embed (title, the blocks as Markdown in the
 * description, a footer citing paragraphs and source, the article link as the embed URL) plus a
 * button for each action, ephemeral when the reply is private. Pure: no client, no I/O. Every
 * message carries `allowedMentions: { parse: [] }`, so article or user text never pings.
 */
import { ButtonStyle, MessageFlags, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Reply, ReplyKind } from '../../core/reply.js';
import { citedParagraphs } from '../../core/reply/policy.js';
import { paragraphsWord } from '../../core/reply/wording.js';
import { buttonsFor, row } from './render-buttons.js';
import { discordMarkdown, escapeDiscord } from './render-markdown.js';
import { fitContent, fitEmbed } from './limits.js';

export { linkButton, row, SHARE_BUTTON_ID } from './render-buttons.js';

/** Mentions parsed in anything the bot sends: none. */
export const NO_MENTIONS: { parse: [] } = { parse: [] };

/** A message in the shape discord.js sends (it turns `allowedMentions` into `allowed_mentions`). */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: [] };
  /**
   * `MessageFlags.Ephemeral` for a private reply. Discord reads it on an interaction's first
   * response only; an update or an edit is sent `withoutFlags`.
   */
  flags?: number;
}

export const COLOURS: Record<ReplyKind, number> = {
  summary: 0x2b6cb0,
  quotes: 0x6b46c1,
  answer: 0x2f855a,
  share: 0x2b6cb0,
  help: 0x4a5568,
  status: 0x4a5568,
  post: 0x2b6cb0,
  not_found: 0xb7791f,
  error: 0xc53030,
};

/** `flags` for a reply of this visibility: ephemeral when it is private. */
export function flagsFor(reply: Pick<Reply, 'visibility'>): { flags?: number } {
  return reply.visibility === 'private' ? { flags: MessageFlags.Ephemeral } : {};
}

/** The message without `flags`, for updates and edits, which cannot change them. */
export function withoutFlags({ flags: _flags, ...message }: DiscordMessage): DiscordMessage {
  return message;
}

/** "Paragraphs 2, 5 · Source: Inquisitr": the paragraphs the reply cites and where it comes from. Footers show no Markdown, so nothing is escaped. */
export function footerText(reply: Pick<Reply, 'kind' | 'citations' | 'source'>): string | undefined {
  const paragraphs = citedParagraphs(reply);
  const parts = [paragraphs.length ? paragraphsWord(paragraphs) : undefined, reply.source ? `Source: ${reply.source}` : undefined].filter(Boolean);
  return parts.length ? parts.join(' · ') : undefined;
}

export function renderReply(reply: Reply): DiscordMessage {
  const embed: APIEmbed = { title: escapeDiscord(reply.title), color: COLOURS[reply.kind] };
  const description = discordMarkdown(reply.blocks);
  if (description.trim()) embed.description = description;
  const buttons = buttonsFor(reply.actions);
  // The title links to the reply's own address when it has a button for it.
  if (reply.url && buttons.some((b) => b.style === ButtonStyle.Link && b.url === reply.url)) embed.url = reply.url;
  const footer = footerText(reply);
  if (footer) embed.footer = { text: footer };
  return { embeds: [fitEmbed(embed)], components: row(buttons), allowedMentions: NO_MENTIONS, ...flagsFor(reply) };
}

/**
 * The public copy of a private answer: the same embeds, the link buttons kept (never a second
 * Share button), and a line naming who shared it. The mention shows the name and pings no one.
 */
export function renderShared(embeds: readonly APIEmbed[], buttons: readonly APIButtonComponent[], userId: string): DiscordMessage {
  const links = buttons.filter((b) => b.style === ButtonStyle.Link);
  return {
    content: fitContent(`Shared by <@${userId}>`),
    embeds: embeds.slice(0, 10).map(fitEmbed),
    components: row(links),
    allowedMentions: NO_MENTIONS,
  };
}

/** A short private sentence, for refusals and failures (our own words: nothing to escape). */
export function renderNotice(text: string): DiscordMessage {
  return { content: fitContent(text), embeds: [], components: [], allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral };
}
