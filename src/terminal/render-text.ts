/** The neutral reply as terminal text: title, body with Markdown marks removed, then the citation line. */
import type { Reply } from '../reply.js';

function markdownToText(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\((\S+?)\)/g, (_m, label: string, href: string) => (label === href ? href : `${label} <${href}>`))
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
}

export function citationLine(reply: Reply): string {
  const paragraphs = [...new Set(reply.citations.map((c) => c.paragraph))].sort((a, b) => a - b);
  const parts = [];
  if (paragraphs.length) parts.push(`paragraph${paragraphs.length > 1 ? 's' : ''} ${paragraphs.join(', ')}`);
  if (reply.source) parts.push(reply.source);
  return parts.length ? `Source: ${parts.join(' · ')}` : '';
}

export function renderText(reply: Reply): string {
  const lines = [reply.title, '', markdownToText(reply.text)];
  const cite = reply.kind === 'quotes' || reply.kind === 'answer' || reply.kind === 'summary' ? citationLine(reply) : '';
  if (cite) lines.push('', cite);
  // Set only with PUBLIC_URL: the first cited paragraph on the bot's own page.
  const link = cite ? reply.citations.find((c) => c.url)?.url : undefined;
  if (link) lines.push(`Read it on the page: ${link}`);
  return lines.join('\n');
}
