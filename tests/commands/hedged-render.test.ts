/**
 * A hedged answer says so in words on every surface, not only by its kind or an icon: the reader
 * of Discord, Slack or the terminal sees "doesn't answer that directly" and the passages with
 * their paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { renderReply } from '../../src/adapters/discord/render-embed.js';
import { renderBlocks } from '../../src/adapters/slack/render-blocks.js';
import { renderText } from '../../src/adapters/terminal/render-text.js';
import { answerText } from '../../src/core/invocation.js';
import { createContext } from '../../src/core/context.js';
import { engineFor, seed } from '../helpers/articles.js';

describe('a hedged answer on every surface', () => {
  it('shows the hedge in words and each closest passage with its paragraph', async () => {
    const ctx = createContext(engineFor(seed()), { commandName: 'aleppo' });
    const hedged = await answerText('why did the ceasefire break down?', ctx);
    expect(hedged.confidence).toBe('low');
    const discord = JSON.stringify(renderReply(hedged));
    const slack = JSON.stringify(renderBlocks(hedged));
    const terminal = renderText(hedged);
    for (const [surface, shown] of [['discord', discord], ['slack', slack], ['terminal', terminal]] as const) {
      expect(shown, surface).toMatch(/doesn’t answer that directly/);
      for (const c of hedged.citations) expect(shown, surface).toContain(`¶${c.paragraph}`);
    }
    // A confident answer carries no hedge.
    const sure = await answerText('how many people are trapped in Aleppo?', ctx);
    expect(renderText(sure)).not.toMatch(/directly/);
  });
});
