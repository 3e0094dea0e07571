/**
 * Free text: a mention in a channel (answered in a thread under it, or in the thread it was
 * written in) and a direct message (answered in the DM). Messages from bots, edits and other
 * subtypes are ignored, and an event Slack delivers again is answered only once.
 */
import type { AllMiddlewareArgs, App } from '@slack/bolt';
import type { CommandContext } from '../../commands/types.js';
import { answerText } from '../invocation.js';
import { fromSlackText } from './mrkdwn.js';
import type { RecentIds } from './recent-ids.js';
import { renderBlocks } from './render-blocks.js';

/** Subtypes that are still a person writing to the bot. */
const PERSON_SUBTYPES = new Set(['thread_broadcast', 'file_share']);

interface Incoming {
  channel: string;
  ts: string;
  text?: string;
  thread_ts?: string;
  bot_id?: string;
  subtype?: string;
  edited?: unknown;
}

/** Slack's own id for the delivery, else the message's channel and timestamp. */
function deliveryId(body: unknown, event: Incoming): string {
  const id = (body as { event_id?: unknown }).event_id;
  return typeof id === 'string' ? id : `${event.channel}:${event.ts}`;
}

async function answer(event: Incoming, inThread: string | undefined, { client, context }: AllMiddlewareArgs, ctx: CommandContext) {
  const reply = await answerText(fromSlackText(event.text ?? '', context.botUserId), ctx);
  await client.chat.postMessage({ channel: event.channel, ...(inThread ? { thread_ts: inThread } : {}), ...renderBlocks(reply) });
}

function fromPerson(event: Incoming): boolean {
  if (event.bot_id || event.edited) return false;
  return event.subtype === undefined || PERSON_SUBTYPES.has(event.subtype);
}

export function registerMessages(app: App, ctx: CommandContext, seen: RecentIds): void {
  app.event('app_mention', async (args) => {
    const event = args.event as Incoming;
    if (!fromPerson(event) || !seen.first(deliveryId(args.body, event))) return;
    await answer(event, event.thread_ts ?? event.ts, args, ctx);
  });

  app.message(async (args) => {
    const event = args.message as Incoming & { channel_type?: string };
    if (event.channel_type !== 'im' || !fromPerson(event) || !seen.first(deliveryId(args.body, event))) return;
    await answer(event, event.thread_ts, args, ctx);
  });
}
