/**
 * Sentence splitting: `Intl.Segmenter` (built in, good on news prose) plus repairs for its known
 * misses: abbreviations and initials ("Gen.", "U.S.", "J. Smith"), and a closing quote followed by
 * a lowercase attribution (`?” he said`), which belong to the sentence before.
 */
// Made on first use: ICU's sentence rules take ~15 ms to load, and a process that reads its
// article's analysis from the cache never splits a sentence.
let segmenter: Intl.Segmenter | undefined;

// Words that end with a period without ending a sentence when a capitalised word follows.
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr',
    'sgt', 'adm', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'no', 'vs', 'etc', 'inc',
    'corp', 'ltd', 'co', 'dept', 'univ', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
    'oct', 'nov', 'dec', 'approx', 'est', 'fig', 'vol', 'op', 'al',
    // A firm's: "Lanigan Bros. Amusements".
    'bros',
    // Canadian "Coun. Marie-Claude Thibodeau", "Atty. Gen.", "Brig. Gen.", "Cpl.", "Pvt.".
    'coun', 'atty', 'brig', 'cpl', 'pvt',
    // A case's name: "Pettaway v. Hollis County Board of Registrars".
    'v',
  ],
);

/**
 * "9:10 a.m. Monday", "7 p.m. ET", "8:05 a.m. Pacific time", "at 7 p.m. Central.": a clock time's "a.m." ends a sentence
 * only when a new sentence clearly begins after it, not before a day, a month or a time zone.
 */
const CLOCK_END = /\b[ap]\.m\.$/i;
/**
 * Time zones by their letters, as a clock time in news carries them: "ET", "GMT", "AKST" (Alaska),
 * "AEST" (eastern Australia), "NZDT", "CEST".
 */
export const TIME_ZONES = 'BST|GMT|UTC|[ECMP][SD]?T|AK[SD]T|H[SD]T|[AN][SD]T|CES?T|EES?T|WES?T|AE[SD]T|AC[SD]T|AWST|NZ[SD]T|JST|KST|SGT|HKT|IST|SAST|WAT|EAT';
const AFTER_CLOCK = new RegExp(
  String.raw`^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|(?:${TIME_ZONES})\b|[—–-]|(?:Pacific|Eastern|Central|Mountain|Atlantic|Alaska|Hawaii|Greenwich|British|Irish|Central European|Eastern European|Moscow|Japan|China|India)\s+(?:[Ss]tandard\s+|[Dd]aylight\s+|[Ss]ummer\s+)?[Tt]ime\b|(?:Pacific|Eastern|Central|Mountain)(?=\s*(?:[.,;:!?)]|$)))`,
);

/** True when `segment` ends in something that only looks like a sentence end. */
function endsWithFalseStop(segment: string, next = ''): boolean {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  if (CLOCK_END.test(trimmed)) return AFTER_CLOCK.test(next);
  const lastWord = /([\p{L}.]+)\.$/u.exec(trimmed)?.[1] ?? '';
  // ("…in the Co-op. ‘A little boy …’": the last part of a hyphenated word is no abbreviation.)
  if (ABBREVIATIONS.has(lastWord.toLowerCase()) && !trimmed.endsWith(`-${lastWord}.`)) return true;
  // Initials and dotted acronyms: "J.", "U.S.", "U.N." (a single capital, or capitals with dots).
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(lastWord)) return true;
  return false;
}

/** True when `segment` cannot start a sentence: lowercase start, or only closing punctuation. */
function continuesPrevious(segment: string): boolean {
  const t = segment.trimStart();
  if (/^[\p{Ll}]/u.test(t)) return true;
  if (/^[”’"')\]…,;:—–-]/u.test(t) && !/^["'“‘]\s*\p{Lu}/u.test(t)) return true;
  return false;
}

export function splitSentences(paragraph: string): string[] {
  const raw = [...(segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' })).segment(paragraph)].map((s) => s.segment);
  const out: string[] = [];
  for (const segment of raw) {
    if (!segment.trim()) {
      if (out.length) out[out.length - 1] += segment;
      continue;
    }
    const prev = out[out.length - 1];
    // An acronym ends the sentence when a new sentence clearly begins ("…in the U.S. The …"), so
    // only initials and titles glue onto a capitalised next word; acronyms glue only before lowercase.
    if (prev !== undefined && (continuesPrevious(segment) || endsWithFalseStop(prev, segment) && !startsNewSentenceAfterAcronym(prev, segment))) {
      out[out.length - 1] = prev + segment;
    } else {
      out.push(segment);
    }
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

/** "…talks with the U.S. The next round…": a multi-letter acronym then a common sentence opener. */
function startsNewSentenceAfterAcronym(prev: string, next: string): boolean {
  const lastWord = /([\p{L}.]+)\.$/u.exec(prev.trimEnd())?.[1] ?? '';
  if (!/^(?:\p{Lu}\.){1,}\p{Lu}$/u.test(lastWord)) return false;
  return /^\s*(?:The|A|An|It|He|She|They|We|I|This|That|These|Those|But|And|In|On|At|As|After|Before|When|While|However|Meanwhile)\b/.test(next);
}

/**
 * A paragraph that reads as a title, not a sentence: a subheading ("Fans worry", "Library levy
 * passes") or a live entry's ("17:48 Company apologises to neighbours"), a few words with no
 * sentence's end.
 */
export function readsAsTitle(text: string): boolean {
  return /^\s*[\p{Lu}\d]/u.test(text) && !/[.!?…:;”’"']\s*$/.test(text) && text.trim().split(/\s+/).length <= 12;
}
