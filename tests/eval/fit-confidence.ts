/**
 * `npm run fit:confidence`: fits the search's confidence model (src/engine/confidence.ts) and
 * writes its weights to src/engine/confidence-weights.ts.
 *
 * Each answerable or unanswerable question of the evaluation sets gives one example: the signals
 * the search had of its best passage, and whether that passage holds the question's evidence (an
 * unanswerable question's never does). Boosted trees (tests/eval/boost.ts) are fitted on them,
 * and their thresholds are those at which, cross-validated by article (two folds: no article is
 * scored by trees it helped fit), they answer with confidence no more wrongly than the hand-set
 * rule they replace.
 * The figures it prints are those held-out ones. Run it again whenever a signal changes.
 */
import { parseArticle } from '../../src/engine/parse.js';
import { buildSearchIndex } from '../../src/engine/search.js';
import { questionAsSearched } from '../../src/engine/engine.js';
import { initialsOf } from '../../src/engine/initials.js';
import { mayBeAdded, signalVector, type AnswerSignals } from '../../src/engine/confidence.js';
import { ensembleProbability, type TreeEnsemble, type TreeNode } from '../../src/engine/tree-ensemble.js';
import { loadRelatedWords } from '../../src/lexicon/load.js';
import { loadSet, norm } from './score.js';
import { round, writeWeights } from './weights-file.js';
import { boost } from './boost.js';

interface Example {
  x: number[];
  label: number;
  byRule: boolean;
  answerable: boolean;
  /** May be made sure by the model though the rule would not (see `mayBeAdded`). */
  addable: boolean;
  article: number;
}

const sets = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const related = loadRelatedWords();
const examples: Example[] = [];
let article = 0;
/** Every unanswerable question of the sets, weighed by the search or not. */
let unanswerable = 0;
for (const dir of sets.length ? sets : ['tests/eval/fresh', 'tests/eval/set']) {
  for (const spec of loadSet(dir)) {
    const parsed = parseArticle(spec.text);
    const initials = initialsOf(parsed);
    const index = buildSearchIndex(parsed, related);
    for (const question of spec.questions) {
      if (!question.answerable) unanswerable++;
      const evidence = index.answer(questionAsSearched(question.q, initials, related)).evidence;
      const signals: AnswerSignals | undefined = evidence?.signals;
      if (!evidence || !signals) continue;
      const shown = norm(evidence.shows().map((s) => s.text).join(' '));
      const label = question.answerable && (question.evidence ?? []).some((e) => shown.includes(norm(e))) ? 1 : 0;
      const byRule = signals.sureByRule;
      examples.push({ x: signalVector(signals), label, byRule, answerable: question.answerable, addable: mayBeAdded(signals), article });
    }
    article++;
  }
}

/**
 * An unanswerable question answered with confidence misleads more than a hedge on an answerable
 * one: it weighs this much more in the fit.
 */
const UNANSWERABLE_WEIGHT = Number(process.env.UNANSWERABLE_WEIGHT ?? 3);

/** The ensemble fitted on `train`, unanswerable questions weighing UNANSWERABLE_WEIGHT. */
const fit = (train: Example[]): TreeEnsemble => boost(train.map((e) => ({ x: e.x, label: e.label, weight: e.answerable ? 1 : UNANSWERABLE_WEIGHT })));

// Held out: each half of the articles scored by the ensemble fitted on the other half.
const held = examples.map(() => 0);
for (const fold of [0, 1]) {
  const model = fit(examples.filter((e) => e.article % 2 !== fold));
  examples.forEach((e, n) => {
    if (e.article % 2 === fold) held[n] = ensembleProbability(model, e.x);
  });
}
const ruleRight = examples.filter((e) => e.byRule && e.label).length;
const ruleWrong = examples.filter((e) => e.byRule && !e.label).length;
const ruleAnswered = examples.filter((e) => e.byRule && !e.answerable).length;
/** Sure: the rule's answers the model does not doubt (≥ keep), and any other the model is sure of (≥ add). */
const at = (keep: number, add: number) => {
  const sure = examples.filter((e, n) => (e.byRule && held[n]! >= keep) || (held[n]! >= add && e.addable));
  return { keep, add, right: sure.filter((e) => e.label).length, wrong: sure.filter((e) => !e.label).length, answered: sure.filter((e) => !e.answerable).length };
};
const steps = (from: number, to: number) => Array.from({ length: Math.round((to - from) / 0.01) + 1 }, (_, k) => from + k * 0.01);
const grid = steps(0.2, 0.6).flatMap((keep) => steps(keep, 0.9).map((add) => at(keep, add)));
/**
 * At most this share of the unanswerable questions answered with confidence, held out: the
 * product's target is nine in ten declined, and the held-out figure runs a little below the full
 * evaluation's. (Bounding it by the rule's count alone let a better ranking, whose best passages
 * cover more of the question, answer 37 more unanswerable questions.)
 */
const ANSWERED_SHARE = 0.08;
const maxAnswered = Math.min(ruleAnswered, Math.floor(ANSWERED_SHARE * unanswerable));
// The most right answers less wrong ones, at no more wrong ones than the rule, and no more unanswerable questions answered than the rule or the share above.
const chosen = grid.filter((p) => p.wrong <= ruleWrong && p.answered <= maxAnswered).sort((a, b) => b.right - b.wrong - (a.right - a.wrong) || b.right - a.right)[0]!;
console.log(`${examples.length} questions from ${article} articles; best passage right for ${examples.filter((e) => e.label).length}`);
console.log(`hand-set rule: ${ruleRight} confident right, ${ruleWrong} confident wrong (${ruleAnswered} of them unanswerable)`);
for (const t of [0.5, 0.6, 0.7]) {
  const p = at(t, t);
  console.log(`model alone ≥ ${t.toFixed(2)} (held out): ${p.right} right, ${p.wrong} wrong (${p.answered} unanswerable)`);
}
console.log(`chosen: keep the rule's answers at ≥ ${chosen.keep.toFixed(2)}, add at ≥ ${chosen.add.toFixed(2)}: ${chosen.right} right, ${chosen.wrong} wrong (${chosen.answered} unanswerable; held out)`);

const model = fit(examples);
/** The trees as source, every number to `round`'s precision. */
const tree = (node: TreeNode): string => (node.length === 1 ? `[${round(node[0])}]` : `[${node[0]}, ${round(node[1])}, ${tree(node[2])}, ${tree(node[3])}]`);
const file = writeWeights(
  'confidence-weights',
  'npm run fit:confidence',
  'signalVector() in confidence.ts',
  `import type { TreeEnsemble } from './tree-ensemble.js';\n\nexport const CONFIDENCE_MODEL: TreeEnsemble & { keep: number; add: number } = {\n  keep: ${chosen.keep.toFixed(2)},\n  add: ${chosen.add.toFixed(2)},\n  inputs: ${model.inputs},\n  base: ${round(model.base)},\n  trees: [\n${model.trees.map((t) => `    ${tree(t)},`).join('\n')}\n  ],\n};`,
);
console.log(`wrote ${file}`);
