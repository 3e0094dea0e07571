/**
 * Slack as an `Adapter`: `prepare` checks the tokens with one quick call each (a bad token stops
 * start-up before anything listens), `start` opens Socket Mode or mounts HTTP mode's endpoint.
 * Bolt is imported only when Slack is configured.
 */
import type { Adapter, AdapterFactory } from '../adapter.js';
import { deferredPosting } from '../../posting/deferred.js';
import type { RunningSlack } from './start.js';
import type { SlackConfig } from './settings.js';

export const slackAdapter: AdapterFactory<{ slack?: SlackConfig }> = {
  name: 'slack',
  configured: (settings) => Boolean(settings.slack),
  async prepare(settings, { logger, reporting, handled, mount }): Promise<Adapter> {
    const slack = settings.slack;
    if (!slack) throw new Error('slack adapter prepared without SLACK_BOT_TOKEN');
    const [{ prepareSlack }, { boltLogger }] = await Promise.all([import('./start.js'), import('./logger.js')]);
    const prepared = await prepareSlack(slack, { logger: boltLogger(logger), reporting, handled, ...(mount ? { mount } : {}) });
    let running: RunningSlack | undefined;
    return {
      name: 'slack',
      publisher: prepared.publisher,
      async start(ctx, posting) {
        running = await prepared.start({ ...ctx, posting: deferredPosting(posting, ctx.engine.article.contentHash) });
      },
      stop: async () => running?.stop(),
    };
  },
  async connectForPosting(settings) {
    if (!settings.slack) throw new Error('slack adapter asked to post without SLACK_BOT_TOKEN');
    const { connectSlackForPosting } = await import('./posting-client.js');
    // The Web API keeps no connection open: nothing to stop.
    return { publisher: await connectSlackForPosting(settings.slack), stop: async () => {} };
  },
};
