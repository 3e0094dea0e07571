/**
 * The neutral reply as a Slack message: Block Kit blocks plus the plain `text` fallback Slack
 * shows in notifications. Pure: no Bolt, no network. Limits are Slack's (PLATFORMS.md).
 */
import type { Reply } from '../../core/reply.js';
import type { Action } from '../../core/reply/actions.js';
import { citedParagraphs } from '../../core/reply/policy.js';
import { paragraphsWord } from '../../core/reply/wording.js';
import { escapeMrkdwn, splitMrkdwn, toMrkdwn, truncateMrkdwn } from './mrkdwn.js';

/** Slack's limits this renderer respects. */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  buttonValue: 2000,
  actionsElements: 25,
  buttonUrl: 3000,
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

export const POST_ACTIONS = {
  confirm: 'post_confirm',
  cancel: 'post_cancel',
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
  /** A line (mrkdwn, already escaped) above the reply, e.g. "Post this to #news?". */
  lead?: string;
  /** Appended to the context block, e.g. the post marker that finds our card again. */
  contextExtra?: string;
}

/** What Confirm carries: the channel as a Slack reference (resolved again on click, keeping its name) and force. */
export interface PostButtonValue {
  channel: string;
  force: boolean;
}

function plain(text: string, limit: number): PlainText {
  const flat = text.replace(/\s+/g, ' ').trim() || '…';
  // Plain text is escaped too: Slack decodes entities everywhere, and a title is article text.
  return { type: 'plain_text', text: truncateMrkdwn(escapeMrkdwn(flat), limit) };
}

/** "Paragraphs 3, 5 · Source: Inquisitr": which paragraphs the reply cites and where the article is from. */
export function citationText(reply: Pick<Reply, 'kind' | 'citations' | 'source'>, extra?: string): string | undefined {
  const paragraphs = citedParagraphs(reply);
  const parts: string[] = [];
  if (paragraphs.length) parts.push(paragraphsWord(paragraphs));
  if (reply.source) parts.push(`Source: ${escapeMrkdwn(reply.source)}`);
  if (extra) parts.push(escapeMrkdwn(extra));
  return parts.length ? parts.join(' · ') : undefined;
}

export function button(label: string, actionId: string, extra: Partial<Button> = {}): Button {
  return { type: 'button', text: plain(label, 75), action_id: actionId, ...extra };
}

/** `<#C0123|news>`: the channel as Slack writes a reference, which `resolve` reads again on Confirm. */
export function channelRef(target: { channel: string; label: string }): string {
  return `<#${target.channel}|${target.label.replace(/^#/, '')}>`;
}

function buttonFor(action: Action): Button | undefined {
  switch (action.type) {
    case 'link':
      return /^https?:\/\//i.test(action.url) && action.url.length <= LIMITS.buttonUrl ? button(action.label, ACTIONS.openLink, { url: action.url }) : undefined;
    case 'share':
      // Slack sends the value back on the click: the command is run again from it (actions.ts).
      return action.command.length <= LIMITS.buttonValue ? button(action.label, ACTIONS.share, { value: action.command }) : undefined;
    case 'confirm': {
      const value: PostButtonValue = { channel: channelRef(action.target), force: action.force };
      return button(action.label, POST_ACTIONS.confirm, { value: JSON.stringify(value), style: 'primary' });
    }
    case 'cancel':
      return button(action.label, POST_ACTIONS.cancel, { value: 'cancel' });
  }
}

/**
 * Renders a reply: header, mrkdwn sections of at most 3,000 characters, a context block citing
 * paragraphs and the source, and an actions block (one button per action, in order).
 * Never more than 50 blocks: a reply too long for that is cut, and the last section says so.
 */
export function renderBlocks(reply: Reply, options: RenderOptions = {}): SlackMessage {
  const body = toMrkdwn(reply.blocks);
  const header: SlackBlock = { type: 'header', text: plain(reply.title, LIMITS.headerText) };
  const cite = citationText(reply, options.contextExtra);
  const head: SlackBlock[] = options.lead ? [{ type: 'section', text: { type: 'mrkdwn', text: truncateMrkdwn(options.lead, LIMITS.sectionText) } }] : [];
  const tail: SlackBlock[] = [];
  if (cite) tail.push({ type: 'context', elements: [{ type: 'mrkdwn', text: cite }] });
  const buttons = reply.actions.map(buttonFor).filter((b): b is Button => b !== undefined);
  if (buttons.length) tail.push({ type: 'actions', elements: buttons.slice(0, LIMITS.actionsElements) });

  const room = LIMITS.blocks - 1 - head.length - tail.length;
  let pieces = splitMrkdwn(body, LIMITS.sectionText);
  if (pieces.length > room) {
    const note = '\n\n_(Cut here: too long for one Slack message.)_';
    const last = truncateMrkdwn(pieces[room - 1]!, LIMITS.sectionText - note.length);
    pieces = [...pieces.slice(0, room - 1), `${last}${note}`];
  }
  const sections: SlackBlock[] = pieces.map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));

  const fallback = [escapeMrkdwn(reply.title), body].filter(Boolean).join('\n');
  // Slack wants a non-empty fallback on every message.
  return { text: truncateMrkdwn(fallback, LIMITS.fallbackText) || '…', blocks: [...head, header, ...sections, ...tail] };
}
