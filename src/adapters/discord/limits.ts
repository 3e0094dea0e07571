/**
 * Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)
 * and a pure function that makes any embed fit them.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { cutAtSentence } from './cut.js';

export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  /** Title, description, field names and values, footer and author together. */
  total: 6000,
  content: 2000,
  buttonLabel: 80,
  customId: 100,
  url: 512,
} as const;

/** Characters Discord counts towards the 6,000 total of one embed. */
export function embedLength(embed: APIEmbed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const f of embed.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

/**
 * Returns a copy of `embed` within every limit: each part cut at a sentence with "…", at most 25
 * fields, and, when the parts together exceed 6,000, the description shortened first, then the
 * last fields dropped. An embed already within the limits comes back equal.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = cutAtSentence(out.title, LIMITS.title);
  if (out.description !== undefined) out.description = cutAtSentence(out.description, LIMITS.description);
  if (out.footer) out.footer = { ...out.footer, text: cutAtSentence(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: cutAtSentence(out.author.name, LIMITS.author) };
  if (out.url !== undefined && out.url.length > LIMITS.url) delete out.url;
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.fields).map(
      (f): APIEmbedField => ({
        ...f,
        name: cutAtSentence(f.name, LIMITS.fieldName),
        value: cutAtSentence(f.value, LIMITS.fieldValue),
      }),
    );
  }
  let over = embedLength(out) - LIMITS.total;
  if (over > 0 && out.description) {
    out.description = cutAtSentence(out.description, Math.max(0, out.description.length - over));
    if (!out.description) delete out.description;
    over = embedLength(out) - LIMITS.total;
  }
  while (over > 0 && out.fields?.length) {
    out.fields = out.fields.slice(0, -1);
    over = embedLength(out) - LIMITS.total;
  }
  return out;
}

/** Message content within 2,000 characters. */
export function fitContent(content: string): string {
  return cutAtSentence(content, LIMITS.content);
}
