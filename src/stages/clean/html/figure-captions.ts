import type { HtmlElement } from './html-tree.js';
import type { TextBlock } from './text-blocks.js';

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
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
      if (block.kind !== 'caption') continue;
      for (let node: HtmlElement | null = block.node; node; node = node.parent) {
        if (node === scope) {
          add(block.text);
          break;
        }
      }
    }
  }
  for (const caption of fromBody) add(caption);
  return captions;
}
