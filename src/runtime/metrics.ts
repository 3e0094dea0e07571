/**
 * Counters and the reply latency histogram, served as Prometheus text on /metrics. Adapters call
 * these methods and never touch prom-client. Each `createMetrics()` has its own registry (not
 * prom-client's global one), so several can live in one process, as they do in the tests.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  /**
   * One reply sent: counts replies_total{platform,command,kind}, not_found_total when kind is
   * `not_found`, and observes reply_latency_seconds{platform,command}. `seconds` from the
   * request's arrival to the reply being handed to the platform.
   */
  reply(platform: string, command: string, kind: string, seconds: number): void;
  /** One post attempt ended, e.g. state `posted`, `already`, `failed`, `recovered`: posts_total{platform,state}. */
  post(platform: string, state: string): void;
  /** A platform connection came back after dropping: platform_reconnects_total{platform}. */
  reconnect(platform: string): void;
  /**
   * The database failed an operation: database_errors_total{backend,kind}, kind `unreachable`
   * (no answer: down, refused, timed out) or `query` (it answered with an error).
   */
  databaseError(backend: string, kind: 'unreachable' | 'query'): void;
  /** The Content-Type of `render()`'s text. */
  readonly contentType: string;
  /** Everything in the Prometheus text exposition format. */
  render(): Promise<string>;
}

export interface MetricsOptions {
  /** Also export prom-client's process metrics (CPU, memory, event loop lag). Default false. */
  processMetrics?: boolean;
}

/** Seconds. Prometheus' defaults plus 2 and 3: Discord and Slack want an answer within 3 s. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 2.5, 3, 5, 10];

export function createMetrics({ processMetrics = false }: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (processMetrics) collectDefaultMetrics({ register: registry });
  // Every counter lives in this registry only, so two bots in one process (tests) never mix.
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new Counter<L>({ name, help, labelNames, registers: [registry] });
  const replies = counter('replies_total', 'Replies sent, by platform, command and reply kind.', ['platform', 'command', 'kind']);
  const notFound = counter('not_found_total', 'Replies saying the article does not have what was asked.', ['platform', 'command']);
  const posts = counter('posts_total', 'Article post attempts, by platform and outcome.', ['platform', 'state']);
  const reconnects = counter('platform_reconnects_total', 'Platform connections re-established after a drop.', ['platform']);
  const databaseErrors = counter(
    'database_errors_total',
    'Storage operations that failed, by backend (sqlite, postgres) and kind (unreachable, query).',
    ['backend', 'kind'],
  );
  const latency = new Histogram({
    name: 'reply_latency_seconds',
    help: 'Time from a request arriving to its reply being handed to the platform.',
    labelNames: ['platform', 'command'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  // prom-client hashes a label set on every call; a reply's few label sets (platforms × commands ×
  // kinds) are looked up once each and their children kept, off each reply's path.
  const repliesBy = new Map<string, ReturnType<typeof replies.labels>>();
  const notFoundBy = new Map<string, ReturnType<typeof notFound.labels>>();
  const latencyBy = new Map<string, ReturnType<typeof latency.labels>>();
  return {
    reply(platform, command, kind, seconds) {
      const key = `${platform}\u0000${command}`;
      childOf(repliesBy, `${key}\u0000${kind}`, () => replies.labels({ platform, command, kind })).inc();
      if (kind === 'not_found') childOf(notFoundBy, key, () => notFound.labels({ platform, command })).inc();
      childOf(latencyBy, key, () => latency.labels({ platform, command })).observe(Math.max(0, seconds));
    },
    post: (platform, state) => posts.inc({ platform, state }),
    reconnect: (platform) => reconnects.inc({ platform }),
    databaseError: (backend, kind) => databaseErrors.inc({ backend, kind }),
    contentType: registry.contentType,
    render: () => registry.metrics(),
  };
}

/** The child metric for one label set, made once. */
function childOf<T>(children: Map<string, T>, key: string, make: () => T): T {
  let child = children.get(key);
  if (child === undefined) children.set(key, (child = make()));
  return child;
}
