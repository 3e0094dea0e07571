import { describe, expect, it } from 'vitest';
import { MessagePayload, Options, type MessageCreateOptions } from 'discord.js';
import { renderReply } from '../../src/adapters/discord/render-embed.js';
import { asSent } from '../../src/adapters/discord/respond.js';
import { answerText } from '../../src/core/invocation.js';
import { addressed } from '../../src/core/reply/visibility.js';
import { articleContext } from './article.js';

/** What discord.js would send for these options (a plain target: not a webhook, message or interaction). */
function body(options: unknown): string {
  const target = { client: { options: Options.createDefault() } };
  return JSON.stringify(new MessagePayload(target as never, options as MessageCreateOptions).resolveBody().body);
}

describe('sending a rendered reply', () => {
  it('sends the same JSON as discord.js makes of the plain message, and wraps a kept answer once', async () => {
    const ctx = await articleContext();
    for (const text of ['summary', 'quote Egeland', 'ask how many people are trapped in Aleppo?', 'summary long', 'share', 'help']) {
      const message = renderReply(addressed(await answerText(text, ctx), 'private', text));
      expect(body(asSent(message))).toBe(body(message));
      expect(asSent(message)).toBe(asSent(message));
    }
  });
});
