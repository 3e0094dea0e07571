/**
 * Gives memory back when the bot goes quiet. V8 collects its old generation only once it has
 * grown past a limit that rises with the heap, so the garbage of a burst of replies stays
 * resident until the next burst pushes the heap over that limit: the process's RSS settles at its
 * busiest, not at what it holds. A chat bot is idle most of the time; `IDLE_MS` after the last
 * reply, one full collection compacts the heap and returns the freed pages to the system.
 *
 * The collection blocks for a few tens of milliseconds, so it runs only after a quiet spell, and
 * only when replies have been sent since the last one (an idle bot does nothing at all).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How long after the last reply the heap is compacted. */
export const IDLE_MS = 1000;

export interface IdleCompactor {
  /** A reply went out: compact once no other follows for `IDLE_MS`. */
  touch(): void;
  stop(): void;
}

/** V8's full collection, made callable without `node --expose-gc` (the flag applies to contexts made after it is set). */
function fullCollection(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export function idleCompactor(idleMs = IDLE_MS, collect: () => void = fullCollection()): IdleCompactor {
  let timer: NodeJS.Timeout | undefined;
  let lastTouch = 0;
  const check = () => {
    // Re-armed lazily: a reply only records its time, so a busy bot sets no timer per reply.
    const quietFor = performance.now() - lastTouch;
    if (quietFor < idleMs) {
      timer = setTimeout(check, idleMs - quietFor).unref();
      return;
    }
    timer = undefined;
    collect();
  };
  return {
    touch() {
      lastTouch = performance.now();
      timer ??= setTimeout(check, idleMs).unref();
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
