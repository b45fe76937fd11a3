import { readByline } from './byline-credits.js';
import { cleaningVocabulary as vocab } from './cleaning-vocabulary.js';
import { captionText } from './figure-captions.js';
import { classAndId, descendants, type HtmlElement } from './html-tree.js';
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

const BYLINE_LOOKAHEAD = 12;

/** The block sits in, or holds, an element named as a byline ("author", "signature", "credit"). */
function hasBylineMarkup(block: TextBlock, content: Set<HtmlElement>): boolean {
  let node: HtmlElement | null = block.node;
  for (let depth = 0; node && depth < 3; depth++, node = node.parent) {
    const name = classAndId(node);
    if (name && vocab.bylineClass.test(name)) return true;
    if (content.has(node)) break;
  }
  // Inline children only matter on a short line; a few nodes are enough to look at.
  let seen = 0;
  for (const inner of descendants(block.node)) {
    if (inner === block.node) continue;
    if (++seen > BYLINE_LOOKAHEAD) break;
    const name = classAndId(inner);
    if (name && vocab.bylineClass.test(name)) return true;
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
export function assembleBody(blocks: TextBlock[], content: Set<HtmlElement>, title: string | null, section: string | null = null): AssembledBody {
  const out: AssembledBody = { paragraphs: [], captions: [], related: [], credits: [], boilerplate: [] };
  const titleKey = title ? comparable(title) : null;
  // The section printed as a kicker over the headline ("Environnement") is a label, not body.
  const sectionKey = section ? comparable(section) : null;
  const seenCaptions = new Set<string>();
  let inRelatedList = false;
  let inPopularList = false;
  let expectHeadline = false;
  for (const block of blocks) {
    // Lines of a <br>-broken block: the repeated title and a dateline are not body.
    const text = block.text.includes('\n')
      ? block.text.split('\n').filter((line) => !(titleKey && line.length <= 2 * titleKey.length && comparable(line) === titleKey) && !isDateline(line)).join('\n')
      : block.text;
    if (!text) continue;
    const short = text.length <= SHORT_LINE;
    const density = block.chars > 0 ? block.linkChars / block.chars : 0;

    // A credit line before captions: "Avec AMP" in a <p class="article__credit"> credits the
    // article, and "Par X · Publié le …" is a meta line, not body.
    if (short && block.kind !== 'caption') {
      let byline = readByline(text, false);
      if (!byline.whole && hasBylineMarkup(block, content)) byline = readByline(text, true);
      if (byline.whole) {
        out.credits.push(...byline.credits);
        out.boilerplate.push(text);
        continue;
      }
    }
    // "Crédits photos : Bestimage", "Jane Doe, photo: AFP": a photo credit printed as a line.
    if (isCaption(block, content) || (text.length <= PHOTO_CREDIT_LINE && vocab.photoCredit.test(text))) {
      const caption = captionText(block, text);
      const key = comparable(caption);
      if (!seenCaptions.has(key)) {
        seenCaptions.add(key);
        out.captions.push(caption);
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
    if (short && vocab.popularHeading.test(text)) {
      inPopularList = true;
      inRelatedList = false;
      out.boilerplate.push(text);
      continue;
    }
    if (inPopularList) {
      if (density > LINK_DENSE || (block.kind === 'item' && short)) {
        out.boilerplate.push(text);
        continue;
      }
      inPopularList = false;
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
      if (vocab.chromeLine.test(text) || vocab.chromeLead.test(text) || (text.length <= PHOTO_CREDIT_LINE && vocab.photoCreditLine.test(text))) {
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
    if (sectionKey && short && comparable(text) === sectionKey) {
      out.boilerplate.push(text);
      continue;
    }
    if (isDateline(text)) {
      out.boilerplate.push(text);
      continue;
    }
    out.paragraphs.push({ text, heading: block.kind === 'heading' });
  }
  return out;
}
