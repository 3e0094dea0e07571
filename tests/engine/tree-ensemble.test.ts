import { describe, expect, it } from 'vitest';
import { ensembleProbability, ensembleScore, type TreeEnsemble } from '../../src/engine/tree-ensemble.js';

/** One split on input 1 at 0.5, then on input 0 at 2 for the upper branch. */
const model: TreeEnsemble = {
  inputs: 2,
  base: 0.25,
  trees: [[1, 0.5, [-1], [0, 2, [0.5], [2]]], [-0.25]],
};

describe('a tree ensemble', () => {
  it('sends an input at the threshold below it, and adds every tree to the base', () => {
    expect(ensembleScore(model, [9, 0.5])).toBe(0.25 - 1 - 0.25);
    expect(ensembleScore(model, [2, 0.6])).toBe(0.25 + 0.5 - 0.25);
    expect(ensembleScore(model, [2.1, 0.6])).toBe(0.25 + 2 - 0.25);
  });

  it('reads its score as log-odds', () => {
    expect(ensembleProbability(model, [2, 0.6])).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 12);
  });
});
