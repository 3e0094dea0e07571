import type { Speaker } from './article.js';
export interface SpeakerMatch {
  /** Index into the article's speakers. */
  speaker: number;
  /** Higher is better; comparable only within one query. */
  score: number;
}
export function findSpeakers(_speakers: readonly Speaker[], _query: string, _options: { prefix?: boolean } = {}): SpeakerMatch[] {
  return [];
}
