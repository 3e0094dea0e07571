import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { idleCompactor, type IdleCompactor } from '../src/runtime/idle-compact.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the idle compactor', () => {
  let compactor: IdleCompactor | undefined;
  afterEach(() => compactor?.stop());

  it('collects once after replies stop, never while they keep coming, and not at all when nothing was sent', async () => {
    let collections = 0;
    compactor = idleCompactor(40, () => collections++);
    await sleep(80);
    expect(collections).toBe(0); // no reply yet: an idle bot does nothing
    for (let i = 0; i < 6; i++) {
      compactor.touch();
      await sleep(15);
    }
    expect(collections).toBe(0); // replies 15 ms apart: never quiet for 40 ms
    await sleep(80);
    expect(collections).toBe(1);
    await sleep(80);
    expect(collections).toBe(1); // once per quiet spell
  });

  it('runs a real full collection of the heap (a major GC) by default', async () => {
    const majors: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (((entry as PerformanceEntry & { detail?: { kind?: number } }).detail)?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors.push(entry.startTime);
    });
    observer.observe({ entryTypes: ['gc'] });
    try {
      compactor = idleCompactor(10);
      const touched = performance.now();
      compactor.touch();
      for (let i = 0; i < 50 && !majors.some((t) => t >= touched); i++) await sleep(20);
      expect(majors.some((t) => t >= touched)).toBe(true);
    } finally {
      observer.disconnect();
    }
  });
});
