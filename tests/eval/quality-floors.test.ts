/**
 * Answer quality may only go up: the figures `npm run eval` prints, held as floors. Raise a floor
 * when a change lifts its figure; a change that lowers one fails here and says which.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, rate, type EvalReport } from './score.js';
import floors from './floors.json' with { type: 'json' };

describe('answer quality on the evaluation set', () => {
  let report: EvalReport;

  it('keeps every figure at or above its floor', async () => {
    report = await evaluate();
    const figures = {
      shown: rate(report.shown),
      confidentRight: rate(report.confidentRight),
      declined: rate(report.declined),
      quotes: rate(report.quotes),
      speakerLookups: rate(report.speakerLookups),
      reported: rate(report.reported),
    };
    for (const [name, floor] of Object.entries(floors.atLeast)) {
      expect(figures[name as keyof typeof figures], name).toBeGreaterThanOrEqual(floor);
    }
    expect(rate(report.confidentWrong), 'confident answers that are wrong').toBeLessThanOrEqual(floors.atMost.confidentWrong);
    expect(report.spuriousQuotes, 'spurious quotes').toBeLessThanOrEqual(floors.atMost.spuriousQuotes);
  });

  it('runs on a set big enough to mean something', () => {
    expect(report.articles).toBeGreaterThanOrEqual(24);
    expect(report.questions.length).toBeGreaterThanOrEqual(240);
    expect(report.questions.filter((q) => !q.answerable).length).toBeGreaterThanOrEqual(40);
    expect(report.quotes.n).toBeGreaterThanOrEqual(150);
  });
});
