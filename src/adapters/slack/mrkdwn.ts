/**
 * Text in and out of Slack. Outgoing: the neutral reply's blocks become Slack mrkdwn, with `&`,
 * `<`, `>` escaped in every piece of article or user text, so `<!channel>`, `<!here>`,
 * `<!everyone>` or `<@U…>` can only come from this file's own link syntax, never from text.
 * Incoming: Slack's escaped message text becomes the plain words a person typed.
 */
import type { Block } from '../../core/reply/blocks.js';
import { layoutBlocks, type Marks } from '../../core/reply/layout.js';

/** Slack's three control characters, as its formatting guide says to escape them (and only them). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Only web and mail addresses become links; `<`, `>` and `|` would end Slack's link syntax early, so they are percent-encoded. */
function safeUrl(href: string): string | undefined {
  if (!/^(?:https?:\/\/|mailto:)/i.test(href)) return undefined;
  return href.replace(/[<>|]/g, (c) => encodeURIComponent(c));
}

/** How mrkdwn writes the inline pieces: every piece of words escaped, links as `<url|label>`. */
export const mrkdwnMarks: Marks = {
  text: escapeMrkdwn,
  bold: (words) => `*${escapeMrkdwn(words)}*`,
  code: (words) => `\`${escapeMrkdwn(words)}\``,
  link: (label, url) => {
    const target = safeUrl(url);
    return target ? `<${target}|${escapeMrkdwn(label)}>` : escapeMrkdwn(label);
  },
};

/** Blocks as mrkdwn, laid out as on every surface (src/reply/layout.ts). */
export function toMrkdwn(blocks: readonly Block[]): string {
  return layoutBlocks(blocks, mrkdwnMarks);
}

/**
 * Where text may be cut without breaking an entity (`&amp;`) or a link (`<url|label>`):
 * the last whitespace at or before `limit`, else the last safe character boundary.
 */
export function safeCut(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  let at = limit;
  const space = text.lastIndexOf(' ', limit);
  const newline = text.lastIndexOf('\n', limit);
  const soft = Math.max(space, newline);
  if (soft > limit / 2) at = soft;
  // Do not end inside `<…>` or `&…;`.
  const lt = text.lastIndexOf('<', at - 1);
  if (lt >= 0 && text.indexOf('>', lt) >= at) at = lt;
  const amp = text.lastIndexOf('&', at - 1);
  if (amp >= 0 && amp > at - 6 && text.indexOf(';', amp) >= at) at = amp;
  // Never split a surrogate pair.
  if (at > 0 && /[\uD800-\uDBFF]/.test(text[at - 1]!)) at -= 1;
  return Math.max(at, 1);
}

/** Cuts mrkdwn to at most `limit` characters (ellipsis included), at a safe place. */
export function truncateMrkdwn(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, safeCut(text, limit - 1)).trimEnd()}…`;
}

/**
 * Splits mrkdwn into pieces of at most `limit` characters: whole paragraphs where they fit,
 * then lines, then words; a piece never ends inside an entity or a link.
 */
export function splitMrkdwn(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let current = '';
  const push = () => {
    if (current.trim()) pieces.push(current);
    current = '';
  };
  for (const paragraph of text.split(/\n{2,}/)) {
    const joined = current ? `${current}\n\n${paragraph}` : paragraph;
    if (joined.length <= limit) {
      current = joined;
      continue;
    }
    push();
    let rest = paragraph;
    while (rest.length > limit) {
      const at = safeCut(rest, limit);
      pieces.push(rest.slice(0, at).trimEnd());
      rest = rest.slice(at).replace(/^\s+/, '');
    }
    current = rest;
  }
  push();
  return pieces;
}

/**
 * Slack message text as a person typed it: the bot's own mention removed, other mentions and
 * links turned into their visible words (channel references kept whole, for `post`), entities
 * unescaped. Used on mentions, DMs and commands.
 */
export function fromSlackText(text: string, botUserId?: string): string {
  // Most commands ("summary", "quote Egeland") hold no markup at all.
  if (!text.includes('<') && !text.includes('&')) return text.replace(/\s+/g, ' ').trim();
  let out = text;
  if (botUserId) out = out.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ');
  out = out
    .replace(/<@([UW][A-Z0-9]+)\|([^>]+)>/g, '@$2')
    .replace(/<@([UW][A-Z0-9]+)>/g, '@$1')
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]+))?>/g, (_m, name?: string) => name ?? '@group')
    // Channel references stay as they are (`<#C…|name>`): `post` needs the id, and they ping no one.
    .replace(/<(?!#[CG][A-Z0-9]+(?:\|[^>]*)?>)([^>|]+)\|([^>]+)>/g, '$2')
    .replace(/<(?!#[CG][A-Z0-9]+(?:\|[^>]*)?>)([^>]+)>/g, '$1');
  return out.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}
