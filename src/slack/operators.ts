/**
 * Who may use the operator commands (`post`, `status`) in Slack: the users listed in
 * SLACK_POST_ALLOWED_USERS, or, when that is unset, workspace admins and owners (users.info).
 */
import type { webApi } from '@slack/bolt';
import { findCommand } from '../../commands/index.js';
import type { Command, CommandContext } from '../../commands/types.js';
import { answerTextWithCommand, errorReply } from '../invocation.js';
import type { Answered } from '../observe.js';
import { isPostPreview } from '../posts/card.js';
import type { PostTarget } from '../posts/publisher.js';
import type { Reply } from '../reply.js';
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

/** The operator command the text (slash form or plain) asks for, if it asks for one. */
function operatorCommandOf(text: string, ctx: CommandContext): Command | undefined {
  const rest = text.trim().replace(new RegExp(`^/${ctx.commandName}(?:\\s+|$)`, 'i'), '');
  const command = findCommand(rest.split(/\s+/)[0] ?? '', ctx.commands);
  return command?.operator ? command : undefined;
}

/** Whether the text (slash form or plain) asks for an operator command. */
export function isOperatorText(text: string, ctx: CommandContext): boolean {
  return operatorCommandOf(text, ctx) !== undefined;
}

export function notAllowed(ctx: CommandContext, allowedUsers?: readonly string[]): Reply {
  const who = allowedUsers?.length ? 'the people listed in SLACK_POST_ALLOWED_USERS' : 'workspace admins and owners';
  return errorReply(`Only ${who} can use /${ctx.commandName} post and status.`);
}

export interface Operators {
  check: OperatorCheck;
  allowedUsers?: readonly string[];
}

/** The channel as a Slack reference that `resolve` reads again on Confirm, keeping its name. */
export function channelRef(target: PostTarget): string {
  return `<#${target.channel}|${target.label.replace(/^#/, '')}>`;
}

/** An operator command's message and what it answers, for the logs and metrics. */
export interface OperatorAnswer extends Answered {
  message: SlackMessage;
}

/**
 * Answers an operator command for `userId`: refused unless allowed; a `post` preview becomes the
 * card with Confirm / Cancel. `text` is what `answerText` reads ("/aleppo post <#C…|news>").
 */
export async function operatorAnswer(text: string, userId: string, ctx: CommandContext, operators: Operators): Promise<OperatorAnswer> {
  if (!(await operators.check(userId))) {
    const command = operatorCommandOf(text, ctx)?.name ?? 'none';
    return { command, kind: 'error', message: renderBlocks(notAllowed(ctx, operators.allowedUsers)) };
  }
  const { command, reply } = await answerTextWithCommand(text, { ...ctx, requestedBy: `slack:${userId}` });
  const message = isPostPreview(reply) ? renderPreview(reply, channelRef(reply.post.target)) : renderBlocks(reply);
  return { command, kind: reply.kind, message };
}
