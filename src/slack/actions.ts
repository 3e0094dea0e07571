/**
 * Buttons, one listener dispatching by action id. "Share to channel" runs the same command
 * again and posts the answer in the channel, then removes the private copy. The article link
 * button opens a URL in the browser; Slack still sends us the click, which we acknowledge.
 */
import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import type { CommandContext } from '../../commands/types.js';
import { answerText } from '../invocation.js';
import { ACTIONS, renderBlocks } from './render-blocks.js';

export interface ButtonClick {
  value: string;
  body: BlockAction;
  respond: RespondFn;
}

export type ButtonHandler = (click: ButtonClick) => Promise<void>;

export function shareHandler(ctx: CommandContext): ButtonHandler {
  return async ({ value, respond }) => {
    const reply = await answerText(`/${ctx.commandName} ${value}`, ctx);
    await respond({ response_type: 'in_channel', replace_original: false, ...renderBlocks(reply) });
    await respond({ delete_original: true });
  };
}

export function registerActions(app: App, handlers: Record<string, ButtonHandler>): void {
  const ids = Object.keys(handlers).map((id) => id.replace(/[^\w-]/g, ''));
  app.action<BlockAction<ButtonAction>>(new RegExp(`^(?:${ids.join('|')})$`), async ({ ack, action, body, respond }) => {
    await ack();
    await handlers[action.action_id]?.({ value: action.value ?? '', body, respond });
  });
}

export function defaultHandlers(ctx: CommandContext): Record<string, ButtonHandler> {
  return { [ACTIONS.share]: shareHandler(ctx), [ACTIONS.openLink]: async () => {} };
}
