/**
 * The registry as Discord application command JSON: one top-level slash command (`ctx.commandName`)
 * with one subcommand per command module, options typed from the module's declarations.
 *
 * Operator gating: Discord's `default_member_permissions` applies to a whole top-level command,
 * not to one subcommand, and members must see `/aleppo summary`. So the top command is open to
 * everyone, and operator subcommands (`post`, `status`) check Manage Server when they run and
 * answer privately when it is missing (see `interactions.ts`). Server admins can narrow who sees
 * the command under Server Settings → Integrations.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command, CommandContext, CommandOption } from '../../../commands/types.js';
import { PUBLIC } from '../../core/reply/visibility.js';
import { cutAtSentence } from './cut.js';

/** Name of the option every member subcommand gets (declared in core): answer in the channel instead of privately. */
export const PUBLIC_OPTION = PUBLIC.name;

export const COMMAND_LIMITS = { name: 32, description: 100, options: 25, choices: 25, total: 8000, stringLength: 6000 } as const;

const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

/** Guild commands appear at once in one server; global ones everywhere (and in DMs with the bot). */
export type CommandScope = 'guild' | 'global';

function describe(text: string): string {
  return cutAtSentence(text, COMMAND_LIMITS.description);
}

function checkName(name: string, where: string): string {
  if (!NAME.test(name)) throw new Error(`Discord: ${where} name "${name}" must be 1–32 lowercase letters, digits, - or _.`);
  return name;
}

function optionJson(option: CommandOption, command: string): APIApplicationCommandBasicOption {
  const base = {
    name: checkName(option.name, `option ${command}.${option.name}`),
    description: describe(option.description),
    required: option.required ?? false,
  };
  switch (option.type) {
    case 'boolean':
      return { ...base, type: ApplicationCommandOptionType.Boolean };
    case 'channel':
      return {
        ...base,
        type: ApplicationCommandOptionType.Channel,
        channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
      };
    case 'string': {
      const max = option.maxLength ? { max_length: Math.min(option.maxLength, COMMAND_LIMITS.stringLength) } : {};
      if (option.choices) {
        const choices = option.choices.slice(0, COMMAND_LIMITS.choices).map((c) => ({ name: c.name, value: c.value }));
        return { ...base, ...max, type: ApplicationCommandOptionType.String, choices };
      }
      return { ...base, ...max, type: ApplicationCommandOptionType.String, autocomplete: Boolean(option.autocomplete) };
    }
  }
}

function subcommandJson(command: Command): APIApplicationCommandSubcommandOption {
  // Discord wants required options before optional ones.
  const declared = [...command.options].sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false));
  const options = declared.map((o) => optionJson(o, command.name));
  if (!command.operator && !command.options.some((o) => o.name === PUBLIC.name)) options.push(optionJson(PUBLIC, command.name));
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: checkName(command.name, 'subcommand'),
    description: describe(command.operator ? `${command.description} (Manage Server)` : command.description),
    options: options.slice(0, COMMAND_LIMITS.options),
  };
}

/** Characters Discord counts towards a command's 8,000: names, descriptions, choice names and values. */
export function commandLength(json: RESTPostAPIChatInputApplicationCommandsJSONBody): number {
  const count = (node: unknown): number => {
    if (Array.isArray(node)) return node.reduce((n: number, item) => n + count(item), 0);
    if (!node || typeof node !== 'object') return 0;
    let n = 0;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'name' || key === 'description') && typeof value === 'string') n += value.length;
      else if (key === 'value' && typeof value === 'string') n += value.length;
      else if (key === 'options' || key === 'choices') n += count(value);
    }
    return n;
  };
  return count(json);
}

/** The one command to register, for the whole registry in `ctx`. */
export function commandJson(ctx: CommandContext, scope: CommandScope): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const json: RESTPostAPIChatInputApplicationCommandsJSONBody = {
    type: ApplicationCommandType.ChatInput,
    name: checkName(ctx.commandName, 'command'),
    description: describe(`Ask about “${ctx.engine.article.meta.title}”: summary, quotes, answers with their paragraph`),
    options: ctx.commands.slice(0, COMMAND_LIMITS.options).map(subcommandJson),
    // Everyone sees the command; operator subcommands are checked when they run (see above).
    default_member_permissions: null,
    nsfw: false,
  };
  if (scope === 'global') {
    // Global commands also work in a DM with the bot; guild commands ignore these fields.
    json.integration_types = [ApplicationIntegrationType.GuildInstall];
    json.contexts = [InteractionContextType.Guild, InteractionContextType.BotDM];
  }
  const length = commandLength(json);
  if (length > COMMAND_LIMITS.total) {
    throw new Error(`Discord: the /${ctx.commandName} command is ${length} characters; Discord allows ${COMMAND_LIMITS.total}.`);
  }
  return json;
}
