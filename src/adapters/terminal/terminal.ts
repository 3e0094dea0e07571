/**
 * The terminal adapter, the default when no platform token is configured: the same slash
 * commands and plain words as in chat. Interactive with a prompt on a TTY; with piped input it
 * answers each line in order and returns at the end of input.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { CommandContext } from '../../../commands/types.js';
import { answerTextWithCommand } from '../../core/invocation.js';
import type { Observer } from '../../runtime/observe.js';
import { renderJson } from './render-json.js';
import { renderText } from './render-text.js';

export interface TerminalOptions {
  input: Readable;
  output: Writable;
  ctx: CommandContext;
  /** One JSON reply object per input line, nothing else on stdout. */
  json: boolean;
  /** Show a prompt and a greeting (a person at a TTY). */
  interactive: boolean;
  /** Told of each reply (platform "terminal"), for logs and metrics. */
  observer?: Observer;
}

/**
 * What the terminal's commands run with: the person at the terminal started the bot, so they are
 * its operator (posting itself still needs Discord or Slack, and says so).
 */
export function terminalContext(ctx: CommandContext): CommandContext {
  return { ...ctx, requestedBy: 'terminal', checkOperator: async () => undefined };
}

export async function runTerminal({ input, output, ctx: given, json, interactive, observer }: TerminalOptions): Promise<void> {
  const ctx = terminalContext(given);
  const rl = createInterface({ input, terminal: interactive, ...(interactive ? { output } : {}), crlfDelay: Infinity });
  const prompt = `${ctx.commandName}> `;
  if (interactive) {
    output.write(`Ask about “${ctx.engine.article.meta.title}”. Type help, or /${ctx.commandName} summary. Ctrl+D quits.\n`);
    rl.setPrompt(prompt);
    rl.prompt();
  }
  for await (const line of rl) {
    if (!interactive && !json && !line.trim()) continue; // blank lines in a piped script are spacing
    const started = performance.now();
    const { command, reply } = await answerTextWithCommand(line, ctx);
    output.write(json ? `${JSON.stringify(renderJson(reply))}\n` : `${renderText(reply)}\n\n`);
    observer?.reply({ platform: 'terminal', command, kind: reply.kind, ms: performance.now() - started });
    if (interactive) rl.prompt();
  }
}
