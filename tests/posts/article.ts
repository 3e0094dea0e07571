/** The shipped article as an engine, for the posting tests. */
import { readFileSync } from 'node:fs';
import type { ArticleEngine } from '../../src/engine/engine.js';
import { buildEngine } from '../../src/runtime/build-engine.js';
import { parseArticle } from '../../src/engine/parse.js';

export function aleppoEngine(): ArticleEngine {
  return buildEngine(parseArticle(readFileSync('content/aleppo.md', 'utf8')));
}

/** The same article after a correction: one more sentence, so a new content hash. */
export function correctedEngine(sentence = 'Aid groups said further convoys were being prepared.'): ArticleEngine {
  const text = readFileSync('content/aleppo.md', 'utf8').trimEnd() + `\n\n${sentence}\n`;
  return buildEngine(parseArticle(text));
}
