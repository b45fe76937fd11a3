import { cleaningVocabulary as vocab } from './cleaning-vocabulary.js';
import { classAndId, type HtmlElement } from './html-tree.js';
import type { StatsMap } from './text-stats.js';
import { linkDensity } from './text-stats.js';

/** A standfirst is a sentence or a short paragraph or two, not a teaser wall. */
const MIN_LENGTH = 30;
const MAX_LENGTH = 1500;
const MAX_LINK_DENSITY = 0.3;
/** Without an <article> or <main> around the body, look this many levels up for the intro. */
const SCOPE_LEVELS = 3;

function articleScope(top: HtmlElement): HtmlElement {
  // Strictly above the body: when the chosen container is the <article> itself, its standfirst
  // sits before it in the page's <main>.
  for (let node = top.parent; node && node.tag !== 'body'; node = node.parent) {
    if (node.tag === 'article' || node.tag === 'main' || node.attrs.role === 'main') return node;
  }
  let scope = top;
  for (let i = 0; i < SCOPE_LEVELS && scope.parent && scope.parent.tag !== 'body'; i++) scope = scope.parent;
  return scope;
}

/**
 * Standfirsts (chapô, intro, Vorspann, dek) printed before the body in an element of their own,
 * outside the chosen container: the article starts with them (the examples' gold does, and
 * they were the largest group of trafilatura's missed chunks). Only elements named as such,
 * before the body, inside the same article.
 */
export function standfirsts(top: HtmlElement | null, content: Set<HtmlElement>, stats: StatsMap): HtmlElement[] {
  if (!top) return [];
  const scope = articleScope(top);
  const found: HtmlElement[] = [];
  const stack: HtmlElement[] = [scope];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === top) break;
    if (content.has(node)) continue;
    const name = classAndId(node);
    // <hgroup><h1>…</h1><h2>…</h2></hgroup>: the h2 is the headline's standfirst by definition.
    const subtitle = node.tag === 'h2' && node.parent?.tag === 'hgroup';
    if (subtitle || (name && vocab.standfirstClass.test(name))) {
      const s = stats.get(node);
      if (s && s.length >= MIN_LENGTH && s.length <= MAX_LENGTH && linkDensity(s) <= MAX_LINK_DENSITY && !contains(node, top)) {
        found.push(node);
        continue;
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child.kind === 'element') stack.push(child);
    }
  }
  return found;
}

function contains(ancestor: HtmlElement, node: HtmlElement): boolean {
  for (let p: HtmlElement | null = node; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
