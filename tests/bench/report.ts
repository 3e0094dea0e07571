/** How the benches print a comparison, and the ratios they hand to run.ts for the closing summary. */
import type { RunningBot } from '../helpers/spawn-bot.js';
import { ROUNDS, TOTAL, WINDOW, type Run, type SideResult } from './compare.js';

/** The issue's targets: at least 0.95× a bare bot's throughput, at most 1.15× its memory. */
export const TARGET = { throughput: 0.95, rss: 1.15 } as const;

/** Ours over bare, for one platform (and mode). */
export interface Ratios {
  name: string;
  sequential: number;
  inFlight: number;
  rss: number;
  /** RSS after both sides have been idle a moment. */
  idleRss: number;
  /** CPU time per reply, ours over bare, one at a time and at 50 in flight. */
  cpuSequential: number;
  cpuInFlight: number;
}

const fixed = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const x = (n: number) => `${fixed(n, 2)}×`;
const cell = (r: Run) => `${fixed(r.perSecond).padStart(5)}/s p50 ${fixed(r.p50, 1).padStart(4)} ms p99 ${fixed(r.p99, 1).padStart(5)} ms ${fixed(r.cpuPerReply * 1000).padStart(4)} µs CPU`;

export function ratios(name: string, bare: SideResult, ours: SideResult): Ratios {
  return {
    name,
    sequential: ours.sequential.perSecond / bare.sequential.perSecond,
    inFlight: ours.inFlight.perSecond / bare.inFlight.perSecond,
    rss: ours.rssMb / bare.rssMb,
    idleRss: ours.idleRssMb / bare.idleRssMb,
    cpuSequential: ours.sequential.cpuPerReply / bare.sequential.cpuPerReply,
    cpuInFlight: ours.inFlight.cpuPerReply / bare.inFlight.cpuPerReply,
  };
}

/** The table for one platform: each side's best round, one at a time and at 50 in flight, then the ratios. */
export function printComparison(names: [bare: string, ours: string], [bare, ours]: [SideResult, SideResult], r: Ratios): void {
  console.log(`${TOTAL} requests per run, ${ROUNDS} alternating rounds, best round of each side; CPU time per reply over all the bot's threads`);
  console.log(`${''.padEnd(24)} ${'one at a time'.padEnd(50)} ${`${WINDOW} in flight`.padEnd(50)} RSS (busy / idle)`);
  for (const [name, side] of [[names[0], bare], [names[1], ours]] as const) {
    console.log(`${name.padEnd(24)} ${cell(side.sequential).padEnd(50)} ${cell(side.inFlight).padEnd(50)} ${fixed(side.rssMb)} / ${fixed(side.idleRssMb)} MB`);
  }
  const cpu = (n: number) => `(CPU per reply ${x(n)})`;
  console.log(`${'ours/bare'.padEnd(24)} ${`${x(r.sequential)} ${cpu(r.cpuSequential)}`.padEnd(50)} ${`${x(r.inFlight)} ${cpu(r.cpuInFlight)}`.padEnd(50)} ${x(r.rss)} / ${x(r.idleRss)}`);
}

export function printDistinct(run: Run, bare: SideResult): void {
  console.log(`article bot, a different question every time (${WINDOW} in flight, one round): ${cell(run)} (${x(run.perSecond / bare.inFlight.perSecond)} bare)`);
}

/**
 * Waits (bounded) until the bot's stderr holds `expected` reply lines, then says whether it holds
 * exactly that many: one `info` line per reply, none lost or doubled.
 */
export async function checkReplyLines(bot: RunningBot, expected: number, timeoutMs = 10_000): Promise<void> {
  const count = () => bot.stderr().split('"msg":"reply"').length - 1;
  const deadline = Date.now() + timeoutMs;
  while (count() < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  const seen = count();
  console.log(seen === expected ? `article bot logged one reply line per reply (${seen})` : `article bot logged ${seen} reply lines for ${expected} replies`);
}

/** The closing summary of every platform's ratios against the targets. */
export function printSummary(rows: readonly Ratios[]): void {
  if (!rows.length) return;
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`\n## summary: ours/bare (targets: throughput ≥ ${TARGET.throughput}×, RSS ≤ ${TARGET.rss}×; wall-clock figures are noisy on a shared machine)`);
  console.log(`${''.padEnd(16)} ${'one at a time'.padEnd(22)} ${`${WINDOW} in flight`.padEnd(22)} ${'RSS busy'.padEnd(16)} ${'RSS idle'.padEnd(16)} CPU per reply (1 / ${WINDOW})`);
  for (const r of rows) {
    const t = (n: number) => `${x(n)} ${mark(n >= TARGET.throughput)}`.padEnd(22);
    console.log(`${r.name.padEnd(16)} ${t(r.sequential)} ${t(r.inFlight)} ${`${x(r.rss)} ${mark(r.rss <= TARGET.rss)}`.padEnd(16)} ${`${x(r.idleRss)} ${mark(r.idleRss <= TARGET.rss)}`.padEnd(16)} ${x(r.cpuSequential)} / ${x(r.cpuInFlight)}`);
  }
}
