/**
 * Questions this article can answer, for autocomplete and help. They are drawn from the text
 * (who is quoted, counted facts such as "250,000 people are trapped"), then kept only when
 * the search index really answers them, so a suggestion never leads to "the article does not say".
 */
import type { Article } from './article.js';

const COUNTED = /\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|thousands of)\s+(?:(?:million|billion|thousand)\s+)?(people|children|men|women|[a-z]+s)\s+(are|were|have been|had been|has been)\s+([a-z]+ed)\b/g;

/** Candidate questions, best first; `answers` keeps only those the index answers. */
export function suggestQuestions(article: Article, answers: (question: string) => boolean): string[] {
  const out: string[] = [];
  const add = (q: string) => {
    if (!out.some((o) => o.toLowerCase() === q.toLowerCase())) out.push(q);
  };
  const counted: string[] = [];
  for (const s of article.sentences) {
    for (const m of s.text.matchAll(COUNTED)) counted.push(`How many ${m[1]} ${m[2]} ${m[3]}?`);
  }
  for (const q of counted) if (answers(q)) add(q);
  for (const speaker of article.speakers) {
    const q = `Who is ${speaker.name}?`;
    if (answers(q)) add(q);
  }
  for (const speaker of article.speakers) add(`What did ${speaker.name.split(' ').at(-1)} say?`);
  return out;
}
