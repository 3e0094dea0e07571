/**
 * Posting as Discord messages: the article card for a channel, its private preview with Confirm
 * and Cancel, and the outcome that replaces the preview. Pure, like render-embed.ts.
 */
import { ButtonStyle, ComponentType, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { ArticleCard, PostPreviewReply } from '../posts/card.js';
import type { PublishResult } from '../posts/posting.js';
import { fitContent, fitEmbed } from './limits.js';
import { COLOURS, linkButton, NO_MENTIONS, row, type DiscordMessage } from './render-embed.js';

/** Custom ids of the preview's buttons; Confirm carries the channel id and force ("1" or "0"). */
export const POST_CONFIRM = 'post:confirm';
export const POST_CANCEL = 'post:cancel';

export function confirmId(channelId: string, force: boolean): string {
  return `${POST_CONFIRM}:${channelId}:${force ? 1 : 0}`;
}

/** The channel id and force from a Confirm button's custom id; undefined for anything else. */
export function parseConfirmId(customId: string): { channel: string; force: boolean } | undefined {
  const match = /^post:confirm:(\d{15,22}):([01])$/.exec(customId);
  return match ? { channel: match[1]!, force: match[2] === '1' } : undefined;
}

/**
 * The article card as posted to a channel: the summary as the description, one field per quote
 * (speaker and role as the name, the words as a block quote), and a footer with the source and
 * the card's marker, which `findRecent` looks for after a crash. Cutting never touches the marker.
 */
export function renderCard(card: ArticleCard): DiscordMessage {
  const embed: APIEmbed = { title: card.title, color: COLOURS.post };
  if (card.summary.trim()) embed.description = card.summary;
  const link = card.url ? linkButton(card.url) : undefined;
  if (link) embed.url = card.url;
  embed.fields = card.quotes.map((q) => ({
    name: q.role ? `${q.speaker}, ${q.role}` : q.speaker,
    value: `> “${q.text}” (¶${q.paragraph})`,
  }));
  embed.footer = { text: [card.source && `Source: ${card.source}`, card.marker].filter(Boolean).join(' · ') };
  return { embeds: [fitEmbed(embed)], components: row(link ? [link] : []), allowedMentions: NO_MENTIONS };
}

/** The private preview: the prompt, the card as it will look, and Confirm / Cancel. */
export function renderPreview(preview: PostPreviewReply): DiscordMessage {
  const card = renderCard(preview);
  const buttons: APIButtonComponent[] = [
    { type: ComponentType.Button, style: ButtonStyle.Success, label: 'Confirm', custom_id: confirmId(preview.post.target.channel, preview.post.force) },
    { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Cancel', custom_id: POST_CANCEL },
    ...(card.components[0]?.components ?? []),
  ];
  return { content: fitContent(preview.post.prompt), embeds: card.embeds, components: row(buttons), allowedMentions: NO_MENTIONS };
}

/** What replaces the preview once Confirm has run: posted, already there, or why not. */
export function renderPostResult(result: PublishResult): DiscordMessage {
  const link = result.permalink ? linkButton(result.permalink, 'Open the post') : undefined;
  const text =
    result.status === 'posted'
      ? `Posted in ${result.label}.`
      : result.status === 'already'
        ? `Already posted in ${result.label}; nothing new was sent.`
        : `Not posted in ${result.label}: ${result.reason ?? 'Discord did not say why.'}`;
  const embed: APIEmbed = { description: text, color: result.status === 'failed' ? COLOURS.error : COLOURS.post };
  return { embeds: [fitEmbed(embed)], components: row(link ? [link] : []), allowedMentions: NO_MENTIONS };
}

/** What replaces the preview after Cancel. */
export function renderCancelled(): DiscordMessage {
  return { content: 'Cancelled: nothing was posted.', embeds: [], components: [], allowedMentions: NO_MENTIONS };
}
