/**
 * Rendered answers to member commands, kept by subcommand, options and visibility (see `Recent`
 * for why): a repeated question is answered without running the command or rendering the embed
 * again. Operator commands (post, status) and errors are never kept.
 */
import type { Command } from '../../../commands/types.js';
import type { Invocation } from '../../core/invocation.js';
import { Recent } from '../../runtime/recent.js';
import type { ReplyKind } from '../../core/reply.js';
import type { DiscordMessage } from './render-embed.js';

/** A rendered answer and its kind (for the log line and the metrics). */
export interface Answer {
  kind: ReplyKind;
  message: DiscordMessage;
}

export type Answers = Recent<Readonly<Answer>>;

export function createAnswers(capacity?: number): Answers {
  return new Recent(capacity);
}

/** The kept answer to this question, else `answer()`'s (kept for next time when it may be). */
export async function answerOnce(kept: Answers | undefined, command: Command, invocation: Invocation, isPublic: boolean, answer: () => Promise<Answer>): Promise<Readonly<Answer>> {
  if (!kept || command.operator) return answer();
  // Options are read in their declared order, so equal questions give equal keys.
  const key = `${isPublic ? 'public' : 'private'} ${invocation.command} ${JSON.stringify(invocation.options)}`;
  const hit = kept.get(key);
  if (hit) return hit;
  const fresh = await answer();
  if (fresh.kind !== 'error') kept.set(key, fresh);
  return fresh;
}
