/**
 * Configured credentials, and a scrubber that blanks them out of any text. Kept apart from the
 * logger so start-up can scrub its own lines without loading pino.
 */
import type { Config } from './config.js';

/** What a secret is replaced with. */
export const REDACTED = '[redacted]';

/** Every configured credential, for `createLogger({ secrets })`. */
export function secretsOf(config: Pick<Config, 'discord' | 'slack'>): string[] {
  const { discord, slack } = config;
  return [discord?.token, slack?.botToken, slack?.appToken, slack?.signingSecret].filter((s): s is string => Boolean(s));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces every occurrence of each secret (raw, or as it reads inside a JSON string) with [redacted]. */
export function scrubber(secrets: readonly (string | undefined)[]): (text: string) => string {
  const needles = new Set<string>();
  for (const secret of secrets) {
    if (!secret) continue;
    needles.add(secret);
    needles.add(JSON.stringify(secret).slice(1, -1));
  }
  if (needles.size === 0) return (text) => text;
  // Longest first, so a secret that contains another is replaced whole.
  const pattern = new RegExp([...needles].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
  return (text) => text.replace(pattern, REDACTED);
}

