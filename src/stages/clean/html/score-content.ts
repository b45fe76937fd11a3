import { classWeight } from './class-weight.js';
import type { HtmlElement } from './html-tree.js';
import type { TextBlock } from './text-blocks.js';
import { countCommas, linkDensity, type StatsMap } from './text-stats.js';

const TAG_BONUS: Record<string, number> = {
  div: 5, article: 5, main: 5, section: 0, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/** Blocks shorter than this say nothing about where the article is (Readability's 25). */
const MIN_SCORED_LENGTH = 25;
const ANCESTOR_LEVELS = 5;

export interface ContentChoice {
  /** The top candidate and the siblings that join it, in document order. */
  nodes: HtmlElement[];
  top: HtmlElement | null;
  scores: Map<HtmlElement, number>;
}

/**
 * Readability's paragraph scoring over text blocks: each prose block scores its parent fully,
 * its grandparent half, further ancestors less; candidates start from tag and class weights and
 * end scaled by (1 - link density). `hint` (from JSON-LD articleBody) overrides the choice.
 */
export function scoreContent(root: HtmlElement, blocks: TextBlock[], stats: StatsMap, hint: HtmlElement | null): ContentChoice {
  const scores = new Map<HtmlElement, number>();
  const init = (node: HtmlElement) => {
    let score = scores.get(node);
    if (score === undefined) {
      score = (TAG_BONUS[node.tag] ?? 0) + classWeight(node);
      scores.set(node, score);
    }
    return score;
  };
  for (const block of blocks) {
    const length = block.text.length;
    if (length < MIN_SCORED_LENGTH || block.kind === 'caption') continue;
    if (block.chars > 0 && block.linkChars / block.chars > 0.5) continue;
    const points = 1 + countCommas(block.text) + Math.min(Math.floor(length / 100), 3);
    let node: HtmlElement | null = block.loose ? block.node : block.node.parent;
    for (let level = 0; node && node !== root && level < ANCESTOR_LEVELS; level++, node = node.parent) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(node, init(node) + points / divider);
    }
  }
  for (const [node, score] of scores) scores.set(node, score * (1 - linkDensity(stats.get(node))));

  let top: HtmlElement | null = hint;
  if (!top) {
    let best = -Infinity;
    for (const [node, score] of scores) {
      if (score > best) {
        best = score;
        top = node;
      }
    }
  }
  if (!top) return { nodes: [], top: null, scores };
  if (!hint) top = widen(climb(top, scores, root), stats, root);
  return { nodes: hint ? [top] : withSiblings(top, scores, stats), top, scores };
}

/**
 * Readability's climb: while the parent scores at least as well (several paragraph groups of
 * one article under a common wrapper), or the candidate is an only child, move up.
 */
function climb(top: HtmlElement, scores: Map<HtmlElement, number>, root: HtmlElement): HtmlElement {
  const topScore = scores.get(top) ?? 0;
  // Several near-top candidates that share an ancestor: the article is split in groups.
  const near = [...scores].filter(([node, s]) => node !== top && s >= topScore * 0.75).map(([node]) => node).slice(0, 5);
  if (near.length >= 2) {
    for (let parent = top.parent; parent && parent !== root && parent.tag !== 'body'; parent = parent.parent) {
      const holds = near.filter((node) => isAncestor(parent!, node)).length;
      if (holds >= 2) {
        top = parent;
        break;
      }
    }
  }
  let lastScore = scores.get(top) ?? 0;
  const threshold = lastScore / 3;
  for (let parent = top.parent; parent && parent !== root && parent.tag !== 'body'; parent = parent.parent) {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      top = parent;
      break;
    }
    lastScore = parentScore;
  }
  while (top.parent && top.parent !== root && top.parent.tag !== 'body' && top.parent.children.filter((c) => c.kind === 'element').length === 1) {
    top = top.parent;
  }
  return top;
}

/**
 * Pages built from CMS "paragraph" components split one text across sibling sections that each
 * score alone. Move up while the parent adds real prose (15% more) and no more other text than
 * prose: what it adds in chrome is left to the later filters.
 */
function widen(top: HtmlElement, stats: StatsMap, root: HtmlElement): HtmlElement {
  for (let parent = top.parent; parent && parent !== root && parent.tag !== 'body' && parent.tag !== 'html'; parent = parent.parent) {
    const inner = stats.get(top);
    const outer = stats.get(parent);
    if (!inner || !outer) break;
    const proseAdded = outer.proseLength - inner.proseLength;
    const otherAdded = outer.length - outer.proseLength - (inner.length - inner.proseLength);
    if (proseAdded < 0.15 * inner.proseLength || otherAdded > proseAdded * WIDEN_OTHER_PER_PROSE) break;
    top = parent;
  }
  return top;
}

const WIDEN_OTHER_PER_PROSE = 1;

function isAncestor(ancestor: HtmlElement, node: HtmlElement): boolean {
  for (let p: HtmlElement | null = node; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** Siblings of the top candidate that belong to the article (Readability's sibling pass). */
function withSiblings(top: HtmlElement, scores: Map<HtmlElement, number>, stats: StatsMap): HtmlElement[] {
  const parent = top.parent;
  if (!parent) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const nodes: HtmlElement[] = [];
  for (const sibling of parent.children) {
    if (sibling.kind !== 'element') continue;
    if (sibling === top) {
      nodes.push(sibling);
      continue;
    }
    let bonus = 0;
    if (sibling.attrs.class && sibling.attrs.class === top.attrs.class) bonus += topScore * 0.2;
    const score = scores.get(sibling);
    if (score !== undefined && score + bonus >= threshold) {
      nodes.push(sibling);
      continue;
    }
    if (sibling.tag === 'p') {
      const s = stats.get(sibling);
      if (!s) continue;
      const density = linkDensity(s);
      if ((s.length > 80 && density < 0.25) || (s.length > 0 && s.length <= 80 && density === 0 && /\.( |$)/u.test(textEnd(sibling)))) {
        nodes.push(sibling);
      }
    }
  }
  return nodes;
}

function textEnd(node: HtmlElement): string {
  for (let i = node.children.length - 1; i >= 0; i--) {
    const child = node.children[i];
    if (child.kind === 'text' && child.text.trim()) return child.text.trimEnd().slice(-2);
  }
  return '';
}
