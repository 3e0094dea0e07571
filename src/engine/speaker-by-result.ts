/**
 * "What did the winning coach say", of a match report that quotes both coaches ("Marlowe State
 * coach Gina Ferraro", "Pemberton coach Rick Dalessandro"): the words find both, and the result
 * the story leads with chooses. The winner is the side its headline or first paragraphs say beat,
 * stunned or won ("Marlowe State stuns No. 4 Pemberton 71-68", "Thornleigh win 3-2 on
 * shoot-out"); the loser the side beaten, or else the one other side the words found.
 */
import type { Article, Speaker } from './article.js';
import type { SpeakerMatch } from './speaker-match.js';

/** What the reader asks for: the winner's side or the loser's. */
const WINNING = /\b(?:winning|victorious|triumphant)\b/i;
const LOSING = /\b(?:losing|beaten|defeated|vanquished)\b/i;
/** A side's name: up to four capitalised words ("Wabash Valley State"). */
const SIDE = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}`;
/** What a side may carry before its name: "No. 4", "top-seeded", "the". */
const RANKED = String.raw`(?:(?:the|No\.\s*\d+|\d+\w*-seeded|[\p{Ll}-]+-seeded|seeded)\s+)*`;
/** "X beat Y", "X stuns No. 4 Y", "X edged the Y": the winner (group 1), the loser (group 2). */
const BEAT = new RegExp(`(${SIDE})\\s+(?:beat|beats|stun|stuns|stunned|defeat|defeats|defeated|edge|edges|edged|upset|upsets|rout|routs|routed|thrash|thrashes|thrashed|down|downs|downed|overcame|overcome|overcomes|topple|topples|toppled|sink|sinks|sank|held off|hold off|holds off)\\s+${RANKED}(${SIDE})`, 'u');
/** "Thornleigh win 3-2 on shoot-out", "Kiptanui wins the marathon": the winner alone. */
const WINS = new RegExp(`(${SIDE})\\s+(?:win|wins|won|clinch|clinches|clinched|lift|lifts|lifted)\\b`, 'u');
/** Paragraphs, after the headline, that say the result (a report leads with it). */
const LEAD_PARAGRAPHS = 4;
/** Capitalised words that name no side: "The", "No", a weekday. */
const NOT_A_SIDE = /^(?:The|A|An|No|But|And|After|When|Then|In|On|At|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** The distinctive word of a side's name that speakers' roles carry: "Marlowe" of "Marlowe State". */
const keyWord = (side: string): string | undefined => side.split(/\s+/).find((w) => !NOT_A_SIDE.test(w))?.toLowerCase();

/** The sides the story's opening says won and lost (either may be unknown). */
function result(article: Article): { winner?: string; loser?: string } {
  const texts = [article.meta.title, ...article.sentences.filter((s) => s.paragraph <= LEAD_PARAGRAPHS).map((s) => s.text)];
  for (const text of texts) {
    const beat = BEAT.exec(text);
    if (beat) return { winner: keyWord(beat[1]!), loser: keyWord(beat[2]!) };
  }
  for (const text of texts) {
    const won = WINS.exec(text);
    if (won) return { winner: keyWord(won[1]!) };
  }
  return {};
}

/** Does the text tie this speaker to the side: "Marlowe State coach", "Thornleigh’s head coach"? */
const onSide = (speaker: Speaker, side: string): boolean =>
  [speaker.role ?? '', ...speaker.aliases].some((a) => a.toLowerCase().split(/[\s’']+/).includes(side));

/**
 * Of the speakers `found` for `query` ("the winning coach", "the losing manager"), the one on the
 * side asked for; none when the query asks no side, or the story's opening gives no result.
 */
export function speakerByResult(article: Article, found: readonly SpeakerMatch[], query: string): SpeakerMatch[] {
  const winning = WINNING.test(query);
  if (found.length < 2 || (!winning && !LOSING.test(query))) return [];
  const { winner, loser } = result(article);
  if (winner === undefined) return [];
  const on = (side: string) => found.filter((m) => onSide(article.speakers[m.speaker]!, side));
  const winners = on(winner);
  if (winning) return winners.length === 1 ? winners : [];
  if (loser !== undefined) {
    const losers = on(loser);
    if (losers.length === 1) return losers;
  }
  // (No loser named, "Thornleigh win 3-2 on shoot-out": the one other side the words found.)
  const others = found.filter((m) => !winners.includes(m));
  return winners.length === 1 && others.length === 1 ? others : [];
}
