/**
 * Gradient boosting of small regression trees on a weighted logistic loss (the second-order,
 * XGBoost-style fit: each leaf's value is −ΣG / (ΣH + λ), each split the one that gains most), for
 * the fit scripts. Inputs are cut at up to `BINS` of their training quantiles, so each split is
 * chosen from a histogram rather than by sorting. Deterministic: the same examples give the same trees.
 */
import { treeValue, type TreeEnsemble, type TreeNode } from '../../src/engine/tree-ensemble.js';

export interface BoostExample {
  x: readonly number[];
  /** 1 or 0. */
  label: number;
  /** How much the example counts in the loss. */
  weight: number;
}

export interface BoostOptions {
  trees: number;
  depth: number;
  /** Shrinks every tree's values: smaller needs more trees, and overfits less. */
  rate: number;
  /** Weighted examples a leaf must hold at least. */
  minLeaf: number;
  /** L2 penalty on leaf values (λ). */
  lambda: number;
}

export const BOOST_DEFAULTS: BoostOptions = { trees: 200, depth: 3, rate: 0.05, minLeaf: 40, lambda: 1 };

const BINS = 32;

/** Up to BINS − 1 cut points per input, from its sorted distinct training values. */
function cutPoints(examples: readonly BoostExample[], inputs: number): number[][] {
  return Array.from({ length: inputs }, (_, j) => {
    const values = [...new Set(examples.map((e) => e.x[j]!))].sort((a, b) => a - b);
    if (values.length <= BINS) return values.slice(0, -1).map((v, k) => (v + values[k + 1]!) / 2);
    const cuts = new Set<number>();
    for (let b = 1; b < BINS; b++) {
      const k = Math.floor((b * values.length) / BINS);
      cuts.add((values[k - 1]! + values[k]!) / 2);
    }
    return [...cuts].sort((a, b) => a - b);
  });
}

/** The bin of `v` among `cuts`: how many cut points lie below it. */
function binOf(cuts: readonly number[], v: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v <= cuts[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function boost(examples: readonly BoostExample[], options: BoostOptions = BOOST_DEFAULTS): TreeEnsemble {
  const inputs = examples[0]!.x.length;
  const cuts = cutPoints(examples, inputs);
  const bins = examples.map((e) => e.x.map((v, j) => binOf(cuts[j]!, v)));
  const totalWeight = examples.reduce((a, e) => a + e.weight, 0);
  const positive = examples.reduce((a, e) => a + e.weight * e.label, 0) / totalWeight;
  const base = Math.log(positive / (1 - positive));
  const score = examples.map(() => base);
  const g = new Float64Array(examples.length);
  const h = new Float64Array(examples.length);
  const { lambda, minLeaf, rate, depth } = options;
  /** The rows' summed gradients, hessians and example weights. */
  const sums = (rows: readonly number[]) => {
    let G = 0;
    let H = 0;
    let W = 0;
    for (const r of rows) {
      G += g[r]!;
      H += h[r]!;
      W += examples[r]!.weight;
    }
    return { G, H, W };
  };
  const leaf = ({ G, H }: { G: number; H: number }): TreeNode => [(-G / (H + lambda)) * rate];
  const grow = (rows: number[], level: number): TreeNode => {
    const total = sums(rows);
    const { G, H, W } = total;
    if (level === depth || W < 2 * minLeaf) return leaf(total);
    const parent = (G * G) / (H + lambda);
    let best = { gain: 1e-9, input: -1, bin: -1 };
    for (let j = 0; j < inputs; j++) {
      const n = cuts[j]!.length + 1;
      if (n < 2) continue;
      const hg = new Float64Array(n);
      const hh = new Float64Array(n);
      const hw = new Float64Array(n);
      for (const r of rows) {
        const b = bins[r]![j]!;
        hg[b]! += g[r]!;
        hh[b]! += h[r]!;
        hw[b]! += examples[r]!.weight;
      }
      let gl = 0;
      let hl = 0;
      let wl = 0;
      for (let b = 0; b < n - 1; b++) {
        gl += hg[b]!;
        hl += hh[b]!;
        wl += hw[b]!;
        if (wl < minLeaf || W - wl < minLeaf) continue;
        const gain = (gl * gl) / (hl + lambda) + ((G - gl) * (G - gl)) / (H - hl + lambda) - parent;
        if (gain > best.gain) best = { gain, input: j, bin: b };
      }
    }
    if (best.input < 0) return leaf(total);
    const below = rows.filter((r) => bins[r]![best.input]! <= best.bin);
    const above = rows.filter((r) => bins[r]![best.input]! > best.bin);
    return [best.input, cuts[best.input]![best.bin]!, grow(below, level + 1), grow(above, level + 1)];
  };
  const all = examples.map((_, r) => r);
  const trees: TreeNode[] = [];
  for (let t = 0; t < options.trees; t++) {
    examples.forEach((e, r) => {
      const p = 1 / (1 + Math.exp(-score[r]!));
      g[r] = (p - e.label) * e.weight;
      h[r] = Math.max(p * (1 - p), 1e-6) * e.weight;
    });
    const tree = grow(all, 0);
    trees.push(tree);
    examples.forEach((e, r) => (score[r] = score[r]! + treeValue(tree, e.x)));
  }
  return { inputs, base, trees };
}
