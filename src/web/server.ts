/**
 * The bot's one HTTP server: the article page at /<command>, /healthz and /metrics. A path handed
 * to `mount` goes to its listener, whatever the method (Slack's HTTP mode shares the port this way:
 * /slack/events goes to Bolt's receiver). Anything else gets a 404.
 *
 * Request bodies are capped (MAX_BODY_BYTES, 1 MB by default): a Content-Length over the cap is
 * answered 413 at once, a mounted path's body is read by the server and refused the moment it
 * passes the cap, and a mount may screen a request on its headers before any of the body is read.
 * Every such refusal closes the connection, so the rest of the body is never read.
 */
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deriveSettings, type LinkSettings } from '../core/context.js';
import { DEFAULT_MAX_BODY_BYTES } from './limits.js';
import type { ArticleEngine } from '../engine/engine.js';
import type { Health } from '../runtime/health.js';
import type { Logger } from '../runtime/log.js';
import type { Metrics } from '../runtime/metrics.js';
import { renderArticlePage } from './page.js';
import { PAGE_STYLE_HASH } from './page-style.js';
import { healthReport } from './health-report.js';
import { declaredLength, readBody } from './body.js';

export interface WebServerOptions {
  engine: ArticleEngine;
  /**
   * Page path (/<commandName>, defaulting to the article's slug), the addresses for its meta tags,
   * and the body cap (default DEFAULT_MAX_BODY_BYTES).
   */
  config: LinkSettings & { maxBodyBytes?: number };
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
   * The listener gets the body already read, within the cap, as `req.rawBody` (a Buffer: the
   * convention Bolt's HTTPReceiver honours, so it never reads the socket itself). `screen`, when
   * given, sees each request's headers first: a refusal it returns is answered before any of the
   * body is read.
   */
  mount(path: string, listener: RequestListener, screen?: Screen): () => void;
}

/** A refusal answered from the headers alone, e.g. 401 for a Slack request without its signature. */
export interface Refusal {
  status: number;
  text: string;
  headers?: Record<string, string>;
}

/** Looks at a request's headers before its body is read; a refusal is answered at once. */
export type Screen = (req: IncomingMessage) => Refusal | undefined;

/** A request with its body read by the server, as mounted listeners receive it. */
export type ReadRequest = IncomingMessage & { rawBody?: Buffer };

/** No script, no remote anything: only the page's own inline style and the empty data: icon. */
export const PAGE_CSP = `default-src 'none'; style-src '${PAGE_STYLE_HASH}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}, sent?: () => void): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'X-Content-Type-Options': 'nosniff', ...headers });
  res.end(req.method === 'HEAD' ? undefined : body, sent);
}

/**
 * Answers without reading the body, and closes the connection as soon as the answer is handed to
 * the OS: left to itself, Node goes on reading (and throwing away) what the client is still
 * sending, a few hundred KB of garbage per request, which a flood turns into memory and GC pauses.
 */
function refuse(req: IncomingMessage, res: ServerResponse, { status, text, headers = {} }: Refusal): void {
  send(req, res, status, 'text/plain; charset=utf-8', text, { ...headers, Connection: 'close' }, () => req.socket.destroy());
}

/** Whether the request sends a body (of a stated length, or chunked). */
function carriesBody(req: IncomingMessage): boolean {
  return (declaredLength(req) ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
}

export function createWebServer({ engine, config, health, metrics, logger }: WebServerOptions): WebServer {
  const { article } = engine;
  const maxBody = config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const tooLarge: Refusal = { status: 413, text: `Request body too large: at most ${maxBody} bytes.\n` };
  const { commandName, canonicalUrl, pageUrl } = deriveSettings(config, article);
  const pagePath = `/${commandName}`;
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
    if ((declaredLength(req) ?? 0) > maxBody) return refused(req, res, path, tooLarge);
    const mounted = mounts.get(path);
    if (mounted) {
      const screened = mounted.screen?.(req);
      if (screened) return refused(req, res, path, screened);
      const read = await readBody(req, maxBody);
      if (!read.ok) return read.reason === 'too-large' ? refused(req, res, path, tooLarge) : undefined;
      (req as ReadRequest).rawBody = read.body;
      return mounted.listener(req, res);
    }
    const route = routes.get(path);
    // Nothing but a mount takes a body: a request that sends one anyway is answered without
    // reading it, and its connection closed (else Node would read and discard all of it).
    const answer = (refusal: Refusal) =>
      carriesBody(req) ? refused(req, res, path, refusal) : send(req, res, refusal.status, 'text/plain; charset=utf-8', refusal.text, refusal.headers);
    if (!route) return answer({ status: 404, text: `Not found. The article is at ${pagePath}.\n` });
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return answer({ status: 405, text: 'Method not allowed: use GET or HEAD.\n', headers: { Allow: 'GET, HEAD' } });
    }
    await route(req, res);
    logger?.debug({ method: req.method, path, status: res.statusCode }, 'http');
  }

  const mounts = new Map<string, { listener: RequestListener; screen?: Screen }>();

  /** A refusal, logged at debug only: a flood of them must not flood the log too. */
  function refused(req: IncomingMessage, res: ServerResponse, path: string, refusal: Refusal): void {
    refuse(req, res, refusal);
    logger?.debug({ method: req.method, path, status: refusal.status }, 'http');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger?.error({ err: error, path: (req.url ?? '').split('?')[0] }, 'http handler failed');
      if (!res.headersSent) send(req, res, 500, 'text/plain; charset=utf-8', 'Internal error.\n');
      else res.destroy();
    });
  });

  return {
    pagePath,
    mount(path, listener, screen) {
      if (routes.has(path)) throw new Error(`web server: ${path} is served already and cannot be mounted over.`);
      const mounted = { listener, ...(screen ? { screen } : {}) };
      mounts.set(path, mounted);
      return () => {
        if (mounts.get(path) === mounted) mounts.delete(path);
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
