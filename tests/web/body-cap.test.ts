/**
 * The web server's body cap (MAX_BODY_BYTES): a body past the cap is refused 413 the moment its
 * Content-Length or the bytes read say so, without waiting for the rest; a mounted listener gets
 * the body read for it; a mount's screen refuses on the headers, before any of the body is read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestListener } from 'node:http';
import { createHealth } from '../../src/runtime/health.js';
import { createMetrics } from '../../src/runtime/metrics.js';
import { createWebServer, type ReadRequest, type WebServer } from '../../src/web/server.js';
import { engineFor, seed } from '../helpers/articles.js';
import { openPost, type OpenPost } from '../helpers/open-post.js';

const CAP = 1024;
const engine = engineFor(seed());
const servers: WebServer[] = [];
const posts: OpenPost[] = [];

afterEach(async () => {
  for (const post of posts.splice(0)) post.destroy();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A server with a 1 KB cap and /hook mounted: the hook answers with the size of the body it was given. */
async function serve(screen?: Parameters<WebServer['mount']>[2]) {
  const server = createWebServer({ engine, config: { maxBodyBytes: CAP }, health: createHealth(), metrics: createMetrics() });
  servers.push(server);
  const heard: number[] = [];
  const hook: RequestListener = (req, res) => {
    heard.push((req as ReadRequest).rawBody?.length ?? -1);
    res.end(String((req as ReadRequest).rawBody?.length));
  };
  server.mount('/hook', hook, screen);
  const { port } = await server.listen(0, '127.0.0.1');
  return { url: `http://127.0.0.1:${port}/hook`, heard };
}

function post(url: string, headers: Record<string, string | number> = {}): OpenPost {
  const opened = openPost(url, headers);
  posts.push(opened);
  return opened;
}

describe('the web server’s body cap', () => {
  it('hands a body of exactly the cap to the listener, read once', async () => {
    const { url, heard } = await serve();
    const within = post(url, { 'content-length': CAP });
    within.end(Buffer.alloc(CAP, 'a'));
    expect(await within.answer).toMatchObject({ status: 200, body: String(CAP) });
    expect(heard).toEqual([CAP]);
  });

  it('answers 413 to a Content-Length one byte over the cap, before the body comes', async () => {
    const { url, heard } = await serve();
    const over = post(url, { 'content-length': CAP + 1 });
    over.write('a'); // and nothing more: the answer must not wait for the rest
    const answer = await over.answer;
    expect(answer.status).toBe(413);
    expect(answer.body).toBe(`Request body too large: at most ${CAP} bytes.\n`);
    expect(heard).toEqual([]);
  });

  it('answers 413 as soon as a chunked body passes the cap, without waiting for its end', async () => {
    const { url, heard } = await serve();
    const chunked = post(url, {});
    chunked.write(Buffer.alloc(CAP, 'a'));
    chunked.write('b'); // one byte past the cap; the body never ends
    expect((await chunked.answer).status).toBe(413);
    expect(heard).toEqual([]);
  });

  it('answers a screen’s refusal before reading any of the body', async () => {
    const screen = (req: { headers: Record<string, unknown> }) => (req.headers['x-pass'] ? undefined : { status: 401, text: 'Who are you?\n' });
    const { url, heard } = await serve(screen);
    const stranger = post(url, {});
    stranger.write('a'); // the body never ends
    expect(await stranger.answer).toMatchObject({ status: 401, body: 'Who are you?\n' });
    const known = post(url, { 'x-pass': '1', 'content-length': 3 });
    known.end('abc');
    expect(await known.answer).toMatchObject({ status: 200, body: '3' });
    expect(heard).toEqual([3]);
  });

  it('caps bodies sent to the page, /healthz and /metrics too', async () => {
    const { url } = await serve();
    const page = post(url.replace('/hook', '/aleppo'), { 'content-length': 10 * CAP });
    expect((await page.answer).status).toBe(413);
  });
});
