import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBot } from '../helpers/spawn-bot.js';
import type { Reply } from '../../src/core/reply.js';

// These spawn `node dist/src/main.js`: `npm test` builds dist/ before vitest runs.
describe('terminal mode, as a user runs it', () => {
  it('answers each piped line in order and exits 0 at the end of input', async () => {
    const run = await runBot([], '/aleppo summary\nwhat did Egeland say\n/aleppo ask how many people are trapped?\nlink\n');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const summaryAt = run.stdout.indexOf('The Syrian ceasefire is breaking down in Aleppo');
    const egelandAt = run.stdout.indexOf('— Jan Egeland, UN humanitarian adviser (¶10)');
    const trappedAt = run.stdout.indexOf('upwards of 250,000 people are trapped by the hostilities. (¶1)');
    const linkAt = run.stdout.indexOf('No public link is configured');
    expect([summaryAt, egelandAt, trappedAt, linkAt].every((i) => i >= 0)).toBe(true);
    expect(summaryAt < egelandAt && egelandAt < trappedAt && trappedAt < linkAt).toBe(true);
    expect(run.stdout).toContain('Source: paragraph 10 · Inquisitr');
  });

  it('prints exactly one JSON reply per input line with --json', async () => {
    const lines = ['summary', 'what did the UN adviser say', 'what is the capital of France', '', 'help'];
    const run = await runBot(['--json'], lines.join('\n') + '\n');
    expect(run.code).toBe(0);
    const replies = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Reply);
    expect(replies.map((r) => r.kind)).toEqual(['summary', 'quotes', 'not_found', 'error', 'help']);
    expect(replies[1]!.quotes[0]).toMatchObject({ speaker: 'Jan Egeland', paragraph: 10 });
    for (const r of replies) expect(Object.keys(r)).toEqual(expect.arrayContaining(['kind', 'title', 'text', 'quotes', 'citations']));
  });

  it('serves another article given with --article, with its own command name and speakers', async () => {
    const run = await runBot(['--article', 'tests/fixtures/articles/harbor-bridge.txt', '--json'], '/harbor quote Patel\nwhat did the mayor say\n');
    expect(run.code).toBe(0);
    const [patel, mayor] = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Reply);
    expect(patel!.quotes.map((q) => q.speaker)).toEqual(['Raj Patel', 'Raj Patel', 'Raj Patel']);
    expect(mayor!.quotes.map((q) => q.speaker)).toEqual(['Linda Okafor', 'Linda Okafor']);
  });

  it('uses ARTICLE_URL as the share link and COMMAND_NAME as the command', async () => {
    const run = await runBot(['--json'], '/news share\n', { ARTICLE_URL: 'https://example.org/aleppo', COMMAND_NAME: 'news' });
    expect(JSON.parse(run.stdout.trim()) as Reply).toMatchObject({ kind: 'share', url: 'https://example.org/aleppo' });
  });

  it('takes hostile input without crashing or echoing mentions', async () => {
    const input = ['', 'x'.repeat(10_000), '@everyone what did <@123> say', 'quotes from <!channel>', '**bold** _x_ `code`', '🇸🇾🙂 ¿qué?'].join('\n') + '\n';
    const run = await runBot([], input);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/@everyone|<@123>|<!channel>/);
    expect(run.stdout).toContain('too long');
  });
});

describe('start-up errors', () => {
  it('names a missing article and exits non-zero', async () => {
    const run = await runBot(['--article', 'nope/missing.md'], '');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('nope/missing.md: no such file');
  });

  it('names an empty article', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'article-'));
    try {
      const empty = join(dir, 'empty.txt');
      writeFileSync(empty, '  \n');
      const run = await runBot([], '', { ARTICLE_PATH: empty });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('is empty');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names a bad variable without printing a secret', async () => {
    const run = await runBot([], '', { SLACK_BOT_TOKEN: 'not-a-real-token-s3cr3t' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('SLACK_BOT_TOKEN');
    expect(run.stderr).not.toContain('s3cr3t');
    const bad = await runBot([], '', { COMMAND_NAME: 'Bad Name!' });
    expect(bad.stderr).toContain('COMMAND_NAME');
  });
});
