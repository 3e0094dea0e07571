/**
 * Another process's memory and CPU time, read from Linux's /proc (the benches run the bots as
 * their own processes, so each side's figures are its own). Elsewhere both read as NaN, and
 * the bench prints "n/a".
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Resident set size in MiB (VmRSS). */
export function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/**
 * CPU time used so far, in ms, summed over every thread (the main thread, libuv's pool that
 * writes asynchronous logs, the garbage collector's helpers): schedstat counts nanoseconds, where
 * /proc/<pid>/stat counts 10 ms ticks, too coarse for one run of a thousand replies.
 */
export function cpuMs(pid: number): number {
  try {
    let ns = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // the thread ended between the listing and the read
      }
    }
    return ns / 1e6;
  } catch {
    return NaN;
  }
}
