/**
 * What a reply shows, as structure: blocks of inline spans. No block holds a format's marks
 * (Markdown, mrkdwn): each renderer writes them, and escapes article and user text, for its own
 * surface, so the words are the same everywhere and no text can smuggle formatting or a ping.
 */

/** Inline pieces of a line. `text` is words as they are (article or user text included). */
export type Span =
  | { type: 'text'; text: string }
  | { type: 'bold'; text: string }
  | { type: 'code'; text: string }
  | { type: 'link'; label: string; url: string }
  /** A line break inside a paragraph (status lines, say), where a blank line would be too much. */
  | { type: 'break' };

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

/** The article paragraphs a paragraph's words come from, shown after them: "(¶3)", or "(with ¶3)" for a picture placed after ¶3. */
export interface Cite {
  paragraphs: readonly number[];
  beside?: boolean;
}

export type Block =
  /** A line of its own, shown in bold where the surface has bold. */
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; spans: Span[]; cite?: Cite }
  /** Someone's words: quoted, or (`reported`) the article's sentence reporting them. */
  | ({ type: 'quote' } & QuoteRef)
  /** Bulleted items, with an optional line above them and one below ("…and 3 more channels."). */
  | { type: 'list'; lead?: Span[]; items: Span[][]; after?: Span[] }
  /** A link on a line of its own. */
  | { type: 'link'; label: string; url: string };

export const text = (value: string): Span => ({ type: 'text', text: value });
export const bold = (value: string): Span => ({ type: 'bold', text: value });
export const code = (value: string): Span => ({ type: 'code', text: value });
export const link = (label: string, url: string): Span => ({ type: 'link', label, url });
export const lineBreak: Span = { type: 'break' };

/** Spans from a plain string (one text span) or as given. */
export const spansOf = (content: string | Span[]): Span[] => (typeof content === 'string' ? [text(content)] : content);

export function paragraph(content: string | Span[], cite?: Cite): Block {
  return cite ? { type: 'paragraph', spans: spansOf(content), cite } : { type: 'paragraph', spans: spansOf(content) };
}

export const heading = (value: string): Block => ({ type: 'heading', text: value });
export const quoteBlock = (ref: QuoteRef): Block => ({ type: 'quote', ...ref });
export const linkBlock = (label: string, url: string): Block => ({ type: 'link', label, url });

export function list(items: Span[][], around: { lead?: Span[]; after?: Span[] } = {}): Block {
  return { type: 'list', ...(around.lead ? { lead: around.lead } : {}), items, ...(around.after ? { after: around.after } : {}) };
}
