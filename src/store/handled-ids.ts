/**
 * Ids of events already answered (Slack event ids, Discord interaction ids), so a delivery that
 * comes again, to this instance or another, is answered once. Each id is remembered for a while
 * and then forgotten: Slack retries within minutes, Discord interactions live 15.
 */

/** How long an id is remembered by default: an hour, well past Slack's last retry. */
export const HANDLED_TTL_MS = 60 * 60 * 1000;

export interface HandledIds {
  /** True the first time an id is offered within `ttlMs` (default an hour), false for a repeat. */
  first(id: string, ttlMs?: number): Promise<boolean>;
}

/**
 * The last `capacity` ids in this process's memory, oldest forgotten first: what one instance
 * does alone, and the fallback while the shared store is down.
 */
export function localHandledIds(capacity = 5000): HandledIds {
  const seen = new Set<string>();
  return {
    async first(id) {
      if (seen.has(id)) return false;
      seen.add(id);
      if (seen.size > capacity) {
        const oldest = seen.values().next().value;
        if (oldest !== undefined) seen.delete(oldest);
      }
      return true;
    },
  };
}

/**
 * The shared store's ids, falling back to this process's memory when the database cannot answer:
 * answering a retry twice is better than not answering at all. Every id also goes to memory, so
 * a retry during an outage is still caught when it reaches this instance.
 */
export function sharedHandledIds(shared: HandledIds, local: HandledIds = localHandledIds()): HandledIds {
  return {
    async first(id, ttlMs) {
      const here = await local.first(id, ttlMs);
      try {
        return await shared.first(id, ttlMs);
      } catch {
        return here;
      }
    },
  };
}
