import { cleaningVocabulary as vocab } from './cleaning-vocabulary.js';
import { classAndId, descendants, detach, normalizeSpace, textOf, textStart, type HtmlElement, type HtmlNode } from './html-tree.js';
import { countChars } from './text-blocks.js';

/** Tags that are page chrome by definition. */
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'form', 'menu', 'head', 'fieldset', 'dialog']);
const CHROME_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar',
  'toolbar', 'tablist', 'alert',
]);
const NEVER_PRUNED = new Set(['#root', 'html', 'body', 'a']);

/**
 * A subtree that holds at least this share of the page's prose is never pruned by tag, role or
 * class name: a CMS that puts "share" or "paywall" in the article wrapper's class must not lose
 * its article. Comment threads are the exception (they can outweigh the article).
 */
const SAFE_SHARE = 0.5;

interface Prose {
  prose: Map<HtmlElement, number>;
  total: number;
  /** Elements that contain the article's h1 or an itemprop=articleBody. */
  anchors: Set<HtmlElement>;
}

/** Non-link characters under each element, counted once bottom-up. */
function measureProse(root: HtmlElement): Prose {
  const prose = new Map<HtmlElement, number>();
  const anchors = new Set<HtmlElement>();
  // Ancestors come before their descendants: read backwards, children are measured first.
  const order = [...descendants(root)];
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    let sum = 0;
    if (node.tag !== 'a') {
      for (const child of node.children) {
        if (child.kind === 'text') sum += countChars(child.text);
        else sum += prose.get(child) ?? 0;
      }
    }
    prose.set(node, sum);
    const itemprop = node.attrs.itemprop;
    if (node.tag === 'h1' || itemprop === 'articleBody' || itemprop === 'articlebody') {
      for (let p: HtmlElement | null = node; p && !anchors.has(p); p = p.parent) anchors.add(p);
    }
  }
  return { prose, total: prose.get(root) ?? 0, anchors };
}

function inArticle(node: HtmlElement): boolean {
  for (let p = node.parent; p; p = p.parent) if (p.tag === 'article') return true;
  return false;
}

/** Why a node is chrome, or null when it is not. */
function chromeReason(node: HtmlElement, measure: Prose): string | null {
  if (NEVER_PRUNED.has(node.tag)) return null;
  const name = classAndId(node);
  const isComment = name !== '' && vocab.commentClass.test(name) && !vocab.commentLookalike.test(name);
  if (isComment) return measure.anchors.has(node) ? null : 'comments';
  const safe = (measure.prose.get(node) ?? 0) >= SAFE_SHARE * measure.total || measure.anchors.has(node);
  if (safe) return null;
  // A <header> inside an <article> holds the headline, byline and standfirst, not site chrome.
  if (CHROME_TAGS.has(node.tag) && !(node.tag === 'header' && inArticle(node))) return node.tag;
  if ('hidden' in node.attrs || node.attrs['aria-hidden'] === 'true') return 'hidden';
  const role = node.attrs.role;
  if (role && CHROME_ROLES.has(role)) return role;
  if (name === '') return null;
  const chromeName = name.replace(vocab.chromeLookalike, ' ');
  if (vocab.chromeClass.test(chromeName)) return 'class';
  if (vocab.unlikelyClass.test(chromeName) && !vocab.contentClass.test(name)) return 'class';
  return null;
}

const SAMPLE_LIMIT = 60;

export interface PrunedChrome {
  /** A sample of the removed text (the `boilerplate` field). */
  boilerplate: string[];
  /** Headlines from removed "Lire aussi" / "Related" boxes, in document order. */
  related: string[];
}

/** A related box holds links to articles, not to sections: a headline has a few words. */
const HEADLINE_WORDS = 3;
const HEADLINE_MAX = 200;
const RELATED_BOX_MAX = 4000;
const RELATED_BOX_REASONS = new Set(['aside', 'complementary', 'class']);

/**
 * Headlines of a removed box that opens with a related lead or heading ("À lire aussi",
 * "Read more", "Sur le même sujet"), its links' texts. A box headed "Les plus lus" or "Most
 * viewed" lists the site's other stories: chrome, not related.
 */
function relatedHeadlines(node: HtmlElement, reason: string): string[] {
  // Related boxes are asides, complementary regions and named boxes; navigation, headers,
  // footers and forms are not (and are the largest removed subtrees, not worth reading twice).
  if (!RELATED_BOX_REASONS.has(reason)) return [];
  const opening = normalizeSpace(textStart(node, 300));
  if (!vocab.relatedStart.test(opening) || vocab.popularStart.test(opening)) return [];
  if (textStart(node, RELATED_BOX_MAX + 1).length > RELATED_BOX_MAX) return [];
  const headlines: string[] = [];
  for (const inner of descendants(node)) {
    if (inner.tag !== 'a') continue;
    const text = normalizeSpace(textOf(inner));
    if (text.length > HEADLINE_MAX || text.split(' ').length < HEADLINE_WORDS) continue;
    if (vocab.relatedLine.test(text) || vocab.relatedHeading.test(text) || vocab.chromeLine.test(text)) continue;
    headlines.push(text);
  }
  return headlines;
}

/**
 * Removes page chrome from the tree in place: navigation, asides, footers, forms, hidden
 * elements, comment threads, share bars, cookie banners and other subtrees named as such.
 */
export function pruneChrome(root: HtmlElement): PrunedChrome {
  const measure = measureProse(root);
  const out: PrunedChrome = { boilerplate: [], related: [] };
  const stack: HtmlNode[] = [root];
  const doomed: { node: HtmlElement; reason: string }[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'text') continue;
    const reason = chromeReason(node, measure);
    if (reason) {
      doomed.push({ node, reason });
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  for (const { node, reason } of doomed) {
    out.related.push(...relatedHeadlines(node, reason));
    if (out.boilerplate.length < SAMPLE_LIMIT) {
      const text = normalizeSpace(textOf(node));
      if (text) out.boilerplate.push(text.length > 200 ? `${text.slice(0, 200)}…` : text);
    }
    detach(node);
  }
  return out;
}
