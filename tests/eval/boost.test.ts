import { describe, expect, it } from 'vitest';
import { ensembleProbability } from '../../src/engine/tree-ensemble.js';
import { boost } from './boost.js';

/** Label 1 when both inputs are high: an interaction no single input's weight draws. */
const examples = Array.from({ length: 400 }, (_, i) => {
  const x = [(i % 20) / 20, Math.floor(i / 20) / 20];
  return { x, label: x[0]! > 0.5 && x[1]! > 0.5 ? 1 : 0, weight: 1 };
});

describe('boosting small trees', () => {
  const model = boost(examples, { trees: 60, depth: 2, rate: 0.3, minLeaf: 5, lambda: 1 });

  it('learns an interaction of two inputs', () => {
    expect(ensembleProbability(model, [0.9, 0.9])).toBeGreaterThan(0.9);
    expect(ensembleProbability(model, [0.9, 0.1])).toBeLessThan(0.1);
    expect(ensembleProbability(model, [0.1, 0.9])).toBeLessThan(0.1);
  });

  it('counts a heavier example more', () => {
    const weighed = examples.map((e) => (e.label ? e : { ...e, weight: 5 }));
    const cautious = boost(weighed, { trees: 60, depth: 2, rate: 0.3, minLeaf: 5, lambda: 1 });
    expect(cautious.base).toBeLessThan(model.base);
  });

  it('fits the same trees from the same examples', () => {
    expect(boost(examples, { trees: 5, depth: 2, rate: 0.3, minLeaf: 5, lambda: 1 })).toEqual(boost(examples, { trees: 5, depth: 2, rate: 0.3, minLeaf: 5, lambda: 1 }));
  });
});
