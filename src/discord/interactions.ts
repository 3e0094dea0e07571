/**
 * Discord interactions in, neutral replies out: a slash command becomes an `Invocation` run through
 * the shared path (`runInvocation`), autocomplete draws from the engine's suggestion lists, and the
 * "Share to channel" button reposts a private answer publicly. Every interaction gets an answer
 * inside Discord's 3 seconds: slow work is deferred, and a failure becomes one private sentence.
 */
import {
  ComponentType,
  type APIButtonComponent,
  type APIEmbed,
  type ApplicationCommandOptionChoiceData,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import { findCommand } from '../../commands/index.js';
import type { AutocompleteSource, Command, CommandContext, OptionValues } from '../../commands/types.js';
import { refusalOf, runInvocation } from '../invocation.js';
import { isPostPreview } from '../posts/card.js';
import { SHARE_BUTTON, type Answered, type Observer } from '../observe.js';
import type { PostingPort } from '../posts/posting.js';
import { CANNOT_SHARE, isShareable, type ReplyKind } from '../reply.js';
import { PUBLIC_OPTION } from './command-json.js';
import { cutAtSentence } from './cut.js';
import { describeError } from './errors.js';
import { contextFor } from './operators.js';
import { isOwnMessage, offersShare } from './own-message.js';
import { handlePostButton } from './post-buttons.js';
import { renderReply, renderShared, SHARE_BUTTON_ID } from './render-embed.js';
import { renderPreview } from './render-post.js';
import { answerOnce, type Answer, type Answers } from './answers.js';
import { DEFER_AFTER_MS, respond, sayPrivately, type Log } from './respond.js';

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
  /** Rendered answers to member commands, by what was asked (see answers.ts); none kept without it. */
  answers?: Answers;
}

export type { Answered } from '../observe.js';

/** At most 25 choices, names and values of 1–100 characters (Discord's autocomplete limits). */
export const MAX_CHOICES = 25;
const CHOICE_LENGTH = 100;

export const FAILED = 'Sorry, something went wrong answering that. Please try again in a moment.';
export { CANNOT_SHARE } from '../reply.js';

/** Lookups get a "Share to channel" button when answered privately; help and refusals do not. */

export async function handleInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  const started = performance.now();
  const observe = (answered: Answered | undefined) =>
    answered && deps.observer?.reply({ id: interaction.id, platform: 'discord', ...answered, ms: performance.now() - started });
  try {
    if (interaction.isAutocomplete()) return await autocomplete(interaction, deps);
    if (interaction.isChatInputCommand()) return observe(await command(interaction, deps));
    if (interaction.isButton() && interaction.customId === SHARE_BUTTON_ID) return observe(await share(interaction, deps));
    if (interaction.isButton() && interaction.customId.startsWith('post:')) return observe(await handlePostButton(interaction, deps));
  } catch (error) {
    deps.log(`discord: answering ${label(interaction)} failed: ${describeError(error)}`, 'error');
    if (interaction.isRepliable()) {
      await sayPrivately(interaction, FAILED, deps.log);
      observe({ command: subcommandOf(interaction), kind: 'error' });
    }
  }
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

function readOptions(interaction: ChatInputCommandInteraction, command: Command): OptionValues {
  const options: OptionValues = {};
  for (const option of command.options) {
    const value = interaction.options.get(option.name)?.value;
    // Channel options arrive as the channel id; strings and booleans as themselves.
    if (typeof value === 'string' || typeof value === 'boolean') options[option.name] = value;
  }
  return options;
}

async function command(interaction: ChatInputCommandInteraction, deps: InteractionDeps): Promise<Answered> {
  const { ctx } = deps;
  const deferAfterMs = deps.deferAfterMs ?? DEFER_AFTER_MS;
  const command = findCommand(interaction.options.getSubcommand(false) ?? 'help', ctx.commands) ?? findCommand('help', ctx.commands)!;
  const asked = contextFor(interaction, ctx);
  // The dispatcher's own check, asked first so a refusal is one plain private line, at once,
  // without waiting for posting (runInvocation checks again whatever the route).
  const refused = await refusalOf(command, asked);
  if (refused) {
    await sayPrivately(interaction, refused, deps.log);
    return { command: command.name, kind: 'error' };
  }
  const isPublic = !command.operator && (interaction.options.getBoolean(PUBLIC_OPTION) ?? false);
  const invocation = { command: command.name, options: readOptions(interaction, command) };
  let kind: ReplyKind = 'error';
  const answer = async (): Promise<Answer> => {
    // Operator commands get posting (once the ledger is ready); others never wait for it.
    const posting = command.operator ? await deps.posting : undefined;
    const reply = await runInvocation(invocation, posting ? { ...asked, posting } : asked);
    const message = isPostPreview(reply) ? renderPreview(reply) : renderReply(reply, { shareable: !isPublic && isShareable(reply) });
    return { kind: reply.kind, message };
  };
  const work = answerOnce(deps.answers, command, invocation, isPublic, answer).then((answered) => {
    kind = answered.kind;
    return answered.message;
  });
  await respond(interaction, work, !isPublic, deferAfterMs);
  return { command: command.name, kind };
}

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

async function autocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps): Promise<void> {
  const command = findCommand(interaction.options.getSubcommand(false) ?? '', deps.ctx.commands);
  const focused = interaction.options.getFocused(true);
  const source = command?.options.find((o) => o.name === focused.name)?.autocomplete;
  const choices = source ? suggestions(source, String(focused.value), deps.ctx) : [];
  // Choices must be unique by value; the first (best) wins.
  const unique = [...new Map(choices.map((c) => [c.value, c])).values()].slice(0, MAX_CHOICES);
  await interaction.respond(unique);
}

/**
 * "Share to channel": the same answer, posted publicly by the bot, naming who shared it. Only an
 * answer the bot itself gave and offered to share is copied: its own message, with its Share
 * button (so never a status, a preview or anyone else's words).
 */
async function share(interaction: ButtonInteraction, deps: InteractionDeps): Promise<Answered> {
  const embeds: APIEmbed[] = interaction.message.embeds.map((e) => e.toJSON());
  if (!embeds.length || !isOwnMessage(interaction) || !offersShare(interaction.message)) {
    await sayPrivately(interaction, CANNOT_SHARE, deps.log);
    return { command: SHARE_BUTTON, kind: 'error' };
  }
  const buttons: APIButtonComponent[] = [];
  for (const row of interaction.message.components) {
    if (!('components' in row)) continue;
    for (const component of row.components) {
      const json = component.toJSON();
      if (json.type === ComponentType.Button) buttons.push(json as APIButtonComponent);
    }
  }
  await interaction.reply(renderShared(embeds, buttons, interaction.user.id));
  return { command: SHARE_BUTTON, kind: 'shared' };
}
