/** Shortening text to a platform limit without breaking a sentence, a word or a character in half. */

/** What a shortened text ends with. */
export const ELLIPSIS = '…';

/** A sentence end: . ! ? or … with any closing quotes, brackets or Markdown marks after it. */
const SENTENCE_END = /[.!?…]["”’')\]*_]*(?=\s|$)/g;

/**
 * Returns `text` unchanged when it has at most `max` characters (UTF-16 units, never fewer than
 * Discord counts); otherwise the longest run of whole sentences (else whole words) that fits,
 * followed by " …" (or "…" after a word), so the result is at most `max` characters.
 */
export function cutAtSentence(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 2) return max === 1 ? ELLIPSIS : '';
  const room = max - 2; // leaves space for " …"
  // Look one character past the room so a sentence ending exactly at the edge is seen as one.
  const window = text.slice(0, room + 1);
  let end = -1;
  for (const match of window.matchAll(SENTENCE_END)) {
    const at = match.index + match[0].length;
    if (at <= room) end = at;
  }
  const lineEnd = window.lastIndexOf('\n');
  if (lineEnd > 0 && lineEnd <= room) end = Math.max(end, lineEnd);
  if (end > 0) return `${text.slice(0, end).trimEnd()} ${ELLIPSIS}`;
  // No whole sentence fits: keep whole words.
  const wordRoom = max - 1;
  const space = text.slice(0, wordRoom + 1).search(/\s\S*$/);
  if (space > 0) return `${text.slice(0, space).trimEnd()}${ELLIPSIS}`;
  // One enormous word: cut it, never between the halves of a surrogate pair.
  let at = wordRoom;
  const code = text.charCodeAt(at - 1);
  if (code >= 0xd800 && code <= 0xdbff) at -= 1;
  return `${text.slice(0, at)}${ELLIPSIS}`;
}
