/**
 * Remembers a pure function's results by key, up to `max` entries (then starts over: simpler than
 * LRU and enough, since the same few questions make up most traffic). Only for pure functions of
 * the article, which never changes while it is served.
 */
export function memo<T>(max: number, compute: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    const hit = seen.get(key);
    if (hit !== undefined || seen.has(key)) return hit as T;
    if (seen.size >= max) seen.clear();
    const value = compute(key);
    seen.set(key, value);
    return value;
  };
}

/** `build()` on first use, then the same value: for parts a given run may never need. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
