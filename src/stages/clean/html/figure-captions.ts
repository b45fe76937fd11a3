import { readByline } from './byline-credits.js';
import { cleaningVocabulary as vocab } from './cleaning-vocabulary.js';
import { classAndId, descendants, normalizeSpace, textOf, type HtmlElement } from './html-tree.js';
import type { TextBlock } from './text-blocks.js';

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * A caption without its photo credit: the text of a credit element inside it
 * (`<span class="credit">AMP</span>`) and a trailing "Photo X / Y", "© AFP", "Photograph: X".
 * A line that is only a credit stays as it is.
 */
export function captionText(block: TextBlock, text = block.text): string {
  let caption = text;
  for (const inner of descendants(block.node)) {
    if (inner === block.node) continue;
    const name = classAndId(inner);
    if (!name || !vocab.photoCreditClass.test(name)) continue;
    const credit = normalizeSpace(textOf(inner));
    if (credit && caption.endsWith(credit) && caption.length > credit.length) caption = caption.slice(0, -credit.length).trimEnd();
  }
  const tail = vocab.photoCreditTail.exec(caption);
  if (tail && tail.index > 0) caption = caption.slice(0, tail.index);
  caption = caption.replace(/\s*[|/–—-]\s*$/u, '').trim();
  return caption || text;
}

/** Levels above a block where a caption class name still counts ("div.photo > p.legende"). */
const CAPTION_CLASS_DEPTH = 2;

/** A caption printed without <figcaption>: a short block in an element named "legende", "caption"…, not a credit line. */
function captionOutsideFigcaption(block: TextBlock): boolean {
  if (block.kind !== 'paragraph' || block.text.length > 300) return false;
  let node: HtmlElement | null = block.node;
  for (let depth = 0; node && depth < CAPTION_CLASS_DEPTH; depth++, node = node.parent) {
    const name = classAndId(node);
    if (name && vocab.captionClass.test(name) && !vocab.bylineClass.test(name)) return !readByline(block.text, true).whole;
  }
  return false;
}

/** The article around the chosen content: lead images often sit beside the body, not in it. */
function articleScope(top: HtmlElement): HtmlElement {
  for (let node: HtmlElement | null = top; node; node = node.parent) {
    if (node.tag === 'article' || node.tag === 'main' || node.attrs.role === 'main') return node;
    if (node.tag === 'body') break;
  }
  return top.parent && top.parent.tag !== 'body' ? top.parent : top;
}

/**
 * Captions of the article, each once: those found in the body plus <figcaption>s elsewhere in
 * the article scope. Pages often print a caption twice (visible and in a lightbox).
 */
export function figureCaptions(blocks: TextBlock[], top: HtmlElement | null, fromBody: string[]): string[] {
  const seen = new Set<string>();
  const captions: string[] = [];
  const add = (text: string) => {
    const key = comparable(text);
    if (!key || seen.has(key)) return;
    seen.add(key);
    captions.push(text);
  };
  if (top) {
    const scope = articleScope(top);
    for (const block of blocks) {
      if (!captionOutsideFigcaption(block) && block.kind !== 'caption') continue;
      for (let node: HtmlElement | null = block.node; node; node = node.parent) {
        if (node === scope) {
          add(captionText(block));
          break;
        }
      }
    }
  }
  for (const caption of fromBody) add(caption);
  return captions;
}
