/**
 * A platform's posting service before it exists: start-up connects the adapters first, then settles
 * interrupted posts through them, and only then has the service. A command that needs it meanwhile
 * waits; if start-up fails before it exists, the command fails (and is answered with an apology).
 */
import type { PostingPort } from './posting.js';

export function deferredPosting(ready: Promise<PostingPort | undefined>, contentHash: string): PostingPort {
  const port = async () => {
    const posting = await ready;
    if (!posting) throw new Error('posting did not start');
    return posting;
  };
  return {
    contentHash,
    resolve: async (channel) => (await port()).resolve(channel),
    preview: async (target, options) => (await port()).preview(target, options),
    publish: async (target, options) => (await port()).publish(target, options),
    update: async (options) => (await port()).update(options),
    overview: async () => (await port()).overview(),
  };
}

/** The posting service start-up will hand over once it exists: `ready` (or `ready(undefined)` when start-up failed). */
export function postingToCome<T>(): { posting: Promise<T | undefined>; ready(posting: T | undefined): void } {
  let ready!: (posting: T | undefined) => void;
  const posting = new Promise<T | undefined>((resolve) => (ready = resolve));
  return { posting, ready };
}
