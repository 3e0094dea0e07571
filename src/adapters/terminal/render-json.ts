/**
 * The neutral reply as the terminal's `--json` output: one object a line for scripts, with the
 * body as plain text (`text`) beside the structured fields they read.
 */
import type { Citation, QuoteRef, Reply } from '../../core/reply.js';
import { plainText } from './render-text.js';

export interface JsonReply {
  kind: Reply['kind'];
  title: string;
  /** The body as the terminal prints it, without the title and citation line. */
  text: string;
  quotes: QuoteRef[];
  citations: Citation[];
  url?: string;
  confidence?: 'high' | 'low';
  source?: string;
}

export function renderJson(reply: Reply): JsonReply {
  const { kind, title, quotes, citations, url, confidence, source } = reply;
  return {
    kind,
    title,
    text: plainText(reply.blocks),
    quotes,
    citations,
    ...(url === undefined ? {} : { url }),
    ...(confidence === undefined ? {} : { confidence }),
    ...(source === undefined ? {} : { source }),
  };
}
