/**
 * What the bot answers to a Discord interaction, whichever transport brought it (the gateway's
 * discord.js objects or an HTTP request's raw payload): the transports read the interaction into
 * these plain shapes, and send what comes back. Nothing here replies, defers or touches a socket.
 * Every route goes through the dispatcher (`runInvocation`, `runFollowUp`) with the operator check
 * of `contextFor`, and member commands' answers are kept (kept-answers.ts) in both modes.
 */
import {
  ComponentType,
  type APIButtonComponent,
  type ApplicationCommandOptionChoiceData,
} from 'discord.js';
import { findCommand } from '../../../commands/index.js';
import { confirmPost } from '../../../commands/post.js';
import type { AutocompleteSource, Command, CommandContext, OptionValues } from '../../../commands/types.js';
import { invocationText, refusalOf, runFollowUp, runInvocation } from '../../core/invocation.js';
import type { Answered } from '../../runtime/observe.js';
import { isPostPreview } from '../../core/card.js';
import { CANNOT_SHARE, type ReplyKind } from '../../core/reply.js';
import { addressed, PUBLIC, wantedVisibility } from '../../core/reply/visibility.js';
import { CANCELLED } from '../../core/reply/wording.js';
import { describeError } from './errors.js';
import type { InteractionDeps } from './interactions.js';
import { answerOnce, type Answer } from './kept-answers.js';
import { contextFor, type Asking } from './operators.js';
import { isOwnPrivate, offersShare, type ClickedMessage } from './own-message.js';
import { renderNotice, renderReply, renderShared, type DiscordMessage } from './render-embed.js';
import { parseConfirmId, POST_CANCEL, renderPostResult, renderPreview } from './render-post.js';
import { cutAtSentence } from './cut.js';

/** A slash command as read from either transport. */
export interface CommandAsk extends Asking {
  /** The subcommand's name; absent means help. */
  subcommand: string | undefined;
  /** An option's value as sent (a channel option as the channel's id), or undefined. */
  option(name: string): unknown;
}

function readOptions(ask: CommandAsk, command: Command): OptionValues {
  const options: OptionValues = {};
  for (const option of command.options) {
    const value = ask.option(option.name);
    // Channel options arrive as the channel id; strings and booleans as themselves.
    if (typeof value === 'string' || typeof value === 'boolean') options[option.name] = value;
  }
  return options;
}

/**
 * How a transport sends a command's answer: a private sentence, or the work's message. The message
 * says itself whether it is private (its `flags`); `ephemeral` is what the asker wanted, which a
 * deferral must commit to before the answer exists (Discord cannot switch it afterwards).
 */
export interface CommandSender {
  privately(text: string): Promise<void>;
  respond(work: Promise<DiscordMessage>, ephemeral: boolean): Promise<void>;
}

/**
 * Answers the subcommand through `send`: the dispatcher's precondition first (so a refusal is one
 * plain private line, at once, without waiting for posting; runInvocation checks again), then the
 * kept answer or the shared invocation path. Says what was answered, for logs and metrics.
 */
export async function answerCommand(ask: CommandAsk, deps: Pick<InteractionDeps, 'ctx' | 'posting' | 'answers'>, send: CommandSender): Promise<Answered> {
  const { ctx } = deps;
  const command = findCommand(ask.subcommand ?? 'help', ctx.commands) ?? findCommand('help', ctx.commands)!;
  const asked = contextFor(ask, ctx);
  const refused = await refusalOf(command, asked);
  if (refused) {
    await send.privately(refused);
    return { command: command.name, kind: 'error' };
  }
  const wanted = wantedVisibility(command, ask.option(PUBLIC.name) === true);
  const invocation = { command: command.name, options: readOptions(ask, command) };
  let kind: ReplyKind = 'error';
  const answer = async (): Promise<Answer> => {
    // Operator commands get posting (once the ledger is ready); others never wait for it.
    const posting = command.operator ? await deps.posting : undefined;
    const reply = addressed(await runInvocation(invocation, posting ? { ...asked, posting } : asked), wanted, invocationText(invocation));
    return { kind: reply.kind, message: isPostPreview(reply) ? renderPreview(reply) : renderReply(reply) };
  };
  const work = answerOnce(deps.answers, command, invocation, wanted === 'channel', answer).then((answered) => {
    kind = answered.kind;
    return answered.message;
  });
  await send.respond(work, wanted === 'private');
  return { command: command.name, kind };
}

/** At most 25 choices, names and values of 1–100 characters (Discord's autocomplete limits). */
export const MAX_CHOICES = 25;
const CHOICE_LENGTH = 100;

/** Autocomplete choices for the focused option, from the list its declaration names. */
export function suggestions(source: AutocompleteSource, typed: string, ctx: CommandContext): ApplicationCommandOptionChoiceData<string>[] {
  const cut = (text: string) => cutAtSentence(text, CHOICE_LENGTH);
  if (source === 'speakers') {
    return ctx.engine.suggestSpeakers(typed, MAX_CHOICES).map((s) => ({
      name: cut(s.role ? `${s.name} (${s.role})` : s.name),
      value: cut(s.name),
    }));
  }
  return ctx.engine.suggestQuestions(typed, MAX_CHOICES).map((q) => ({ name: cut(q), value: cut(q) }));
}

/** Autocomplete choices for the focused option of `subcommand`: unique by value, best first, at most 25. */
export function choicesFor(subcommand: string | undefined, focused: { name: string; value: unknown }, ctx: CommandContext): ApplicationCommandOptionChoiceData<string>[] {
  const command = findCommand(subcommand ?? '', ctx.commands);
  const source = command?.options.find((o) => o.name === focused.name)?.autocomplete;
  const choices = source ? suggestions(source, String(focused.value ?? ''), ctx) : [];
  return [...new Map(choices.map((c) => [c.value, c])).values()].slice(0, MAX_CHOICES);
}

/**
 * "Share to channel": the private answer's embeds and buttons, posted publicly and naming who
 * shared it. Only an answer the bot itself gave and offered to share is copied: its own message,
 * with its Share button (so never a status, a preview or anyone else's words); undefined otherwise.
 *
 * Slack runs the Share action's command again (`shareableAnswer`); Discord cannot: a button's
 * custom id holds at most 100 characters and a question up to MAX_INPUT (500), so the id is only
 * "share" and the answer comes from the message the button is on. Both keep the same guarantee:
 * what is shared is an answer the bot gave to a reader's command, never words chosen by the client.
 */
export function sharedMessage(message: ClickedMessage, userId: string): DiscordMessage | undefined {
  if (!message.embeds.length || !message.own || !offersShare(message)) return undefined;
  const buttons = message.rows
    .filter((row) => row.type === ComponentType.ActionRow)
    .flatMap((row) => (row.components ?? []).filter((c) => c.type === ComponentType.Button) as APIButtonComponent[]);
  return renderShared(message.embeds, buttons, userId);
}

export { CANNOT_SHARE } from '../../core/reply.js';

export const POSTING_UNAVAILABLE = 'Posting is not available right now. Please try again in a moment.';

/** A click on a button, as read from either transport. */
export interface ButtonClick extends Asking {
  customId: string;
  message: ClickedMessage;
}

/** How a transport answers a click: a private sentence, or an update of the clicked message. */
export interface ButtonSender {
  privately(text: string): Promise<void>;
  update(work: Promise<DiscordMessage>): Promise<void>;
}

/**
 * The post preview's buttons. Both belong to the `post` command, so they run through the
 * dispatcher's `runFollowUp('post', …)` and its operator check, and only on the bot's own private
 * preview. Confirm resolves the channel again (it may have changed since the preview, and the
 * payload comes from the client), requires it in the asker's server and publishes through the
 * posting core; Cancel replaces the preview with a line saying nothing was posted.
 */
export async function answerPostButton(click: ButtonClick, deps: Pick<InteractionDeps, 'ctx' | 'posting' | 'log'>, send: ButtonSender): Promise<Answered> {
  const failed: Answered = { command: 'post', kind: 'error' };
  const refuse = (text: string) => send.privately(text).then(() => failed);
  if (!isOwnPrivate(click.message)) return refuse(CANNOT_SHARE);
  const confirm = parseConfirmId(click.customId);
  if (click.customId !== POST_CANCEL && !confirm) return refuse(POSTING_UNAVAILABLE);
  const asked = contextFor(click, deps.ctx);
  let answered = failed;
  const outcome = await runFollowUp('post', asked, async () => {
    if (!confirm) {
      answered = { command: 'post', kind: 'cancelled' };
      return send.update(Promise.resolve(renderNotice(CANCELLED)));
    }
    const work = (async (): Promise<DiscordMessage> => {
      const posting = await deps.posting;
      if (!posting) return renderNotice(POSTING_UNAVAILABLE);
      const confirmed = await confirmPost(confirm, { ...asked, posting });
      if (!confirmed.ok) return renderNotice(confirmed.reason);
      const { result } = confirmed;
      if (result.status === 'failed') deps.log(`discord: post to ${result.label} failed: ${result.reason ?? 'no reason'}`, 'warn');
      else answered = { command: 'post', kind: 'post' };
      return renderPostResult(result);
    })();
    try {
      await send.update(work);
    } catch (error) {
      deps.log(`discord: confirming a post failed: ${describeError(error)}`, 'error');
      answered = failed;
      await send.privately('Sorry, the post could not be confirmed. Please run the post command again.');
    }
  });
  if (!outcome.ok) return refuse(outcome.refusal);
  return answered;
}
