/**
 * Questions about the pictures that ran with the article ("who took the photo?", "what does the
 * picture show?"): answered from the captions and credits, which are metadata and never in the
 * search index, so without this they could not be asked about at all.
 */
import type { Article, ArticleImage } from './article.js';

const ABOUT_A_PICTURE = /\b(?:photos?|photographs?|photographers?|pictures?|pics?|images?|captions?|pictured|illustrations?|artwork|credit(?:ed)?)\b/i;

/** The article's pictures a question asks about, in reading order; empty when it asks about none. */
export function imagesAskedAbout(article: Article, question: string): ArticleImage[] {
  if (!ABOUT_A_PICTURE.test(question) || article.images.length === 0) return [];
  // "the picture of the planet": when the question names something a caption holds, that picture.
  const words = question.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [];
  const named = article.images.filter((image) => words.some((w) => !ABOUT_A_PICTURE.test(w) && `${image.caption ?? ''} ${image.credit}`.toLowerCase().includes(w)));
  return named.length ? named : article.images;
}
