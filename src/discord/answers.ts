/**
 * What the bot answers to a Discord interaction, whichever transport brought it (the gateway's
 * discord.js objects or an HTTP request's raw payload): the transports read the interaction into
 * these plain shapes, and send what comes back. Nothing here replies, defers or touches a socket.
 */
import {
  ComponentType,
  type APIButtonComponent,
  type APIEmbed,
  type ApplicationCommandOptionChoiceData,
} from 'discord.js';
import { findCommand } from '../../commands/index.js';
import type { AutocompleteSource, Command, CommandContext, OptionValues } from '../../commands/types.js';
import { runInvocation } from '../invocation.js';
import type { Answered } from '../observe.js';
import { isPostPreview } from '../posts/card.js';
import type { PostingPort } from '../posts/posting.js';
import { isShareable, type ReplyKind } from '../reply.js';
import { PUBLIC_OPTION } from './command-json.js';
import type { InteractionDeps } from './interactions.js';
import { operatorRefusalFor } from './operators.js';
import { renderNotice, renderReply, renderShared, type DiscordMessage } from './render-embed.js';
import { renderPostResult, renderPreview } from './render-post.js';
import { cutAtSentence } from './cut.js';

/** Who clicked or typed. */
export interface Asker {
  id: string;
  username: string;
}

/** A slash command as read from either transport. */
export interface CommandAsk {
  /** The subcommand's name; absent means help. */
  subcommand: string | undefined;
  /** An option's value as sent (a channel option as the channel's id), or undefined. */
  option(name: string): unknown;
  user: Asker;
  /** The server it was used in; absent in a DM. */
  guildId: string | undefined;
  /** The member's permissions there (Discord's bitfield); absent in a DM. */
  permissions: bigint | string | undefined;
}

/** Refused when a channel lies outside this server: an operator posts in their own server only. */
export const OTHER_SERVER = 'I can only post in a text or announcement channel of this server that I can see.';

/** Posting that resolves only channels of `guildId` (a channel id from another server is refused). */
export function postingIn(posting: PostingPort, guildId: string): PostingPort {
  return {
    ...posting,
    async resolve(channel) {
      const resolved = await posting.resolve(channel);
      return resolved.ok && resolved.target.workspace !== guildId ? { ok: false, reason: OTHER_SERVER } : resolved;
    },
  };
}

/** A command ready to run: refused at once, or work whose message the transport sends. */
export interface PreparedCommand {
  command: Command;
  /** Set when the asker may not run it: say this privately instead. */
  refused?: string;
  /** Private answers carry the ephemeral flag. */
  ephemeral: boolean;
  /** The reply's kind once `run` has resolved ('error' until then), for logs and metrics. */
  kind(): ReplyKind;
  run(): Promise<DiscordMessage>;
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
 * The subcommand through the shared invocation path (`runInvocation`), with the operator
 * precondition run first and posting bound to the asker's server.
 */
export function prepareCommand(ask: CommandAsk, deps: Pick<InteractionDeps, 'ctx' | 'posting'>): PreparedCommand {
  const { ctx } = deps;
  const command = findCommand(ask.subcommand ?? 'help', ctx.commands) ?? findCommand('help', ctx.commands)!;
  const refused = command.operator ? operatorRefusalFor(ask.guildId, ask.permissions) : undefined;
  const isPublic = !command.operator && ask.option(PUBLIC_OPTION) === true;
  let kind: ReplyKind = 'error';
  const run = async (): Promise<DiscordMessage> => {
    // Operator commands get posting (once the ledger is ready); others never wait for it.
    const posting = command.operator && ask.guildId ? await deps.posting : undefined;
    const requestedBy = `discord:${ask.user.id} (${ask.user.username})`;
    const invocation = { command: command.name, options: readOptions(ask, command) };
    const here = ask.guildId ? { workspace: ask.guildId } : {};
    const bound = posting && ask.guildId ? { ...ctx, posting: postingIn(posting, ask.guildId), requestedBy, ...here } : ctx;
    const reply = await runInvocation(invocation, bound);
    kind = reply.kind;
    return isPostPreview(reply) ? renderPreview(reply) : renderReply(reply, { shareable: !isPublic && isShareable(reply) });
  };
  return { command, ...(refused ? { refused } : {}), ephemeral: !isPublic, kind: () => kind, run };
}

/** How a transport sends a command's answer: a private sentence, or the work's message. */
export interface CommandSender {
  privately(text: string): Promise<void>;
  respond(work: Promise<DiscordMessage>, ephemeral: boolean): Promise<void>;
}

/** Prepares and answers a command through `send`; says what was answered, for logs and metrics. */
export async function answerCommand(ask: CommandAsk, deps: Pick<InteractionDeps, 'ctx' | 'posting'>, send: CommandSender): Promise<Answered> {
  const prepared = prepareCommand(ask, deps);
  const name = prepared.command.name;
  if (prepared.refused) {
    await send.privately(prepared.refused);
    return { command: name, kind: 'error' };
  }
  await send.respond(prepared.run(), prepared.ephemeral);
  return { command: name, kind: prepared.kind() };
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
 * "Share to channel": the private answer's embeds and buttons (as API JSON), posted publicly and
 * naming who shared it; undefined when there is nothing left to share.
 */
export function sharedMessage(
  embeds: readonly APIEmbed[],
  rows: readonly { type: number; components?: readonly { type: number }[] }[],
  userId: string,
): DiscordMessage | undefined {
  if (!embeds.length) return undefined;
  const buttons = rows
    .filter((row) => row.type === ComponentType.ActionRow)
    .flatMap((row) => (row.components ?? []).filter((c) => c.type === ComponentType.Button) as APIButtonComponent[]);
  return renderShared(embeds, buttons, userId);
}

export const POSTING_UNAVAILABLE = 'Posting is not available right now. Please try again in a moment.';

/**
 * Confirm on a post preview: resolves the channel again (it may have changed since the preview)
 * within the asker's server, publishes through the posting core and renders the outcome.
 * `answered` hears whether a post was made, for logs and metrics.
 */
export async function confirmPost(
  confirm: { channel: string; force: boolean },
  asker: Asker & { guildId: string },
  deps: Pick<InteractionDeps, 'posting' | 'log'>,
  answered: (a: Answered) => void,
): Promise<DiscordMessage> {
  const posting = await deps.posting;
  if (!posting) return renderNotice(POSTING_UNAVAILABLE);
  const resolved = await postingIn(posting, asker.guildId).resolve(confirm.channel);
  if (!resolved.ok) return renderNotice(resolved.reason);
  const result = await posting.publish(resolved.target, { force: confirm.force, requestedBy: `discord:${asker.id} (${asker.username})` });
  if (result.status === 'failed') deps.log(`discord: post to ${result.label} failed: ${result.reason ?? 'no reason'}`, 'warn');
  else answered({ command: 'post', kind: 'post' });
  return renderPostResult(result);
}
