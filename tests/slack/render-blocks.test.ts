import { describe, expect, it } from 'vitest';
import { reply, type Reply } from '../../src/core/reply.js';
import { bold, code, heading, link, linkBlock, list, paragraph, quoteBlock, text, type Block } from '../../src/core/reply/blocks.js';
import { addressed, splitPublic } from '../../src/core/reply/visibility.js';
import { escapeMrkdwn, fromSlackText, toMrkdwn } from '../../src/adapters/slack/mrkdwn.js';
import { ACTIONS, LIMITS, renderBlocks, type SlackBlock } from '../../src/adapters/slack/render-blocks.js';

const sections = (blocks: SlackBlock[]) => blocks.filter((b) => b.type === 'section').map((b) => (b.type === 'section' ? b.text.text : ''));
const answer = (text: string, extra: Partial<Reply> = {}) => reply({ kind: 'answer', title: 'From the article', text, ...extra });

describe('section limits', () => {
  it('keeps a body of exactly 3,000 characters in one section', () => {
    const { blocks } = renderBlocks(answer('a'.repeat(3000)));
    expect(sections(blocks)).toEqual(['a'.repeat(3000)]);
  });

  it('splits a body of 3,001 characters into two sections', () => {
    const parts = sections(renderBlocks(answer('a'.repeat(3001))).blocks);
    expect(parts.map((p) => p.length)).toEqual([3000, 1]);
  });

  it('splits between paragraphs when they fit, and never inside an entity', () => {
    const text = `${'a'.repeat(2000)}\n\n${'b'.repeat(1500)}`;
    expect(sections(renderBlocks(answer(text)).blocks)).toEqual(['a'.repeat(2000), 'b'.repeat(1500)]);
    const amp = sections(renderBlocks(answer(`${'a'.repeat(2998)}&b`)).blocks);
    expect(amp.every((p) => p.length <= LIMITS.sectionText)).toBe(true);
    expect(amp.join('')).toBe(`${'a'.repeat(2998)}&amp;b`);
    expect(amp[0]!.endsWith('&')).toBe(false);
  });

  it('never splits a link in two', () => {
    const linked = reply({ kind: 'answer', title: 'From the article', text: [text(`${'a'.repeat(2980)} `), link('the report', 'https://example.org/report')] });
    const parts = sections(renderBlocks(linked).blocks);
    expect(parts.some((p) => p.includes('<https://example.org/report|the report>'))).toBe(true);
  });
});

describe('block limits', () => {
  const paragraph = 'word '.repeat(580).trim(); // 2,899 characters: one section each
  const withButtons = (n: number) => addressed(answer(Array(n).fill(paragraph).join('\n\n'), { url: 'https://example.org/a', citations: [{ paragraph: 1, text: 'x' }] }), 'private', 'ask x');

  it('renders exactly 50 blocks when the reply needs exactly 50', () => {
    // header + 47 sections + context + actions
    const { blocks } = renderBlocks(withButtons(47));
    expect(blocks).toHaveLength(LIMITS.blocks);
    expect(sections(blocks).at(-1)).toBe(paragraph);
  });

  it('cuts a reply that needs 51 blocks to 50, and says so', () => {
    const { blocks } = renderBlocks(withButtons(48));
    expect(blocks).toHaveLength(LIMITS.blocks);
    expect(blocks.at(-1)!.type).toBe('actions');
    const last = sections(blocks).at(-1)!;
    expect(last).toMatch(/Cut here/);
    expect(sections(blocks).every((s) => s.length <= LIMITS.sectionText)).toBe(true);
  });
});

describe('header, context, buttons and fallback', () => {
  it('cuts a header that escaping makes longer than 150 characters, never inside an entity', () => {
    const header = renderBlocks(answer('x', { title: '&'.repeat(150) })).blocks[0]!;
    expect(header.type === 'header' && header.text.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    expect(header.type === 'header' && header.text.text).toMatch(/^(&amp;)+…$/);
  });

  it('keeps a very long reply within 50 blocks of 3,000 characters and a message text far under 40,000', () => {
    const message = renderBlocks(answer('word & <word> '.repeat(5000)));
    expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    expect(sections(message.blocks).every((s) => s.length <= LIMITS.sectionText)).toBe(true);
    expect(message.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
    expect(LIMITS.fallbackText).toBeLessThan(40_000);
  });

  it('keeps a 150-character title and cuts a 151-character one', () => {
    const ok = renderBlocks(answer('x', { title: 't'.repeat(150) })).blocks[0]!;
    const long = renderBlocks(answer('x', { title: 't'.repeat(151) })).blocks[0]!;
    expect(ok.type === 'header' && ok.text.text).toBe('t'.repeat(150));
    expect(long.type === 'header' && long.text.text.length).toBe(150);
  });

  it('cites paragraphs and the source in a context block', () => {
    const r = answer('x', { citations: [{ paragraph: 5, text: 'a' }, { paragraph: 3, text: 'b' }, { paragraph: 5, text: 'c' }], source: 'Inquisitr' });
    const context = renderBlocks(r).blocks.find((b) => b.type === 'context');
    expect(context?.type === 'context' && context.elements[0]!.text).toBe('Paragraphs 3, 5 · Source: Inquisitr');
  });

  it('renders quotes as > lines with the speaker', () => {
    const r = reply({
      kind: 'quotes',
      title: 'What Test Speaker said',
      blocks: [quoteBlock({ speaker: 'Test Speaker', role: 'example role', text: 'A sentence the test speaker said.', paragraph: 2 })],
      quotes: [{ speaker: 'Test Speaker', role: 'example role', text: 'A sentence the test speaker said.', paragraph: 2 }],
      citations: [{ paragraph: 2, text: 'A sentence the test speaker said.' }],
    });
    expect(sections(renderBlocks(r).blocks)[0]).toBe('> “A sentence the test speaker said.”\n— *Test Speaker*, example role (¶2)');
  });

  it('adds the share link as a link button, and Share to channel only when asked', () => {
    const r = reply({ kind: 'share', title: 'T', blocks: [linkBlock('T', 'https://example.org/t')], url: 'https://example.org/t' });
    const plain = renderBlocks(r).blocks.at(-1)!;
    expect(plain.type === 'actions' && plain.elements.map((e) => [e.action_id, e.url])).toEqual([[ACTIONS.openLink, 'https://example.org/t']]);
    const shared = renderBlocks(addressed(r, 'private', 'share')).blocks.at(-1)!;
    expect(shared.type === 'actions' && shared.elements.map((e) => e.action_id)).toEqual([ACTIONS.openLink, ACTIONS.share]);
  });

  it('always sends a text fallback for notifications: the title and the start of the answer, at most 500 characters', () => {
    for (const r of [answer(''), answer('a'.repeat(10_000)), reply({ kind: 'help', title: '', text: '' })]) {
      const { text } = renderBlocks(r);
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
    }
    expect(renderBlocks(answer('a'.repeat(10_000), { title: 'Title' })).text).toMatch(/^Title\na+…$/);
  });
});

describe('escaping and Markdown', () => {
  it('escapes &, < and > in text, title, source and fallback, so no ping can be formed', () => {
    const evil = 'Hi <!channel> <!here> <!everyone> <@U123> <#C1|x> & more';
    const message = renderBlocks(answer(evil, { title: evil, source: evil, citations: [{ paragraph: 1, text: 'x' }] }));
    const all = JSON.stringify(message);
    for (const ping of ['<!channel>', '<!here>', '<!everyone>', '<@U123>', '<#C1']) expect(all).not.toContain(ping);
    expect(sections(message.blocks)[0]).toBe('Hi &lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123&gt; &lt;#C1|x&gt; &amp; more');
  });

  it('escapes only &, < and >', () => {
    expect(escapeMrkdwn(`a & b < c > d "e" 'f'`)).toBe(`a &amp; b &lt; c &gt; d "e" 'f'`);
  });

  const mrkdwn = (...blocks: Block[]) => toMrkdwn(blocks);

  it('writes bold, links, headings, bullets and code in mrkdwn', () => {
    expect(mrkdwn(paragraph([bold('bold'), text(' and plain')]))).toBe('*bold* and plain');
    expect(mrkdwn(paragraph([link('the report', 'https://example.org/a?b=1&c=2')]))).toBe('<https://example.org/a?b=1&c=2|the report>');
    expect(mrkdwn(heading('Heading'), list([[text('one')], [text('two')]]))).toBe('*Heading*\n\n• one\n• two');
    expect(mrkdwn(paragraph([code('<code>')]))).toBe('`&lt;code&gt;`');
  });

  it('keeps only the label of a link that is not http(s) or mailto, and escapes labels', () => {
    expect(mrkdwn(paragraph([link('click', 'javascript:alert(1)')]))).not.toContain('javascript');
    expect(mrkdwn(paragraph([link('<!here>', 'https://example.org')]))).toBe('<https://example.org|&lt;!here&gt;>');
    expect(mrkdwn(paragraph([link('x', 'https://example.org/a|<!here>')]))).not.toContain('<!here>');
  });

  it('shows article text that looks like formatting as the words it is', () => {
    expect(mrkdwn(paragraph('**not bold** [not](https://a.link) <!channel> & <@U1>'))).toBe('**not bold** [not](https://a.link) &lt;!channel&gt; &amp; &lt;@U1&gt;');
  });
});

describe('text from Slack', () => {
  it('removes the bot mention and turns other mentions and links into their words', () => {
    expect(fromSlackText('<@U0BOT> what did <@U9|egeland> say', 'U0BOT')).toBe('what did @egeland say');
    expect(fromSlackText('<!here> see <https://x.org|this> &amp; &lt;3', 'U0BOT')).toBe('@here see this & <3');
  });

  it('keeps channel references whole, so post gets the channel id', () => {
    expect(fromSlackText('post <#C0NEWS123|news> force')).toBe('post <#C0NEWS123|news> force');
    expect(fromSlackText('post <#G0PRIV123>')).toBe('post <#G0PRIV123>');
  });

  it('takes a leading or trailing public word off the command', () => {
    expect(splitPublic('summary long public')).toEqual({ text: 'summary long', isPublic: true });
    expect(splitPublic('public quote Egeland')).toEqual({ text: 'quote Egeland', isPublic: true });
    expect(splitPublic('ask is the public at risk')).toEqual({ text: 'ask is the public at risk', isPublic: false });
  });
});
