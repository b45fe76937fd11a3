import type { HtmlElement } from './html-tree.js';
import type { TextBlock } from './text-blocks.js';

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const MIN_BLOCK = 50;
const KEY_LENGTH = 60;
/** The hint names the deepest element that holds this share of the matched text. */
const HOLD_SHARE = 0.9;

/**
 * JSON-LD `articleBody` is the publisher's own copy of the text, often flattened or cut short:
 * not output, but a reliable pointer. Blocks whose opening words occur in it vote for their
 * ancestors; the deepest element holding 90% of the votes is the article container.
 */
export function articleBodyHint(root: HtmlElement, blocks: TextBlock[], articleBody: string): HtmlElement | null {
  const body = comparable(articleBody);
  if (body.length < 200) return null;
  const votes = new Map<HtmlElement, number>();
  let total = 0;
  for (const block of blocks) {
    if (block.text.length < MIN_BLOCK || block.kind === 'caption') continue;
    const key = comparable(block.text).slice(0, KEY_LENGTH);
    if (!body.includes(key)) continue;
    total += block.text.length;
    for (let node: HtmlElement | null = block.node; node; node = node.parent) {
      votes.set(node, (votes.get(node) ?? 0) + block.text.length);
    }
  }
  if (total < 200 || total < 0.3 * Math.min(body.length, 5000)) return null;
  let node = root;
  for (;;) {
    let next: HtmlElement | null = null;
    for (const child of node.children) {
      if (child.kind === 'element' && (votes.get(child) ?? 0) >= HOLD_SHARE * total) next = child;
    }
    if (!next) break;
    node = next;
  }
  // A single paragraph is too narrow to be the container.
  while (node.parent && node.parent !== root && ['p', 'li', 'blockquote', 'span', 'a', 'b', 'i', 'em', 'strong'].includes(node.tag)) {
    node = node.parent;
  }
  return node === root ? null : node;
}
