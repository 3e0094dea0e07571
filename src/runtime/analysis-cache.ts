/**
 * The article's analysis (sentences, speakers, quotes, reported speech), kept in DATA_DIR between
 * runs. Parsing attributes every quote with hundreds of patterns: in a fresh process, before V8
 * has compiled them, that is most of the wait for a one-shot terminal answer (about 0.4 s of
 * 0.5 s). Read back, the same analysis costs a JSON parse.
 *
 * An entry is found by a hash of the article's text and of the engine's own code, so a corrected
 * article or an upgraded engine never reads an old analysis: it misses, parses afresh and writes
 * a new entry. The cache is only ever a shortcut: an unreadable, corrupt or unwritable one is
 * passed over and the article is parsed as if it were not there.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../engine/article.js';

/** Entries kept in the folder; older ones (articles served once, engines since upgraded) are removed. */
const KEEP = 8;

/** Where the engine's compiled modules live: their bytes decide how an article is analysed. */
const ENGINE_DIR = fileURLToPath(new URL('../engine/', import.meta.url));

let engineFingerprint: string | undefined;
/**
 * sha256 of every engine module, in name order: changes with any change to how articles are
 * parsed. (Built, the modules are .js; run from source, as the tests run, .ts.)
 */
export function fingerprintEngine(dir = ENGINE_DIR): string {
  if (dir === ENGINE_DIR && engineFingerprint) return engineFingerprint;
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((n) => /\.(?:js|ts)$/.test(n)).sort()) hash.update(name).update('\0').update(readFileSync(join(dir, name)));
  const digest = hash.digest('hex');
  if (dir === ENGINE_DIR) engineFingerprint = digest;
  return digest;
}

export interface AnalysisCache {
  /** Folder holding the entries, e.g. `<DATA_DIR>/analysis`. */
  dir: string;
  /** Identifies the engine's code; default `fingerprintEngine()`. */
  engine?: string;
}

interface Entry {
  key: string;
  article: Article;
}

const keyOf = (text: string, engine: string) => createHash('sha256').update(engine).update('\0').update(text).digest('hex');

/** The article `parse` makes of `text`, from the cache when an entry for this text and engine is there. */
export function cachedAnalysis(text: string, cache: AnalysisCache, parse: (text: string) => Article): Article {
  const entry = analysisEntry(text, cache);
  if (entry.article) return entry.article;
  const article = parse(text);
  entry.keep(article);
  return article;
}

/**
 * The cache's entry for `text` under this engine: the analysis it holds (undefined when there is
 * none), and how to keep a fresh one there for the next run. (For a caller that parses in its own
 * way: `loadArticle` loads the parser only on a miss.)
 */
export function analysisEntry(text: string, cache: AnalysisCache): { article: Article | undefined; keep(article: Article): void } {
  const key = keyOf(text, cache.engine ?? fingerprintEngine());
  const file = join(cache.dir, `${key}.json`);
  return { article: read(file, key), keep: (article) => write(cache.dir, file, { key, article }) };
}

function read(file: string, key: string): Article | undefined {
  let entry: Entry;
  try {
    entry = JSON.parse(readFileSync(file, 'utf8')) as Entry;
  } catch {
    return undefined; // Missing, unreadable or cut short: parse again.
  }
  if (entry?.key !== key || !Array.isArray(entry.article?.paragraphs)) return undefined;
  const article = entry.article;
  // JSON wrote each sentence twice (in its paragraph and in the flat list); the engine expects
  // one object in both places, as the parser makes them.
  article.sentences = article.paragraphs.flatMap((p) => p.sentences);
  return article;
}

function write(dir: string, file: string, entry: Entry): void {
  try {
    mkdirSync(dir, { recursive: true });
    // Written aside, then renamed: a reader (another process on the same DATA_DIR) sees the
    // whole entry or none.
    const aside = `${file}.${process.pid}.tmp`;
    writeFileSync(aside, JSON.stringify(entry));
    renameSync(aside, file);
    prune(dir);
  } catch {
    // A read-only or full DATA_DIR costs the next start its shortcut, nothing more.
  }
}

function prune(dir: string): void {
  const entries = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => ({ path: join(dir, n), mtime: statSync(join(dir, n)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of entries.slice(KEEP)) unlinkSync(old.path);
}
