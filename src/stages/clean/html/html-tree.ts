import { isInline } from './text-blocks.js';

/**
 * A light element tree: just what extraction reads (tag, a few attributes, children, text).
 * No DOM API, no selectors: a page of several MB becomes a few plain objects per element.
 */
export interface HtmlText {
  kind: 'text';
  text: string;
  parent: HtmlElement;
}

export interface HtmlElement {
  kind: 'element';
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}

export type HtmlNode = HtmlElement | HtmlText;

export function element(tag: string, attrs: Record<string, string>, parent: HtmlElement | null): HtmlElement {
  return { kind: 'element', tag, attrs, children: [], parent };
}

/** Every element under `root` (root included), depth first, document order. */
export function* descendants(root: HtmlElement): Generator<HtmlElement> {
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child.kind === 'element') stack.push(child);
    }
  }
}

/** The raw text under a node, inline, without any layout (for metadata and hints, not the body). */
export function textOf(node: HtmlNode): string {
  if (node.kind === 'text') return node.text;
  let out = '';
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.kind === 'text') {
      out += current.text;
      continue;
    }
    if (current.tag === 'br' || !isInline(current.tag)) out += ' ';
    for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]);
  }
  return out;
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export function detach(node: HtmlNode): void {
  const parent = node.parent;
  if (!parent) return;
  const index = parent.children.indexOf(node);
  if (index >= 0) parent.children.splice(index, 1);
}

/** "class id" of an element, lower case, for class/id name rules. */
export function classAndId(node: HtmlElement): string {
  const cls = node.attrs.class ?? '';
  const id = node.attrs.id ?? '';
  if (!cls && !id) return '';
  return `${cls} ${id}`.toLowerCase();
}
