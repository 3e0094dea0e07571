/**
 * Where the running bot's log lines go: stderr, off the reply's path. Lines are gathered into
 * batches (up to `BATCH_CHARS`, or for `BATCH_MS`) and each batch goes to pino's asynchronous
 * destination (sonic-boom), which writes it from libuv's thread pool. So a reply costs a string
 * append, not a system call, and never waits on a slow reader of the pipe. The price: lines sit
 * in memory for a moment, so every way out of the process writes them first — `close()` on a
 * clean exit, `flushSync()` on a crash (and on any other `process.exit`).
 */
import { writeSync } from 'node:fs';
import { pino } from 'pino';

export interface LogSink {
  /** Takes one line (with its newline); written within `BATCH_MS`, in order. */
  write(line: string): void;
  /**
   * Writes every buffered line now, synchronously, and every later line at once: for a crash,
   * when nothing asynchronous may run any more. A batch the thread pool is writing at that moment
   * is given `LANDING_MS` to land first, so lines neither interleave nor go missing (unless the
   * pipe is full and its reader stuck).
   */
  flushSync(): void;
  /** Writes every buffered line and resolves once they are out (at most `timeoutMs`); later lines are written at once. */
  close(timeoutMs?: number): Promise<void>;
}

/** A batch is handed over once it holds this many characters (a pipe takes 4 KiB in one piece)... */
export const BATCH_CHARS = 4096;
/** ...or this many ms after its first line: soon enough for anyone watching the log. */
export const BATCH_MS = 50;
/** How long a crash waits for a write already in the thread pool (ms): far longer than one takes. */
export const LANDING_MS = 20;

/** Blocks this thread for `ms`: nothing else may run, but the thread pool goes on. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** An asynchronous sink on file descriptor `fd` (default 2, stderr). */
export function asyncSink(fd = 2): LogSink {
  const stream = pino.destination({ dest: fd, sync: false });
  let batch = '';
  let timer: NodeJS.Timeout | undefined;
  // Once closed (by us, or by pino's own hook when the event loop empties), lines go straight out.
  let direct = false;
  stream.once('close', () => (direct = true));
  const writeNow = (line: string) => {
    try {
      writeSync(fd, line);
    } catch {
      // stderr is gone: there is nowhere left to say so
    }
  };
  const handOver = () => {
    clearTimeout(timer);
    timer = undefined;
    const lines = batch;
    batch = '';
    if (!lines) return;
    if (direct) return writeNow(lines);
    try {
      stream.write(lines);
    } catch {
      writeNow(lines); // the stream finished closing a moment ago
    }
  };
  const flushSync = () => {
    if (direct) return;
    handOver();
    direct = true;
    // sonic-boom's flushSync writes what it holds but not a batch already handed to the pool;
    // writing on top of that batch could interleave with it, so let it land first.
    sleep(LANDING_MS);
    try {
      stream.flushSync();
    } catch {
      // already destroyed (a broken pipe): nothing more can be written
    }
  };
  // A process.exit that did not close the sink first (a library's, say) still writes every line.
  process.once('exit', flushSync);
  return {
    write(line) {
      if (direct) return writeNow(line);
      batch += line;
      // The timer also keeps the process alive until the batch is handed over.
      if (batch.length >= BATCH_CHARS) handOver();
      else timer ??= setTimeout(handOver, BATCH_MS);
    },
    flushSync,
    close(timeoutMs = 2000) {
      if (direct) return Promise.resolve();
      handOver();
      return new Promise((resolve) => {
        // A stream that cannot finish (stderr closed under us) must not hold the exit.
        const limit = setTimeout(() => {
          flushSync();
          resolve();
        }, timeoutMs);
        stream.once('close', () => {
          clearTimeout(limit);
          resolve();
        });
        try {
          stream.end(); // writes what is buffered, waiting for a batch already under way; leaves fd 2 open
        } catch {
          clearTimeout(limit);
          flushSync();
          resolve();
        }
      });
    },
  };
}
