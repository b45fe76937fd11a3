import type { Span } from '../../model/span.js';

/** What a cleaner (text or HTML) makes of one page: the body and the page's other parts, apart. */
export interface CleanedPage {
  title: string | null;
  section: string | null;
  credits: string[];
  captions: string[];
  related: string[];
  boilerplate: string[];
  /** The body: paragraphs and headings separated by "\n\n". */
  text: string;
  /** Offsets into `text` of the paragraphs that are sub-headings. */
  headings: Span[];
  published: string | null;
  url: string | null;
  /** Declared by the page (<html lang>); checked against the text by the language stage. */
  language: string | null;
  outlet: string | null;
}
