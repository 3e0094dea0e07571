/**
 * Posts embedded from social networks, as scraped news text gives them: the post's words, then its
 * credit line. A tweet's embed reads "Huge tree down on our street. pic.twitter.com/abc1 — Jenna
 * Marsh (@jennamarsh) June 14, 2016" (in one paragraph, or the credit in a paragraph of its own
 * after the words); an Instagram post's "A photo posted by Jenna Marsh (@jennamarsh) on Jun 14,
 * 2016 at 9:02pm PDT" after its caption; a Facebook post's "Posted by Harlow Police on Wednesday,
 * June 15, 2016". The words are the author's own, as a quotation is, but no quotation mark says
 * so and no verb of saying names the author: the quote finder never sees them, and "what did
 * Jenna Marsh say" found no one. Here each becomes a quote by its author.
 */
import type { Paragraph, Quote, ReportedStatement, Speaker } from './article.js';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE = `${MONTH}\\s+\\d{1,2},\\s+\\d{4}`;
/** Who posted it: a display name (no brackets or @), then the account. */
const AUTHOR = '(\\S[^()@\\n]{0,60}?)\\s*\\(@(\\w{1,30})\\)';
/** A tweet's credit, at the end of a paragraph: "— Jenna Marsh (@jennamarsh) June 14, 2016". */
const TWEET_CREDIT = new RegExp(`(?:^|\\s)[—–-]\\s*${AUTHOR}\\s+${DATE}\\s*$`, 'u');
/** An Instagram credit: "A photo posted by Jenna Marsh (@jennamarsh) on Jun 14, 2016 at 9:02pm PDT". */
const INSTAGRAM_CREDIT = new RegExp(`(?:^|\\s)A\\s+(?:photo|video|post)\\s+(?:posted|shared)\\s+by\\s+${AUTHOR}\\s+on\\s+${DATE}(?:\\s+at\\s+[\\d:]+\\s*[ap]\\.?m\\.?(?:\\s+[A-Z]{2,4})?)?\\s*$`, 'iu');
/** A Facebook post's credit: "Posted by Harlow Police on Wednesday, June 15, 2016". */
const FACEBOOK_CREDIT = new RegExp(`(?:^|\\s)Posted by\\s+(\\p{Lu}[^()@\\n]{0,60}?)\\s+on\\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\\s+)?${DATE}\\s*$`, 'u');
/** Links an embed leaves in the words: the picture's, a shortened address. */
const LINK = /\s*(?:pic\.twitter\.com\/\w+|https?:\/\/\S+)/g;

/** Characters a post's words in a paragraph of their own may have (a tweet had 140, and links). */
const POST_LENGTH = 320;

/** A post's words and who posted them. */
export interface EmbeddedPost {
  /** The paragraph (1-based) holding the words. */
  paragraph: number;
  text: string;
  author: string;
  /** The account, without its @ (Facebook's credit gives none). */
  handle?: string;
}

/** The posts embedded in the paragraphs, in reading order. */
export function embeddedPosts(paragraphs: readonly Paragraph[]): EmbeddedPost[] {
  const posts: EmbeddedPost[] = [];
  for (const [index, p] of paragraphs.entries()) {
    const facebook = FACEBOOK_CREDIT.exec(p.text);
    const credit = TWEET_CREDIT.exec(p.text) ?? INSTAGRAM_CREDIT.exec(p.text) ?? facebook;
    if (!credit) continue;
    const raw = p.text.slice(0, credit.index).trim();
    const before = raw.replace(LINK, '').trim();
    // A post of a picture alone has no words ("pic.twitter.com/x1 — …"). A credit alone in its
    // paragraph has the paragraph before as its words, when that reads as a post's: short, not
    // introducing what follows with a colon, not someone's quotation, not itself a post. (Not
    // "Posted by …" alone, which is as often a byline at the story's end.)
    const prev = index > 0 && !raw && credit !== facebook ? paragraphs[index - 1]!.text : '';
    const postBefore = prev.length > 0 && prev.length <= POST_LENGTH && !/:$/.test(prev) && !/[“”"]/.test(prev) && !posts.some((q) => q.paragraph === index);
    const words = raw ? before : postBefore ? prev.replace(LINK, '').trim() : '';
    if (!words) continue;
    posts.push({ paragraph: raw ? p.number : p.number - 1, text: words, author: credit[1]!.trim(), ...(credit[2] ? { handle: credit[2] } : {}) });
  }
  return posts;
}

/** The names a reader may ask for a post's author by: the name, its last word, the account. */
function authorAliases(post: EmbeddedPost): string[] {
  const name = post.author.toLowerCase();
  const words = name.split(/\s+/);
  const account = post.handle?.toLowerCase();
  return [...new Set([name, ...(words.length > 1 ? [words.at(-1)!] : []), ...(account ? [`@${account}`, account] : [])])];
}

/**
 * The quotes and speakers with the embedded posts added: each post a quote by its author (the
 * speaker of that name when the article quotes or reports them already, else a new one, placed
 * after those quoted directly). Quotes stay in reading order, with ids renumbered.
 */
export function withEmbeddedPosts(
  paragraphs: readonly Paragraph[],
  found: { quotes: Quote[]; reported: ReportedStatement[]; speakers: Speaker[] },
): { quotes: Quote[]; reported: ReportedStatement[]; speakers: Speaker[] } {
  const posts = embeddedPosts(paragraphs).filter((post) => !found.quotes.some((q) => q.paragraphs.includes(post.paragraph)));
  if (posts.length === 0) return found;
  let speakers = found.speakers;
  let { quotes, reported } = found;
  const added: Quote[] = [];
  for (const post of posts) {
    const aliases = authorAliases(post);
    let speaker = speakers.findIndex((s) => s.name.toLowerCase() === aliases[0] || s.aliases.includes(aliases[0]!));
    if (speaker < 0) {
      // Among those quoted directly: after the last of them (everyone only reported comes after).
      const at = [...quotes, ...added].reduce((last, q) => (q.speaker === undefined ? last : Math.max(last, q.speaker + 1)), 0);
      const shift = (i: number | undefined) => (i === undefined || i < at ? i : i + 1);
      speakers = [...speakers.slice(0, at), { name: post.author, aliases }, ...speakers.slice(at)].map((s) => ({
        ...s,
        ...(s.speaksFor === undefined ? {} : { speaksFor: shift(s.speaksFor)! }),
        ...(s.heads === undefined ? {} : { heads: shift(s.heads)! }),
      }));
      quotes = quotes.map((q) => (q.speaker === undefined ? q : { ...q, speaker: shift(q.speaker)! }));
      reported = reported.map((r) => ({ ...r, speaker: shift(r.speaker)! }));
      added.forEach((q) => (q.speaker = shift(q.speaker)));
      speaker = at;
    }
    added.push({ id: -1, text: post.text, speaker, paragraph: post.paragraph, paragraphs: [post.paragraph] });
  }
  const all = [...quotes, ...added].sort((a, b) => a.paragraph - b.paragraph).map((q, id) => ({ ...q, id }));
  return { quotes: all, reported, speakers };
}
