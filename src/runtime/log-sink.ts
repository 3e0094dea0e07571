/**
 * Where the running bot's log lines go: stderr, off the reply's path. Lines are gathered and
 * written in batches (once a batch holds `BATCH_CHARS`, or `BATCH_MS` after its first line), with
 * a write that never waits: when the pipe is full (a slow log collector), the batch stays in
 * memory and is tried again `RETRY_MS` later. So a reply costs a string append, and the bot never
 * stops for its log. Every way out writes what is held first: `close()` on a clean exit,
 * `flushSync()` on a crash, and on any other `process.exit`.
 *
 * Why not pino's asynchronous destination (sonic-boom, `sync: false`): it writes from libuv's
 * thread pool, and a batch the pool is writing when the process must end can be neither waited
 * for nor written again, so a crash with a busy pipe lost lines or wrote them out of order
 * (tests/logs-at-exit.test.ts caught both). Written from this thread, nothing is ever in flight:
 * what the pipe did not take is still here. It is cheaper too: about 5 µs per 4 KiB batch,
 * against about 40 µs through the pool.
 */
import { writeSync } from 'node:fs';

export interface LogSink {
  /** Takes one line (with its newline); written within `BATCH_MS` unless the pipe is full, in order. */
  write(line: string): void;
  /**
   * Writes every held line now, waiting (at most `FLUSH_LIMIT_MS`) for a full pipe to take
   * them, and every later line at once: for a crash, when nothing asynchronous may run any more.
   */
  flushSync(): void;
  /** Writes every held line, waiting for a full pipe at most `timeoutMs`; later lines are written at once. */
  close(timeoutMs?: number): Promise<void>;
}

/** A batch is written once it holds this many characters (a pipe takes 4 KiB in one piece)... */
export const BATCH_CHARS = 4096;
/** ...or this many ms after its first line: soon enough for anyone watching the log. */
export const BATCH_MS = 50;
/** How soon a full pipe is tried again. */
export const RETRY_MS = 20;
/** How long a crash may wait for a full pipe before giving up on the lines it still holds. */
export const FLUSH_LIMIT_MS = 2000;

/** Blocks this thread for `ms` (a crash may not run anything asynchronous). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const isFull = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EAGAIN';

/** A sink on file descriptor `fd` (default 2, stderr). */
export function stderrSink(fd = 2): LogSink {
  // Node opens a stderr pipe non-blocking once process.stderr is first read: a full pipe then
  // answers EAGAIN, which waits here, rather than stopping the whole bot inside a write.
  if (fd === 2) void process.stderr;
  let lines = ''; // gathered since the last write
  let refused: Buffer | undefined; // taken from `lines` but not (wholly) by the pipe: goes first
  let timer: NodeJS.Timeout | undefined;
  let direct = false; // after close() or flushSync(): each line goes out at once

  /** Writes what the pipe takes now, never waiting; true when nothing is left. */
  const writeOut = (): boolean => {
    for (;;) {
      if (!refused) {
        if (!lines) return true;
        refused = Buffer.from(lines);
        lines = '';
      }
      let written: number;
      try {
        written = writeSync(fd, refused);
      } catch (error) {
        if (isFull(error)) return false;
        refused = undefined; // stderr is gone (closed, broken): there is nowhere left to write
        lines = '';
        return true;
      }
      refused = written < refused.length ? refused.subarray(written) : undefined;
    }
  };
  const later = (ms: number) => {
    // Unreferenced: a process with nothing else to do may end; the exit hook writes what is held.
    timer ??= setTimeout(() => {
      timer = undefined;
      if (!writeOut()) later(RETRY_MS);
    }, ms).unref();
  };
  const now = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!writeOut()) later(RETRY_MS);
  };
  const flushSync = () => {
    direct = true;
    clearTimeout(timer);
    timer = undefined;
    const deadline = Date.now() + FLUSH_LIMIT_MS;
    while (!writeOut() && Date.now() < deadline) sleep(5);
  };
  process.once('exit', flushSync);
  return {
    write(line) {
      lines += line;
      if (direct || (lines.length >= BATCH_CHARS && !refused)) now();
      else later(BATCH_MS);
    },
    flushSync,
    async close(timeoutMs = 2000) {
      direct = true;
      clearTimeout(timer);
      timer = undefined;
      const deadline = Date.now() + timeoutMs;
      while (!writeOut() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    },
  };
}
