/**
 * Buttons, one listener dispatching by action id. "Share to channel" runs the same command
 * again and posts the answer in the channel, then removes the private copy; Confirm and Cancel
 * belong to `post` and run through the dispatcher's operator check. The article link
 * button opens a URL in the browser; Slack still sends us the click, which we acknowledge.
 */
import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import type { CommandContext } from '../../commands/types.js';
import { answerText, errorReply, runFollowUp } from '../invocation.js';
import { SHARE_BUTTON, type Answered, type Observer } from '../observe.js';
import type { PublishResult } from '../posts/posting.js';
import { reply, type Reply } from '../reply.js';
import { contextFor, type Operators, type SlackAsker } from './operators.js';
import { ACTIONS, renderBlocks } from './render-blocks.js';
import { parseButtonValue, POST_ACTIONS } from './render-post.js';

export interface ButtonClick {
  value: string;
  body: BlockAction;
  respond: RespondFn;
}

/** Handles one click; says what it answered (nothing for a click that needs no reply). */
export type ButtonHandler = (click: ButtonClick) => Promise<Answered | void>;

/** One private line under the click, leaving the message it was on as it is. */
const privately = (respond: RespondFn, text: string) => respond({ response_type: 'ephemeral', replace_original: false, ...renderBlocks(errorReply(text)) });

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

/** The person who clicked. */
function askerOf(body: BlockAction): SlackAsker {
  const name = body.user.name ?? body.user.username;
  return { userId: body.user.id, ...(name ? { name } : {}) };
}

/**
 * Confirm: the clicker must be an operator (a preview in a thread is seen by everyone); the channel
 * is resolved again, the card is published once through the shared ledger, and the outcome
 * replaces the preview.
 */
export function confirmHandler(ctx: CommandContext, operators: Operators): ButtonHandler {
  return async ({ value, body, respond }) => {
    const asked = contextFor(askerOf(body), ctx, operators);
    const outcome = await runFollowUp('post', asked, async (): Promise<Reply> => {
      const wanted = parseButtonValue(value);
      if (!asked.posting || !wanted) return errorReply('Posting is not available here any more; run the command again.');
      const resolved = await asked.posting.resolve(wanted.channel);
      if (!resolved.ok) return errorReply(resolved.reason);
      return publishReply(await asked.posting.publish(resolved.target, { force: wanted.force, requestedBy: asked.requestedBy ?? 'a command' }));
    });
    if (!outcome.ok) {
      await privately(respond, outcome.refusal);
      return { command: 'post', kind: 'error' };
    }
    await respond({ replace_original: true, ...renderBlocks(outcome.value) });
    return { command: 'post', kind: outcome.value.kind };
  };
}

export function cancelHandler(ctx: CommandContext, operators: Operators): ButtonHandler {
  return async ({ body, respond }) => {
    const outcome = await runFollowUp('post', contextFor(askerOf(body), ctx, operators), async () => {
      await respond({ replace_original: true, text: 'Cancelled; nothing was posted.' });
    });
    if (outcome.ok) return { command: 'post', kind: 'cancelled' };
    await privately(respond, outcome.refusal);
    return { command: 'post', kind: 'error' };
  };
}

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
    [POST_ACTIONS.cancel]: cancelHandler(ctx, operators),
  };
}
