/** Usage lines derived from command definitions: help, Slack's usage hint and errors all use these. */
import type { Command, CommandOption } from './types.js';

function optionUsage(option: CommandOption): string {
  const inner = option.choices ? option.choices.map((c) => c.value).join('|') : option.name;
  return option.required ? `<${inner}>` : `[${inner}]`;
}

/** "/aleppo quote [speaker]" */
export function usageOf(command: Command, commandName: string): string {
  return [`/${commandName}`, command.name, ...command.options.map(optionUsage)].join(' ');
}

/** Slack's one-line usage hint for the slash command, e.g. "summary [short|long] · quote [speaker] · …". */
export function usageHint(commands: readonly Command[]): string {
  return commands
    .filter((c) => !c.operator)
    .map((c) => [c.name, ...c.options.map(optionUsage)].join(' '))
    .join(' · ');
}
