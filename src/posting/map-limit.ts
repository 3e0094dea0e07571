/**
 * Runs `task` over `items` with at most `limit` running at once, and resolves with the results in
 * the items' order. For posting to many channels: a few at a time keeps a run short without
 * bursting the platforms' rate limits (which the publishers wait out anyway).
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
