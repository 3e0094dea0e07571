import type { Command } from './types.js';
import { POSTING_NEEDS_PLATFORM } from './post.js';
import { reply } from '../src/reply.js';
import type { PostRecord } from '../src/posts/ledger.js';
import { shortVersion as short } from '../src/posts/card.js';

/** Channels listed in full; the rest are counted, so the reply stays within an embed's 4,096. */
export const STATUS_CHANNELS = 20;

/** Short hash as shown to people: the same 12 hex as the post marker. */

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

/** One ledger row as a line: where, what happened, when, and the link or the reason. */
export function postLine(row: PostRecord, currentHash: string): string {
  const when = row.updatedAt.replace('T', ' ').slice(0, 16) + ' UTC';
  const version = row.contentHash === currentHash ? '' : ` (earlier version ${short(row.contentHash)})`;
  const where = `${row.label} (${row.platform})`;
  if (row.state === 'sent') {
    const link = row.permalink ? ` · [open](${row.permalink})` : '';
    return `• ${where} — posted ${when} by ${row.requestedBy}${version}${link}`;
  }
  if (row.state === 'pending') return `• ${where} — sending since ${when}${version}`;
  return `• ${where} — failed ${when}${version}: ${row.error ?? 'no reason recorded'}`;
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
    const lines = [
      `**Article:** ${article.meta.title} (\`${short(article.contentHash)}\`)`,
      `**Indexed:** ${stats.paragraphs} paragraphs, ${stats.sentences} sentences, ${stats.quotes} quotes`,
    ];
    if (runtime) {
      lines.push(`**Uptime:** ${formatUptime(Date.now() - runtime.startedAt.getTime())}`);
      lines.push(`**Platforms:** ${runtime.platforms().join(', ') || 'none connected'}`);
    }
    if (!posting) {
      lines.push('', POSTING_NEEDS_PLATFORM);
    } else {
      // An operator sees their own server's posts only (one Discord bot serves many servers).
      const overview = await posting.overview();
      const mine = <T extends { workspace: string }>(rows: T[]) => (workspace ? rows.filter((r) => r.workspace === workspace) : rows);
      const [latest, failed] = [mine(overview.latest), mine(overview.failed)];
      const shown = latest.slice(0, STATUS_CHANNELS);
      lines.push('', '**Last post per channel:**');
      lines.push(...(shown.length ? shown.map((r) => postLine(r, posting.contentHash)) : ['Not posted anywhere yet.']));
      if (latest.length > shown.length) lines.push(`…and ${latest.length - shown.length} more channels.`);
      // Failures the list above does not already show (an older version that failed, say).
      const hidden = failed.filter((f) => !shown.some((r) => r.channel === f.channel && r.contentHash === f.contentHash));
      if (hidden.length) {
        lines.push('', '**Other failures:**', ...hidden.slice(0, 5).map((r) => postLine(r, posting.contentHash)));
      }
    }
    return reply({
      kind: 'status',
      title: `Status: ${article.meta.title}`,
      text: lines.join('\n'),
      ...(article.meta.source ? { source: article.meta.source } : {}),
    });
  },
} satisfies Command;
