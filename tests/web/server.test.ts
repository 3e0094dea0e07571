import { afterEach, describe, expect, it } from 'vitest';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { createHealth, type Health } from '../../src/runtime/health.js';
import { createMetrics, type Metrics } from '../../src/runtime/metrics.js';
import { createWebServer, type WebServer, type WebServerOptions } from '../../src/web/server.js';
import { listenFailure, pageAddress, startWebServer } from '../../src/web/start.js';
import { engineFor, seed } from '../helpers/articles.js';

const engine = engineFor(seed());
const open: WebServer[] = [];

async function serve(extra: Partial<WebServerOptions> = {}): Promise<{ base: string; health: Health; metrics: Metrics; server: WebServer }> {
  const health = createHealth();
  const metrics = createMetrics();
  const server = createWebServer({ engine, config: {}, health, metrics, ...extra });
  open.push(server);
  const { port } = await server.listen(0, '127.0.0.1');
  return { base: `http://127.0.0.1:${port}`, health, metrics, server };
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

describe('the web server', () => {
  it('serves the article page as HTML, with a policy that loads nothing from elsewhere', async () => {
    const { base } = await serve();
    const res = await fetch(`${base}/aleppo`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-/);
    const html = await res.text();
    expect(html).toContain('<h1>Syrian Ceasefire Breaks Down At Aleppo</h1>');
    expect(html).toContain(`<meta property="og:description" content="${engine.summary('short').sentences[0]!.text}`);
    const head = await fetch(`${base}/aleppo`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBe(Buffer.byteLength(html));
    expect(await head.text()).toBe('');
    const again = await fetch(`${base}/aleppo?utm=x`, { headers: { 'If-None-Match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('serves the page at the configured command name, and its public address in the tags', async () => {
    const { base } = await serve({ config: { commandName: 'news', publicUrl: 'https://bot.example.org' } });
    const html = await (await fetch(`${base}/news`)).text();
    expect(html).toContain('<meta property="og:url" content="https://bot.example.org/news">');
    expect((await fetch(`${base}/aleppo`)).status).toBe(404);
  });

  it('answers anything else with a short 404, and other methods with 405', async () => {
    const { base } = await serve();
    const missing = await fetch(`${base}/nope`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await missing.text()).toBe('Not found. The article is at /aleppo.\n');
    for (const path of ['/aleppo', '/healthz', '/metrics']) {
      const res = await fetch(`${base}${path}`, { method: 'POST', body: 'x' });
      expect(res.status, path).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
      await res.body?.cancel();
    }
  });

  it('reports health: 200 with no platforms, 503 naming a dropped platform, 200 when it is back', async () => {
    const { base, health } = await serve();
    const check = async () => {
      const res = await fetch(`${base}/healthz`);
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    expect(await check()).toEqual({
      status: 200,
      body: { status: 'ok', down: [], article: { indexed: true, title: engine.article.meta.title, contentHash: engine.article.contentHash }, platforms: {} },
    });
    health.register('discord');
    health.register('slack');
    health.set('discord', true);
    health.set('slack', true);
    expect((await check()).status).toBe(200);
    health.set('discord', false);
    const dropped = await check();
    expect(dropped.status).toBe(503);
    expect(dropped.body).toMatchObject({ status: 'down', down: ['discord'], platforms: { discord: 'disconnected', slack: 'connected' } });
    health.set('discord', true);
    expect(await check()).toMatchObject({ status: 200, body: { status: 'ok', platforms: { discord: 'connected', slack: 'connected' } } });
  });

  it('shows a counted reply on /metrics as Prometheus text', async () => {
    const { base, metrics } = await serve();
    metrics.reply('slack', 'quote', 'quotes', 0.042);
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('# TYPE replies_total counter');
    expect(text).toContain('replies_total{platform="slack",command="quote",kind="quotes"} 1');
    expect(text).toContain('reply_latency_seconds_count{platform="slack",command="quote"} 1');
    expect(text).toContain('reply_latency_seconds_sum{platform="slack",command="quote"} 0.042');
    for (const name of ['not_found_total', 'posts_total', 'platform_reconnects_total', 'reply_latency_seconds']) expect(text).toContain(`# TYPE ${name} `);
  });

  it('sends a mounted path to its listener until it is taken back, and will not mount over its own paths', async () => {
    const { base, server } = await serve();
    const unmount = server.mount('/slack/events', (req, res) => void res.writeHead(200, { 'Content-Type': 'text/plain' }).end(`mounted ${req.method}`));
    expect(await (await fetch(`${base}/slack/events?x=1`, { method: 'POST', body: '{}' })).text()).toBe('mounted POST');
    expect(await (await fetch(`${base}/slack/events`)).text()).toBe('mounted GET');
    expect((await fetch(`${base}/healthz`)).status).toBe(200); // its own paths keep working
    expect((await fetch(`${base}/slack`)).status).toBe(404);
    unmount();
    expect((await fetch(`${base}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect(() => server.mount('/healthz', () => {})).toThrow(/cannot be mounted over/);
  });

  it('answers 500 when a route fails, and keeps serving', async () => {
    const metrics = createMetrics();
    const { base } = await serve({ metrics: { ...metrics, render: () => Promise.reject(new Error('registry broke')) } });
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('Internal error.\n');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('frees the port on close(), even with a keep-alive connection open', async () => {
    const { base, server } = await serve();
    await (await fetch(`${base}/healthz`)).text(); // leaves a keep-alive socket behind
    const { port } = server.address()!;
    await server.close();
    expect(server.address()).toBeUndefined();
    const next = createWebServer({ engine, config: {}, health: createHealth(), metrics: createMetrics() });
    open.push(next);
    expect((await next.listen(port, '127.0.0.1')).port).toBe(port);
  });
});

describe('starting the web server', () => {
  it('says in one line naming PORT that the port is taken, instead of throwing', async () => {
    const blocker = createNetServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = blocker.address() as AddressInfo;
      const server = createWebServer({ engine, config: {}, health: createHealth(), metrics: createMetrics() });
      open.push(server);
      const started = await startWebServer(server, { port, host: '127.0.0.1' });
      expect(started).toEqual({ ok: false, reason: expect.stringMatching(new RegExp(`^PORT ${port} is already in use on 127\\.0\\.0\\.1.*set PORT`)) });
      expect(server.address()).toBeUndefined();
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('reports the real port when PORT is 0', async () => {
    const server = createWebServer({ engine, config: {}, health: createHealth(), metrics: createMetrics() });
    open.push(server);
    const started = await startWebServer(server, { port: 0, host: '127.0.0.1' });
    if (!started.ok) throw new Error(started.reason);
    expect(started.address.port).toBeGreaterThan(0);
    expect(started.url).toBe(`http://127.0.0.1:${started.address.port}/aleppo`);
  });

  it('prints addresses a browser can open, and names HOST when it cannot be bound', () => {
    expect(pageAddress({ address: '0.0.0.0', family: 'IPv4', port: 8080 }, '/aleppo')).toBe('http://localhost:8080/aleppo');
    expect(pageAddress({ address: '::1', family: 'IPv6', port: 8080 }, '/aleppo')).toBe('http://[::1]:8080/aleppo');
    expect(listenFailure(Object.assign(new Error('x'), { code: 'EADDRNOTAVAIL' }), 3000, '10.9.9.9')).toMatch(/^HOST 10\.9\.9\.9 /);
    const taken = Object.assign(new Error('x'), { code: 'EADDRINUSE' });
    expect(listenFailure(taken, 3000, '127.0.0.1', { fatal: true })).toBe('PORT 3000 is already in use on 127.0.0.1; set PORT to a free port (0 picks one) or WEB=off.');
    expect(listenFailure(taken, 3000, '127.0.0.1', { fatal: true, canTurnOff: false })).toBe('PORT 3000 is already in use on 127.0.0.1; set PORT to a free port (0 picks one).');
  });
});
