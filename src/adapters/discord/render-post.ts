/**
 * Posting as Discord messages: the article card for a channel, its private preview with Confirm
 * and Cancel, and the outcome that replaces the preview. Pure, like render-embed.ts.
 */
import type { APIEmbed } from 'discord.js';
import type { ArticleCard, PostPreviewReply } from '../../core/card.js';
import type { PublishResult } from '../../posting/posting.js';
import { publishedReply } from '../../core/reply/post-outcome.js';
import { fitContent, fitEmbed } from './limits.js';
import { buttonsFor, row } from './render-buttons.js';
import { COLOURS, flagsFor, NO_MENTIONS, renderReply, type DiscordMessage } from './render-embed.js';
import { escapeDiscord } from './render-markdown.js';
import { citeText } from '../../core/reply/wording.js';

export { confirmId, parseConfirmId, POST_CANCEL, POST_CONFIRM } from './render-buttons.js';

/**
 * The article card as posted to a channel: the summary as the description, one field per quote
 * (speaker and role as the name, the words as a block quote), and a footer with the source and
 * the card's marker, which `findRecent` looks for after a crash. Cutting never touches the marker.
 */
export function renderCard(card: ArticleCard): DiscordMessage {
  const embed: APIEmbed = { title: escapeDiscord(card.title), color: COLOURS.post };
  if (card.summary.trim()) embed.description = escapeDiscord(card.summary);
  const buttons = buttonsFor(card.actions.filter((a) => a.type === 'link'));
  if (card.url && buttons.length) embed.url = card.url;
  embed.fields = card.quotes.map((q) => ({
    name: escapeDiscord(q.role ? `${q.speaker}, ${q.role}` : q.speaker),
    value: `> ${escapeDiscord(`“${q.text}” ${citeText({ paragraphs: [q.paragraph] })}`)}`,
  }));
  embed.footer = { text: [card.source && `Source: ${card.source}`, card.marker].filter(Boolean).join(' · ') };
  return { embeds: [fitEmbed(embed)], components: row(buttons), allowedMentions: NO_MENTIONS, ...flagsFor(card) };
}

/** The private preview: the prompt, the card as it will look, and Confirm / Cancel / the article link. */
export function renderPreview(preview: PostPreviewReply): DiscordMessage {
  const card = renderCard(preview);
  return { ...card, content: fitContent(escapeDiscord(preview.post.prompt)), components: row(buttonsFor(preview.actions)) };
}

/** What replaces the preview once Confirm has run: posted, already there, or why not. */
export function renderPostResult(result: PublishResult): DiscordMessage {
  return renderReply(publishedReply(result));
}
