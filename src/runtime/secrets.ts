/**
 * Configured credentials, and a scrubber that blanks them out of any text. Kept apart from the
 * logger so start-up can scrub its own lines without loading pino.
 */

/** What a secret is replaced with. */
export const REDACTED = '[redacted]';

/** Every configured credential, for `createLogger({ secrets })`. */
export function secretsOf(config: {
  discord?: { token: string } | undefined;
  slack?: { botToken: string; appToken?: string; signingSecret?: string } | undefined;
  databaseUrl?: string | undefined;
}): string[] {
  const { discord, slack, databaseUrl } = config;
  return [discord?.token, slack?.botToken, slack?.appToken, slack?.signingSecret, ...databaseSecrets(databaseUrl)].filter((s): s is string => Boolean(s));
}

/** DATABASE_URL's password, as written and decoded (a driver's error may quote either). */
function databaseSecrets(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const { password } = new URL(url);
    return password ? [password, decodeURIComponent(password)] : [];
  } catch {
    return [url];
  }
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

