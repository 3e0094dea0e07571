/**
 * Questions about the pictures that ran with the article ("who took the photo?", "what does the
 * picture show?"): answered from the captions and credits, which are metadata and never in the
 * search index, so without this they could not be asked about at all.
 */
import type { Article, ArticleImage } from './article.js';

const ABOUT_A_PICTURE = /\b(?:photos?|photographs?|photographers?|pictures?|pics?|images?|captions?|pictured|illustrations?|artwork|credit(?:ed)?)\b/i;

/** Words that can only mean the pictures that ran with the article: its captions and credits. */
const THE_ARTICLES_PICTURE = /\b(?:captions?|credit(?:ed)?|pictured|who took (?:the|this|that) (?:photo|picture|image|pic)s?|(?:photo|picture|image|pic)s? (?:above|at the top|with (?:the|this) (?:article|story))|what (?:does|do) (?:the|this) (?:photo|picture|image|pic)s? show)\b/i;

/** Sentences of the story's own that speak of photographs, beyond which the story is about them. */
const PHOTOGRAPHY_STORY = 3;

/** The article's pictures a question asks about, in reading order; empty when it asks about none. */
export function imagesAskedAbout(article: Article, question: string): ArticleImage[] {
  if (!ABOUT_A_PICTURE.test(question) || article.images.length === 0) return [];
  // A story about a photographer or an exhibition: "how many photos did she take" asks about its
  // photographs, not the pictures that ran with it, unless the question says so.
  if (article.sentences.filter((s) => ABOUT_A_PICTURE.test(s.text)).length >= PHOTOGRAPHY_STORY && !THE_ARTICLES_PICTURE.test(question)) return [];
  // "the picture of the planet": when the question names something a caption holds, that picture.
  const words = question.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [];
  const named = article.images.filter((image) => words.some((w) => !ABOUT_A_PICTURE.test(w) && `${image.caption ?? ''} ${image.credit}`.toLowerCase().includes(w)));
  return named.length ? named : article.images;
}
