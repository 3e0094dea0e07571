/**
 * User text we repeat back (a name that matched nobody) is reduced to letters, digits and a few
 * name marks, and shortened: `@everyone`, `<@123>`, `<!channel>` and Markdown can then never
 * come back out of the bot, on any platform, whatever its renderer does.
 */
const MAX_ECHO = 40;

export function safeEcho(text: string): string {
  const kept = text
    .normalize('NFKC')
    // Links and bare domains are dropped whole, so no platform turns them back into links.
    .replace(/\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*/gi, ' ')
    .replace(/\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}\b/gu, ' ')
    .replace(/[^\p{L}\p{N}\p{M} .'’-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return kept.length > MAX_ECHO ? `${kept.slice(0, MAX_ECHO - 1).trimEnd()}…` : kept;
}
