/**
 * What the person who clicked Confirm is told, on every platform: posted (with a link to the
 * post), already there, or why not. Cancel's line is `CANCELLED` (wording.ts).
 */
import type { PublishResult } from '../posting-port.js';
import { reply, type Reply } from '../reply.js';
import { LABELS } from './wording.js';

export function publishedReply(result: PublishResult): Reply {
  const actions = result.permalink ? [{ type: 'link' as const, label: LABELS.openPost, url: result.permalink }] : [];
  if (result.status === 'posted') return reply({ kind: 'post', title: 'Posted', text: `Posted in ${result.label}.`, actions });
  if (result.status === 'already') {
    return reply({ kind: 'post', title: 'Already posted', text: `Already posted in ${result.label}; nothing new was sent.`, actions });
  }
  return reply({ kind: 'error', title: 'Not posted', text: `Not posted in ${result.label}: ${result.reason ?? 'The platform did not say why.'}`, actions });
}
