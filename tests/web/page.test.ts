import { describe, expect, it } from 'vitest';
import { renderArticlePage } from '../../src/web/page.js';
import { escapeHtml } from '../../src/web/html.js';
import type { Article } from '../../src/engine/article.js';
import { readdirSync } from 'node:fs';
import { FIXTURES, article, harbor, seed } from '../helpers/articles.js';

const hostile = () => article(`${FIXTURES}/hostile-html.md`);

/** The text a browser shows for a fragment: tags dropped, the five entities decoded. */
function textOf(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
  return html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => entities[e]!);
}

/** Each paragraph element: its number and inner HTML, in document order. */
function paragraphsOf(html: string): { n: number; inner: string }[] {
  return [...html.matchAll(/<p class="para" id="p(\d+)">(.*?)<\/p>/g)].map((m) => ({ n: Number(m[1]), inner: m[2]! }));
}

function page(a: Article, extra: Partial<Parameters<typeof renderArticlePage>[1]> = {}) {
  return renderArticlePage(a, { description: 'Short summary of the article.', ...extra });
}

describe('the article page', () => {
  it('escapes every piece of article text: a <script> in the article is shown, never run', () => {
    const html = page(hostile(), { canonicalUrl: 'https://news.example.org/council?a=1&b=2' });
    expect(html).not.toMatch(/<script|<img|<b>|<roads>|<Lee>/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<h1>Council &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; &quot;Friends&quot;</h1>');
    expect(html).toContain('<meta property="og:title" content="Council &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; &quot;Friends&quot;">');
    expect(html).toContain('<link rel="canonical" href="https://news.example.org/council?a=1&amp;b=2">');
    expect(html).toContain('By <span class="author">Ann O&#39;Hara</span> · <time>3 May 2024</time>');
    expect(textOf(html)).toContain('Council chamber <img src=x onerror=alert(2)>');
    expect(html).toContain('<span class="image-credit">Photo by Sam &lt;Lee&gt;</span>'); // its own wording, not "Image by Photo by"

  });

  it('has every paragraph, with ids p1..pN in reading order and their full text', () => {
    for (const a of [seed(), harbor(), hostile()]) {
      const paragraphs = paragraphsOf(page(a));
      expect(paragraphs.map((p) => p.n)).toEqual(a.paragraphs.map((p) => p.number));
      expect(paragraphs.map((p) => p.n)).toEqual(Array.from({ length: a.paragraphs.length }, (_, i) => i + 1));
      paragraphs.forEach((p, i) => expect(textOf(p.inner)).toBe(`¶${p.n}${a.paragraphs[i]!.text}`));
      for (const p of paragraphs) expect(p.inner).toContain(`<a class="anchor" href="#p${p.n}" aria-label="Link to paragraph ${p.n}">¶${p.n}</a>`);
    }
  });

  it('carries OpenGraph and Twitter tags with the short summary as description', () => {
    const html = page(seed(), { description: 'A ceasefire <frays> & aid waits.', pageUrl: 'https://bot.example.org/aleppo' });
    const d = 'A ceasefire &lt;frays&gt; &amp; aid waits.';
    for (const tag of [
      `<meta name="description" content="${d}">`,
      '<meta property="og:type" content="article">',
      '<meta property="og:title" content="Syrian Ceasefire Breaks Down At Aleppo">',
      `<meta property="og:description" content="${d}">`,
      '<meta property="og:url" content="https://bot.example.org/aleppo">',
      '<meta property="og:site_name" content="Inquisitr">',
      '<meta name="twitter:card" content="summary">',
      `<meta name="twitter:description" content="${d}">`,
      '<link rel="canonical" href="https://bot.example.org/aleppo">',
    ]) {
      expect(html).toContain(tag);
    }
  });

  it('prefers the canonical url for og:url and leaves both out when no url is known', () => {
    const both = page(seed(), { pageUrl: 'https://bot.example.org/aleppo', canonicalUrl: 'https://inquisitr.example/aleppo' });
    expect(both).toContain('<meta property="og:url" content="https://inquisitr.example/aleppo">');
    expect(both).toContain('Originally published by <a href="https://inquisitr.example/aleppo">Inquisitr</a>.');
    const none = page(seed());
    expect(none).not.toMatch(/og:url|rel="canonical"/);
    expect(none).toContain('Originally published by Inquisitr.');
  });

  it('shows captions and credits as figures at their place, never inside a paragraph', () => {
    const a = seed();
    const html = page(a);
    for (const p of paragraphsOf(html)) expect(p.inner).not.toMatch(/AP Images|<figure/);
    const at = (s: string) => html.indexOf(s);
    // "Boys Swim…" follows paragraph 2, "Syrian Citizens…" paragraph 10.
    expect(at('id="p2"')).toBeLessThan(at('Boys Swim In Bomb Crater During Syrian Ceasefire'));
    expect(at('Image by Aleppo Media Center/AP Images')).toBeLessThan(at('id="p3"'));
    expect(at('id="p10"')).toBeLessThan(at('Syrian Citizens in Aleppo'));
    expect(at('Image by Alexander Kots/AP Images')).toBeLessThan(at('id="p11"'));
    // The featured image is the lead picture: its credit sits in the header.
    expect(html).toMatch(/<header>.*<figure class="image featured"><figcaption><span class="label">Featured image<\/span><span class="image-credit">Image by Manu Brabo\/AP Images<\/span>/s);
    expect(html.match(/<figure/g)).toHaveLength(a.images.length);
  });

  it('highlights each quote and names its speaker and role after it', () => {
    const html = page(seed());
    const [p10] = paragraphsOf(html).filter((p) => p.n === 10);
    expect(p10!.inner).toContain('<mark class="quote" data-quote="2" title="Jan Egeland, UN humanitarian adviser">The reason we’re not in eastern Aleppo');
    expect(html).toMatch(/id="p10">.*?<\/p><p class="said" data-quote="2">— <span class="speaker">Jan Egeland<\/span>, <span class="role">UN humanitarian adviser<\/span><\/p>/);
    expect(html.match(/<p class="said"/g)).toHaveLength(3);
    expect(html.match(/<mark class="quote"/g)).toHaveLength(3);
  });

  it('highlights both halves of a quote that spans paragraphs, and names the speaker once, after it', () => {
    const a = harbor();
    const spanning = a.quotes.find((q) => q.paragraphs.length > 1)!;
    const html = page(a);
    const marked = paragraphsOf(html).filter((p) => p.inner.includes(`data-quote="${spanning.id}"`)).map((p) => p.n);
    expect(marked).toEqual(spanning.paragraphs);
    const pieces = [...html.matchAll(new RegExp(`<mark class="quote" data-quote="${spanning.id}"[^>]*>(.*?)</mark>`, 'g'))].map((m) => textOf(m[1]!));
    expect(pieces.join(' ')).toBe(spanning.text);
    const last = spanning.paragraphs[spanning.paragraphs.length - 1]!;
    expect(html).toMatch(new RegExp(`id="p${last}">.*?</p><p class="said" data-quote="${spanning.id}">`));
  });

  it('highlights every word of every quote in every test article, also one cut by its attribution', () => {
    const files = ['content/aleppo.md', ...readdirSync(FIXTURES).map((f) => `${FIXTURES}/${f}`)];
    let cut = 0;
    for (const file of files) {
      const a = article(file);
      const html = page(a);
      for (const q of a.quotes) {
        const pieces = [...html.matchAll(new RegExp(`<mark class="quote" data-quote="${q.id}"[^>]*>(.*?)</mark>`, 'g'))].map((m) => textOf(m[1]!));
        // The engine joins the parts with a space or ", "; the page shows them as the article has them.
        expect(pieces.join(' ').replace(/[\s,]+/g, ' '), `${file} quote ${q.id}`).toBe(q.text.replace(/[\s,]+/g, ' '));
        if (pieces.length > q.paragraphs.length) cut++;
      }
    }
    expect(cut).toBeGreaterThan(0); // plant-fire: “We are not done,” … said, “and we will be back next year.”
  });

  it('loads nothing from outside: no script, no stylesheet or font link, no remote image', () => {
    const html = page(seed(), { canonicalUrl: 'https://inquisitr.example/aleppo' });
    expect(html).not.toMatch(/<script|<img|<iframe|@import|url\(|rel="stylesheet"|rel="preload"/i);
    const srcs = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
    expect(srcs.filter((s) => !s.startsWith('#') && s !== 'data:,' && !s.startsWith('https://inquisitr.example/'))).toEqual([]);
  });

  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
