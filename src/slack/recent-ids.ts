/**
 * A bounded set of recently seen ids, oldest forgotten first. Slack re-delivers an event it
 * thinks was slow (up to 3 times); remembering the last few thousand event ids is enough to
 * answer each one once without growing for ever.
 */
export class RecentIds {
  private readonly seen = new Set<string>();

  /** @param capacity how many ids to remember (default 5,000). */
  constructor(private readonly capacity = 5000) {}

  /** True the first time an id is offered, false for a repeat. */
  first(id: string): boolean {
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}
