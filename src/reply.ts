/**
 * The platform-neutral reply every command returns. Adapters render it (embed, Block Kit,
 * terminal text); none of them decides what is said.
 */

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

export interface QuoteRef {
  speaker: string;
  /** The speaker's role as the article gives it, when it does. */
  role?: string;
  text: string;
  paragraph: number;
  /**
   * The article reports these words without quoting them ("Patel said the bridge would cost
   * more"): `text` is the article's sentence, and every renderer marks it as reported.
   */
  reported?: boolean;
}

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
  title: string;
  /** Markdown (bold, italics, `>` block quotes, links). Adapters convert and escape it. */
  text: string;
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
 * Replies worth a "Share to channel" button when answered privately: answers from the article.
 * An error or help is for the person who asked. Every platform offers the button for these.
 */
export function isShareable(reply: Pick<Reply, 'kind'>): boolean {
  return reply.kind === 'summary' || reply.kind === 'quotes' || reply.kind === 'answer' || reply.kind === 'share';
}

/**
 * What a Share, Confirm or Cancel click gets, privately, when it is not on an answer the bot gave
 * (someone else's message, an operator reply, or a button value that is not a reader's command).
 */
export const CANNOT_SHARE = 'That can no longer be shared; ask again for a fresh answer.';

/** Builds a reply with empty lists filled in, so call sites name only what they say. */
export function reply(fields: Pick<Reply, 'kind' | 'title' | 'text'> & Partial<Reply>): Reply {
  return { quotes: [], citations: [], ...fields };
}
