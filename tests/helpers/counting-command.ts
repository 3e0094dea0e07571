/** A command that counts its runs and says which run answered: for telling a kept answer from a fresh one. */
import type { Command } from '../../commands/types.js';
import { reply } from '../../src/core/reply.js';

export type CountingCommand = Command & { runs: number };

/** `failing`: every run throws, as a command that hit a passing fault would. */
export function countingCommand(name: string, operator = false, failing = false): CountingCommand {
  const command: CountingCommand = {
    name,
    description: 'test',
    examples: [],
    options: [],
    ...(operator ? { operator } : {}),
    runs: 0,
    run() {
      command.runs += 1;
      if (failing) throw new Error(`run ${command.runs} failed`);
      return reply({ kind: operator ? 'status' : 'summary', title: name, text: `run ${command.runs}` });
    },
  };
  return command;
}
