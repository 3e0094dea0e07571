/**
 * How the search orders the passages it weighs for a question: its hand-set score (coverage of
 * the question, the kind of thing asked, near the question's words, …), corrected by a linear
 * model over what it knows of each passage.
 *
 * Why a model: the hand-set score adds a dozen bonuses tuned one at a time, and each was measured
 * alone; they interact (holding the question's words in their order matters more for a long
 * question, a quotation less for "who said"). The correction is fitted by `npm run fit:ranking`
 * (tests/eval/fit-ranking.ts) on the evaluation sets, to put first the passage that holds the
 * answer, and kept on the hand score's scale (its weight is 1), so the thresholds that read
 * score differences keep their meaning. Regenerate it whenever a feature or the score changes,
 * then refit the confidence model, which reads scores.
 */
import { RANKING_WEIGHTS } from './ranking-weights.js';

/** What the search knows of one passage (a sentence, or two read together) for a question. */
export interface PassageFeatures {
  /** The hand-set score the correction is added to. */
  score: number;
  coverage: number;
  relaxed: number;
  /** The full-text index's score, relative to the question's best hit (0..1). */
  bm25: number;
  /** Share of the question's weight the full-text hit holds (how it was picked as a candidate). */
  held: number;
  typed: boolean;
  near: boolean;
  primary: boolean;
  anchored: boolean;
  linked: boolean;
  related: boolean;
  missing: number;
  pair: boolean;
  loose: boolean;
  /** Paragraph number (0: headline) and the sentence's place in its paragraph (0: first). */
  paragraph: number;
  inParagraph: number;
  standfirst: boolean;
  quoted: boolean;
  /** Things of the kind asked the passage holds. */
  spans: number;
  /** Share of the question's consecutive word pairs the passage holds close together (within three words). */
  pairs: number;
  /** Share of the question's capitalised words (names) the passage holds. */
  names: number;
  /** Words in the passage. */
  words: number;
  /** Counts what "how many" asks, gives the name a naming verb gives, or names who a passive verb says did it (the hand score's bonuses for these). */
  counted: boolean;
  statesCause: boolean;
  /** The question asks for a kind of thing. */
  kinded: boolean;
  /** Question words searched for. */
  terms: number;
  /** The first kind of thing asked, or `none`. */
  type: string;
  /** How much of the question's weightiest word the passage holds (0..1). */
  topHeld: number;
  /** Share of the heading over the passage that the question asks (explainers' "What are the side effects?"). */
  heading: number;
}

/** Kinds of thing asked whose passages are weighed apart: how much holding one says differs by kind. */
const KIND_GROUPS: ReadonlyArray<readonly string[]> = [
  ['person', 'organisation', 'name', 'role'],
  ['date', 'time', 'clock'],
  ['count', 'number', 'money', 'percent', 'measure', 'age'],
  ['duration'],
  ['cause'],
  ['place'],
];

const flag = (b: boolean) => (b ? 1 : 0);
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** The model's inputs, in the order of its weights (the hand score is not one: its weight is 1). */
export function featureVector(f: PassageFeatures): number[] {
  const kinded = flag(f.kinded);
  const x = [
    f.coverage, f.relaxed, f.bm25, f.held, flag(f.typed), flag(f.near), flag(f.primary),
    flag(f.anchored), flag(f.linked), flag(f.related), Math.min(f.missing, 4) / 4, flag(f.pair), flag(f.loose),
    Math.min(f.paragraph, 30) / 30, Math.min(f.inParagraph, 5) / 5, flag(f.standfirst), flag(f.quoted),
    Math.min(f.spans, 4) / 4, f.pairs, f.names, Math.log1p(f.words) / 4, flag(f.counted), flag(f.statesCause),
    // What a kind of thing asked changes: holding it, near, covering the rest.
    kinded * flag(f.typed), kinded * flag(f.near), kinded * f.coverage, kinded * f.relaxed, kinded * f.bm25,
    // A long question's word order says more than a short one's.
    f.pairs * clamp(f.terms / 8, 0, 1), f.coverage * clamp(f.terms / 8, 0, 1),
    f.coverage * f.coverage, flag(f.paragraph <= 2), f.topHeld, f.heading,
  ];
  // (Pushed, not spread from a flatMap: every passage of every question is scored so, and the
  // arrays those make were a sixth of the search's allocation.)
  for (const group of KIND_GROUPS) {
    const asked = flag(group.includes(f.type));
    x.push(asked * flag(f.typed), asked * flag(f.near), asked * f.coverage);
  }
  return x;
}

/** A hand score corrected by `weights` over inputs `x` (the fit script scores held-out folds with it too). */
export function corrected(weights: readonly number[], score: number, x: readonly number[]): number {
  let s = score;
  for (let i = 0; i < weights.length; i++) s += weights[i]! * x[i]!;
  return s;
}

/** The passage's score: the hand-set one, corrected by the fitted model. */
export function rankScore(f: PassageFeatures): number {
  const w = RANKING_WEIGHTS.weights;
  return w.length === 0 ? f.score : corrected(w, f.score, featureVector(f));
}
