/**
 * Discord interactions in, neutral replies out: a slash command becomes an `Invocation` run through
 * the shared path (`runInvocation`), autocomplete draws from the engine's suggestion lists, and the
 * "Share to channel" button reposts a private answer publicly. Every interaction gets an answer
 * inside Discord's 3 seconds: slow work is deferred, and a failure becomes one private sentence.
 */
import {
  ComponentType,
  MessageFlags,
  PermissionFlagsBits,
  type APIButtonComponent,
  type APIEmbed,
  type ApplicationCommandOptionChoiceData,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type RepliableInteraction,
} from 'discord.js';
import { findCommand } from '../../commands/index.js';
import type { AutocompleteSource, Command, CommandContext, OptionValues } from '../../commands/types.js';
import { runInvocation } from '../invocation.js';
import type { ReplyKind } from '../reply.js';
import { cutAtSentence } from './cut.js';
import { describeError } from './errors.js';
import { PUBLIC_OPTION } from './command-json.js';
import { renderNotice, renderReply, renderShared, SHARE_BUTTON_ID, type DiscordMessage } from './render-embed.js';

/** Where the adapter writes operational lines (never a token). */
export type Log = (line: string) => void;

export interface InteractionDeps {
  ctx: CommandContext;
  log: Log;
  /** Answer directly when the work is done within this many ms, else defer first. Default 1,500. */
  deferAfterMs?: number;
}

/** At most 25 choices, names and values of 1–100 characters (Discord's autocomplete limits). */
export const MAX_CHOICES = 25;
const CHOICE_LENGTH = 100;

export const FAILED = 'Sorry, something went wrong answering that. Please try again in a moment.';
export const NOT_OPERATOR = 'Only members with the Manage Server permission can use that.';
export const SERVER_ONLY = 'That works in a server, not in direct messages.';
export const CANNOT_SHARE = 'That answer can no longer be shared. Ask again with public:True to post it.';

/** Lookups get a "Share to channel" button when answered privately; help and refusals do not. */
const SHAREABLE = new Set<ReplyKind>(['summary', 'quotes', 'answer', 'share']);

export async function handleInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  try {
    if (interaction.isAutocomplete()) return await autocomplete(interaction, deps);
    if (interaction.isChatInputCommand()) return await command(interaction, deps);
    if (interaction.isButton() && interaction.customId === SHARE_BUTTON_ID) return await share(interaction, deps);
  } catch (error) {
    deps.log(`discord: answering ${label(interaction)} failed: ${describeError(error)}`);
    if (interaction.isRepliable()) await sayPrivately(interaction, FAILED, deps.log);
  }
}

function label(interaction: Interaction): string {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) {
    return `/${interaction.commandName} ${interaction.options.getSubcommand(false) ?? ''}`.trimEnd();
  }
  return interaction.isButton() ? `button ${interaction.customId}` : `interaction type ${interaction.type}`;
}

/** Last resort: a private sentence, as a reply or a follow-up depending on what was sent already. */
async function sayPrivately(interaction: RepliableInteraction, text: string, log: Log): Promise<void> {
  const message = { ...renderNotice(text), flags: MessageFlags.Ephemeral as const };
  try {
    if (interaction.deferred || interaction.replied) await interaction.followUp(message);
    else await interaction.reply(message);
  } catch (error) {
    log(`discord: could not send the error notice either: ${describeError(error)}`);
  }
}

/**
 * Sends what `work` produces as the interaction's reply. When it takes longer than `deferAfterMs`,
 * defers first (Discord shows "thinking…", keeping the token alive for 15 minutes), then edits.
 */
async function respond(
  interaction: RepliableInteraction,
  work: Promise<DiscordMessage>,
  ephemeral: boolean,
  deferAfterMs: number,
): Promise<void> {
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<'slow'>((resolve) => {
    timer = setTimeout(resolve, deferAfterMs, 'slow');
  });
  let first: DiscordMessage | 'slow';
  try {
    first = await Promise.race([work, slow]);
  } finally {
    clearTimeout(timer);
  }
  if (first !== 'slow') {
    await interaction.reply(flags ? { ...first, flags } : first);
    return;
  }
  await interaction.deferReply(flags ? { flags } : {});
  const message = await work;
  await interaction.editReply(message);
}

/** Whether the member may run operator commands: Manage Server in this server. */
function canOperate(interaction: ChatInputCommandInteraction): boolean {
  return interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
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

async function command(interaction: ChatInputCommandInteraction, deps: InteractionDeps): Promise<void> {
  const { ctx } = deps;
  const deferAfterMs = deps.deferAfterMs ?? 1500;
  const command = findCommand(interaction.options.getSubcommand(false) ?? 'help', ctx.commands) ?? findCommand('help', ctx.commands)!;
  if (command.operator) {
    if (!interaction.inGuild()) return sayPrivately(interaction, SERVER_ONLY, deps.log);
    if (!canOperate(interaction)) return sayPrivately(interaction, NOT_OPERATOR, deps.log);
  }
  const isPublic = !command.operator && (interaction.options.getBoolean(PUBLIC_OPTION) ?? false);
  const work = runInvocation({ command: command.name, options: readOptions(interaction, command) }, ctx).then((reply) =>
    renderReply(reply, { shareable: !isPublic && SHAREABLE.has(reply.kind) }),
  );
  await respond(interaction, work, !isPublic, deferAfterMs);
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

/** "Share to channel": the same answer, posted publicly by the bot, naming who shared it. */
async function share(interaction: ButtonInteraction, deps: InteractionDeps): Promise<void> {
  const embeds: APIEmbed[] = interaction.message.embeds.map((e) => e.toJSON());
  if (!embeds.length) return sayPrivately(interaction, CANNOT_SHARE, deps.log);
  const buttons: APIButtonComponent[] = [];
  for (const row of interaction.message.components) {
    if (!('components' in row)) continue;
    for (const component of row.components) {
      const json = component.toJSON();
      if (json.type === ComponentType.Button) buttons.push(json as APIButtonComponent);
    }
  }
  await interaction.reply(renderShared(embeds, buttons, interaction.user.id));
}
