/**
 * The neutral reply as a Discord message: one embed (title, Markdown description, footer citing
 * paragraphs and source, the share link as the embed URL) plus buttons. Pure: no client, no I/O.
 * Every message carries `allowedMentions: { parse: [] }`, so article or user text never pings.
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Reply, ReplyKind } from '../reply.js';
import { fitContent, fitEmbed, LIMITS } from './limits.js';

/** Custom id of the "Share to channel" button under a private answer. */
export const SHARE_BUTTON_ID = 'share';

/** Mentions parsed in anything the bot sends: none. */
export const NO_MENTIONS: { parse: [] } = { parse: [] };

/** A message in the shape discord.js sends (it turns `allowedMentions` into `allowed_mentions`). */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: [] };
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

/** "Paragraphs 2, 5 · Source: Inquisitr": the paragraphs the reply cites and where it comes from. */
export function footerText(reply: Reply): string | undefined {
  const numbers = [...reply.citations.map((c) => c.paragraph), ...reply.quotes.map((q) => q.paragraph)];
  const paragraphs = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  if (paragraphs.length === 1) parts.push(`Paragraph ${paragraphs[0]}`);
  if (paragraphs.length > 1) parts.push(`Paragraphs ${paragraphs.join(', ')}`);
  if (reply.source) parts.push(`Source: ${reply.source}`);
  return parts.length ? parts.join(' · ') : undefined;
}

/** A link button; undefined when the address is not a usable button URL. */
export function linkButton(url: string, label = 'Read the article'): APIButtonComponent | undefined {
  if (url.length > LIMITS.url || !/^https?:\/\//.test(url)) return undefined;
  return { type: ComponentType.Button, style: ButtonStyle.Link, label, url };
}

/** Replies whose URL is the article's; any other URL (an earlier post, say) is just "Open link". */
const ARTICLE_LINK = new Set<ReplyKind>(['summary', 'quotes', 'answer', 'share', 'help', 'post']);

const shareButton: APIButtonComponent = {
  type: ComponentType.Button,
  style: ButtonStyle.Secondary,
  label: 'Share to channel',
  custom_id: SHARE_BUTTON_ID,
};

export function row(buttons: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent>[] {
  return buttons.length ? [{ type: ComponentType.ActionRow, components: buttons.slice(0, 5) }] : [];
}

export interface RenderOptions {
  /** Add the "Share to channel" button (for answers only the asker sees). */
  shareable?: boolean;
}

export function renderReply(reply: Reply, options: RenderOptions = {}): DiscordMessage {
  const embed: APIEmbed = { title: reply.title, color: COLOURS[reply.kind] };
  if (reply.text.trim()) embed.description = reply.text;
  const link = reply.url ? linkButton(reply.url, ARTICLE_LINK.has(reply.kind) ? 'Read the article' : 'Open link') : undefined;
  if (link) embed.url = reply.url;
  const footer = footerText(reply);
  if (footer) embed.footer = { text: footer };
  const buttons = link ? [link] : [];
  if (options.shareable) buttons.push(shareButton);
  return { embeds: [fitEmbed(embed)], components: row(buttons), allowedMentions: NO_MENTIONS };
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

/** A short private sentence, for refusals and failures. */
export function renderNotice(text: string): DiscordMessage {
  return { content: fitContent(text), embeds: [], components: [], allowedMentions: NO_MENTIONS };
}

