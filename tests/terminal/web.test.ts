import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { runBot, startBot, type RunningBot } from '../helpers/spawn-bot.js';
import type { Reply } from '../../src/core/reply.js';

// These spawn `node dist/src/main.js`: `npm test` builds dist/ before vitest runs.
const ADDRESS = /article page: (http:\/\/127\.0\.0\.1:(\d+)\/aleppo)\n/;
const running: RunningBot[] = [];
const blockers: Server[] = [];

afterEach(async () => {
  for (const bot of running.splice(0)) bot.kill();
  await Promise.all(blockers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

describe('terminal mode with the article page', () => {
  it('serves the page on a free port (PORT=0), prints its real address on stderr and keeps answering', async () => {
    const bot = startBot([], { WEB: 'on', PORT: '0', PUBLIC_URL: 'https://bot.example.org' });
    running.push(bot);
    const [, url, port] = await bot.waitForStderr(ADDRESS);
    expect(Number(port)).toBeGreaterThan(0);
    const page = await fetch(url!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="p11"');
    bot.send('what did Egeland say');
    const run = await bot.finish();
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`article page: ${url}\n`);
    expect(run.stdout).toContain('— Jan Egeland, UN humanitarian adviser (¶10)');
    expect(run.stdout).toContain('Read it on the page: https://bot.example.org/aleppo#p10');
    expect(run.stdout).not.toContain('article page');
  });

  it('counts terminal replies on /metrics', async () => {
    const bot = startBot(['--json'], { WEB: 'on', PORT: '0' });
    running.push(bot);
    const [, url] = await bot.waitForStderr(ADDRESS);
    bot.send('summary');
    bot.send('what is the capital of France');
    const metricsUrl = url!.replace(/\/aleppo$/, '/metrics');
    // Bounded poll: the replies are counted once the bot has read both lines.
    let text = '';
    for (let i = 0; i < 100 && !text.includes('not_found_total{platform="terminal"'); i++) {
      text = await (await fetch(metricsUrl)).text();
    }
    expect(text).toContain('replies_total{platform="terminal",command="summary",kind="summary"} 1');
    expect(text).toContain('not_found_total{platform="terminal",command="ask"} 1');
    const run = await bot.finish();
    expect(run.stdout.trim().split('\n').map((l) => (JSON.parse(l) as Reply).kind)).toEqual(['summary', 'not_found']);
  });

  it('keeps --json stdout to replies only; the address goes to stderr', async () => {
    const run = await runBot(['--json'], 'summary\nhelp\n', { WEB: 'on', PORT: '0' });
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').map((l) => (JSON.parse(l) as Reply).kind)).toEqual(['summary', 'help']);
    expect(run.stderr).toMatch(new RegExp(`^${ADDRESS.source}$`));
  });

  it('says in one line that PORT is taken and still answers', async () => {
    const blocker = createServer();
    blockers.push(blocker);
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    const run = await runBot([], 'what did Egeland say\n', { WEB: 'on', PORT: String(port) });
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^article-bot: PORT ${port} is already in use.*set PORT`))]);
    expect(run.stdout).toContain('Jan Egeland');
  });

  it('starts no server with --no-web, and logs replies at debug as JSON on stderr only when asked', async () => {
    const quiet = await runBot(['--no-web'], 'summary\n', { WEB: 'on', PORT: '0' });
    expect(quiet.stderr).toBe('');
    const run = await runBot([], 'summary\nquote Egeland\n', { LOG_LEVEL: 'debug' });
    const logs = run.stderr.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logs.map((l) => [l.level, l.msg, l.platform, l.command, l.kind])).toEqual([
      ['debug', 'reply', 'terminal', 'summary', 'summary'],
      ['debug', 'reply', 'terminal', 'quote', 'quotes'],
    ]);
    for (const l of logs) expect(l.ms).toEqual(expect.any(Number));
    expect(run.stdout).not.toContain('"msg"');
    // Nothing said: a terminal reading piped input answers without starting a page for one answer.
    const piped = await runBot([], 'summary\n', { WEB: '', PORT: '0' });
    expect(piped.code).toBe(0);
    expect(piped.stderr).not.toContain('article page:');
  });
});
