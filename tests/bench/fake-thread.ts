/** The bench's handle on a fake-worker thread: its address and tokens, `drive` and `close`. */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { Figures, Load, Ready } from './fake-worker.js';

export interface FakeThread extends Omit<Ready, 'type'> {
  drive(load: Load, count: number, window: number): Promise<Figures>;
  close(): Promise<void>;
}

export async function fakeThread(platform: 'discord' | 'slack'): Promise<FakeThread> {
  const worker = new Worker(new URL('./fake-worker.js', import.meta.url), { workerData: { platform } });
  const [ready] = (await once(worker, 'message')) as [Ready];
  const { type: _ready, ...fields } = ready;
  return {
    ...fields,
    async drive(load, count, window) {
      worker.postMessage({ type: 'drive', load, count, window });
      const [reply] = (await once(worker, 'message')) as [{ type: 'figures'; figures: Figures } | { type: 'error'; message: string }];
      if (reply.type === 'error') throw new Error(reply.message);
      return reply.figures;
    },
    async close() {
      worker.postMessage({ type: 'close' });
      await once(worker, 'exit');
    },
  };
}
