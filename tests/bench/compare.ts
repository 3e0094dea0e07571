/**
 * Our bot against a bare bot of the same library, both running as their own processes, each
 * driven through its own fake: 1,000 requests one at a time, then 1,000 with 50 in flight, in
 * alternating rounds (the side that goes first changes every round, so neither gains from a
 * quieter moment), keeping each side's best round. Also each side's CPU time per reply (all its
 * threads; steadier than wall time while others share the machine) and its RSS: the median of
 * a reading after every run, since one reading lands wherever the garbage collector happens to be;
 * and its RSS once both have been idle for `SETTLE_MS`, which is what a chat bot spends most of its
 * life being.
 */
import type { RunningBot } from '../helpers/spawn-bot.js';
import type { Figures } from './fake-worker.js';
import type { Questions } from './mix.js';
import { cpuMs, rssMb } from './proc-stats.js';
import { IDLE_MS } from '../../src/runtime/idle-compact.js';

export const TOTAL = 1000;
/** In flight at once in the concurrent runs: a busy server, not a flood. */
export const WINDOW = 50;
export const ROUNDS = 3;
const WARM_UP = 500;
/** How long both sides rest before the idle RSS reading: our idle compaction's delay, and time for it to run. */
const SETTLE_MS = IDLE_MS + 1500;

export interface Side {
  name: string;
  bot: RunningBot;
  drive(count: number, window: number, questions: Questions): Promise<Figures>;
}

export interface Run extends Figures {
  /** CPU ms the bot process spent per reply during the run. */
  cpuPerReply: number;
  /** The bot process's RSS right after the run, MiB. */
  rssMb: number;
}

export interface SideResult {
  sequential: Run;
  inFlight: Run;
  rssMb: number;
  /** RSS after `SETTLE_MS` with no requests, MiB. */
  idleRssMb: number;
}

async function measured(side: Side, window: number, questions: Questions = 'mix', count = TOTAL): Promise<Run> {
  const before = cpuMs(side.bot.pid);
  const figures = await side.drive(count, window, questions);
  return { ...figures, cpuPerReply: (cpuMs(side.bot.pid) - before) / count, rssMb: rssMb(side.bot.pid) };
}

/** The best wall-clock round; CPU per reply is the lowest seen (other load only ever adds to it). */
function best(runs: Run[]): Run {
  const fastest = runs.reduce((a, b) => (b.perSecond > a.perSecond ? b : a));
  return { ...fastest, cpuPerReply: Math.min(...runs.map((r) => r.cpuPerReply)) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs the rounds; returns each side's best figures, bare first. */
export async function compare(bare: Side, ours: Side): Promise<[SideResult, SideResult]> {
  const sides = [bare, ours];
  for (const side of sides) await side.drive(WARM_UP, WINDOW, 'mix');
  const runs = sides.map(() => ({ sequential: [] as Run[], inFlight: [] as Run[] }));
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const i of order) runs[i]!.sequential.push(await measured(sides[i]!, 1));
    for (const i of order) runs[i]!.inFlight.push(await measured(sides[i]!, WINDOW));
  }
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const idle = sides.map((side) => rssMb(side.bot.pid));
  const result = (i: number): SideResult => {
    const { sequential, inFlight } = runs[i]!;
    return { sequential: best(sequential), inFlight: best(inFlight), rssMb: median([...sequential, ...inFlight].map((r) => r.rssMb)), idleRssMb: idle[i]! };
  };
  return [result(0), result(1)];
}

/** One informational run of ours at 50 in flight with a different question every time (nothing remembered). */
export function distinctRun(ours: Side): Promise<Run> {
  return measured(ours, WINDOW, 'distinct');
}

/** Requests each side was sent by `compare` (warm-up included), for checking ours logged one line each. */
export const SENT_PER_SIDE = WARM_UP + ROUNDS * 2 * TOTAL;
