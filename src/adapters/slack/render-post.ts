/**
 * The article card as a Slack message, and the preview an operator confirms before it is posted.
 * The card's marker goes in the context block, where `findRecent` reads it back after a crash.
 */
import type { ArticleCard, PostPreviewReply } from '../../core/card.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { renderBlocks, type PostButtonValue, type SlackMessage } from './render-blocks.js';

export { POST_ACTIONS, type PostButtonValue } from './render-blocks.js';

export function renderCard(card: ArticleCard): SlackMessage {
  return renderBlocks(card, { contextExtra: card.marker });
}

/** The card as it will look, under "Post this to #news?", with Confirm and Cancel. */
export function renderPreview(preview: PostPreviewReply): SlackMessage {
  const message = renderBlocks(preview, { lead: `*${escapeMrkdwn(preview.post.prompt)}*`, contextExtra: preview.marker });
  return { ...message, text: `${escapeMrkdwn(preview.post.prompt)}\n${message.text}` };
}

export function parseButtonValue(value: string): PostButtonValue | undefined {
  try {
    const parsed = JSON.parse(value) as Partial<PostButtonValue>;
    return typeof parsed.channel === 'string' ? { channel: parsed.channel, force: parsed.force === true } : undefined;
  } catch {
    return undefined;
  }
}
