/**
 * The article as the engine sees it: typed data produced once by a loader and never mutated.
 * Nothing here knows which article is served, or which platform asks.
 */
import type { SentenceNames } from './sentence-names.js';

/** A picture that ran with the article: its caption (if any) and credit line. Metadata, never body text. */
export interface ArticleImage {
  caption?: string;
  /** Who made it: "Aleppo Media Center/AP Images". */
  credit: string;
  /** The credit as the article words it: "Image by Aleppo Media Center/AP Images", "Photo: …". */
  creditLine: string;
  /** The featured (lead) image rather than one inside the body. */
  featured: boolean;
  /** Number of the body paragraph the image follows (0 = before the first). */
  afterParagraph: number;
}

export interface ArticleMeta {
  title: string;
  /** Publication that ran the article, e.g. "Inquisitr". */
  source?: string;
  /** Canonical public address of the article, when known. Never invented. */
  url?: string;
  /** An editor's own summary; wins over the extractive one when present. */
  summary?: string;
  /** Short lowercase name used for the chat command and the article's page, e.g. "aleppo". */
  slug: string;
  /** Author byline, when the source gives one. */
  author?: string;
  /** Publication date as written in the source, when given. */
  published?: string;
}

/** One sentence of a body paragraph. `id` is global and dense (0..n-1) in reading order. */
export interface Sentence {
  id: number;
  /** 1-based number of the paragraph holding this sentence. */
  paragraph: number;
  text: string;
}

export interface Paragraph {
  /** 1-based, in reading order, body paragraphs only. */
  number: number;
  text: string;
  sentences: Sentence[];
  /** An item of a bulleted or numbered list: citable, but a fragment, so never in a summary. */
  listItem?: boolean;
  /** The standfirst under the headline (a byline or date line follows it): the story's gist in a line. */
  standfirst?: boolean;
}

/** Someone the article quotes directly or reports, with the names the text uses for them. */
export interface Speaker {
  /** Fullest name the text gives, e.g. "Jan Egeland". */
  name: string;
  /** Role or title the text gives, e.g. "UN humanitarian adviser"; absent when the text gives none. */
  role?: string;
  /** Every way the text refers to this person: full name, surname, given name, role. Lowercase. */
  aliases: string[];
  /** Known only by a description the article gives ("A member of the kitchen staff"), never by name. */
  unnamed?: boolean;
  /** "she", "Mrs", "the mother": the gender the text gives a person; absent for bodies and when it gives none. */
  gender?: 'm' | 'f';
  /** "A spokesman for Ashcombe Manor": index of the body they speak for, when it is a speaker too. */
  speaksFor?: number;
  /** "Fiona Latchford, Eastmoor Airport’s chief executive", "agency spokesman Alan Ferris": index of the body they head or speak for by name, when it is a speaker too. */
  heads?: number;
}

/** A direct quotation (not a scare quote), possibly spanning sentences or paragraphs. */
export interface Quote {
  /** 0-based, reading order. */
  id: number;
  /** The words inside the quotation marks (joined with a space when spanning paragraphs). */
  text: string;
  /** Index into `Article.speakers`; undefined when the text names no speaker. */
  speaker?: number;
  /** First paragraph of the quote. */
  paragraph: number;
  /** Every paragraph the quote spans. */
  paragraphs: number[];
}

/**
 * Someone's words given in the writer's words, not between quotation marks: "Patel said the
 * bridge would cost more", "According to Patel, …". Shown as reported, never as a quote.
 */
export interface ReportedStatement {
  /** 0-based, reading order. */
  id: number;
  /** The sentence that reports it. */
  text: string;
  /** Index into `Article.speakers`. */
  speaker: number;
  paragraph: number;
}

export interface Article {
  meta: ArticleMeta;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  images: ArticleImage[];
  quotes: Quote[];
  /** Statements the article reports without quoting; their speakers are in `speakers` too. */
  reported: ReportedStatement[];
  /** Everyone quoted directly, then everyone only reported, in order of first appearance. */
  speakers: Speaker[];
  /** sha256 (hex) of the normalized body and title: changes when the article is corrected. */
  contentHash: string;
  /** The names in each sentence, alone and read with the next (see sentence-names.ts); found again when absent. */
  names?: SentenceNames;
}
