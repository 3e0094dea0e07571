/**
 * Our one-pass Discord escaper against discord.js's own `escapeMarkdown` (with headings, lists and
 * masked links, plus our quote and mention escapes): the same text on every paragraph of the
 * evaluation articles and on hostile input, so being fast never means showing formatting.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { escapeMarkdown } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { escapeDiscord } from '../../src/adapters/discord/render-markdown.js';

const reference = (words: string) =>
  escapeMarkdown(words, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/^(\s*)>/gm, '$1\\>')
    .replace(/[<@]/g, '\\$&');

const SET = 'tests/eval/set/';
const paragraphs = readdirSync(SET)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(SET + f, 'utf8').split(/\n{2,}/));

const HOSTILE = [
  'Costs *rise* _fast_ `now` > here @everyone <@123> <@&456> <#789> <!channel> [click](https://evil.example) & done',
  '**bold** __under__ ~~struck~~ ||spoiler|| snake_case a\\b ```code```',
  '# Heading\n## Sub\n### Third\n#### Four\n- item\n  - nested\n* star\n1. one\n12. twelve\n> quoted\n  > indented',
  'see https://example.org/a_b*c and [label](https://x.org/p_q) or [not a link] here',
];

describe('escapeDiscord', () => {
  it('escapes exactly as discord.js does, on every evaluation paragraph and on hostile text', () => {
    expect(paragraphs.length).toBeGreaterThan(300);
    for (const text of [...paragraphs, ...HOSTILE]) expect(escapeDiscord(text), text).toBe(reference(text));
  });
});
