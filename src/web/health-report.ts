/** The /healthz body: whether the article is indexed, which platform connections are up, and whether the database answers. */
import type { ArticleEngine } from '../engine/engine.js';
import type { DependencyState, Health, PlatformState } from '../runtime/health.js';

export interface HealthReport {
  /** "ok" (HTTP 200) when everything below is up; "down" (HTTP 503) otherwise. */
  status: 'ok' | 'down';
  /** What is down: "article", platform names and/or "database"; empty when ok. */
  down: string[];
  article: { indexed: boolean; title: string; contentHash: string };
  platforms: Record<string, PlatformState>;
  /** Present when the bot uses a database: `up`, or `down` while it cannot be reached. */
  database?: DependencyState;
}

export function healthReport(engine: ArticleEngine, health: Health): HealthReport {
  const { article } = engine;
  const indexed = article.paragraphs.length > 0 && article.sentences.length > 0;
  const platforms = health.platforms();
  const { database } = health.dependencies();
  const down = [
    ...(indexed ? [] : ['article']),
    ...Object.keys(platforms).filter((p) => platforms[p] === 'disconnected'),
    ...(database === 'down' ? ['database'] : []),
  ];
  return {
    status: down.length ? 'down' : 'ok',
    down,
    article: { indexed, title: article.meta.title, contentHash: article.contentHash },
    platforms,
    ...(database ? { database } : {}),
  };
}
