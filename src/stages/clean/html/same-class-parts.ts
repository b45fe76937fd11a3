import { descendants, type HtmlElement } from './html-tree.js';
import { linkDensity, type StatsMap } from './text-stats.js';

/** A part must be prose, not a teaser: this much prose and few links. */
const MIN_PROSE = 150;
const MAX_LINK_DENSITY = 0.2;

function related(a: HtmlElement, b: HtmlElement): boolean {
  for (let p: HtmlElement | null = a; p; p = p.parent) if (p === b) return true;
  for (let p: HtmlElement | null = b; p; p = p.parent) if (p === a) return true;
  return false;
}

/**
 * Component CMSs print one article as several text components of the same element and class
 * ("div.rtf-content-wrapper", "div.detail__content") under different wrappers, so they are
 * cousins, not siblings, of the chosen container, and Readability's sibling pass never sees
 * them. The others of the same tag and class, in the same <main> or <article> (or the page
 * when there is none), holding prose with few links, are parts of the article too.
 */
export function sameClassParts(top: HtmlElement | null, root: HtmlElement, content: Set<HtmlElement>, stats: StatsMap): HtmlElement[] {
  const cls = top?.attrs.class?.trim();
  if (!top || !cls) return [];
  let scope = root;
  for (let p: HtmlElement | null = top.parent; p; p = p.parent) {
    if (p.tag === 'main' || p.tag === 'article' || p.attrs.role === 'main') {
      scope = p;
      break;
    }
  }
  const parts: HtmlElement[] = [];
  for (const node of descendants(scope)) {
    if (node === top || node.tag !== top.tag || node.attrs.class?.trim() !== cls) continue;
    const s = stats.get(node);
    if (!s || s.proseLength < MIN_PROSE || linkDensity(s) > MAX_LINK_DENSITY) continue;
    if ([...content].some((c) => related(c, node)) || parts.some((p) => related(p, node))) continue;
    parts.push(node);
  }
  return parts;
}
