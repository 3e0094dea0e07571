/**
 * The neutral reply as a Slack message: Block Kit blocks plus the plain `text` fallback Slack
 * shows in notifications. Pure: no Bolt, no network. Limits are Slack's (PLATFORMS.md).
 */
import type { Reply } from '../reply.js';
import { escapeMrkdwn, markdownToMrkdwn, markdownToPlain, splitMrkdwn, truncateMrkdwn } from './mrkdwn.js';

/** Slack's limits this renderer respects. */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  buttonValue: 2000,
  /**
   * Our cap on the fallback `text`. Slack shows it in notifications (mobile ones use nothing
   * else), which show a line or two; the blocks carry the whole answer.
   */
  fallbackText: 500,
} as const;

/** Action ids the app listens for. */
export const ACTIONS = {
  share: 'share_to_channel',
  openLink: 'open_article',
} as const;

/** Minimal Block Kit shapes this renderer emits (structurally compatible with @slack/types). */
export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
}
export interface Button {
  type: 'button';
  text: PlainText;
  action_id: string;
  value?: string;
  url?: string;
  style?: 'primary' | 'danger';
}
export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: MrkdwnText }
  | { type: 'context'; elements: MrkdwnText[] }
  | { type: 'actions'; elements: Button[] };

export interface SlackMessage {
  /** Plain fallback, escaped like mrkdwn: it is what notifications and screen readers read. */
  text: string;
  blocks: SlackBlock[];
}

export interface RenderOptions {
  /** Adds a "Share to channel" button carrying this value (the command text to run again). */
  shareValue?: string;
  /** Extra buttons after the link and share buttons (e.g. Confirm / Cancel). */
  buttons?: Button[];
  /** A line (mrkdwn, already escaped) above the reply, e.g. "Post this to #news?". */
  lead?: string;
  /** Appended to the context block, e.g. the post marker that finds our card again. */
  contextExtra?: string;
}

const CITED_KINDS = new Set<Reply['kind']>(['quotes', 'answer', 'summary']);

function plain(text: string, limit: number): PlainText {
  const flat = markdownToPlain(text).replace(/\s+/g, ' ').trim() || '…';
  // Plain text is escaped too: Slack decodes entities everywhere, and a title is article text.
  return { type: 'plain_text', text: truncateMrkdwn(escapeMrkdwn(flat), limit) };
}

/** "Paragraphs 3, 5 · Source: Inquisitr": which paragraphs the reply cites and where the article is from. */
export function citationText(reply: Reply, extra?: string): string | undefined {
  const paragraphs = [...new Set(reply.citations.map((c) => c.paragraph))].sort((a, b) => a - b);
  const parts: string[] = [];
  if (CITED_KINDS.has(reply.kind) && paragraphs.length) {
    parts.push(`${paragraphs.length > 1 ? 'Paragraphs' : 'Paragraph'} ${paragraphs.join(', ')}`);
  }
  if (reply.source) parts.push(`Source: ${escapeMrkdwn(reply.source)}`);
  if (extra) parts.push(escapeMrkdwn(extra));
  return parts.length ? parts.join(' · ') : undefined;
}

export function button(label: string, actionId: string, extra: Partial<Button> = {}): Button {
  return { type: 'button', text: plain(label, 75), action_id: actionId, ...extra };
}

/**
 * Renders a reply: header, mrkdwn sections of at most 3,000 characters, a context block citing
 * paragraphs and the source, and an actions block (article link, Share, extra buttons).
 * Never more than 50 blocks: a reply too long for that is cut, and the last section says so.
 */
export function renderBlocks(reply: Reply, options: RenderOptions = {}): SlackMessage {
  const body = markdownToMrkdwn(reply.text);
  const header: SlackBlock = { type: 'header', text: plain(reply.title, LIMITS.headerText) };
  const cite = citationText(reply, options.contextExtra);
  const head: SlackBlock[] = options.lead ? [{ type: 'section', text: { type: 'mrkdwn', text: truncateMrkdwn(options.lead, LIMITS.sectionText) } }] : [];
  const tail: SlackBlock[] = [];
  if (cite) tail.push({ type: 'context', elements: [{ type: 'mrkdwn', text: cite }] });
  const buttons: Button[] = [];
  // An error's link (an earlier post, say) is already in its text; the button is for the article.
  if (reply.kind !== 'error' && reply.url && /^https?:\/\//i.test(reply.url) && reply.url.length <= 3000) {
    buttons.push(button('Read the article', ACTIONS.openLink, { url: reply.url }));
  }
  if (options.shareValue !== undefined && options.shareValue.length <= LIMITS.buttonValue) {
    buttons.push(button('Share to channel', ACTIONS.share, { value: options.shareValue }));
  }
  buttons.push(...(options.buttons ?? []));
  if (buttons.length) tail.push({ type: 'actions', elements: buttons.slice(0, 25) });

  const room = LIMITS.blocks - 1 - head.length - tail.length;
  let pieces = splitMrkdwn(body, LIMITS.sectionText);
  if (pieces.length > room) {
    const note = '\n\n_(Cut here: too long for one Slack message.)_';
    const last = truncateMrkdwn(pieces[room - 1]!, LIMITS.sectionText - note.length);
    pieces = [...pieces.slice(0, room - 1), `${last}${note}`];
  }
  const sections: SlackBlock[] = pieces.map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));

  const fallback = [escapeMrkdwn(markdownToPlain(reply.title)), body].filter(Boolean).join('\n');
  // Slack wants a non-empty fallback on every message.
  return { text: truncateMrkdwn(fallback, LIMITS.fallbackText) || '…', blocks: [...head, header, ...sections, ...tail] };
}
