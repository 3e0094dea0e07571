/**
 * Discord interactions in, neutral replies out: a slash command becomes an `Invocation` run through
 * the shared path (`runInvocation`), autocomplete draws from the engine's suggestion lists, and the
 * "Share to channel" button reposts a private answer publicly. Every interaction gets an answer
 * inside Discord's 3 seconds: slow work is deferred, and a failure becomes one private sentence.
 */
import { RESTJSONErrorCodes, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import { findCommand } from '../../../commands/index.js';
import type { CommandContext } from '../../../commands/types.js';
import { SHARE_BUTTON, type Answered, type Observer, type PlatformReporting } from '../../runtime/observe.js';
import type { PostingPort } from '../../posting/posting.js';
import { CANNOT_SHARE } from '../../core/reply.js';
import { answerCommand, choicesFor, sharedMessage, type CommandAsk } from './answers.js';
import { describeError } from './errors.js';
import { createAnswers, type Answers } from './kept-answers.js';
import { askingOf } from './operators.js';
import { clickedMessage } from './own-message.js';
import { handlePostButton } from './post-buttons.js';
import { SHARE_BUTTON_ID } from './render-embed.js';
import { DEFER_AFTER_MS, respond, sayPrivately, type Log } from './respond.js';
import type { HandledIds } from '../../store/handled-ids.js';

export type { Log } from './respond.js';
export { NOT_OPERATOR, SERVER_ONLY } from './operators.js';

export interface InteractionDeps {
  ctx: CommandContext;
  log: Log;
  /** Answer directly when the work is done within this many ms, else defer first. Default 1,500. */
  deferAfterMs?: number;
  /**
   * Posting bound to Discord, for `post`, `status` and the Confirm button. A promise because the
   * ledger is reconciled after the gateway is ready; operator commands wait for it (deferring).
   */
  posting?: Promise<PostingPort | undefined>;
  /** Told of every reply (platform "discord"), for one log line and the metrics. Autocomplete is not a reply. */
  observer?: Pick<Observer, 'reply'>;
  /** Rendered answers to member commands, by what was asked (see kept-answers.ts); none kept without it. */
  answers?: Answers;
  /**
   * Interaction ids acted on already, by any instance (the shared store). Two gateway instances
   * identifying the same shard both receive every interaction. Buttons and operator commands
   * (posting, status) are claimed here first, so only one instance acts; a member's question is
   * answered by both, and the slower one's refused reply is expected, not an error (see
   * `answeredElsewhere`): a store write before every answer would halve a lone bot's speed.
   */
  handled?: HandledIds;
}

/** How long an interaction id is remembered: an interaction can be answered for 15 minutes. */
export const INTERACTION_TTL_MS = 15 * 60 * 1000;

export type { Answered } from '../../runtime/observe.js';

/** The handler's dependencies from a transport's start-up options (gateway or HTTP), with a fresh store of kept answers. */
export function interactionDeps(
  ctx: CommandContext,
  options: { log: Log; deferAfterMs?: number; posting?: Promise<PostingPort | undefined>; reporting?: Pick<PlatformReporting, 'observer'>; handled?: HandledIds },
): InteractionDeps {
  return {
    ctx,
    log: options.log,
    ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
    ...(options.posting ? { posting: options.posting } : {}),
    ...(options.reporting ? { observer: options.reporting.observer } : {}),
    ...(options.handled ? { handled: options.handled } : {}),
    answers: createAnswers(),
  };
}

export { MAX_CHOICES, suggestions } from './answers.js';

export const FAILED = 'Sorry, something went wrong answering that. Please try again in a moment.';
export { CANNOT_SHARE } from '../../core/reply.js';

export async function handleInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  const started = performance.now();
  const observe = (answered: Answered | undefined) =>
    answered && deps.observer?.reply({ id: interaction.id, platform: 'discord', ...answered, ms: performance.now() - started });
  try {
    if (deps.handled && actsOnState(interaction, deps.ctx) && !(await deps.handled.first(`discord:${interaction.id}`, INTERACTION_TTL_MS))) return;
    if (interaction.isAutocomplete()) return await autocomplete(interaction, deps);
    if (interaction.isChatInputCommand()) return observe(await command(interaction, deps));
    if (interaction.isButton() && interaction.customId === SHARE_BUTTON_ID) return observe(await share(interaction, deps));
    if (interaction.isButton() && interaction.customId.startsWith('post:')) return observe(await handlePostButton(interaction, deps));
  } catch (error) {
    if (answeredElsewhere(error)) return warnSharedShard(deps.log);
    deps.log(`discord: answering ${label(interaction)} failed: ${describeError(error)}`, 'error');
    if (interaction.isRepliable()) {
      await sayPrivately(interaction, FAILED, deps.log);
      observe({ command: subcommandOf(interaction), kind: 'error' });
    }
  }
}

/** A button, or an operator's command: what must happen once however many instances receive it. */
function actsOnState(interaction: Interaction, ctx: CommandContext): boolean {
  if (interaction.isButton()) return true;
  return interaction.isChatInputCommand() && findCommand(interaction.options.getSubcommand(false) ?? '', ctx.commands)?.operator === true;
}

/** Discord's "Interaction has already been acknowledged": another session of this shard answered first. */
function answeredElsewhere(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged;
}

let warnedSharedShard = false;

/** Said once per process: two instances on one shard each answer every member's question. */
function warnSharedShard(log: Log): void {
  if (warnedSharedShard) return;
  warnedSharedShard = true;
  log('discord: another instance answered an interaction first: two instances are connected to the same shard; give each its own with DISCORD_SHARDS and DISCORD_SHARD_COUNT, or use HTTP interactions (DISCORD_PUBLIC_KEY)', 'warn');
}

/** The subcommand, or what the button does, as logs and metrics name it. */
function subcommandOf(interaction: Interaction): string {
  if (interaction.isChatInputCommand()) return interaction.options.getSubcommand(false) ?? 'help';
  if (interaction.isButton()) return interaction.customId === SHARE_BUTTON_ID ? SHARE_BUTTON : 'post';
  return 'none';
}


function label(interaction: Interaction): string {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) {
    return `/${interaction.commandName} ${interaction.options.getSubcommand(false) ?? ''}`.trimEnd();
  }
  return interaction.isButton() ? `button ${interaction.customId}` : `interaction type ${interaction.type}`;
}

/** What gateway mode reads from a slash command, for the shared answers. */
function commandAsk(interaction: ChatInputCommandInteraction): CommandAsk {
  return {
    ...askingOf(interaction),
    subcommand: interaction.options.getSubcommand(false) ?? undefined,
    option: (name) => interaction.options.get(name)?.value,
  };
}

function command(interaction: ChatInputCommandInteraction, deps: InteractionDeps): Promise<Answered> {
  const deferAfterMs = deps.deferAfterMs ?? DEFER_AFTER_MS;
  return answerCommand(commandAsk(interaction), deps, {
    privately: (text) => sayPrivately(interaction, text, deps.log),
    respond: (work, ephemeral) => respond(interaction, work, ephemeral, deferAfterMs),
  });
}

async function autocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  await interaction.respond(choicesFor(interaction.options.getSubcommand(false) ?? undefined, focused, deps.ctx));
}

/**
 * "Share to channel": the same answer, posted publicly by the bot, naming who shared it; only the
 * bot's own answer that offers a Share button (see `sharedMessage`).
 */
async function share(interaction: ButtonInteraction, deps: InteractionDeps): Promise<Answered> {
  const shared = sharedMessage(clickedMessage(interaction), interaction.user.id);
  if (!shared) {
    await sayPrivately(interaction, CANNOT_SHARE, deps.log);
    return { command: SHARE_BUTTON, kind: 'error' };
  }
  await interaction.reply(shared);
  return { command: SHARE_BUTTON, kind: 'shared' };
}
