import { classWeight } from './class-weight.js';
import { isInline } from './text-blocks.js';
import { descendants, type HtmlElement } from './html-tree.js';
import { linkDensity, subtractStats, type StatsMap } from './text-stats.js';

const GROUP_TAGS = new Set(['div', 'section', 'table', 'ul', 'ol', 'dl', 'form', 'fieldset', 'figure', 'center']);
const LIST_TAGS = new Set(['ul', 'ol', 'dl']);

function hasBlockChild(node: HtmlElement): boolean {
  return node.children.some((c) => c.kind === 'element' && !isInline(c.tag));
}

/**
 * Readability's conditional cleaning, inside the chosen content only: groups (div, section,
 * table, list…) that look like chrome by their numbers — link lists, image strips, tiny
 * leftovers — are marked removed, children first so that a parent is judged on what is left.
 * A div that is itself a paragraph (inline content only) is never judged here.
 */
export function conditionalRemovals(contentNodes: HtmlElement[], stats: StatsMap, scores: Map<HtmlElement, number>): Set<HtmlElement> {
  const removed = new Set<HtmlElement>();
  const images = new Map<HtmlElement, number>();
  for (const top of contentNodes) {
    // Ancestors come before their descendants: read backwards, children are judged first.
    const order = [...descendants(top)];
    for (let i = order.length - 1; i >= 0; i--) {
      const node = order[i];
      let imgs = node.tag === 'img' || node.tag === 'amp-img' ? 1 : 0;
      for (const child of node.children) if (child.kind === 'element') imgs += images.get(child) ?? 0;
      images.set(node, imgs);
      if (node === top || !GROUP_TAGS.has(node.tag) || !hasBlockChild(node)) continue;
      if (removalReason(node, stats, scores, imgs)) {
        removed.add(node);
        subtractStats(stats, node);
      }
    }
  }
  return removed;
}

const PROSE_SHARE = 0.5;

/** Why a group inside the content goes, or null to keep it. */
export function removalReason(node: HtmlElement, stats: StatsMap, scores: Map<HtmlElement, number>, imgs: number): string | null {
  const s = stats.get(node);
  if (!s || s.length === 0) return null;
  const weight = classWeight(node);
  const density = linkDensity(s);
  // Mostly running text, few links: an article part whatever its class says ("field--label-hidden").
  if (s.proseLength >= PROSE_SHARE * s.length && density < 0.3) return null;
  // Class weight only, as Readability does: a list's own score starts at the tag's -3 and its
  // short items score nothing, so counting it dropped every bullet list inside an article.
  if (weight < 0) return 'negative weight';
  if (s.commas >= 10) return null;
  const isList = LIST_TAGS.has(node.tag) || (s.items > 0 && s.paragraphs === 0);
  const headingDensity = s.headingLength / s.length;
  const inFigure = node.tag === 'figure' || node.parent?.tag === 'figure';
  if (imgs > 1 && s.paragraphs / imgs < 0.5 && !inFigure) return 'images';
  if (!isList && headingDensity < 0.9 && s.length < 25 && (imgs === 0 || imgs > 2) && !inFigure) return 'tiny';
  if (!isList && weight < 25 && density > 0.2) return 'links';
  if (weight >= 25 && density > 0.5) return 'links';
  if (isList && density > 0.5) return 'link list';
  return null;
}
