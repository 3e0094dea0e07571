/**
 * `npm run bench`: runs every `*.bench.js` module beside this file (each exports a default async
 * function that prints its own figures), in name order, in this one process: discord, engine,
 * slack, then soak (Discord's memory soak, last so the others' RSS figures are their own; it
 * measures the heap's growth from its own start). `npm run bench -- soak` runs the ones whose
 * name starts with that.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.js'))
  .filter((f) => !only || f.startsWith(only))
  .sort();
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<void> };
  console.log(`\n## ${file.replace(/\.bench\.js$/, '')}`);
  await mod.default();
}
process.exit(0);
