/**
 * The answer-quality evaluation: articles in `tests/eval/set/` with readers' questions and every
 * direct quote, written before the engine was run on them. Each question goes through the same
 * path a reader's message takes (`answerText`), and the reply is scored as a reader would judge
 * it: was the right sentence shown, was it said with confidence, was a confident answer wrong.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/engine/parse.js';
import { buildEngine } from '../../src/runtime/build-engine.js';
import { createContext } from '../../src/core/context.js';
import { answerText } from '../../src/core/invocation.js';
import type { Reply } from '../../src/core/reply.js';
import type { Speaker } from '../../src/engine/article.js';

export const SET_DIR = 'tests/eval/set';

export interface EvalQuestion {
  q: string;
  answerable: boolean;
  type?: string;
  paraphrase?: boolean;
  evidence?: string[];
}
export interface EvalQuote {
  speaker: string;
  text: string;
  shape?: string;
  ask?: string[];
}
export interface EvalReported {
  speaker: string;
  evidence: string;
  ask?: string[];
}
export interface EvalArticle {
  slug: string;
  field?: string;
  shape?: string;
  quoteStyle?: string;
  questions: EvalQuestion[];
  quotes: EvalQuote[];
  reported?: EvalReported[];
}

export function loadSet(dir = SET_DIR): Array<EvalArticle & { text: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const slug = f.replace(/\.json$/, '');
      const spec = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<EvalArticle, 'slug'>;
      return { slug, ...spec, text: readFileSync(join(dir, `${slug}.txt`), 'utf8') };
    });
}

/** Quote marks, dashes and spacing differ between a reply and the article; the words do not. */
export const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”"‘’'`]/g, '')
    .replace(/[—–]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** A listed quote's opening words, without the comma where a split quote breaks off ("…with one voice,"). */
const quoteStart = (s: string) => norm(s).replace(/[,;:]+$/, '');

const shownTexts = (reply: Reply) => [...reply.citations.map((c) => c.text), ...reply.quotes.map((q) => q.text)].map(norm);
const shows = (reply: Reply, evidence: readonly string[]) => {
  const texts = shownTexts(reply);
  return evidence.some((e) => texts.some((t) => t.includes(norm(e))));
};
/** A reply that states something as the answer (not hedged, not declined). */
const confident = (reply: Reply) => (reply.kind === 'answer' && reply.confidence !== 'low') || reply.kind === 'quotes';

const words = (s: string) => new Set(norm(s).replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/).filter((w) => w && !['a', 'an', 'the'].includes(w)));
/** The engine's speaker is the one expected: same name, or one holds the other whole. */
export function sameSpeaker(got: Pick<Speaker, 'name' | 'aliases'> | undefined, expected: string): boolean {
  if (!got) return false;
  const e = words(expected);
  const n = words(got.name);
  if (n.size === 0 || e.size === 0) return false;
  const within = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w));
  if (within(e, n) || (within(n, e) && n.size >= Math.min(2, e.size))) return true;
  // Someone the article does not name, described as the reader would see it: "A woman" for "a
  // woman waiting in line for bottled water", "One speaker" for "an unnamed speaker".
  // Every word of the engine's description must be in the expected one: "A hospital spokesman"
  // is not "a police spokesman".
  // A key may say "unnamed Labour activist" for "One Labour activist".
  const description = /^(?:a|an|the|one|another|unnamed)\s/i;
  const described = new Set([...n].filter((w) => w !== 'one' && w !== 'another'));
  // (Or says it with no article, in lower case: "councillor who backed the cut".)
  if ((description.test(expected) || /^\p{Ll}/u.test(expected)) && description.test(got.name) && described.size > 0 && within(described, e)) return true;
  // The engine may keep more of the description than the key: "A cafeteria worker at one of the
  // district’s elementary schools" for "a cafeteria worker who asked not to be named". Its words
  // before the first "at", "of", "who" … (two at least, so "A spokesman for …" is no one in
  // particular) must all be the key's.
  const core = words(got.name.split(/\s+(?:at|of|for|from|in|on|with|who|whose|which|that),?\s/i)[0]!);
  for (const w of ['one', 'another']) core.delete(w);
  if ((description.test(expected) || /^\p{Ll}/u.test(expected)) && description.test(got.name) && core.size >= 2 && within(core, e)) return true;
  // (An alias the engine keeps without its article: "utility" for "the utility".)
  const bare = (x: string) => norm(x).replace(/^(?:the|a|an)\s+/, '');
  return got.aliases.some((a) => bare(a) === bare(expected));
}

export interface Tally {
  n: number;
  hit: number;
}
const tally = (): Tally => ({ n: 0, hit: 0 });
const add = (t: Tally, hit: boolean) => {
  t.n++;
  if (hit) t.hit++;
};
export const rate = (t: Tally) => (t.n ? t.hit / t.n : 0);

export interface QuestionResult {
  slug: string;
  q: string;
  answerable: boolean;
  type: string;
  paraphrase: boolean;
  kind: string;
  confidence: string;
  shown: boolean;
  confidentRight: boolean;
  confidentWrong: boolean;
  cited: string[];
}

export interface EvalReport {
  articles: number;
  /** Answerable: the right sentence shown (answered or among the closest passages). */
  shown: Tally;
  /** Answerable: answered with confidence, and right. */
  confidentRight: Tally;
  /** Unanswerable: not answered with confidence. */
  declined: Tally;
  /** Of confident answers: wrong (wrong sentence, or the article does not say). */
  confidentWrong: Tally;
  /** Listed quotes found with the right speaker. */
  quotes: Tally;
  /** Quotes the engine reports that are not in the list. */
  spuriousQuotes: number;
  /** "what did <alias> say": that speaker's quote is shown, and nobody else's. */
  speakerLookups: Tally;
  /** "what did <alias> say" for a reported statement: the statement is shown. */
  reported: Tally;
  byType: Record<string, Tally>;
  byParaphrase: Record<string, Tally>;
  byQuoteShape: Record<string, Tally>;
  questions: QuestionResult[];
  misses: string[];
}

export async function evaluate(set = loadSet()): Promise<EvalReport> {
  const report: EvalReport = {
    articles: set.length,
    shown: tally(),
    confidentRight: tally(),
    declined: tally(),
    confidentWrong: tally(),
    quotes: tally(),
    spuriousQuotes: 0,
    speakerLookups: tally(),
    reported: tally(),
    byType: {},
    byParaphrase: {},
    byQuoteShape: {},
    questions: [],
    misses: [],
  };
  const bucket = (m: Record<string, Tally>, key: string) => (m[key] ??= tally());
  for (const spec of set) {
    const article = parseArticle(spec.text);
    const engine = buildEngine(article);
    const ctx = createContext(engine, { commandName: article.meta.slug });
    for (const question of spec.questions) {
      const reply = await answerText(question.q, ctx);
      const isConfident = confident(reply);
      const cited = shownTexts(reply);
      const type = question.type ?? 'other';
      const paraphrase = question.paraphrase ? 'paraphrase' : 'same words';
      const result: QuestionResult = {
        slug: spec.slug,
        q: question.q,
        answerable: question.answerable,
        type,
        paraphrase: !!question.paraphrase,
        kind: reply.kind,
        confidence: reply.confidence ?? '',
        shown: false,
        confidentRight: false,
        confidentWrong: false,
        cited,
      };
      if (question.answerable) {
        const right = shows(reply, question.evidence ?? []);
        result.shown = right;
        result.confidentRight = right && isConfident;
        result.confidentWrong = isConfident && !right;
        add(report.shown, right);
        add(report.confidentRight, right && isConfident);
        add(bucket(report.byType, type), right);
        add(bucket(report.byParaphrase, paraphrase), right);
        if (!right) report.misses.push(`${spec.slug}: ${question.q} → ${reply.kind}/${reply.confidence ?? ''}`);
      } else {
        result.confidentWrong = isConfident;
        add(report.declined, !isConfident);
        if (isConfident) report.misses.push(`${spec.slug}: (unanswerable) ${question.q} → answered`);
      }
      if (isConfident) add(report.confidentWrong, result.confidentWrong);
      report.questions.push(result);
    }
    // Quotes: every listed quote found with the right speaker; every reported quote listed.
    const matched = new Set<number>();
    for (const expected of spec.quotes) {
      // (The one that holds it most closely: a quotation inside a Q&A answer is its speaker's own
      // quote as well as part of the interviewee's answer.)
      const found = article.quotes.filter((q) => norm(q.text).includes(quoteStart(expected.text))).sort((a, b) => a.text.length - b.text.length)[0];
      if (found) matched.add(found.id);
      const speaker = found?.speaker === undefined ? undefined : article.speakers[found.speaker];
      const ok = sameSpeaker(speaker, expected.speaker);
      add(report.quotes, ok);
      add(bucket(report.byQuoteShape, expected.shape ?? 'other'), ok);
      if (!ok) report.misses.push(`${spec.slug}: quote “${expected.text}” (${expected.speaker}) → ${found ? speaker?.name ?? 'no speaker' : 'not found'}`);
      for (const alias of expected.ask ?? []) {
        const reply = await answerText(`what did ${alias} say`, ctx);
        const hit = reply.kind === 'quotes' && reply.quotes.some((q) => norm(q.text).includes(quoteStart(expected.text))) && reply.quotes.every((q) => sameSpeaker({ name: q.speaker, aliases: [] }, expected.speaker));
        add(report.speakerLookups, hit);
        if (!hit) report.misses.push(`${spec.slug}: what did ${alias} say → ${reply.kind} ${reply.quotes.map((q) => q.speaker).join(', ')}`);
      }
    }
    for (const q of article.quotes) {
      if (matched.has(q.id)) continue;
      if (spec.quotes.some((e) => norm(e.text).includes(norm(q.text)) || norm(q.text).includes(quoteStart(e.text)))) continue;
      report.spuriousQuotes++;
      report.misses.push(`${spec.slug}: spurious quote “${q.text.slice(0, 60)}”`);
    }
    for (const r of spec.reported ?? []) {
      for (const alias of r.ask ?? [r.speaker]) {
        const reply = await answerText(`what did ${alias} say`, ctx);
        const hit = shows(reply, [r.evidence]);
        add(report.reported, hit);
        if (!hit) report.misses.push(`${spec.slug}: reported, what did ${alias} say → ${reply.kind}`);
      }
    }
  }
  return report;
}

const pct = (t: Tally) => `${(rate(t) * 100).toFixed(0).padStart(3)} %  (${t.hit}/${t.n})`;

/** The report as the lines `npm run eval` prints. */
export function formatReport(r: EvalReport, verbose = false): string {
  const lines = [
    `Evaluation: ${r.articles} articles, ${r.questions.length} questions, ${r.quotes.n} quotes`,
    '',
    `answerable, right sentence shown        ${pct(r.shown)}   target ≥ 90 %`,
    `answerable, confident and right         ${pct(r.confidentRight)}   target ≥ 75 %`,
    `unanswerable, not answered confidently  ${pct(r.declined)}   target ≥ 90 %`,
    `confident answers that are wrong        ${pct(r.confidentWrong)}   target ≤ 5 %`,
    `quotes found with the right speaker     ${pct(r.quotes)}   target ≥ 90 %`,
    `spurious quotes                         ${String(r.spuriousQuotes).padStart(3)}      target 0`,
    `"what did X say" finds X's quote         ${pct(r.speakerLookups)}`,
    `reported statements found               ${pct(r.reported)}`,
    '',
    'right sentence shown, by answer type:',
    ...Object.entries(r.byType).sort().map(([k, t]) => `  ${k.padEnd(14)} ${pct(t)}`),
    'right sentence shown, paraphrase or not:',
    ...Object.entries(r.byParaphrase).sort().map(([k, t]) => `  ${k.padEnd(14)} ${pct(t)}`),
    'quotes with the right speaker, by shape:',
    ...Object.entries(r.byQuoteShape).sort().map(([k, t]) => `  ${k.padEnd(20)} ${pct(t)}`),
  ];
  if (verbose) lines.push('', 'misses:', ...r.misses.map((m) => `  ${m}`));
  return lines.join('\n');
}
