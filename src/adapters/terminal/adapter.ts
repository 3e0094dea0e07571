/**
 * The terminal as an `Adapter`: the default when no platform is configured. It answers until its
 * input ends (`finished`), or until it is stopped.
 */
import type { Readable, Writable } from 'node:stream';
import type { Adapter } from '../adapter.js';
import type { Observer } from '../../runtime/observe.js';
import { runTerminal } from './terminal.js';

export interface TerminalAdapter extends Adapter {
  /** Resolves when the input ends (Ctrl+D, or the end of piped input). */
  readonly finished: Promise<void>;
}

export function terminalAdapter(options: { input: Readable; output: Writable; json: boolean; interactive: boolean; observer?: Observer }): TerminalAdapter {
  let done!: () => void;
  let failed!: (error: unknown) => void;
  const finished = new Promise<void>((resolve, reject) => {
    done = resolve;
    failed = reject;
  });
  return {
    name: 'terminal',
    finished,
    async start(ctx) {
      // Posting needs a chat platform: the terminal's `post` and `status` say so.
      void runTerminal({ ...options, ctx }).then(done, failed);
    },
    async stop() {
      options.input.destroy();
    },
  };
}
