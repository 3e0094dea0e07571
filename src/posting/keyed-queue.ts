/**
 * Runs tasks one at a time per key, in call order; different keys run in parallel. This is what
 * keeps two clicks on Confirm for the same channel from both sending: the second runs after the
 * first has recorded its result, and finds the post already there.
 */
export type KeyedQueue = <T>(key: string, task: () => Promise<T>) => Promise<T>;

export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<void>>();
  return (key, task) => {
    const run = (tails.get(key) ?? Promise.resolve()).then(task);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    // Forget idle keys so the map does not grow with every channel ever posted to.
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
