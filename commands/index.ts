/**
 * The registry: every command module, in the order help lists them. A test fails when a module
 * in this folder is missing here, so no platform can drift from the definitions.
 */
import type { Command } from './types.js';
import { summary } from './summary.js';
import { quote } from './quote.js';
import { ask } from './ask.js';
import { share } from './share.js';
import { help } from './help.js';
import { post } from './post.js';
import { status } from './status.js';

export const commands: readonly Command[] = [summary, quote, ask, share, help, post, status];

export function findCommand(name: string, registry: readonly Command[] = commands): Command | undefined {
  const wanted = name.toLowerCase();
  return registry.find((c) => c.name === wanted);
}

export type { Command, CommandContext, CommandOption, OptionValues } from './types.js';
