/**
 * The article as one self-contained HTML page: a pure function of the article, so it is tested
 * without a server. Every piece of article text is escaped; paragraphs carry the `#p<n>`
 * anchors that replies cite; nothing is loaded from outside the page.
 */
import type { Article, ArticleImage, Paragraph, Quote } from '../engine/article.js';
import { escapeHtml as esc } from './html.js';
import { PAGE_STYLE } from './page-style.js';
import { quoteRanges, type QuoteRange } from './quote-ranges.js';

export interface PageOptions {
  /** Meta, OpenGraph and Twitter description: the short summary. */
  description: string;
  /** This page's public address (PUBLIC_URL/<command>), when known. */
  pageUrl?: string;
  /** The article's canonical address (ARTICLE_URL or the article's url), when known; wins for og:url and rel=canonical. */
  canonicalUrl?: string;
}

/** The id each paragraph's element carries: p1, p2, … */
export const paragraphId = (n: number) => `p${n}`;

function meta(attr: 'name' | 'property', key: string, content: string | undefined): string {
  return content === undefined ? '' : `<meta ${attr}="${key}" content="${esc(content)}">`;
}

/** Credits from Markdown keep their own wording ("Photo by …", "Image courtesy of …"); bare ones get "Image by". */
const WORDED_CREDIT = /^\(?\s*(?:image|photo|photograph|picture|video|illustration|graphic|courtesy|credit)s?\b/i;

function figure(image: ArticleImage): string {
  const label = image.featured ? 'Featured image' : 'Image';
  const caption = image.caption ? `<span class="caption">${esc(image.caption)}</span> ` : '';
  return (
    `<figure class="image${image.featured ? ' featured' : ''}"><figcaption><span class="label">${label}</span>` +
    `${caption}<span class="image-credit">${WORDED_CREDIT.test(image.credit) ? '' : 'Image by '}${esc(image.credit)}</span></figcaption></figure>`
  );
}

function speakerLine(article: Article, quote: Quote): string {
  const speaker = quote.speaker === undefined ? undefined : article.speakers[quote.speaker];
  if (!speaker) return '';
  const role = speaker.role ? `, <span class="role">${esc(speaker.role)}</span>` : '';
  return `<p class="said" data-quote="${quote.id}">— <span class="speaker">${esc(speaker.name)}</span>${role}</p>`;
}

function paragraphHtml(article: Article, paragraph: Paragraph, ranges: readonly QuoteRange[]): string {
  const { text, number } = paragraph;
  let body = '';
  let at = 0;
  for (const { quote, start, end } of ranges) {
    const speaker = quote.speaker === undefined ? undefined : article.speakers[quote.speaker];
    const title = speaker ? ` title="${esc(speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name)}"` : '';
    body += esc(text.slice(at, start)) + `<mark class="quote" data-quote="${quote.id}"${title}>${esc(text.slice(start, end))}</mark>`;
    at = end;
  }
  body += esc(text.slice(at));
  const id = paragraphId(number);
  const anchor = `<a class="anchor" href="#${id}" aria-label="Link to paragraph ${number}">¶${number}</a>`;
  // Who said it goes after the paragraph where the quote ends, outside the article's own words.
  const said = article.quotes.filter((q) => q.paragraphs[q.paragraphs.length - 1] === number).map((q) => speakerLine(article, q)).join('');
  return `<p class="para" id="${id}">${anchor}${body}</p>${said}`;
}

export function renderArticlePage(article: Article, options: PageOptions): string {
  const { meta: m } = article;
  const url = options.canonicalUrl ?? options.pageUrl;
  const title = m.source ? `${m.title} — ${m.source}` : m.title;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    meta('name', 'description', options.description),
    url ? `<link rel="canonical" href="${esc(url)}">` : '',
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', m.title),
    meta('property', 'og:description', options.description),
    meta('property', 'og:url', url),
    meta('property', 'og:site_name', m.source),
    meta('property', 'article:author', m.author),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', m.title),
    meta('name', 'twitter:description', options.description),
    '<meta name="color-scheme" content="light dark">',
    // An empty icon, so the browser does not ask the server for /favicon.ico.
    '<link rel="icon" href="data:,">',
    `<style>${PAGE_STYLE}</style>`,
  ].filter(Boolean);

  const byline = [m.author ? `By <span class="author">${esc(m.author)}</span>` : '', m.published ? `<time>${esc(m.published)}</time>` : '']
    .filter(Boolean)
    .join(' · ');
  const source = m.source ? esc(m.source) : undefined;
  const original = options.canonicalUrl ? `<a href="${esc(options.canonicalUrl)}">${source ?? 'the original'}</a>` : source;
  const featured = article.images.filter((i) => i.featured).map(figure).join('');
  const header = [
    source ? `<p class="kicker">${source}</p>` : '',
    `<h1>${esc(m.title)}</h1>`,
    byline ? `<p class="byline">${byline}</p>` : '',
    original ? `<p class="credit">Originally published by ${original}.</p>` : '',
    featured,
  ].join('');

  const inline = article.images.filter((i) => !i.featured);
  const figuresAfter = (n: number) => inline.filter((i) => i.afterParagraph === n).map(figure).join('');
  const last = article.paragraphs.length;
  const ranges = quoteRanges(article);
  const body = [
    figuresAfter(0),
    ...article.paragraphs.map((p) => paragraphHtml(article, p, ranges.get(p.number) ?? []) + figuresAfter(p.number)),
    // Images placed after the last paragraph (or beyond) still show, at the end.
    inline.filter((i) => i.afterParagraph > last).map(figure).join(''),
  ].join('\n');

  const footer = original ? `<footer>Source: ${original}. Served by the article bot; captions and credits as published.</footer>` : '';
  return (
    `<!doctype html>\n<html lang="en">\n<head>\n${head.join('\n')}\n</head>\n<body>\n<main>\n<article>\n` +
    `<header>${header}</header>\n<div class="body">\n${body}\n</div>\n${footer}\n</article>\n</main>\n</body>\n</html>\n`
  );
}
