/**
 * `npm run fit:ranking`: fits the correction the search adds to its hand-set passage score
 * (src/engine/ranking.ts) and writes it to src/engine/ranking-weights.ts.
 *
 * Each answerable question of the evaluation sets whose weighed passages include one holding its
 * evidence, and one not, gives one example: the passages, each with its features and whether its
 * own sentences hold the evidence. The model is a listwise logistic (softmax) ranker, s = c·score
 * + w·x, fitted to put a passage holding the evidence first; the weights written are w / c, so
 * the corrected score stays on the hand score's scale. Cross-validated by article (two folds),
 * it prints how often the first passage, and one of the first three, holds the evidence, for the
 * hand score and the model. Run it again whenever a feature or the hand score changes, then
 * `npm run fit:confidence`, whose model reads the scores.
 */
import { parseArticle } from '../../src/engine/parse.js';
import { buildSearchIndex } from '../../src/engine/search.js';
import { questionAsSearched } from '../../src/engine/engine.js';
import { initialsOf } from '../../src/engine/initials.js';
import { corrected, featureVector } from '../../src/engine/ranking.js';
import { RANKING_WEIGHTS } from '../../src/engine/ranking-weights.js';
import { loadRelatedWords } from '../../src/lexicon/load.js';
import { loadSet, norm } from './score.js';
import { round, writeWeights } from './weights-file.js';

interface Passage {
  score: number;
  x: number[];
  label: number;
  first: number;
}
interface Example {
  passages: Passage[];
  article: number;
}

// Fitted on the hand score's order, so that what is weighed does not depend on the weights being
// replaced (nor break when the features change, and the old weights no longer fit them).
(RANKING_WEIGHTS as { weights: readonly number[] }).weights = [];

const sets = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const related = loadRelatedWords();
const examples: Example[] = [];
let article = 0;
let answerable = 0;
let reachable = 0;
for (const dir of sets.length ? sets : ['tests/eval/fresh', 'tests/eval/set']) {
  for (const spec of loadSet(dir)) {
    const parsed = parseArticle(spec.text);
    const initials = initialsOf(parsed);
    const index = buildSearchIndex(parsed, related);
    for (const question of spec.questions) {
      if (!question.answerable || !question.evidence?.length) continue;
      answerable++;
      const weighed = index.answer(questionAsSearched(question.q, initials, related)).evidence?.weighed() ?? [];
      const evidence = question.evidence.map(norm);
      const passages = weighed.map(({ sentences, features }) => {
        const text = norm(sentences.map((s) => s.text).join(' '));
        return { score: features.score, x: featureVector(features), label: evidence.some((e) => text.includes(e)) ? 1 : 0, first: sentences[0]!.id };
      });
      if (passages.some((p) => p.label)) reachable++;
      if (passages.some((p) => p.label) && passages.some((p) => !p.label)) examples.push({ passages, article });
    }
    article++;
  }
}

const L2 = Number(process.env.RANKING_L2 ?? 1e-2);
const STEPS = Number(process.env.RANKING_STEPS ?? 600);

/** Listwise softmax ranker by Adam on standardised inputs; returns c (the hand score's weight) and w, on raw inputs. */
function fit(train: Example[]): { c: number; w: number[] } {
  const all = train.flatMap((e) => e.passages);
  const d = all[0]!.x.length;
  const mean = Array.from({ length: d }, (_, j) => all.reduce((a, p) => a + p.x[j]!, 0) / all.length);
  const sd = Array.from({ length: d }, (_, j) => Math.sqrt(all.reduce((a, p) => a + (p.x[j]! - mean[j]!) ** 2, 0) / all.length) || 1);
  const z = train.map((e) => e.passages.map((p) => p.x.map((v, j) => (v - mean[j]!) / sd[j]!)));
  // Parameter 0 is the hand score's weight; 1..d the features'.
  const theta = new Float64Array(d + 1);
  theta[0] = 5;
  const m = new Float64Array(d + 1);
  const v = new Float64Array(d + 1);
  const RATE = 0.05;
  for (let step = 1; step <= STEPS; step++) {
    const g = new Float64Array(d + 1);
    train.forEach((e, n) => {
      const s = e.passages.map((p, k) => {
        let t = theta[0]! * p.score;
        for (let j = 0; j < d; j++) t += theta[j + 1]! * z[n]![k]![j]!;
        return t;
      });
      const top = Math.max(...s);
      const ex = s.map((t) => Math.exp(t - top));
      const sumAll = ex.reduce((a, b) => a + b, 0);
      const sumPos = ex.reduce((a, b, k) => a + (e.passages[k]!.label ? b : 0), 0);
      // d(−log(sumPos/sumAll))/ds_k = p_all(k) − p_pos(k)
      e.passages.forEach((p, k) => {
        const coef = ex[k]! / sumAll - (p.label ? ex[k]! / sumPos : 0);
        g[0]! += coef * p.score;
        for (let j = 0; j < d; j++) g[j + 1]! += coef * z[n]![k]![j]!;
      });
    });
    for (let j = 0; j <= d; j++) {
      const grad = g[j]! / train.length + (j > 0 ? L2 * theta[j]! : 0);
      m[j] = 0.9 * m[j]! + 0.1 * grad;
      v[j] = 0.999 * v[j]! + 0.001 * grad * grad;
      theta[j]! -= (RATE * (m[j]! / (1 - 0.9 ** step))) / (Math.sqrt(v[j]! / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  const w = Array.from({ length: d }, (_, j) => theta[j + 1]! / sd[j]!);
  // The standardising offsets shift every passage of a question alike: they do not change the order.
  return { c: theta[0]!, w };
}

/** The weights as the search reads them: on the hand score's scale. */
const scaled = (model: { c: number; w: number[] }) => model.w.map((x) => x / model.c);
/** Does the first passage, and one of the first three distinct passages, hold the evidence, ordered by the hand score corrected by `weights`? */
const hits = (weights: readonly number[], e: Example) => {
  const order = [...e.passages].sort((a, b) => corrected(weights, b.score, b.x) - corrected(weights, a.score, a.x) || a.first - b.first);
  const firsts: Passage[] = [];
  for (const p of order) if (!firsts.some((q) => q.first === p.first)) firsts.push(p);
  return { top1: order[0]!.label === 1, top3: firsts.slice(0, 3).some((p) => p.label === 1) };
};

const tally = { hand1: 0, hand3: 0, model1: 0, model3: 0 };
for (const fold of [0, 1]) {
  const weights = scaled(fit(examples.filter((e) => e.article % 2 !== fold)));
  for (const e of examples.filter((e) => e.article % 2 === fold)) {
    const hand = hits([], e);
    const learned = hits(weights, e);
    tally.hand1 += Number(hand.top1);
    tally.hand3 += Number(hand.top3);
    tally.model1 += Number(learned.top1);
    tally.model3 += Number(learned.top3);
  }
}
console.log(`${answerable} answerable questions from ${article} articles; a weighed passage holds the evidence for ${reachable}; ${examples.length} to rank`);
console.log(`held out, first passage holds it: hand score ${tally.hand1}, model ${tally.model1}; one of the first three: hand ${tally.hand3}, model ${tally.model3}`);

const model = fit(examples);
const file = writeWeights(
  'ranking-weights',
  'npm run fit:ranking',
  'featureVector() in ranking.ts',
  `export const RANKING_WEIGHTS: { weights: readonly number[] } = {\n  weights: [${scaled(model).map(round).join(', ')}],\n};`,
);
console.log(`hand score's weight ${model.c.toFixed(3)}; wrote ${file}`);
