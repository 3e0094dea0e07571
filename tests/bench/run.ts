/**
 * `npm run bench`: runs every `*.bench.js` module beside this file (each exports a default async
 * function that prints its own figures, and may return ours/bare ratios), in name order, in this
 * one process, then prints every ratio in one summary: discord, engine, slack, then soak
 * (Discord's memory soak, last so the others' RSS figures are their own; it measures the heap's
 * growth from its own start). `node dist/tests/bench/run.js slack` runs only the modules whose
 * name starts with "slack".
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printSummary, type Ratios } from './report.js';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.js'))
  .filter((f) => !only || f.startsWith(only))
  .sort();
const rows: Ratios[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<Ratios[] | void> };
  console.log(`\n## ${file.replace(/\.bench\.js$/, '')}`);
  rows.push(...((await mod.default()) ?? []));
}
printSummary(rows);
process.exit(0);
