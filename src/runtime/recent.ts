/**
 * The last `capacity` values by key, the least recently used forgotten first. The adapters keep
 * their rendered answers to member commands here: those come from the article alone, which does
 * not change while the bot runs, so the same question always gets the same message, and a busy
 * channel asks for the summary again and again. A bare bot spends nothing on answering; this is
 * how ours comes close.
 */
export class Recent<V> {
  private readonly entries = new Map<string, V>();

  /** @param capacity how many values to keep (default 500). */
  constructor(private readonly capacity = 500) {}

  /** The value kept for `key`, if any; it becomes the most recently used. */
  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Most recently used goes last, so the first entry is always the one to drop.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
