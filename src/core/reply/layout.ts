/**
 * Blocks as lines of text, laid out the same way on every surface: blocks apart by a blank line,
 * bullets, quote lines, "(¶3)" marks and the wording of reported statements. A format only says
 * how it writes the inline pieces (`Marks`), including how it escapes article and user text.
 */
import { text, type Block, type Span } from './blocks.js';
import { citeText, REPORTED } from './wording.js';

/** How one format writes inline pieces. Each function gets plain words and returns them in the format. */
export interface Marks {
  /** Words as they are: escape whatever the format would read as markup. */
  text(words: string): string;
  bold(words: string): string;
  code(words: string): string;
  link(label: string, url: string): string;
}

export function layoutSpans(spans: readonly Span[], marks: Marks): string {
  return spans
    .map((span) => {
      switch (span.type) {
        case 'text':
          return marks.text(span.text);
        case 'bold':
          return marks.bold(span.text);
        case 'code':
          return marks.code(span.text);
        case 'link':
          return marks.link(span.label, span.url);
        case 'break':
          return '\n';
      }
    })
    .join('');
}

/** One block as lines; a quote's words go after `> `, which the chat formats read as a block quote. */
export function layoutBlock(block: Block, marks: Marks): string {
  switch (block.type) {
    case 'heading':
      return marks.bold(block.text);
    case 'paragraph':
      return layoutSpans(block.spans, marks) + (block.cite ? marks.text(` ${citeText(block.cite)}`) : '');
    case 'quote': {
      const who = marks.bold(block.speaker) + (block.role ? marks.text(`, ${block.role}`) : '');
      const where = marks.text(` ${citeText({ paragraphs: [block.paragraph] })}`);
      if (block.reported) return `> ${marks.text(block.text)}\n— ${marks.text(`${REPORTED} `)}${who}${where}`;
      return `> ${marks.text(`“${block.text}”`)}\n— ${who}${where}`;
    }
    case 'list':
      return [block.lead, ...block.items.map((item) => [text('• '), ...item]), block.after]
        .filter((line): line is Span[] => line !== undefined)
        .map((line) => layoutSpans(line, marks))
        .join('\n');
    case 'link':
      return marks.link(block.label, block.url);
  }
}

/** The whole body: blocks apart by a blank line. */
export function layoutBlocks(blocks: readonly Block[], marks: Marks): string {
  return blocks.map((block) => layoutBlock(block, marks)).join('\n\n');
}
