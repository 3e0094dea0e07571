/** The /healthz body: whether the article is indexed and which platform connections are up. */
import type { ArticleEngine } from '../engine/engine.js';
import type { Health, PlatformState } from '../health.js';

export interface HealthReport {
  /** "ok" (HTTP 200) when everything below is up; "down" (HTTP 503) otherwise. */
  status: 'ok' | 'down';
  /** What is down: "article" and/or platform names; empty when ok. */
  down: string[];
  article: { indexed: boolean; title: string; contentHash: string };
  platforms: Record<string, PlatformState>;
}

export function healthReport(engine: ArticleEngine, health: Health): HealthReport {
  const { article } = engine;
  const indexed = article.paragraphs.length > 0 && article.sentences.length > 0;
  const platforms = health.platforms();
  const down = [...(indexed ? [] : ['article']), ...Object.keys(platforms).filter((p) => platforms[p] === 'disconnected')];
  return {
    status: down.length ? 'down' : 'ok',
    down,
    article: { indexed, title: article.meta.title, contentHash: article.contentHash },
    platforms,
  };
}
