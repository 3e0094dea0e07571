/**
 * What a command may ask of posting, as types only: the channel it targets, the service bound to
 * its platform (`PostingPort`), and what each step answers. The posting service (src/posting/)
 * implements it; `commands/post.ts` and `commands/status.ts` depend on this and nothing else of
 * posting, so the layers point one way (core ← posting).
 */
import type { ArticleCard } from './card.js';

/** A platform's name as its adapter declares it ("discord", "slack"): opaque to the posting core. */
export type Platform = string;

/** A channel as written in configuration or a command: the platform and its channel id, nothing resolved yet. */
export interface PostChannelRef {
  platform: Platform;
  /** Discord channel id (a snowflake) or Slack conversation id (C… / G…). */
  channel: string;
}

/** A channel the bot can be asked to post in, resolved by its platform. */
export interface PostTarget {
  platform: Platform;
  /** Discord server (guild) id or Slack workspace (team) id. Part of the ledger key. */
  workspace: string;
  /** Discord channel id or Slack conversation id. Part of the ledger key. */
  channel: string;
  /** How people see the channel, e.g. "#news". Display only: never part of a key. */
  label: string;
}

/** Where a sent message lives on its platform. */
export interface SentMessage {
  /** Discord message id, or the Slack message `ts` (which is Slack's message id within a channel). */
  messageId: string;
  /** A link people can open, when the platform gives one (Discord builds it; Slack's chat.getPermalink). */
  permalink?: string;
}

/**
 * Either a value or the one sentence an operator reads to fix the problem. `reason` names the
 * missing permission or scope and the channel, e.g. "I need Send Messages and Embed Links in #news"
 * or "Invite me to #private first (/invite @article-bot)".
 */
export type Checked<T = object> = ({ ok: true } & T) | { ok: false; reason: string };

export type PostState = 'pending' | 'sent' | 'failed';

/** Identifies one post: one article version (content hash) in one channel. */
export interface PostKey {
  platform: Platform;
  workspace: string;
  channel: string;
  /** sha256 hex of the article version (`Article.contentHash`). */
  contentHash: string;
}

export interface PostRecord extends PostKey {
  /** Channel as people see it, e.g. "#news"; as it was when last requested. */
  label: string;
  state: PostState;
  /** Discord message id or Slack ts; set when `sent`. */
  messageId?: string;
  permalink?: string;
  /** Who asked, free text: "discord:1234 (Ana)", "POST_CHANNELS", "terminal". */
  requestedBy: string;
  /** ISO 8601, UTC, millisecond precision. */
  createdAt: string;
  updatedAt: string;
  /** When a send was last started (ISO); set on a row not `sent` means it may have reached the platform. */
  attemptedAt?: string;
  /** Why the last attempt failed (one sentence), when `failed`. */
  error?: string;
  /** Content hash the message shows now, when an update edited it in place after it was sent. */
  editedTo?: string;
  /** The process attempting this post now ("host/pid/random"); cleared when the attempt ends. */
  claimedBy?: string;
  /** Until when that claim holds (ISO) if its process goes silent. */
  claimExpiresAt?: string;
}

export interface PreviewOptions {
  /** Post even when this article version is already in the channel. Default false. */
  force?: boolean;
}

export interface PublishOptions extends PreviewOptions {
  /** Who asked, for the ledger and `status`: "discord:<user id> (<name>)", "POST_CHANNELS", "terminal". */
  requestedBy: string;
}

export interface PostPreview {
  card: ArticleCard;
  target: PostTarget;
  /** Whether the bot can post there now; the reason names the missing permission. */
  check: Checked;
  /** Set when this version is already posted there and `force` was not given. */
  refusal?: { reason: string; permalink?: string };
}

export type PublishStatus = 'posted' | 'already' | 'failed';

export interface PublishResult {
  status: PublishStatus;
  /** "#news", or "slack:C0123ABCD" when the channel could not be resolved. */
  label: string;
  messageId?: string;
  permalink?: string;
  /** One sentence: why it failed, or why nothing new was sent. */
  reason?: string;
}

/** edited: the earlier post now shows this version; current: it already did; failed: see `reason`. */
export type UpdateStatus = 'edited' | 'current' | 'failed';

/** One earlier post that an update edited in place (or tried to). */
export interface UpdateResult {
  status: UpdateStatus;
  target: PostTarget;
  /** "#news", as recorded when it was posted. */
  label: string;
  /** The message edited: the earlier post's id, now also this version's. */
  messageId: string;
  permalink?: string;
  /** The content hash the post showed before (full sha256 hex). */
  fromHash: string;
  /** One sentence: why the edit failed. */
  reason?: string;
}

export interface PostingOverview {
  /** The last post (or attempt) in every channel, newest first. */
  latest: PostRecord[];
  /** Every failed attempt, newest first. */
  failed: PostRecord[];
}

/** What a command handler may use, bound to the platform it runs on. */
export interface PostingPort {
  /** Resolves the `channel` option as typed on this platform into a target. */
  resolve(channel: string): Promise<Checked<{ target: PostTarget }>>;
  preview(target: PostTarget, options?: PreviewOptions): Promise<PostPreview>;
  publish(target: PostTarget, options: PublishOptions): Promise<PublishResult>;
  /**
   * Edits this platform's earlier posts of older article versions in place (only in `channel`,
   * or only in `workspace`, when given). Resolves with one result per edited message; an empty
   * list means there was none.
   */
  update(options: { requestedBy: string; channel?: PostTarget; workspace?: string }): Promise<UpdateResult[]>;
  overview(): Promise<PostingOverview>;
  /** The card's content hash (full sha256 hex), for status. */
  readonly contentHash: string;
}

