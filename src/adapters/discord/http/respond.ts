/**
 * Answering over HTTP inside Discord's 3 seconds: the interaction's first response is the HTTP
 * response's body; when the work is slower than the defer threshold, the body defers (type 5, or
 * 6 for a button) and the result goes through the interaction's webhook afterwards.
 */
import { InteractionResponseType, MessageFlags, type APIInteractionResponse } from 'discord.js';
import { describeError } from '../errors.js';
import { renderNotice, withoutFlags, type DiscordMessage } from '../render-embed.js';
import { within, type Log } from '../respond.js';

/** One interaction's way back: the HTTP response once, then its webhook. */
export interface HttpTurn {
  /** Sends the interaction's first response as the HTTP response. Only the first call counts. */
  answer(response: APIInteractionResponse): void;
  /** Whether `answer` was called. */
  readonly answered: boolean;
  /** PATCH /webhooks/{app}/{token}/messages/@original: the reply (or the button's message) after a deferral. */
  editOriginal(body: ApiMessage): Promise<void>;
  /** POST /webhooks/{app}/{token}: a further message. */
  followUp(body: ApiMessage): Promise<void>;
}

/** A message as Discord's API takes it (snake case), never parsing mentions. */
export interface ApiMessage {
  content?: string;
  embeds: DiscordMessage['embeds'];
  components: DiscordMessage['components'];
  allowed_mentions: { parse: [] };
  flags?: number;
}

/** The renderers' message (discord.js's shape) in the API's: `allowedMentions` → `allowed_mentions`. */
export function apiMessage({ allowedMentions, ...message }: DiscordMessage): ApiMessage {
  return { ...message, allowed_mentions: allowedMentions };
}

/** Sends what `work` produces as the reply, as `respond` does in gateway mode (private as the message says; a deferral as `ephemeral` says). */
export async function respondHttp(turn: HttpTurn, work: Promise<DiscordMessage>, ephemeral: boolean, deferAfterMs: number): Promise<void> {
  const first = await within(work, deferAfterMs);
  if (first !== 'slow') return turn.answer({ type: InteractionResponseType.ChannelMessageWithSource, data: apiMessage(first) });
  turn.answer({ type: InteractionResponseType.DeferredChannelMessageWithSource, ...(ephemeral ? { data: { flags: MessageFlags.Ephemeral } } : {}) });
  await turn.editOriginal(apiMessage(withoutFlags(await work)));
}

/** Replaces the message a button is on with what `work` produces (deferring the update when slow). */
export async function updateHttp(turn: HttpTurn, work: Promise<DiscordMessage>, deferAfterMs: number): Promise<void> {
  const first = await within(work, deferAfterMs);
  if (first !== 'slow') return turn.answer({ type: InteractionResponseType.UpdateMessage, data: apiMessage({ content: '', ...withoutFlags(first) }) });
  turn.answer({ type: InteractionResponseType.DeferredMessageUpdate });
  await turn.editOriginal(apiMessage({ content: '', ...withoutFlags(await work) }));
}

/** Last resort: a private sentence, as the response or as a follow-up when one was sent already. */
export async function sayPrivatelyHttp(turn: HttpTurn, text: string, log: Log): Promise<void> {
  const message = apiMessage(renderNotice(text));
  if (!turn.answered) return turn.answer({ type: InteractionResponseType.ChannelMessageWithSource, data: message });
  await turn.followUp(message).catch((error: unknown) => log(`discord: could not send the error notice either: ${describeError(error)}`, 'error'));
}
