/** Error text that is safe to log: interaction and webhook tokens (which sit in REST paths) removed. */
import { DiscordAPIError, HTTPError } from 'discord.js';

const TOKEN_IN_PATH = /\/(interactions\/\d+|webhooks\/\d+)\/[^/\s?]+/g;
/** Bot tokens look like three base64url parts joined by dots. */
const BOT_TOKEN = /[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}/g;

export function redact(text: string): string {
  return text.replace(TOKEN_IN_PATH, '/$1/[token]').replace(BOT_TOKEN, '[token]');
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/** One line about a failure: "Discord 500 on POST /interactions/…: Internal Server Error". */
export function describeError(error: unknown): string {
  if (error instanceof DiscordAPIError) {
    return redact(`Discord ${error.status} (code ${error.code}) on ${error.method.toUpperCase()} ${pathOf(error.url)}: ${error.message}`);
  }
  if (error instanceof HTTPError) {
    return redact(`Discord ${error.status} on ${error.method.toUpperCase()} ${pathOf(error.url)}: ${error.message}`);
  }
  return redact(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}
