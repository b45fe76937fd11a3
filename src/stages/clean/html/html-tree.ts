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

/** The first `max` characters or so of a node's raw text (stops walking once it has them). */
export function textStart(node: HtmlNode, max: number): string {
  let out = '';
  const stack: HtmlNode[] = [node];
  while (stack.length > 0 && out.length < max) {
    const current = stack.pop()!;
    if (current.kind === 'text') {
      out += current.text;
      continue;
    }
    if (current.tag === 'br' || !isInline(current.tag)) {
      out += ' ';
      // A space after the block too: "<p>Read more</p><a>Headline</a>" is two phrases.
      stack.push({ kind: 'text', text: ' ', parent: current });
    }
    for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]);
  }
  return out;
}

/** The text under a node with its line structure: "\n" at `<br>` and block boundaries, spaces collapsed. */
export function textLines(node: HtmlNode): string {
  if (node.kind === 'text') return normalizeSpace(node.text);
  let out = '';
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.kind === 'text') {
      out += current.text.replace(/\s+/gu, ' ');
      continue;
    }
    if (current.tag === 'br' || !isInline(current.tag)) out += '\n';
    for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]);
  }
  return out.split('\n').map((line) => line.trim()).filter(Boolean).join('\n');
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
