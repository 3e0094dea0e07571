/**
 * The article's analysis kept in DATA_DIR: a second start reads it instead of parsing, and a
 * corrected article, a new engine or a damaged entry is parsed afresh. A broken cache never
 * stops the bot.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/parse.js';
import { cachedAnalysis, fingerprintEngine } from '../../src/runtime/analysis-cache.js';
import { buildEngine } from '../../src/runtime/build-engine.js';
import { runBot } from '../helpers/spawn-bot.js';

const BRIDGE = readFileSync('tests/fixtures/articles/harbor-bridge.txt', 'utf8');

let dir = '';
let parses = 0;
/** The real parser, counted: a hit must not call it. */
const parse = (text: string) => {
  parses++;
  return parseArticle(text);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'analysis-cache-'));
  parses = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the analysis cache', () => {
  it('gives a second start the same article without parsing it again', () => {
    const cache = { dir: join(dir, 'analysis') };
    const first = cachedAnalysis(BRIDGE, cache, parse);
    const second = cachedAnalysis(BRIDGE, cache, parse);
    expect(parses).toBe(1);
    expect(second).toEqual(first);
    expect(second.quotes.length).toBeGreaterThan(0);
    // One sentence object in its paragraph and in the flat list, as the parser makes them.
    expect(second.sentences[0]).toBe(second.paragraphs[0]!.sentences[0]);
  });

  it('gives an engine that answers every question as one built from the text', () => {
    // The cached analysis carries the names found in each sentence (see sentence-names.ts), so a
    // second start never runs the name finder: what it reads back must answer alike.
    const cache = { dir };
    const parsed = cachedAnalysis(BRIDGE, cache, parse);
    const cached = cachedAnalysis(BRIDGE, cache, parse);
    expect(parses).toBe(1);
    expect(cached.names?.alone).toHaveLength(cached.sentences.length);
    const questions = ['who is Raj Patel?', 'when will the bridge reopen?', 'how much will the repairs cost?', 'who inspected the bridge?', 'what did the mayor say?', 'why was it closed?'];
    const answers = (article: typeof parsed) => {
      const engine = buildEngine(article);
      return questions.map((q) => {
        const a = engine.answer(q);
        return [a.confidence, a.sentences.map((s) => s.id), a.passages.map((p) => p.map((s) => s.id))];
      });
    };
    expect(answers(cached)).toEqual(answers(parsed));
  });

  it('analyses a corrected article afresh', () => {
    const cache = { dir };
    cachedAnalysis(BRIDGE, cache, parse);
    const corrected = cachedAnalysis(BRIDGE.replace('Patel', 'Pattel'), cache, parse);
    expect(parses).toBe(2);
    expect(corrected.speakers.map((s) => s.name)).toContain('Raj Pattel');
  });

  it('never reads an analysis made by another engine', () => {
    cachedAnalysis(BRIDGE, { dir, engine: 'engine-1' }, parse);
    cachedAnalysis(BRIDGE, { dir, engine: 'engine-2' }, parse);
    cachedAnalysis(BRIDGE, { dir, engine: 'engine-1' }, parse);
    expect(parses).toBe(2);
  });

  it('parses again over an entry cut short, and replaces it', () => {
    cachedAnalysis(BRIDGE, { dir }, parse);
    const [entry] = readdirSync(dir);
    const whole = readFileSync(join(dir, entry!), 'utf8');
    writeFileSync(join(dir, entry!), whole.slice(0, whole.length / 2));
    expect(cachedAnalysis(BRIDGE, { dir }, parse).quotes.length).toBeGreaterThan(0);
    expect(parses).toBe(2);
    expect(readFileSync(join(dir, entry!), 'utf8')).toBe(whole);
  });

  it('still answers when the folder cannot be written', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const article = cachedAnalysis(BRIDGE, { dir: join(file, 'analysis') }, parse);
    expect(article.quotes.length).toBeGreaterThan(0);
  });

  it('keeps a handful of entries, the newest', () => {
    for (let i = 0; i < 12; i++) cachedAnalysis(`${BRIDGE}\n\nCorrection ${i}.`, { dir }, parse);
    expect(readdirSync(dir).length).toBe(8);
  });

  it('changes the engine fingerprint when an engine module changes, built or run from source', () => {
    for (const file of ['parse.js', 'quotes.ts']) {
      writeFileSync(join(dir, file), 'export const a = 1;');
      const before = fingerprintEngine(dir);
      writeFileSync(join(dir, file), 'export const a = 2;');
      expect(fingerprintEngine(dir)).not.toBe(before);
    }
  });

  it('serves a corrected article on the next start of the bot', async () => {
    const article = join(dir, 'bridge.txt');
    const env = { ARTICLE_PATH: article, DATA_DIR: dir };
    writeFileSync(article, BRIDGE);
    const first = await runBot(['--json'], 'what did Patel say\n', env);
    expect(first.stdout).toContain('Raj Patel');
    expect(readdirSync(join(dir, 'analysis'))).toHaveLength(1);
    writeFileSync(article, BRIDGE.replaceAll('Patel', 'Pattel'));
    const second = await runBot(['--json'], 'what did Pattel say\n', env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Raj Pattel');
    expect(second.stdout).not.toContain('Raj Patel"');
  });
});
