import type { Paragraph, Quote, Speaker } from './article.js';
export function attributeQuotes(_paragraphs: readonly Paragraph[]): { quotes: Quote[]; speakers: Speaker[] } {
  return { quotes: [], speakers: [] };
}
