/**
 * The bot's one HTTP server: the article page at /<command>, /healthz and /metrics. A path handed
 * to `mount` goes to its listener, whatever the method (Slack's HTTP mode shares the port this way:
 * /slack/events goes to Bolt's receiver). Anything else gets a 404.
 */
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config.js';
import { articlePageUrl } from '../context.js';
import type { ArticleEngine } from '../engine/engine.js';
import type { Health } from '../health.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import { renderArticlePage } from './page.js';
import { PAGE_STYLE_HASH } from './page-style.js';
import { healthReport } from './health-report.js';

export interface WebServerOptions {
  engine: ArticleEngine;
  /** Page path (/<commandName>, defaulting to the article's slug) and the addresses for its meta tags. */
  config: Pick<Config, 'commandName' | 'articleUrl' | 'publicUrl'>;
  health: Health;
  metrics: Metrics;
  logger?: Logger;
}

export interface WebServer {
  /** Starts listening; port 0 picks a free one. Rejects (EADDRINUSE…) when it cannot bind. */
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops listening and drops open connections; resolves when the port is free. */
  close(): Promise<void>;
  /** Where it listens, once `listen` has resolved. */
  address(): AddressInfo | undefined;
  /** The article page's path, e.g. "/aleppo". */
  readonly pagePath: string;
  /**
   * Sends every request for exactly `path` (any method, any query) to `listener`, from now on;
   * the returned function takes it back. The page, /healthz and /metrics cannot be mounted over.
   */
  mount(path: string, listener: RequestListener): () => void;
}

/** No script, no remote anything: only the page's own inline style and the empty data: icon. */
export const PAGE_CSP = `default-src 'none'; style-src '${PAGE_STYLE_HASH}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'X-Content-Type-Options': 'nosniff', ...headers });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export function createWebServer({ engine, config, health, metrics, logger }: WebServerOptions): WebServer {
  const { article } = engine;
  const slug = config.commandName ?? article.meta.slug;
  const pagePath = `/${slug}`;
  const canonicalUrl = config.articleUrl ?? article.meta.url;
  const pageUrl = articlePageUrl(config.publicUrl, slug);
  let page: string | undefined; // rendered on first request: the article never changes while served
  const etag = `"${article.contentHash.slice(0, 16)}"`;

  const routes = new Map<string, Route>([
    [
      pagePath,
      (req, res) => {
        const headers = { ETag: etag, 'Cache-Control': 'public, max-age=300', 'Content-Security-Policy': PAGE_CSP, 'Referrer-Policy': 'no-referrer' };
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304, headers).end();
          return;
        }
        const summary = engine.summary('short');
        page ??= renderArticlePage(article, {
          description: summary.editorial ?? summary.sentences.map((s) => s.text).join(' '),
          ...(pageUrl ? { pageUrl } : {}),
          ...(canonicalUrl ? { canonicalUrl } : {}),
        });
        send(req, res, 200, 'text/html; charset=utf-8', page, headers);
      },
    ],
    [
      '/healthz',
      (req, res) => {
        const report = healthReport(engine, health);
        send(req, res, report.status === 'ok' ? 200 : 503, 'application/json; charset=utf-8', JSON.stringify(report), { 'Cache-Control': 'no-store' });
      },
    ],
    [
      '/metrics',
      async (req, res) => send(req, res, 200, metrics.contentType, await metrics.render(), { 'Cache-Control': 'no-store' }),
    ],
  ]);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // The path only: no URL parsing, so "//host/x" cannot turn into another host.
    const path = (req.url ?? '/').split('?')[0]!;
    const mounted = mounts.get(path);
    if (mounted) return mounted(req, res);
    const route = routes.get(path);
    if (!route) return send(req, res, 404, 'text/plain; charset=utf-8', `Not found. The article is at ${pagePath}.\n`);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(req, res, 405, 'text/plain; charset=utf-8', 'Method not allowed: use GET or HEAD.\n', { Allow: 'GET, HEAD' });
    }
    await route(req, res);
    logger?.debug({ method: req.method, path, status: res.statusCode }, 'http');
  }

  const mounts = new Map<string, RequestListener>();

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger?.error({ err: error, path: (req.url ?? '').split('?')[0] }, 'http handler failed');
      if (!res.headersSent) send(req, res, 500, 'text/plain; charset=utf-8', 'Internal error.\n');
      else res.destroy();
    });
  });

  return {
    pagePath,
    mount(path, listener) {
      if (routes.has(path)) throw new Error(`web server: ${path} is served already and cannot be mounted over.`);
      mounts.set(path, listener);
      return () => {
        if (mounts.get(path) === listener) mounts.delete(path);
      };
    },
    listen(port, host) {
      return new Promise((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    close() {
      return new Promise((resolve, reject) => {
        if (!server.listening) return resolve();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
    address: () => (server.listening ? (server.address() as AddressInfo) : undefined),
  };
}
