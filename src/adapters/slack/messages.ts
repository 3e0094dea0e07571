/**
 * Free text: a mention in a channel (answered in a thread under it, or in the thread it was
 * written in; an operator command only to its writer) and a direct message (answered in the DM). Messages from bots, edits and other
 * subtypes are ignored, and an event Slack delivers again is answered only once.
 */
import type { App } from '@slack/bolt';
import type { CommandContext } from '../../../commands/types.js';
import { answerTextWithCommand } from '../../core/invocation.js';
import type { Answered, Observer } from '../../runtime/observe.js';
import type { HandledIds } from '../../store/handled-ids.js';
import { fromSlackText } from './mrkdwn.js';
import { isOperatorText, operatorAnswer, type Operators, type SlackAsker } from './operators.js';
import { renderBlocks, type SlackMessage } from './render-blocks.js';

/** Subtypes that are still a person writing to the bot. */
const PERSON_SUBTYPES = new Set(['thread_broadcast', 'file_share']);

interface Incoming {
  type: string;
  channel: string;
  ts: string;
  text?: string;
  thread_ts?: string;
  channel_type?: string;
  bot_id?: string;
  subtype?: string;
  edited?: unknown;
  user?: string;
  /** The workspace the message was written in. */
  team?: string;
}

/** Slack's own id for the delivery, else the message's channel and timestamp. */
function deliveryId(body: unknown, event: Incoming): string {
  const id = (body as { event_id?: unknown }).event_id;
  return typeof id === 'string' ? id : `${event.channel}:${event.ts}`;
}

function fromPerson(event: Incoming): boolean {
  if (event.bot_id || event.edited) return false;
  return event.subtype === undefined || PERSON_SUBTYPES.has(event.subtype);
}

/** Where the answer goes: under a mention (or in its thread); in a DM as it came. */
function threadFor(event: Incoming): string | undefined {
  return event.type === 'app_mention' ? (event.thread_ts ?? event.ts) : event.thread_ts;
}

async function answer(event: Incoming, text: string, asker: SlackAsker, ctx: CommandContext, operators: Operators, operator: boolean): Promise<Answered & { message: SlackMessage }> {
  if (operator) return operatorAnswer(text, asker, ctx, operators);
  // A mention is answered in its thread, for the channel; a DM stays between the two of us.
  const { command, reply } = await answerTextWithCommand(text, ctx, { visibility: event.type === 'app_mention' ? 'channel' : 'private' });
  return { command, kind: reply.kind, message: renderBlocks(reply) };
}

/** Listens for mentions and direct messages; `observer` is told of every answer (platform "slack"). */
export function registerMessages(app: App, ctx: CommandContext, seen: HandledIds, operators: Operators, observer?: Pick<Observer, 'reply'>): void {
  // One listener for both events: Bolt runs every listener's filters on every request.
  app.event(/^(?:app_mention|message)$/, async ({ event: raw, body, client, context }) => {
    const started = performance.now();
    const event = raw as unknown as Incoming;
    if (event.type === 'message' && event.channel_type !== 'im') return;
    const id = deliveryId(body, event);
    if (!fromPerson(event) || !(await seen.first(`slack:${id}`))) return;
    const text = fromSlackText(event.text ?? '', context.botUserId);
    const teamId = event.team ?? (body as { team_id?: string }).team_id;
    const operator = isOperatorText(text, ctx);
    const { message, ...answered } = await answer(event, text, { userId: event.user ?? '', ...(teamId ? { teamId } : {}) }, ctx, operators, operator);
    const thread = threadFor(event);
    const where = { channel: event.channel, ...(thread ? { thread_ts: thread } : {}) };
    // An operator command written in a channel (status, a post preview, a refusal) is for the
    // one who wrote it: the ledger and a Confirm button do not belong in a public thread.
    if (operator && event.type === 'app_mention' && event.user) await client.chat.postEphemeral({ ...where, user: event.user, ...message });
    else await client.chat.postMessage({ ...where, ...message });
    observer?.reply({ id, platform: 'slack', ...answered, ms: performance.now() - started });
  });
}
