/**
 * The slash command (`/aleppo …`): the text goes through the shared parser (`answerTextWithCommand`,
 * which also reads the word `public` at either end), the reply is rendered as blocks. Private by
 * default with a "Share to channel" button; a public answer goes in the channel at once.
 */
import type { App, RespondArguments } from '@slack/bolt';
import type { CommandContext } from '../../../commands/types.js';
import { answerTextWithCommand } from '../../core/invocation.js';
import type { Answered, Observer } from '../../runtime/observe.js';
import { Recent } from '../../runtime/recent.js';
import { fromSlackText } from './mrkdwn.js';
import { isOperatorText, operatorAnswer, type Operators } from './operators.js';
import { renderBlocks } from './render-blocks.js';

/** A Slack response and what it answers, for the logs and metrics. */
export interface SlackResponse extends Answered {
  response: RespondArguments;
}

/** Answers what followed `/aleppo` as the Slack response for it. */
export async function commandResponse(rawText: string, ctx: CommandContext): Promise<RespondArguments> {
  return (await respondTo(fromSlackText(rawText), ctx)).response;
}

async function respondTo(text: string, ctx: CommandContext): Promise<SlackResponse> {
  const { command, reply } = await answerTextWithCommand(`/${ctx.commandName} ${text}`, ctx, { share: true });
  return { command, kind: reply.kind, response: { response_type: reply.visibility === 'channel' ? 'in_channel' : 'ephemeral', ...renderBlocks(reply) } };
}

/**
 * Responses to member commands, kept by their text (see `Recent`). Operator commands (post,
 * status) and errors (a failure may pass) are never kept.
 */
export class ResponseCache {
  private readonly kept: Recent<Readonly<SlackResponse>>;

  constructor(
    private readonly ctx: CommandContext,
    capacity?: number,
  ) {
    this.kept = new Recent(capacity);
  }

  /** The kept response for this text, if any (and it becomes the most recently used). */
  peek(rawText: string): Readonly<SlackResponse> | undefined {
    return this.kept.get(rawText);
  }

  async get(rawText: string): Promise<Readonly<SlackResponse>> {
    const hit = this.peek(rawText);
    if (hit) return hit;
    const text = fromSlackText(rawText);
    const response = await respondTo(text, this.ctx);
    if (!isOperatorText(text, this.ctx) && response.kind !== 'error') this.kept.set(rawText, response);
    return response;
  }
}

export interface SlashCommandOptions {
  /** Answer in the acknowledgement when ready within this many ms. Default 2,000. */
  ackWithinMs?: number;
  /** Told of every reply (platform "slack"), for one log line and the metrics. */
  observer?: Pick<Observer, 'reply'>;
}

/**
 * Slack wants an acknowledgement within 3 s. The answer usually comes from memory in
 * milliseconds and goes back in the acknowledgement itself; should it take longer than
 * `ackWithinMs`, we acknowledge empty and send the answer to the response URL.
 */
export function registerSlashCommand(app: App, ctx: CommandContext, operators: Operators, { ackWithinMs = 2000, observer }: SlashCommandOptions = {}): void {
  const cache = new ResponseCache(ctx);
  app.command(`/${ctx.commandName}`, async ({ command, ack, respond }) => {
    const started = performance.now();
    const observe = ({ command: name, kind }: Answered) =>
      observer?.reply({ id: command.trigger_id, platform: 'slack', command: name, kind, ms: performance.now() - started });
    const raw = command.text ?? '';
    const hit = cache.peek(raw);
    if (hit) {
      await ack(hit.response);
      return observe(hit);
    }
    // Operator commands are always private, whatever the text says.
    const text = fromSlackText(raw);
    const work: Promise<Readonly<SlackResponse>> = isOperatorText(text, ctx)
      ? operatorAnswer(`/${ctx.commandName} ${text}`, { userId: command.user_id, teamId: command.team_id }, ctx, operators).then(({ message, ...answered }) => ({
          ...answered,
          response: { response_type: 'ephemeral', ...message },
        }))
      : cache.get(raw);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(resolve, ackWithinMs, undefined);
    });
    const early = await Promise.race([work, late]);
    clearTimeout(timer);
    if (early) {
      await ack(early.response);
      return observe(early);
    }
    await ack();
    const answer = await work;
    await respond(answer.response);
    observe(answer);
  });
}
