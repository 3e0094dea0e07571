/**
 * How sure the search may be of its best passage: a model over what the search knows of that
 * passage when it must choose between answering and offering the closest passages.
 *
 * Why a model rather than one more threshold: each signal alone (coverage, the lead over the next
 * passage, holding the kind of thing asked) was tuned as far as it goes, and they interact (a
 * small lead matters less when the passage holds all of a long question). The model is an
 * ensemble of small trees (tree-ensemble.ts), fitted by `npm run fit:confidence` on the evaluation
 * sets in `tests/eval/` (see that script for how it is held out), and regenerated whenever the
 * signals change. Measured, cross-validated by article: a logistic regression over the same
 * signals gave, at the rule's count of wrong answers, about a tenth more confident right ones than
 * the hand-set rule; the trees, at fewer wrong ones than the regression, more right ones again.
 */
import { CONFIDENCE_MODEL } from './confidence-weights.js';
import { ensembleProbability } from './tree-ensemble.js';

/**
 * What the search knows of its best passage (and the next-best unrelated one) for a question.
 * Only passages that are what an answer must be whatever they cover (`mayAnswer` in search.ts)
 * are weighed, and the model is fitted on them alone.
 */
export interface AnswerSignals {
  /** Share of the question's weight the passage holds sure matches for (0..1). */
  coverage: number;
  /** The same, counting words that name the kind of answer as held when the passage gives one. */
  relaxed: number;
  /** Ranking score of the passage, and of the next passage sharing no sentence with it. */
  score: number;
  rivalScore: number;
  rivalCoverage: number;
  /** Holds the kind of thing asked, near the question's words. */
  typed: boolean;
  /** Holds the first kind asked ("how long": a duration, not a date). */
  primary: boolean;
  anchored: boolean;
  linked: boolean;
  related: boolean;
  /** Question words the passage holds not at all. */
  missing: number;
  /** The question asks for a kind of thing. */
  kinded: boolean;
  /** A question about all its words (no kind, or who/which): a missing word counts. */
  aboutAllWords: boolean;
  /** Number of the question's words searched for. */
  terms: number;
  /** The hand-set rule's verdict: covers enough, typed, anchored, counts what "how many" asks. */
  answersByRule: boolean;
  /** Leads the next passage by the rule's margin. */
  leads: boolean;
  /** The hand-set rule would answer: it answers, and leads the next passage or agrees with it. */
  sureByRule: boolean;
  /** A rival gives the same answer (news tells its main facts twice). */
  agrees: boolean;
  /** Two sentences read together. */
  pair: boolean;
  /** Passages covering enough to answer: more than one is a choice. */
  sureUnits: number;
  /** Passages ranked at all. */
  units: number;
  /** The passage's paragraph (0: headline). */
  paragraph: number;
  /** "How many <noun>" where the article has the noun: the passage must count it. */
  countable: boolean;
  whoSaid: boolean;
  /** The question's weightiest word is held sure. */
  topCovered: number;
  /** The largest share of the question's weight the passage misses in one word. */
  maxMissed: number;
  /** How many things of the kind asked the passage holds. */
  spans: number;
  /** Every sentence of the passage is someone's quoted words. */
  quoted: boolean;
  /** The first kind asked, or `none`. */
  type: string;
}

/** Kinds of answer with a weight of their own; the rest share `other`. */
export const MODEL_TYPES = ['none', 'count', 'date', 'money', 'person', 'duration', 'cause', 'place', 'name', 'number', 'age', 'clock', 'organisation', 'percent', 'measure', 'other'] as const;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const flag = (b: boolean) => (b ? 1 : 0);

/** The model's inputs, in the order of its weights. */
export function signalVector(s: AnswerSignals): number[] {
  const margin = clamp(s.score - s.rivalScore, -1, 1);
  const kind = (MODEL_TYPES as readonly string[]).includes(s.type) ? s.type : 'other';
  return [
    s.coverage, s.relaxed, margin, s.score, s.rivalScore, s.rivalCoverage,
    flag(s.typed), flag(s.primary), flag(s.anchored), flag(s.linked), flag(s.related),
    Math.min(s.missing, 4), flag(s.kinded), flag(s.aboutAllWords), Math.min(s.terms, 12) / 12,
    flag(s.answersByRule), flag(s.leads), flag(s.agrees), flag(s.pair),
    Math.min(s.sureUnits, 6) / 6, Math.log1p(s.units), Math.min(s.paragraph, 20) / 20,
    flag(s.countable), flag(s.whoSaid), s.topCovered, s.maxMissed, Math.min(s.spans, 5), flag(s.quoted),
    s.coverage * s.coverage, s.coverage * flag(s.typed), flag(s.answersByRule) * margin, s.coverage - s.rivalCoverage,
    // A rival that holds as much of the question, a hair behind: a choice, not an answer.
    flag(s.rivalCoverage >= s.coverage - 1e-9) * (1 - clamp(margin * 10, 0, 1)),
    ...MODEL_TYPES.map((t) => flag(t === kind)),
  ];
}

/** The model's estimate that the passage answers the question (0..1). */
export const sureness = (s: AnswerSignals): number => ensembleProbability(CONFIDENCE_MODEL, signalVector(s));

/**
 * A passage the rule would not answer with may be made sure by the model when it holds at least
 * half the question, and no rival holding as much runs it close (a choice between two the model
 * cannot make: "how long was he head coach" between "hired him as head coach in … 1976" and
 * "coached the Rams from 1976 to 2006"). Measured on the fresh set: the tie alone, 36 fewer
 * confident wrong answers for 30 fewer right.
 */
export function mayBeAdded(s: AnswerSignals): boolean {
  const tied = s.rivalCoverage >= s.coverage && s.score - s.rivalScore < TIE;
  return s.coverage >= ADD_FLOOR && !tied;
}
const ADD_FLOOR = 0.5;
const TIE = 0.05;

/**
 * Whether the search answers with its best passage rather than offering the closest ones: the
 * hand-set rule's answers the model does not doubt, and any other passage holding at least half
 * the question that the model is sure of. Measured on the fresh set against the rule alone: 142
 * more confident right answers, 87 fewer confident wrong, 10 more unanswerable questions declined.
 * (Adding only passages that cover as much as the rule asks: 26 fewer confident right, 45 fewer
 * wrong. A model with no floor answered from a third of the question.)
 */
export function isSure(s: AnswerSignals): boolean {
  const p = sureness(s);
  return (p >= CONFIDENCE_MODEL.add && mayBeAdded(s)) || (s.sureByRule && p >= CONFIDENCE_MODEL.keep);
}
