/** The heap in use after a full collection, for the benches that measure what is kept. */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// The bench runs without --expose-gc; this gives it the same collector, to measure what is kept.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use after a full collection (twice: finalizers free more on the second pass), in bytes. */
export function heapAfterGc(): number {
  gc();
  gc();
  return getHeapStatistics().used_heap_size;
}
