/**
 * The seam between the posting core and a platform. Each adapter (Discord, Slack) implements one
 * `Publisher`; the core decides when to post and remembers what was posted, the publisher only
 * talks to its platform. Nothing in `src/posting/` imports a platform library.
 */
import type { ArticleCard } from '../core/card.js';
import type { Platform, PostChannelRef, PostTarget, SentMessage, Checked } from '../core/posting-port.js';
export type { Platform, PostChannelRef, PostTarget, SentMessage, Checked };

/**
 * What a platform adapter provides to the posting core.
 *
 * Contract for implementers:
 * - Every method may be called concurrently for different channels; the core never calls `send`
 *   twice at once for the same channel and article (it serializes per ledger key).
 * - Errors: reject with an `Error` whose `message` is one sentence an operator can act on (it is
 *   stored in the ledger as the failure reason and shown by `status`). Never include tokens.
 * - Rate limits (Discord 429 Retry-After, Slack `ratelimited`) are the adapter's to wait out and
 *   retry; reject only when the post cannot be made.
 * - Everything sent must not notify anyone: Discord `allowed_mentions: { parse: [] }`, Slack text
 *   escaped so `<!channel>` and `<@U…>` from the article never ping.
 */
export interface Publisher {
  readonly platform: Platform;
  /**
   * Resolves a channel as a person or configuration wrote it on this platform (Discord: an id or
   * `<#id>`; Slack: an id, `<#C…|name>` or `#name`) into a full target with its workspace and label.
   * Resolves `{ ok: false, reason }` when the channel does not exist or the bot cannot see it.
   */
  resolve(channel: string): Promise<Checked<{ target: PostTarget }>>;
  /**
   * Can the bot post there now? The reason names the missing permission or scope. May join a
   * public Slack channel itself (channels:join) rather than refuse.
   */
  check(target: PostTarget): Promise<Checked>;
  /**
   * Sends the card once. Must place `card.marker` where `findRecent` can find it again (Discord:
   * embed footer; Slack: a context block or message metadata). Resolves only when the platform
   * has accepted the message.
   */
  send(target: PostTarget, card: ArticleCard): Promise<SentMessage>;
  /** Edits an earlier post in place (used when the article is corrected: a new content hash). */
  edit(target: PostTarget, messageId: string, card: ArticleCard): Promise<void>;
  /**
   * Looks through the channel's recent messages (the last 50 or so is enough) for one sent by this
   * bot carrying `marker`, newest first. Used to recover from a crash between `send` and the ledger
   * write. Resolves `undefined` when there is none; rejects when it cannot look (e.g. missing Read
   * Message History / channels:history), so the core does not post blind and risk a double.
   */
  findRecent(target: PostTarget, marker: string): Promise<SentMessage | undefined>;
}
