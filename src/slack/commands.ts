/**
 * The slash command (`/aleppo …`): the text goes through the shared parser (`answerText`), the
 * reply is rendered as blocks. Private by default with a "Share to channel" button; the word
 * `public` at either end posts in the channel at once.
 */
import type { App, RespondArguments } from '@slack/bolt';
import type { CommandContext } from '../../commands/types.js';
import { answerText } from '../invocation.js';
import type { Reply } from '../reply.js';
import { fromSlackText } from './mrkdwn.js';
import { renderBlocks } from './render-blocks.js';

/** Replies worth a Share button: an error or help is for the person who asked. */
const SHAREABLE = new Set<Reply['kind']>(['summary', 'quotes', 'answer', 'share']);

/** Takes a leading or trailing `public` off the command text. */
export function splitPublic(text: string): { text: string; isPublic: boolean } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.at(-1)?.toLowerCase() === 'public') return { text: words.slice(0, -1).join(' '), isPublic: true };
  if (words[0]?.toLowerCase() === 'public') return { text: words.slice(1).join(' '), isPublic: true };
  return { text: words.join(' '), isPublic: false };
}

/** Answers what followed `/aleppo` as the Slack response for it. */
export async function commandResponse(rawText: string, ctx: CommandContext): Promise<RespondArguments> {
  const { text, isPublic } = splitPublic(fromSlackText(rawText));
  const reply = await answerText(`/${ctx.commandName} ${text}`, ctx);
  const shareValue = !isPublic && SHAREABLE.has(reply.kind) ? text : undefined;
  return {
    response_type: isPublic && reply.kind !== 'error' ? 'in_channel' : 'ephemeral',
    ...renderBlocks(reply, shareValue === undefined ? {} : { shareValue }),
  };
}

/**
 * Slack wants an acknowledgement within 3 s. The answer usually comes from memory in
 * milliseconds and goes back in the acknowledgement itself; should it take longer than
 * `ackWithinMs`, we acknowledge empty and send the answer to the response URL.
 */
export function registerSlashCommand(app: App, ctx: CommandContext, ackWithinMs = 2000): void {
  app.command(`/${ctx.commandName}`, async ({ command, ack, respond }) => {
    const work = commandResponse(command.text ?? '', ctx);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(resolve, ackWithinMs, undefined);
    });
    const early = await Promise.race([work, late]);
    clearTimeout(timer);
    if (early) return ack(early);
    await ack();
    await respond(await work);
  });
}
