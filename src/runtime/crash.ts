/**
 * How the running bot ends on an error nothing caught (a library's stray rejection, an uncaught
 * exception): every log line still held, then the error as a fatal record with its stack
 * (scrubbed like every line), then one plain line for the operator, then exit code 1. Nothing
 * asynchronous runs on the way (after an uncaught exception nothing should); a full pipe is
 * waited for, at most 2 s.
 */
import type { Logger } from './log.js';
import type { LogSink } from './log-sink.js';

export function crashOn(logger: Logger, logs: Pick<LogSink, 'flushSync'>, say: (line: string) => void): (error: unknown) => never {
  return (error) => {
    // Buffered lines first, so the fatal record comes after them; from here on lines go straight out.
    logs.flushSync();
    logger.fatal({ err: error }, 'stopped on an unexpected error');
    say(`stopped on an unexpected error: ${(error as Error)?.message ?? String(error)}`);
    process.exit(1);
  };
}
