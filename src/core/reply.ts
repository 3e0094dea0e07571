/**
 * The platform-neutral reply every command returns: structure (blocks, actions, visibility), no
 * format. Each adapter renders it with its own pure renderer (Discord embed, Block Kit, terminal
 * text, JSON); the words and what is shown where are decided here and in src/reply/.
 */
import type { Action } from './reply/actions.js';
import { paragraph, type Block, type QuoteRef, type Span } from './reply/blocks.js';
import { linkLabel } from './reply/policy.js';

export type { Action } from './reply/actions.js';
export type { Block, Cite, QuoteRef, Span } from './reply/blocks.js';
export { isShareable } from './reply/policy.js';

export type ReplyKind =
  | 'summary'
  | 'quotes'
  | 'answer'
  | 'share'
  | 'help'
  | 'status'
  | 'post'
  | 'not_found'
  | 'error';

/** `private`: only the person who asked sees it (Discord ephemeral, Slack ephemeral); `channel`: everyone there. */
export type Visibility = 'private' | 'channel';

export interface Citation {
  /** 1-based body paragraph number. */
  paragraph: number;
  /** The cited sentence(s) from that paragraph. */
  text: string;
  /** Link to that paragraph on the bot's article page (PUBLIC_URL/<slug>#p<n>), when PUBLIC_URL is set. */
  url?: string;
}

export interface Reply {
  kind: ReplyKind;
  /** Plain words; renderers escape them. */
  title: string;
  /** What the reply says, in order. */
  blocks: Block[];
  /** Buttons under it, in order. */
  actions: Action[];
  visibility: Visibility;
  quotes: QuoteRef[];
  citations: Citation[];
  /** Share link, when one is configured. */
  url?: string;
  /**
   * For answers and "not in the article": `high` when the article answers the question, `low`
   * when it only comes close (the citations are then the closest passages, not an answer).
   */
  confidence?: 'high' | 'low';
  /** The source credit for footers, e.g. "Inquisitr". */
  source?: string;
}

/**
 * What a Share, Confirm or Cancel click gets, privately, when it is not on an answer the bot gave
 * (someone else's message, an operator reply, or a button value that is not a reader's command).
 */
export const CANNOT_SHARE = 'That can no longer be shared; ask again for a fresh answer.';

/** What `reply()` takes: `text` is a one-paragraph body (plain words, or spans); `blocks` a longer one. */
export type ReplyFields = Pick<Reply, 'kind' | 'title'> &
  Partial<Omit<Reply, 'kind' | 'title'>> & {
    text?: string | Span[];
  };

/**
 * Builds a reply with empty lists filled in, so call sites name only what they say. Private
 * unless told otherwise; a `url` gets its link button here, labelled as every surface labels it.
 */
export function reply({ text, blocks, actions = [], url, ...fields }: ReplyFields): Reply {
  const link: Action[] = url ? [{ type: 'link', label: linkLabel(fields.kind), url }] : [];
  return {
    visibility: 'private',
    quotes: [],
    citations: [],
    ...fields,
    blocks: blocks ?? (text === undefined || text === '' ? [] : [paragraph(text)]),
    actions: [...link, ...actions],
    ...(url ? { url } : {}),
  };
}
