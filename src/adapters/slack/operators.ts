/**
 * Who may use the operator commands (`post`, `status`) in Slack: the users listed in
 * SLACK_POST_ALLOWED_USERS, or, when that is unset, workspace admins and owners (users.info).
 */
import type { webApi } from '@slack/bolt';
import { findCommand } from '../../../commands/index.js';
import type { CommandContext } from '../../../commands/types.js';
import { answerTextWithCommand } from '../../core/invocation.js';
import type { Answered } from '../../runtime/observe.js';
import { isPostPreview } from '../../core/card.js';
import { splitPublic } from '../../core/reply/visibility.js';
import { renderBlocks, type SlackMessage } from './render-blocks.js';
import { renderPreview } from './render-post.js';

export type OperatorCheck = (userId: string) => Promise<boolean>;

export function operatorCheck(client: webApi.WebClient, allowedUsers?: readonly string[]): OperatorCheck {
  if (allowedUsers?.length) {
    const allowed = new Set(allowedUsers);
    return async (userId) => allowed.has(userId);
  }
  return async (userId) => {
    try {
      const { user } = await client.users.info({ user: userId });
      return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
    } catch {
      // Unknown or unreadable user: not an operator. Deny rather than guess.
      return false;
    }
  };
}

/**
 * Whether the text (slash form or plain, `public` or not) asks for an operator command: such
 * answers are always private and never cached. Who may run them is the dispatcher's to decide,
 * not this routing.
 */
export function isOperatorText(text: string, ctx: CommandContext): boolean {
  const rest = splitPublic(text.trim().replace(new RegExp(`^/${ctx.commandName}(?:\\s+|$)`, 'i'), '')).text;
  return findCommand(rest.split(/\s+/)[0] ?? '', ctx.commands)?.operator === true;
}

/** The refusal for someone who may not use operator commands, naming who may. */
export function notAllowed(ctx: Pick<CommandContext, 'commandName'>, allowedUsers?: readonly string[]): string {
  const who = allowedUsers?.length ? 'the people listed in SLACK_POST_ALLOWED_USERS' : 'workspace admins and owners';
  return `Only ${who} can use /${ctx.commandName} post and status.`;
}

export interface Operators {
  check: OperatorCheck;
  allowedUsers?: readonly string[];
}

/** The person behind a Slack request: their user id, their name when Slack gives it, and their workspace (team id). */
export interface SlackAsker {
  userId: string;
  name?: string;
  teamId?: string;
}

/**
 * What a command or button runs with for this request: who asked (as the ledger records it), the
 * workspace it came from, and the operator check the dispatcher runs for operator commands.
 */
export function contextFor(asker: SlackAsker, ctx: CommandContext, operators: Operators): CommandContext {
  return {
    ...ctx,
    requestedBy: `slack:${asker.userId}${asker.name ? ` (${asker.name})` : ''}`,
    ...(asker.teamId ? { workspace: asker.teamId } : {}),
    checkOperator: async () => ((await operators.check(asker.userId)) ? undefined : notAllowed(ctx, operators.allowedUsers)),
  };
}

/** An operator command's message and what it answers, for the logs and metrics. */
export interface OperatorAnswer extends Answered {
  message: SlackMessage;
}

/**
 * Answers an operator command for `asker` (the dispatcher refuses it unless they are allowed); a
 * `post` preview becomes the card with Confirm / Cancel. `text` is what `answerText` reads
 * ("/aleppo post <#C…|news>").
 */
export async function operatorAnswer(text: string, asker: SlackAsker, ctx: CommandContext, operators: Operators): Promise<OperatorAnswer> {
  const { command, reply } = await answerTextWithCommand(text, contextFor(asker, ctx, operators));
  const message = isPostPreview(reply) ? renderPreview(reply) : renderBlocks(reply);
  return { command, kind: reply.kind, message };
}
