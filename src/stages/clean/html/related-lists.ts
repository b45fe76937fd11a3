import { cleaningVocabulary as vocab } from './cleaning-vocabulary.js';
import type { HtmlElement } from './html-tree.js';
import type { TextBlock } from './text-blocks.js';

const SHORT_LINE = 120;
const LINK_DENSE = 0.5;
const HEADLINE_WORDS = 3;

/** The page's main region around the body: "Sur le même sujet" often follows the <article> inside <main>. */
function relatedScope(top: HtmlElement): HtmlElement {
  let scope: HtmlElement | null = null;
  for (let node: HtmlElement | null = top; node && node.tag !== 'body'; node = node.parent) {
    if (node.tag === 'main' || node.attrs.role === 'main') scope = node;
    else if (!scope && node.tag === 'article') scope = node;
  }
  return scope ?? top.parent ?? top;
}

function within(node: HtmlElement, scope: HtmlElement): boolean {
  for (let p: HtmlElement | null = node; p; p = p.parent) if (p === scope) return true;
  return false;
}

/**
 * Headlines listed under a related heading ("Sur le même sujet", "Related stories") outside the
 * body but in the article's main region, which neither pruning nor the body saw. Lists under
 * "Les plus lus" / "Most viewed" are the site's, not related.
 */
export function relatedOutsideBody(blocks: TextBlock[], top: HtmlElement | null, body: Set<TextBlock>): string[] {
  if (!top) return [];
  const scope = relatedScope(top);
  const related: string[] = [];
  let collecting = false;
  for (const block of blocks) {
    if (body.has(block)) {
      collecting = false;
      continue;
    }
    const text = block.text;
    const short = text.length <= SHORT_LINE;
    if (short && block.linkChars === 0 && (vocab.relatedHeading.test(text) || vocab.popularHeading.test(text))) {
      collecting = vocab.relatedHeading.test(text) && !vocab.popularHeading.test(text) && within(block.node, scope);
      continue;
    }
    if (!collecting) continue;
    if (short && block.chars > 0 && block.linkChars / block.chars > LINK_DENSE && text.split(' ').length >= HEADLINE_WORDS) related.push(text);
    else if (!(short && block.linkChars > 0)) collecting = false;
  }
  return related;
}
