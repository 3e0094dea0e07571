import { describe, expect, it } from 'vitest';
import { featureVector, rankScore, type PassageFeatures } from '../../src/engine/ranking.js';
import { RANKING_WEIGHTS } from '../../src/engine/ranking-weights.js';

/** A sentence holding all of a five-word "when" question, its words in their order, and a date near them. */
const holdsAll: PassageFeatures = {
  score: 1.3, coverage: 1, relaxed: 1, bm25: 0.9, held: 1, typed: true, near: true, primary: true, anchored: true, linked: true, related: true,
  missing: 0, pair: false, loose: false, paragraph: 6, inParagraph: 0, standfirst: false, quoted: false, spans: 1, pairs: 0.75, names: 1, words: 24,
  counted: false, statesCause: false, kinded: true, terms: 5, type: 'date', topHeld: 1, heading: 0,
};

describe('the passage-ranking model', () => {
  it('has a weight for every input: a feature added without refitting fails here', () => {
    expect(RANKING_WEIGHTS.weights).toHaveLength(featureVector(holdsAll).length);
    expect(RANKING_WEIGHTS.weights.every(Number.isFinite)).toBe(true);
  });

  it('ranks a passage holding all of the question above one holding its lesser half, at the same hand score', () => {
    const half = { ...holdsAll, coverage: 0.5, relaxed: 0.5, held: 0.5, missing: 2, pairs: 0.25, topHeld: 0 };
    expect(rankScore(holdsAll)).toBeGreaterThan(rankScore(half));
  });

  it('ranks a passage holding the question’s names above one that misses them', () => {
    expect(rankScore(holdsAll)).toBeGreaterThan(rankScore({ ...holdsAll, names: 0 }));
  });
});
