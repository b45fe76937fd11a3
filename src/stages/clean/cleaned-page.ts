import type { Span } from '../../model/span.js';

/** What a cleaner (text or HTML) makes of one page: the body and the page's other parts, apart. */
export interface CleanedPage {
  title: string | null;
  section: string | null;
  credits: string[];
  captions: string[];
  related: string[];
  boilerplate: string[];
  /** The body: paragraphs, headings and list items separated by "\n\n"; no chrome. */
  text: string;
  /** Offsets into `text` of the paragraphs that are sub-headings. */
  headings: Span[];
  /** YYYY-MM-DD from meta tags, JSON-LD, <time> or a visible dateline (HTML). */
  published: string | null;
  /** The canonical URL (canonical link, og:url). */
  url: string | null;
  /** Declared by the page (<html lang>); checked against the text by the language stage. */
  language: string | null;
  /** og:site_name or the JSON-LD publisher (HTML). */
  outlet: string | null;
}
