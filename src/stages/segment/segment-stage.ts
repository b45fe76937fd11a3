import type { Stage } from '../../pipeline/stage.js';
import type { SentenceSpan } from '../../model/document.js';
import { findParagraphs } from './paragraphs.js';
import { findSentences } from './sentences.js';

/**
 * Paragraphs and sentences. Headings were found by the cleaner (it saw the page's layout),
 * so the `headings` layer arrives with the document and is only read here.
 */
export const segmentStage: Stage = {
  name: 'segment',
  requires: [],
  assigns: ['paragraphs', 'sentences'],
  run(doc, ctx) {
    const paragraphs = findParagraphs(doc.text);
    const sentences: SentenceSpan[] = [];
    paragraphs.forEach((paragraph, index) => {
      for (const s of findSentences(doc.text, paragraph, ctx.lang.segmentation)) {
        sentences.push({ ...s, paragraph: index });
      }
    });
    doc.set('paragraphs', paragraphs);
    doc.set('sentences', sentences);
  },
};
