/**
 * Loads the related-words table that `npm run build` derives from WordNet (src/lexicon/build.ts)
 * into `dist/lexicon/`. Read once per process; about 3 MB of text, parsed per word on first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRelatedWords, type RelatedWords } from '../engine/lexicon-table.js';

/** The project's root: the nearest folder above this module holding package.json (from src/ or dist/src/). */
export function projectRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`No package.json above ${from}`);
    dir = up;
  }
  return dir;
}

export const LEXICON_DIR = join(projectRoot(), 'dist', 'lexicon');

let loaded: RelatedWords | undefined;

export function loadRelatedWords(dir = LEXICON_DIR): RelatedWords {
  if (loaded && dir === LEXICON_DIR) return loaded;
  const file = (name: string) => {
    const path = join(dir, name);
    if (!existsSync(path)) throw new Error(`The word table ${path} is missing: run \`npm run build\` (it derives it from WordNet).`);
    return readFileSync(path, 'utf8');
  };
  const table = parseRelatedWords(file('related.txt'), file('irregular.txt'));
  if (dir === LEXICON_DIR) loaded = table;
  return table;
}
