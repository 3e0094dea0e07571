/**
 * The words every surface shows for the same thing, written once: a renderer may lay them out
 * in its own format, never reword them.
 */

/** Labels of the buttons and links a reply offers. */
export const LABELS = {
  /** A link to the article itself. */
  readArticle: 'Read the article',
  /** Any other address a reply carries (an earlier post, say). */
  openLink: 'Open link',
  /** The post a Confirm just made. */
  openPost: 'Open the post',
  share: 'Share to channel',
  confirm: 'Confirm',
  cancel: 'Cancel',
} as const;

/** A hedged answer (`confidence: 'low'`) says so in words before the closest passages, on every surface. */
export const HEDGE = 'The article doesn’t answer that directly. The closest passages:';

/** What stands before the speaker of a reported statement, which gets no quotation marks. */
export const REPORTED = 'reported, not a direct quote:';

/** What replaces a post preview after Cancel. */
export const CANCELLED = 'Cancelled: nothing was posted.';

/** "¶3" or "¶3–4": the paragraph marker used in every reply. */
export function paragraphMark(paragraphs: readonly number[]): string {
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  return first === last ? `¶${first}` : `¶${first}–${last}`;
}

/** "(¶3)", or "(with ¶3)" for what sits beside a paragraph (a picture placed after it). */
export function citeText(cite: { paragraphs: readonly number[]; beside?: boolean }): string {
  return `(${cite.beside ? 'with ' : ''}${paragraphMark(cite.paragraphs)})`;
}

/** "Paragraph 3" or "Paragraphs 3, 5" (`capital: false`: "paragraph 3"). */
export function paragraphsWord(paragraphs: readonly number[], capital = true): string {
  const word = paragraphs.length > 1 ? 'paragraphs' : 'paragraph';
  return `${capital ? word[0]!.toUpperCase() + word.slice(1) : word} ${paragraphs.join(', ')}`;
}
