import type { HtmlElement, HtmlNode } from './html-tree.js';

export type BlockKind = 'paragraph' | 'heading' | 'item' | 'pre' | 'quote' | 'caption' | 'cell';

/** One run of text between block boundaries: a paragraph, a heading, a list item… */
export interface TextBlock {
  /** Whitespace collapsed; a `<br>` is "\n" (never two in a row: two `<br>` end the block). */
  text: string;
  /** Non-space characters, and those inside links (for link density). */
  chars: number;
  linkChars: number;
  kind: BlockKind;
  /** 1-6 for headings, 0 otherwise. */
  level: number;
  /** The nearest block element around the text (p, li, h2, or the div holding bare text). */
  node: HtmlElement;
  /** The text sits loose in `node` beside other blocks (div-only text, `<br>` runs). */
  loose: boolean;
}

const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'dfn', 'del', 'em', 'font',
  'i', 'img', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike',
  'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'amp-img', 'picture', 'source', 'abbr',
  'ruby', 'rt', 'rp', 'o:p', 'br',
]);

/** Tags whose text is a paragraph of its own (the element is the paragraph, not its parent). */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dd', 'dt', 'td', 'th', 'figcaption', 'address', 'caption', 'summary', 'blockquote']);

export function isInline(tag: string): boolean {
  return INLINE.has(tag);
}

const BR = '\u2028';

function kindOf(tag: string, inPre: number, inQuote: number, inCaption: number): { kind: BlockKind; level: number } {
  if (inCaption > 0) return { kind: 'caption', level: 0 };
  if (tag.length === 2 && tag[0] === 'h' && tag[1] >= '1' && tag[1] <= '6') return { kind: 'heading', level: Number(tag[1]) };
  if (inPre > 0) return { kind: 'pre', level: 0 };
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return { kind: 'item', level: 0 };
  if (inQuote > 0) return { kind: 'quote', level: 0 };
  if (tag === 'td' || tag === 'th') return { kind: 'cell', level: 0 };
  return { kind: 'paragraph', level: 0 };
}

/**
 * Flattens a subtree into text blocks in document order. Iterative (an unclosed `<font>` repeated
 * a thousand times nests a thousand deep) and allocation-light: one string buffer per block.
 */
export function textBlocks(root: HtmlElement): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer = '';
  let chars = 0;
  let linkChars = 0;
  let inLink = 0;
  let inPre = 0;
  let inQuote = 0;
  let inCaption = 0;
  // The innermost block element, and whether it already had a block child when text arrived.
  const blockStack: HtmlElement[] = [root];
  let sawBlockChild: boolean[] = [false];

  const flush = () => {
    if (chars === 0) {
      buffer = '';
      linkChars = 0;
      return;
    }
    const node = blockStack[blockStack.length - 1];
    const { kind, level } = kindOf(node.tag, inPre, inQuote, inCaption);
    const loose = !PARAGRAPH_TAGS.has(node.tag) || sawBlockChild[sawBlockChild.length - 1];
    const text = inPre > 0 ? buffer.normalize('NFC').replace(/^\n+|\s+$/gu, '') : normalize(buffer);
    if (text) blocks.push({ text, chars: countChars(text), linkChars: Math.min(linkChars, chars), kind, level, node, loose });
    buffer = '';
    chars = 0;
    linkChars = 0;
  };

  type Step = { node: HtmlNode; exit: boolean };
  const stack: Step[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.kind === 'text') {
      buffer += node.text;
      const n = countChars(node.text);
      chars += n;
      if (inLink > 0) linkChars += n;
      continue;
    }
    const tag = node.tag;
    const inline = INLINE.has(tag);
    if (exit) {
      if (tag === 'a') inLink--;
      if (inline) continue;
      flush();
      if (tag === 'pre') inPre--;
      if (tag === 'blockquote') inQuote--;
      if (tag === 'figcaption') inCaption--;
      blockStack.pop();
      sawBlockChild.pop();
      continue;
    }
    if (tag === 'br') {
      // Two <br> in a row end a paragraph (pages without <p>); one is a line break inside it.
      if (/\u2028\s*$/u.test(buffer)) {
        buffer = buffer.replace(/\u2028\s*$/u, '');
        flush();
      } else buffer += BR;
      continue;
    }
    if (tag === 'img' || tag === 'amp-img') continue;
    if (inline) {
      if (tag === 'a') inLink++;
      stack.push({ node, exit: true });
    } else {
      flush();
      sawBlockChild[sawBlockChild.length - 1] = true;
      if (node !== root) {
        blockStack.push(node);
        sawBlockChild.push(false);
      }
      if (tag === 'pre') inPre++;
      if (tag === 'blockquote') inQuote++;
      if (tag === 'figcaption') inCaption++;
      if (node !== root) stack.push({ node, exit: true });
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], exit: false });
  }
  flush();
  return blocks;
}

/** NFC: decomposed pages ("gepru\u0308ft") must match composed queries and entity names. */
function normalize(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\S\u2028\u00a0]+/gu, ' ')
    .replace(/\u00a0/gu, ' ')
    .replace(/ *\u2028 */gu, '\n')
    .replace(/\n{2,}/gu, '\n')
    .replace(/ {2,}/gu, ' ')
    .trim();
}

/** Non-space characters (the unit of link density). */
export function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x2028) n++;
  }
  return n;
}
