/**
 * The article page in a real browser: Debian's chromium at /usr/bin/chromium driven by
 * playwright-core (no browser download). Without it these tests are skipped with one line saying
 * how to install it, except under CI=true, where a missing browser fails the run (`.ci/run`
 * installs it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createHealth } from '../../src/runtime/health.js';
import { createMetrics } from '../../src/runtime/metrics.js';
import { createWebServer, type WebServer } from '../../src/web/server.js';
import { engineFor, seed } from '../helpers/articles.js';
import { canRun, CHROMIUM } from '../helpers/programs.js';

/** The browser globals the page-side callbacks use: the project compiles without the DOM lib. */
interface InPage {
  document: {
    querySelector(selector: string): { id: string; textContent: string | null; getBoundingClientRect(): { top: number } } | null;
    documentElement: { scrollWidth: number };
    body: object;
  };
  innerWidth: number;
  innerHeight: number;
  scrollY: number;
  getComputedStyle(element: object): { backgroundColor: string };
}

const ARTIFACTS = 'tests/artifacts';
// Root needs --no-sandbox; the rest stop Chromium calling home (this machine refuses outside hosts).
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', '--disable-quic'];

const engine = engineFor(seed());
const { article } = engine;
let server: WebServer;
let base: string;
let userDataDir: string | undefined;
let context: BrowserContext | undefined;
const requests: string[] = [];
const problems: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await context!.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  const response = await page.goto(`${base}${path}`);
  expect(response?.status()).toBe(200);
  return page;
}

describe.skipIf(!canRun(CHROMIUM, 'the browser tests (tests/web/browser.test.ts)'))('the article page in Chromium', () => {
  beforeAll(async () => {
    server = createWebServer({ engine, config: { publicUrl: 'https://bot.example.org' }, health: createHealth(), metrics: createMetrics() });
    const { port } = await server.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${port}`;
    // A fresh profile each run; Playwright takes it through launchPersistentContext, not --user-data-dir.
    userDataDir = mkdtempSync(join(tmpdir(), 'article-bot-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM.path,
      headless: true,
      args: ARGS,
      viewport: { width: 390, height: 740 }, // a phone: the page must read without sideways scrolling
    });
    context.on('request', (request) => requests.push(request.url()));
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('shows the title and the OpenGraph tags, fits a phone, and saves screenshots', async () => {
    const page = await open('/aleppo');
    const h1 = page.locator('h1');
    expect(await h1.isVisible()).toBe(true);
    expect(await h1.textContent()).toBe(article.meta.title);
    expect(await page.title()).toBe(`${article.meta.title} — Inquisitr`);
    const meta = (selector: string) => page.locator(`meta[${selector}]`).getAttribute('content');
    const short = engine.summary('short').sentences.map((s) => s.text).join(' ');
    expect(await meta('property="og:title"')).toBe(article.meta.title);
    expect(await meta('property="og:description"')).toBe(short);
    expect(await meta('property="og:url"')).toBe('https://bot.example.org/aleppo');
    expect(await meta('property="og:type"')).toBe('article');
    expect(await meta('name="twitter:card"')).toBe('summary');
    expect(await page.locator('.para').count()).toBe(article.paragraphs.length);
    const overflow = await page.evaluate(() => {
      const w = globalThis as unknown as InPage;
      return w.document.documentElement.scrollWidth - w.innerWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'article-page.png'), fullPage: true });
    const background = () => page.evaluate(() => {
      const w = globalThis as unknown as InPage;
      return w.getComputedStyle(w.document.body).backgroundColor;
    });
    const lightBackground = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(lightBackground);
    await page.screenshot({ path: join(ARTIFACTS, 'article-page-dark.png'), fullPage: true });
    await page.close();
  });

  it('lands on the right paragraph for #p11 and #p5 anchors', async () => {
    for (const n of [11, 5]) {
      const page = await open(`/aleppo#p${n}`);
      const where = await page.evaluate(() => {
        const w = globalThis as unknown as InPage;
        const target = w.document.querySelector(':target');
        return { id: target?.id, text: target?.textContent, top: target?.getBoundingClientRect().top, height: w.innerHeight, scrollY: w.scrollY };
      });
      expect(where.id).toBe(`p${n}`);
      expect(where.text).toBe(`¶${n}${article.paragraphs[n - 1]!.text}`);
      expect(where.scrollY).toBeGreaterThan(0);
      // In the viewport; a middle paragraph is scrolled to the top (scroll-margin 1rem).
      expect(where.top!).toBeGreaterThanOrEqual(0);
      expect(where.top!).toBeLessThan(where.height);
      if (n === 5) expect(where.top!).toBeLessThan(40);
      await page.close();
    }
  });

  it('logged no console error and sent no request beyond 127.0.0.1', () => {
    expect(problems).toEqual([]);
    expect(requests.length).toBeGreaterThanOrEqual(3);
    expect(requests.filter((url) => !url.startsWith(`${base}/`) && !url.startsWith('data:'))).toEqual([]);
  });
});
