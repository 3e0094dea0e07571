/**
 * Article text → `Article`. Reads two shapes:
 * - the plain-text shape news exports use: first line the title, paragraphs separated by blank
 *   lines, `[Image by …]` / `[Featured Image by …]` credit lines, `Share this article: …` /
 *   `More from …` trailer lines;
 * - Markdown with optional front matter (`title`, `source`, `url`, `summary`, `slug`, `author`,
 *   `published`), `# Title`, `![caption](src)` images and ordinary inline Markdown.
 * Captions, credits and trailers become metadata: never body text, never a speaker.
 */
// Text copied from a web page keeps its character references ("Syria&#8217;s", "&ldquo;"): read
// as the characters they stand for, or quotation marks go unseen. Strict: only references ending
// in ";" ("&amp;", "&#8217;"), so a bare "&" ("AT&T", "Q&A") stays as written.
import { decodeHTMLStrict } from 'entities';
import { createHash } from 'node:crypto';
import type { Article, ArticleImage, ArticleMeta, Paragraph, Sentence } from './article.js';
import { splitSentences } from './sentences.js';
import { withEmbeddedPosts } from './embedded-posts.js';
import { attributeQuotes } from './quotes.js';
import { findSentenceNames } from './sentence-names.js';

export class ArticleError extends Error {
  override name = 'ArticleError';
}

const FRONT_MATTER_KEYS = ['title', 'source', 'url', 'summary', 'slug', 'author', 'published'] as const;

function parseFrontMatter(text: string): { fields: Record<string, string>; body: string } {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    let v = kv[2]!.trim();
    if (/^(["']).*\1$/.test(v)) v = v.slice(1, -1);
    fields[kv[1]!.toLowerCase()] = v;
  }
  return { fields, body: text.slice(m[0].length) };
}

// "[Image by X]", "[Featured Image by X]", "[Photo: X]", "[Photo credit: X]", "[Video by X]"
const CREDIT = /\[\s*((featured\s+)?(?:image|photo|photograph|picture|video|illustration|graphic)s?\s*(?:by|via|:|credit:?|courtesy(?:\s+of)?)\s*(.+?))\s*\]\s*$/i;
// A whole line that is only a credit: "Photo: X", "(Photo by X)", "Image credit: X", "(Image via
// Shutterstock)", "Featured image via Facebook" (with "via", a few words and no full stop: "Images
// via satellite showed the damage." is prose).
const CREDIT_LINE = /^\(?\s*((?:featured\s+)?(?:image|photo|photograph|picture|video|illustration)s?\s*(?:by|via(?=\s+[^.!?\s]+(?:\s+[^.!?\s]+){0,4}\s*\)?$)|:|credit:?|courtesy(?:\s+of)?)\s*(.+?))\s*\)?$/i;
// What follows "Photo:" when it is a caption with its credit in brackets: a sentence (five words
// or more) first, its full stop or not ("… outside 11 Downing Street this morning (Sam
// Okonedo/The Meridian)").
const CAPTION_THEN_CREDIT = /^((?:\S+\s+){4,}.*?[.!?]?)\s*\(([^()]{2,80})\)?$/;
const TRAILER = /^(?:share this (?:article|story|post)\b|more from\s|read more\b|related\s*(?:articles|stories)?\s*:|follow us\b|advertisement$|view this post on instagram$|sign up for\b|subscribe\b|\(?reporting by\b|copyright\b|©|all rights reserved\b|this (?:story|article) (?:has been|was) (?:updated|corrected)\b|.{0,80}\bcontributed (?:to )?this report\.?$)/i;
// "By Jane Smith", "By Jane Smith and Ali Khan, Reuters", "ABC Tropical North / By Tessa Marwick": a byline, not prose.
// ("By Thomas Keane, Science Editor, The Northern Review": the writer's desk, then the outlet.)
const BYLINE = /^(?:\p{Lu}[\p{L} .&'’-]{1,40}\s[/|]\s+)?[Bb]y\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al|bin))*(?:\s*[,/|]\s*[\p{L} .&'’-]{2,40}){0,2})$/u;
// "March 3, 2024", "3 March 2024", "Published: Tue 5 Mar 2024 10:14 GMT", "Updated 2 hours ago".
// ("14:32, 19 MAR 2025 | Updated 17:05, 19 MAR 2025": British regional sites put the time first;
// "Posted Thu 12 Mar 2026 at 5:14am, updated Thu 12 Mar 2026 at 11:40am": a date within reach.)
const DATELINE = /^(?:(?:published|updated|posted|last updated)\s*:?\s*(?=.{0,40}\d).{0,90}|(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?,?\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})(?:\s*(?:,|at)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[A-Z]{0,4})?(?:\s*\|\s*(?:updated|modified)\b.{0,40})?)$/iu;
/** "Helen Ashdown, Arts correspondent": a writer and their desk, above a date line. */
const NAME_AND_DESK = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3},\s+\p{Lu}?[\p{Ll} ]{2,40}$/u;
/** A line of a byline block that is neither byline nor date: the outlet or a title ("The Calder County Ledger", "Arts Correspondent"). */
// ("Technology Reporter, The Meridian Post": a comma may join the two.)
const HEADER_LINE = /^(?:\p{Lu}[\p{L}.'’&-]*,?|of|the|and|for|on|in|at)(?:\s+(?:\p{Lu}[\p{L}.'’&-]*,?|of|the|and|for|on|in|at|[|,–—-])){0,7}$/u;
const publishedOf = (line: string) => line.replace(/^(?:published|updated|posted|last updated)\s*:?\s*/i, '').trim();
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const MARKDOWN_IMAGE = /^!\[([^\]]*)\]\(([^)\s]*)(?:\s+"([^"]*)")?\)\s*(?:\*([^*]+)\*|_([^_]+)_)?$/;

/** Inline Markdown to plain text: links keep their words, emphasis marks go. */
function plainInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(\S(?:.*?\S)?)\2(?=[\s).,;:!?]|$)/g, '$1$3')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

function slugFrom(title: string, body: readonly string[]): string {
  // The title's most-mentioned proper noun ("Aleppo" in "… Breaks Down At Aleppo") names the command.
  // Only uses as a noun count: a capitalised word right before a lowercase word ("Syrian forces")
  // is an adjective there, and so is a demonym in a headline.
  const bodyText = body.join(' ');
  let best = '';
  let bestCount = 0;
  for (const word of title.split(/[^\p{L}\p{N}-]+/u)) {
    if (word.length < 3 || !/^\p{Lu}/u.test(word)) continue;
    const uses = new RegExp(`[\\p{Ll},;] ${word}\\b(?! (?!(?:and|or|as|to|in|on|at|of|for|from|with|where|which|who|that|is|was|has|have|had|will|would)\\b)\\p{Ll})`, 'gu');
    const count = (bodyText.match(uses) ?? []).length;
    if (count >= bestCount && count >= 2) {
      best = word;
      bestCount = count;
    }
  }
  // No proper noun recurs: the headline's first long word ("Storm Knocks Out Power …" → storm).
  const fallback = title.split(/[^\p{L}\p{N}]+/u).find((w) => w.length >= 4) ?? title;
  const slug = (best || fallback)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/, '');
  return slug || 'article';
}

/** Parses article text of either shape. Throws `ArticleError` when there is no title or no body. */
export function parseArticle(source: string): Article {
  const text = decodeHTMLStrict(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const { fields, body } = parseFrontMatter(text);
  const blocks = body
    .split(/\n[ \t]*\n/)
    .map((b) => b.split('\n').map((l) => l.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0);

  let title = fields.title;
  if (!title) {
    const first = blocks[0];
    if (!first) throw new ArticleError('The article is empty: expected a title on the first line.');
    title = plainInline(first.shift()!.replace(/^#\s+/, ''));
    if (first.length === 0) blocks.shift();
  } else if (blocks[0]?.[0] && /^#\s+/.test(blocks[0][0])) {
    blocks[0].shift();
    if (blocks[0].length === 0) blocks.shift();
  }

  const meta: ArticleMeta = { title: title.trim(), slug: '' };
  const images: ArticleImage[] = [];
  const bodyTexts: string[] = [];
  const listItems = new Set<number>();
  /** Is the first body paragraph a standfirst (a byline or date line follows it)? */
  let standfirst = false;

  for (const block of blocks) {
    // Trailer lines may sit together in one block ("Share this article: …" then "More from X").
    const lines = block.filter((line) => {
      if (!TRAILER.test(line)) return true;
      const from = /^more from\s+(.+)$/i.exec(line);
      if (from && !meta.source) meta.source = from[1]!.trim();
      return false;
    });
    if (lines.length === 0) continue;
    const joined = lines.join(' ');
    const mdImage = MARKDOWN_IMAGE.exec(joined);
    if (mdImage) {
      const caption = (mdImage[4] ?? mdImage[5] ?? mdImage[1] ?? '').trim();
      images.push({ ...(caption ? { caption } : {}), credit: (mdImage[3] ?? '').trim(), creditLine: (mdImage[3] ?? '').trim(), featured: false, afterParagraph: bodyTexts.length });
      continue;
    }
    if (/^#{1,6}\s/.test(joined)) continue; // subheadings are navigation, not prose
    // Before the first paragraph, a byline and a date line are metadata. So they are below a
    // standfirst ("Four-year deal brings 18% in raises …" ¶ "By Kendra Oyelaran-Mills | Millbrook
    // Courier-Dispatch" ¶ "Published 10:52 p.m. ET Oct. 23, 2025"), which they mark as one.
    if (bodyTexts.length <= 1 && joined.length <= 120 && (bodyTexts.length === 0 || !listItems.has(0))) {
      const byline = BYLINE.exec(joined);
      if (byline) {
        if (!fields.author) fields.author = byline[1]!.trim();
        if (bodyTexts.length === 1) standfirst = true;
        continue;
      }
      if (DATELINE.test(joined)) {
        if (!fields.published) fields.published = publishedOf(joined);
        if (bodyTexts.length === 1) standfirst = true;
        continue;
      }
    }
    // "By Renee Castellano" ¶ "The Calder County Ledger" ¶ "Published Feb. 10, 2026 …": a byline
    // block a line at a time, with the outlet or the writer's title on a line of its own.
    // (Below a standfirst too: "Routes 41, 41A … will be scrapped" ¶ "By Hannah Threlfall" ¶ …)
    if (bodyTexts.length <= 1 && lines.length > 1 && lines.every((line) => line.length <= 120)) {
      const bylineOf = lines.map((line) => BYLINE.exec(line.trim()));
      const dated = lines.map((line) => DATELINE.test(line.trim()));
      const known = bylineOf.some(Boolean) || dated.some(Boolean);
      if (known && lines.every((line, k) => bylineOf[k] || dated[k] || HEADER_LINE.test(line.trim()) || (dated.some(Boolean) && NAME_AND_DESK.test(line.trim())))) {
        const author = bylineOf.find(Boolean);
        if (author && !fields.author) fields.author = author[1]!.trim();
        const date = lines.find((_, k) => dated[k]);
        if (date && !fields.published) fields.published = publishedOf(date.trim());
        continue;
      }
    }
    const bracketed = CREDIT.exec(joined);
    const credit = bracketed ?? CREDIT_LINE.exec(joined);
    if (credit && joined.length < 400) {
      // "Photo: Pell County farmer Dale Vossberg looks over his combine. (Mara Lindqvist/The
      // Capital Ledger)": a caption after the label, its credit in brackets at the end.
      const labelled = bracketed ? null : CAPTION_THEN_CREDIT.exec(credit[2]!);
      const caption = labelled ? labelled[1]!.trim() : joined.slice(0, credit.index).trim();
      const featured = /^\[?\s*featured/i.test(credit[1]!);
      images.push({
        ...(caption ? { caption: plainInline(caption) } : {}),
        credit: labelled ? labelled[2]!.trim() : credit[bracketed ? 3 : 2]!.trim(),
        creditLine: credit[1]!.trim(),
        featured,
        afterParagraph: bodyTexts.length,
      });
      continue;
    }
    // A Markdown list: each item is its own (list-item) paragraph, ended like a sentence.
    if (lines.every((line) => LIST_ITEM.test(line) || !/^\S/.test(line)) && LIST_ITEM.test(lines[0]!)) {
      for (const item of lines.join('\n').split(/\n(?=\s*(?:[-*+]|\d+[.)])\s)/)) {
        const text = plainInline(item.replace(LIST_ITEM, '').replace(/\s+/g, ' ')).trim();
        if (!text) continue;
        listItems.add(bodyTexts.length);
        bodyTexts.push(/[.!?…:;]$/.test(text) ? text : `${text}.`);
      }
      continue;
    }
    const paragraph = plainInline(joined.replace(/^>\s?/, '').replace(/\s+/g, ' ')).trim();
    if (paragraph) bodyTexts.push(paragraph);
  }

  if (bodyTexts.length === 0) throw new ArticleError('The article has a title but no body paragraphs.');

  for (const key of FRONT_MATTER_KEYS) {
    const v = fields[key]?.trim();
    if (v && key !== 'title') meta[key] = v;
  }
  if (!meta.slug) meta.slug = slugFrom(meta.title, bodyTexts);

  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = bodyTexts.map((text, i) => {
    const own = splitSentences(text).map((s) => ({ id: sentences.length, paragraph: i + 1, text: s }));
    for (const s of own) {
      s.id = sentences.length;
      sentences.push(s);
    }
    return { number: i + 1, text, sentences: own, ...(listItems.has(i) ? { listItem: true } : {}), ...(i === 0 && standfirst ? { standfirst: true } : {}) };
  });

  const contentHash = createHash('sha256')
    .update([meta.title, ...bodyTexts].join('\n\n'))
    .digest('hex');
  const { quotes, reported, speakers } = withEmbeddedPosts(
    paragraphs,
    attributeQuotes(
      paragraphs,
      meta.title,
      images.flatMap((i) => (i.caption ? [i.caption] : [])),
    ),
  );
  return { meta, paragraphs, sentences, images, quotes, reported, speakers, contentHash, names: findSentenceNames(sentences) };
}
