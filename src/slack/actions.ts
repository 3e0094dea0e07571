/**
 * Buttons: "Share to channel" runs the same command again and posts the answer in the channel,
 * then removes the private copy. The article link button opens a URL in the browser; Slack
 * still sends us the click, which we acknowledge so it shows no warning.
 */
import type { App } from '@slack/bolt';
import type { CommandContext } from '../../commands/types.js';
import { answerText } from '../invocation.js';
import { ACTIONS, renderBlocks } from './render-blocks.js';

export function registerActions(app: App, ctx: CommandContext): void {
  app.action(ACTIONS.share, async ({ ack, action, respond }) => {
    await ack();
    const text = action.type === 'button' ? (action.value ?? '') : '';
    const reply = await answerText(`/${ctx.commandName} ${text}`, ctx);
    await respond({ response_type: 'in_channel', replace_original: false, ...renderBlocks(reply) });
    await respond({ delete_original: true });
  });

  app.action(ACTIONS.openLink, async ({ ack }) => {
    await ack();
  });
}
