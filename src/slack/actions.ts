/**
 * Buttons, one listener dispatching by action id. "Share to channel" runs the same command
 * again and posts the answer in the channel, then removes the private copy. The article link
 * button opens a URL in the browser; Slack still sends us the click, which we acknowledge.
 */
import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import type { CommandContext } from '../../commands/types.js';
import { answerText, errorReply } from '../invocation.js';
import { SHARE_BUTTON, type Answered, type Observer } from '../observe.js';
import type { PublishResult } from '../posts/posting.js';
import { reply, type Reply } from '../reply.js';
import { notAllowed, type Operators } from './operators.js';
import { ACTIONS, renderBlocks } from './render-blocks.js';
import { parseButtonValue, POST_ACTIONS } from './render-post.js';

export interface ButtonClick {
  value: string;
  body: BlockAction;
  respond: RespondFn;
}

/** Handles one click; says what it answered (nothing for a click that needs no reply). */
export type ButtonHandler = (click: ButtonClick) => Promise<Answered | void>;

export function shareHandler(ctx: CommandContext): ButtonHandler {
  return async ({ value, respond }) => {
    const reply = await answerText(`/${ctx.commandName} ${value}`, ctx);
    await respond({ response_type: 'in_channel', replace_original: false, ...renderBlocks(reply) });
    await respond({ delete_original: true });
    return { command: SHARE_BUTTON, kind: 'shared' };
  };
}

/** What Confirm answers: one line, with the post's link or the reason it was not made. */
export function publishReply(result: PublishResult): Reply {
  const link = result.permalink ? ` [Open the post](${result.permalink})` : '';
  if (result.status === 'posted') return reply({ kind: 'post', title: 'Posted', text: `Posted the article in ${result.label}.${link}` });
  if (result.status === 'already') return reply({ kind: 'post', title: 'Already posted', text: `The article is already in ${result.label}.${link}` });
  return errorReply(result.reason ?? `Could not post in ${result.label}.`);
}

/**
 * Confirm: checks again that the person clicking may post (a preview in a thread is seen by
 * everyone), resolves the channel again, publishes once through the shared ledger, and replaces
 * the preview with the outcome.
 */
export function confirmHandler(ctx: CommandContext, operators: Operators): ButtonHandler {
  return async ({ value, body, respond }) => {
    const user = body.user;
    const answer = async (r: Reply): Promise<Answered> => {
      await respond({ replace_original: true, ...renderBlocks(r) });
      return { command: 'post', kind: r.kind };
    };
    if (!(await operators.check(user.id))) {
      await respond({ replace_original: false, response_type: 'ephemeral', ...renderBlocks(notAllowed(ctx, operators.allowedUsers)) });
      return { command: 'post', kind: 'error' };
    }
    const wanted = parseButtonValue(value);
    if (!ctx.posting || !wanted) return answer(errorReply('Posting is not available here any more; run the command again.'));
    const resolved = await ctx.posting.resolve(wanted.channel);
    if (!resolved.ok) return answer(errorReply(resolved.reason));
    const name = user.name ?? user.username;
    const result = await ctx.posting.publish(resolved.target, { force: wanted.force, requestedBy: `slack:${user.id}${name ? ` (${name})` : ''}` });
    return answer(publishReply(result));
  };
}

export const cancelHandler: ButtonHandler = async ({ respond }) => {
  await respond({ replace_original: true, text: 'Cancelled; nothing was posted.' });
  return { command: 'post', kind: 'cancelled' };
};

/** One listener for every button; `observer` is told of each click that got a reply (platform "slack"). */
export function registerActions(app: App, handlers: Record<string, ButtonHandler>, observer?: Pick<Observer, 'reply'>): void {
  const ids = Object.keys(handlers).map((id) => id.replace(/[^\w-]/g, ''));
  app.action<BlockAction<ButtonAction>>(new RegExp(`^(?:${ids.join('|')})$`), async ({ ack, action, body, respond }) => {
    const started = performance.now();
    await ack();
    const answered = await handlers[action.action_id]?.({ value: action.value ?? '', body, respond });
    if (answered) observer?.reply({ id: body.trigger_id, platform: 'slack', ...answered, ms: performance.now() - started });
  });
}

export function defaultHandlers(ctx: CommandContext, operators: Operators): Record<string, ButtonHandler> {
  return {
    [ACTIONS.share]: shareHandler(ctx),
    [ACTIONS.openLink]: async () => {},
    [POST_ACTIONS.confirm]: confirmHandler(ctx, operators),
    [POST_ACTIONS.cancel]: cancelHandler,
  };
}
