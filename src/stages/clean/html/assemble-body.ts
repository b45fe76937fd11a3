import { cleaningVocabulary as vocab } from './cleaning-vocabulary.js';
import { classAndId, type HtmlElement } from './html-tree.js';
import { isDateline } from './published-date.js';
import type { TextBlock } from './text-blocks.js';

export interface BodyParagraph {
  text: string;
  heading: boolean;
}

export interface AssembledBody {
  paragraphs: BodyParagraph[];
  captions: string[];
  related: string[];
  credits: string[];
  boilerplate: string[];
}

/** Lines longer than this are prose even when they start like chrome ("Read more about…" is rare). */
const SHORT_LINE = 120;
const LINK_DENSE = 0.5;
const PHOTO_CREDIT_LINE = 80;

function isCaption(block: TextBlock, content: Set<HtmlElement>): boolean {
  if (block.kind === 'caption') return true;
  let node: HtmlElement | null = block.node;
  for (let depth = 0; node && depth < 4 && !content.has(node); depth++, node = node.parent) {
    const name = classAndId(node);
    if (name && vocab.captionClass.test(name)) return true;
  }
  return false;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Sorts the content's blocks into body paragraphs and the page's other fields: captions,
 * "Lire aussi" headlines, credit lines, chrome lines. Stops at a comment section heading.
 */
export function assembleBody(blocks: TextBlock[], content: Set<HtmlElement>, title: string | null): AssembledBody {
  const out: AssembledBody = { paragraphs: [], captions: [], related: [], credits: [], boilerplate: [] };
  const titleKey = title ? comparable(title) : null;
  const seenCaptions = new Set<string>();
  let inRelatedList = false;
  let expectHeadline = false;
  for (const block of blocks) {
    // Lines of a <br>-broken block: the repeated title and a dateline are not body.
    const text = block.text.includes('\n')
      ? block.text.split('\n').filter((line) => !(titleKey && line.length <= 2 * titleKey.length && comparable(line) === titleKey) && !isDateline(line)).join('\n')
      : block.text;
    if (!text) continue;
    const short = text.length <= SHORT_LINE;
    const density = block.chars > 0 ? block.linkChars / block.chars : 0;

    // "Crédits photos : Bestimage", "Jane Doe, photo: AFP": a photo credit printed as a line.
    if (isCaption(block, content) || (text.length <= PHOTO_CREDIT_LINE && vocab.photoCredit.test(text))) {
      const key = comparable(text);
      if (!seenCaptions.has(key)) {
        seenCaptions.add(key);
        out.captions.push(text);
      }
      continue;
    }
    if (short && vocab.commentHeading.test(text) && (block.kind === 'heading' || density < 0.5)) {
      out.boilerplate.push(text);
      break;
    }
    if (expectHeadline) {
      expectHeadline = false;
      if (density > LINK_DENSE) {
        out.related.push(text);
        continue;
      }
    }
    if (short && vocab.relatedHeading.test(text)) {
      inRelatedList = true;
      out.boilerplate.push(text);
      continue;
    }
    if (inRelatedList) {
      if (density > LINK_DENSE || (block.kind === 'item' && short)) {
        out.related.push(text);
        continue;
      }
      inRelatedList = false;
    }
    const related = short || density > LINK_DENSE ? vocab.relatedLine.exec(text) : null;
    if (related) {
      const headline = related.groups?.headline?.trim();
      if (headline) out.related.push(headline);
      else expectHeadline = true;
      continue;
    }
    if (short) {
      const credit = vocab.creditLine.exec(text) ?? vocab.agencyLine.exec(text);
      if (credit?.groups?.credit) {
        out.credits.push(credit.groups.credit);
        continue;
      }
      if (vocab.chromeLine.test(text) || vocab.chromeLead.test(text)) {
        out.boilerplate.push(text);
        continue;
      }
    }
    if (density > LINK_DENSE) {
      out.boilerplate.push(text);
      continue;
    }
    if (block.kind === 'heading' && block.level === 1) continue;
    if (titleKey && text.length <= 2 * titleKey.length && comparable(text) === titleKey) continue;
    if (isDateline(text)) {
      out.boilerplate.push(text);
      continue;
    }
    out.paragraphs.push({ text, heading: block.kind === 'heading' });
  }
  return out;
}
