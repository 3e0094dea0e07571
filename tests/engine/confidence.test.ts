import { describe, expect, it } from 'vitest';
import { isSure, mayBeAdded, signalVector, sureness, type AnswerSignals } from '../../src/engine/confidence.js';
import { CONFIDENCE_MODEL } from '../../src/engine/confidence-weights.js';

/** A passage that holds all of a two-word "when" question, well ahead of the next. */
const clear: AnswerSignals = {
  coverage: 1, relaxed: 1, score: 1.4, rivalScore: 0.6, rivalCoverage: 0.4,
  typed: true, primary: true, anchored: true, linked: true, related: true, missing: 0,
  kinded: true, aboutAllWords: false, terms: 2, answersByRule: true, leads: true, sureByRule: true, agrees: false, pair: false,
  sureUnits: 1, units: 30, paragraph: 3, countable: false, whoSaid: false, topCovered: 1, maxMissed: 0, spans: 1, quoted: false, type: 'date',
};

describe('the confidence model', () => {
  it('was fitted on inputs of the current length: a signal added without refitting fails here', () => {
    expect(CONFIDENCE_MODEL.inputs).toBe(signalVector(clear).length);
    expect(CONFIDENCE_MODEL.trees.length).toBeGreaterThan(0);
  });

  it('is sure of a passage holding all of the question well ahead of the rest', () => {
    expect(isSure(clear)).toBe(true);
  });

  it('is less sure as the passage holds less of the question and leads by less', () => {
    const weaker = { ...clear, coverage: 0.55, relaxed: 0.55, topCovered: 0, maxMissed: 0.45, missing: 1, score: 0.9, answersByRule: false, leads: true, sureByRule: false };
    expect(sureness(weaker)).toBeLessThan(sureness(clear));
  });

  it('never adds a passage a rival holding as much runs close, nor one holding under half the question', () => {
    expect(mayBeAdded({ ...clear, rivalCoverage: 1, rivalScore: 1.38 })).toBe(false);
    expect(mayBeAdded({ ...clear, coverage: 0.45 })).toBe(false);
    expect(mayBeAdded(clear)).toBe(true);
    const tiedOffRule = { ...clear, answersByRule: false, leads: false, sureByRule: false, rivalCoverage: 1, rivalScore: 1.38 };
    expect(isSure(tiedOffRule)).toBe(false);
  });
});
