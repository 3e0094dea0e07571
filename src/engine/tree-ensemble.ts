/**
 * A fitted ensemble of small regression trees (gradient boosting), read by the confidence model.
 *
 * Why trees rather than one more product of signals in a linear model: whether a passage answers
 * turns on interactions a weighted sum cannot draw ("covers most of the question" means one thing
 * for a two-word "when" question that holds a date, another for a long "why" question), and each
 * hand-made product caught one of them. Depth-three trees find them from the evaluation sets.
 * Fitted by tests/eval/boost.ts; evaluated here in a few hundred comparisons per question.
 */

/**
 * One tree, as nested arrays: a split `[input, threshold, below, above]` sends `x[input] <=
 * threshold` to `below`, the rest to `above`; a leaf is `[value]`.
 */
export type TreeNode = readonly [number] | readonly [number, number, TreeNode, TreeNode];

export interface TreeEnsemble {
  /** How many inputs every tree reads (the length of the input vector it was fitted on). */
  inputs: number;
  /** The score before any tree: the training set's log-odds. */
  base: number;
  trees: readonly TreeNode[];
}

/** The value of the leaf `x` reaches in one tree (the fit adds each new tree's this way too). */
export function treeValue(node: TreeNode, x: readonly number[]): number {
  let at = node;
  while (at.length === 4) at = x[at[0]]! <= at[1] ? at[2] : at[3];
  return at[0];
}

/** The ensemble's raw score (log-odds) for inputs `x`. */
export function ensembleScore(model: TreeEnsemble, x: readonly number[]): number {
  let score = model.base;
  for (const tree of model.trees) score += treeValue(tree, x);
  return score;
}

/** The ensemble's probability for inputs `x` (0..1). */
export const ensembleProbability = (model: TreeEnsemble, x: readonly number[]): number => 1 / (1 + Math.exp(-ensembleScore(model, x)));
