import type { Command } from './types.js';
import { linkToPost, POSTING_NEEDS_PLATFORM } from './post.js';
import { reply } from '../src/core/reply.js';
import { bold, code, lineBreak, list, paragraph, text, type Block, type Span } from '../src/core/reply/blocks.js';
import type { PostRecord } from '../src/core/posting-port.js';
import { shortVersion as short } from '../src/core/card.js';

/** Channels listed in full; the rest are counted, so the reply stays within an embed's 4,096. */
export const STATUS_CHANNELS = 20;

/** "3 d 4 h", "2 h 5 min", "12 min", "40 s": the two largest units. */
export function formatUptime(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const units: [number, string][] = [
    [Math.floor(s / 86400), 'd'],
    [Math.floor(s / 3600) % 24, 'h'],
    [Math.floor(s / 60) % 60, 'min'],
    [s % 60, 's'],
  ];
  const first = units.findIndex(([n]) => n > 0);
  if (first < 0) return '0 s';
  return units
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n} ${unit}`)
    .join(' ');
}

/** One ledger row as a list item: where, what happened, when, and the link or the reason. */
export function postLine(row: PostRecord, currentHash: string): Span[] {
  const when = row.updatedAt.replace('T', ' ').slice(0, 16) + ' UTC';
  const version = row.contentHash === currentHash ? '' : ` (earlier version ${short(row.contentHash)})`;
  const where = `${row.label} (${row.platform})`;
  if (row.state === 'sent') return [text(`${where} — posted ${when} by ${row.requestedBy}${version}`), ...linkToPost(row.permalink)];
  if (row.state === 'pending') return [text(`${where} — sending since ${when}${version}`)];
  return [text(`${where} — failed ${when}${version}: ${row.error ?? 'no reason recorded'}`)];
}

/** "Label: value" lines, one under the other, each label in bold. */
function facts(rows: readonly (readonly [string, Span[]])[]): Block {
  return paragraph(rows.flatMap(([label, value], i) => [...(i ? [lineBreak] : []), bold(`${label}:`), text(' '), ...value]));
}

export const status = {
  name: 'status',
  description: 'Show the article version, what is indexed, uptime, platforms and where it was posted.',
  examples: [''],
  operator: true,
  options: [],
  async run(_options, { engine, posting, runtime, workspace }) {
    const { article } = engine;
    const stats = engine.stats();
    const about: [string, Span[]][] = [
      ['Article', [text(`${article.meta.title} (`), code(short(article.contentHash)), text(')')]],
      ['Indexed', [text(`${stats.paragraphs} paragraphs, ${stats.sentences} sentences, ${stats.quotes} quotes`)]],
    ];
    if (runtime) {
      about.push(['Uptime', [text(formatUptime(Date.now() - runtime.startedAt.getTime()))]]);
      about.push(['Platforms', [text(runtime.platforms().join(', ') || 'none connected')]]);
    }
    const blocks = [facts(about)];
    if (!posting) {
      blocks.push(paragraph(POSTING_NEEDS_PLATFORM));
    } else {
      // An operator sees their own server's posts only (one Discord bot serves many servers).
      const overview = await posting.overview();
      const mine = <T extends { workspace: string }>(rows: T[]) => (workspace ? rows.filter((r) => r.workspace === workspace) : rows);
      const [latest, failed] = [mine(overview.latest), mine(overview.failed)];
      const shown = latest.slice(0, STATUS_CHANNELS);
      const more = latest.length > shown.length ? [text(`…and ${latest.length - shown.length} more channels.`)] : undefined;
      const after = shown.length ? more : [text('Not posted anywhere yet.')];
      blocks.push(list(shown.map((r) => postLine(r, posting.contentHash)), { lead: [bold('Last post per channel:')], ...(after ? { after } : {}) }));
      // Failures the list above does not already show (an older version that failed, say).
      const hidden = failed.filter((f) => !shown.some((r) => r.channel === f.channel && r.contentHash === f.contentHash));
      if (hidden.length) {
        blocks.push(list(hidden.slice(0, 5).map((r) => postLine(r, posting.contentHash)), { lead: [bold('Other failures:')] }));
      }
    }
    return reply({
      kind: 'status',
      title: `Status: ${article.meta.title}`,
      blocks,
      ...(article.meta.source ? { source: article.meta.source } : {}),
    });
  },
} satisfies Command;
