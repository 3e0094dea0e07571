/**
 * Buttons, one listener dispatching by action id. "Share to channel" answers the reader command its
 * value names again and posts that in the channel, then removes the private copy; Confirm and
 * Cancel belong to `post` and run through the dispatcher's operator check. All three act only on
 * the bot's own messages. The article link button opens a URL in the browser; Slack still sends
 * us the click, which we acknowledge.
 */
import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import { confirmPost } from '../../../commands/post.js';
import type { CommandContext } from '../../../commands/types.js';
import { errorReply, runFollowUp, shareableAnswer } from '../../core/invocation.js';
import { SHARE_BUTTON, type Answered, type Observer } from '../../runtime/observe.js';
import { CANNOT_SHARE, type Reply } from '../../core/reply.js';
import { publishedReply } from '../../core/reply/post-outcome.js';
import { CANCELLED } from '../../core/reply/wording.js';
import type { BotIdentity } from './app.js';
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

/**
 * Share: the value is whatever the client sent back, so it is only ever read as a reader's command
 * (never post, status or post update) and answered, for the channel, as it would be for anyone.
 */
export function shareHandler(ctx: CommandContext): ButtonHandler {
  return async ({ value, respond }) => {
    const answer = await shareableAnswer(value, ctx);
    if (!answer) {
      await privately(respond, CANNOT_SHARE);
      return { command: SHARE_BUTTON, kind: 'error' };
    }
    await respond({ response_type: 'in_channel', replace_original: false, ...renderBlocks(answer) });
    await respond({ delete_original: true });
    return { command: SHARE_BUTTON, kind: 'shared' };
  };
}

/** The person who clicked, and their workspace. */
function askerOf(body: BlockAction): SlackAsker {
  const { user } = body;
  const name = user.name ?? user.username;
  const teamId = body.team?.id ?? user.team_id;
  return { userId: user.id, ...(name ? { name } : {}), ...(teamId ? { teamId } : {}) };
}

/**
 * Confirm: the clicker must be an operator (a preview in a thread is seen by everyone); the channel
 * is resolved again and must be in their workspace; the card is published once through the shared
 * ledger, and the outcome replaces the preview.
 */
export function confirmHandler(ctx: CommandContext, operators: Operators): ButtonHandler {
  return async ({ value, body, respond }) => {
    const asked = contextFor(askerOf(body), ctx, operators);
    const outcome = await runFollowUp('post', asked, async (): Promise<Reply> => {
      const wanted = parseButtonValue(value);
      if (!asked.posting || !wanted) return errorReply('Posting is not available here any more; run the command again.');
      const confirmed = await confirmPost(wanted, { ...asked, posting: asked.posting });
      return confirmed.ok ? publishedReply(confirmed.result) : errorReply(confirmed.reason);
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
      await respond({ replace_original: true, text: CANCELLED });
    });
    if (outcome.ok) return { command: 'post', kind: 'cancelled' };
    await privately(respond, outcome.refusal);
    return { command: 'post', kind: 'error' };
  };
}

/**
 * Whether the click came from a message this bot sent. With a click on an ordinary message Slack
 * sends the message, whose bot_id, app_id or user says whose it is; with a click on an ephemeral
 * one it sends none, and only an app can send those (Slack routes their clicks to that app). A
 * click with neither is on nothing of ours.
 */
export function fromOwnMessage(body: BlockAction, identity: Pick<BotIdentity, 'botId' | 'botUserId'>): boolean {
  const message = body.message as { bot_id?: string; app_id?: string; user?: string } | undefined;
  if (message) return message.bot_id === identity.botId || message.user === identity.botUserId || (message.app_id !== undefined && message.app_id === body.api_app_id);
  return body.container?.type === 'message' && body.container.is_ephemeral === true;
}

/** `handler`, for clicks on the bot's own messages only; any other gets a private refusal. */
function onOwnMessages(command: string, identity: Pick<BotIdentity, 'botId' | 'botUserId'>, handler: ButtonHandler): ButtonHandler {
  return async (click) => {
    if (fromOwnMessage(click.body, identity)) return handler(click);
    await privately(click.respond, CANNOT_SHARE);
    return { command, kind: 'error' };
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

export function defaultHandlers(ctx: CommandContext, operators: Operators, identity: Pick<BotIdentity, 'botId' | 'botUserId'>): Record<string, ButtonHandler> {
  return {
    [ACTIONS.share]: onOwnMessages(SHARE_BUTTON, identity, shareHandler(ctx)),
    [ACTIONS.openLink]: async () => {},
    [POST_ACTIONS.confirm]: onOwnMessages('post', identity, confirmHandler(ctx, operators)),
    [POST_ACTIONS.cancel]: onOwnMessages('post', identity, cancelHandler(ctx, operators)),
  };
}
