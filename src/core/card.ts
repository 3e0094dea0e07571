/**
 * The article card every platform posts: built once from the engine, pure, no platform format.
 * Each adapter owns the converter to its embed or Block Kit message.
 */
import { quoteRef } from './reply/quote-refs.js';
import type { Quote } from '../engine/article.js';
import type { ArticleEngine } from '../engine/engine.js';
import { reply, type Reply } from './reply.js';
import { linkBlock, paragraph, quoteBlock } from './reply/blocks.js';
import { LABELS } from './reply/wording.js';
import type { PostTarget } from './posting-port.js';

/** Most quotes a card carries: enough to give voices, short enough for a channel. */
export const CARD_QUOTES = 3;

/** Hex characters of the content hash kept in the marker (48 bits: no accidental collision in one channel). */
export const MARKER_HASH_LENGTH = 12;

/**
 * A `Reply` of kind `post`, for the channel.
 * - `blocks` are the whole body (the summary, the quotes, the article link), so a renderer that
 *   only reads blocks loses nothing.
 * - `summary` is the summary alone, and `quotes` the quotes, for renderers that lay quotes out as
 *   embed fields instead.
 * - `marker` must appear in what is sent (embed footer, Slack context block or metadata) so
 *   `Publisher.findRecent` can recognize our own post after a crash.
 */
export interface ArticleCard extends Reply {
  kind: 'post';
  summary: string;
  /** `article:<first 12 hex of contentHash>`; see `markerFor`. */
  marker: string;
  /** Full sha256 (hex) of the article version this card shows. */
  contentHash: string;
}

/** An article version as people see it (status, post replies, the CLI, the marker): 12 hex digits. */
export function shortVersion(contentHash: string): string {
  return contentHash.slice(0, MARKER_HASH_LENGTH);
}

/** The marker that identifies posts of one article version, e.g. "article:3f9a0c1b2d4e". */
export function markerFor(contentHash: string): string {
  return `article:${shortVersion(contentHash)}`;
}

/** Attributed quotes for the card: one per speaker first (more voices), then in reading order. */
export function pickQuotes(quotes: readonly Quote[], limit = CARD_QUOTES): Quote[] {
  const attributed = quotes.filter((q) => q.speaker !== undefined);
  const seen = new Set<number>();
  const firstPerSpeaker = attributed.filter((q) => !seen.has(q.speaker!) && seen.add(q.speaker!));
  const rest = attributed.filter((q) => !firstPerSpeaker.includes(q));
  return [...firstPerSpeaker, ...rest].slice(0, limit).sort((a, b) => a.id - b.id);
}

export function buildCard(engine: ArticleEngine, shareUrl?: string): ArticleCard {
  const { article } = engine;
  const short = engine.summary('short');
  const summary = short.editorial ?? short.sentences.map((s) => s.text).join(' ');
  const quotes = pickQuotes(article.quotes).map((q) => quoteRef(article, q));
  const blocks = [...(summary ? [paragraph(summary)] : []), ...quotes.map(quoteBlock), ...(shareUrl ? [linkBlock(LABELS.readArticle, shareUrl)] : [])];
  return {
    ...reply({
      kind: 'post',
      title: article.meta.title,
      blocks,
      visibility: 'channel',
      quotes,
      ...(shareUrl ? { url: shareUrl } : {}),
      ...(article.meta.source ? { source: article.meta.source } : {}),
    }),
    kind: 'post',
    summary,
    marker: markerFor(article.contentHash),
    contentHash: article.contentHash,
  };
}

/**
 * What the `post` command answers with when the card may be posted: the card to preview plus what
 * the adapter needs for its Confirm button (call `publish(post.target, { force: post.force })`).
 */
export interface PostPreviewReply extends ArticleCard {
  post: {
    target: PostTarget;
    force: boolean;
    /** One line to show above the preview, e.g. "Post this to #news?". */
    prompt: string;
  };
}

/** The private preview of `card` for `target`, with Confirm (carrying where and `force`) and Cancel. */
export function postPreview(card: ArticleCard, target: PostTarget, force: boolean): PostPreviewReply {
  return {
    ...card,
    visibility: 'private',
    actions: [...card.actions, { type: 'confirm', label: LABELS.confirm, target, force }, { type: 'cancel', label: LABELS.cancel }],
    post: { target, force, prompt: force ? `Post this to ${target.label} again?` : `Post this to ${target.label}?` },
  };
}

export function isPostPreview(reply: Reply): reply is PostPreviewReply {
  return reply.kind === 'post' && typeof (reply as Partial<PostPreviewReply>).post === 'object';
}
