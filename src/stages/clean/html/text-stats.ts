import type { HtmlElement } from './html-tree.js';
import type { TextBlock } from './text-blocks.js';

/** What an element holds, summed over its text blocks. */
export interface ElementStats {
  /** Text length (normalized, spaces included) and the part of it inside links. */
  length: number;
  linkLength: number;
  paragraphs: number;
  items: number;
  headingLength: number;
  commas: number;
  /** Length of prose blocks: long enough and not link text (what an article is made of). */
  proseLength: number;
}

export type StatsMap = Map<HtmlElement, ElementStats>;

const COMMAS = /[,،、，]/gu;

export function countCommas(text: string): number {
  return text.match(COMMAS)?.length ?? 0;
}

function empty(): ElementStats {
  return { length: 0, linkLength: 0, paragraphs: 0, items: 0, headingLength: 0, commas: 0, proseLength: 0 };
}

/** A block that reads as running text: a sentence or more, little of it in links. */
export function isProse(block: TextBlock): boolean {
  if (block.kind === 'caption' || block.kind === 'heading') return false;
  if (block.chars > 0 && block.linkChars / block.chars > 0.3) return false;
  return block.text.length >= 80 || (block.text.length >= 30 && /[.!?…:»"”)]$/u.test(block.text));
}

/** Adds every block to all its ancestors (blocks x depth: a few tens of thousands of steps). */
export function elementStats(blocks: TextBlock[]): StatsMap {
  const map: StatsMap = new Map();
  for (const block of blocks) {
    const length = block.text.length;
    const linkLength = block.chars > 0 ? (length * block.linkChars) / block.chars : 0;
    const commas = countCommas(block.text);
    const prose = isProse(block) ? length : 0;
    for (let node: HtmlElement | null = block.node; node; node = node.parent) {
      let stats = map.get(node);
      if (!stats) map.set(node, (stats = empty()));
      stats.length += length;
      stats.linkLength += linkLength;
      stats.commas += commas;
      stats.proseLength += prose;
      if (block.kind === 'paragraph' && !block.loose) stats.paragraphs++;
      if (block.kind === 'item') stats.items++;
      if (block.kind === 'heading') stats.headingLength += length;
    }
  }
  return map;
}

export function linkDensity(stats: ElementStats | undefined): number {
  return stats && stats.length > 0 ? stats.linkLength / stats.length : 0;
}

/** Removes a subtree's share from its ancestors, so later decisions see what is left. */
export function subtractStats(map: StatsMap, node: HtmlElement): void {
  const removed = map.get(node);
  if (!removed) return;
  const delta = { ...removed };
  for (let parent = node.parent; parent; parent = parent.parent) {
    const stats = map.get(parent);
    if (!stats) continue;
    stats.length -= delta.length;
    stats.linkLength -= delta.linkLength;
    stats.paragraphs -= delta.paragraphs;
    stats.items -= delta.items;
    stats.headingLength -= delta.headingLength;
    stats.commas -= delta.commas;
    stats.proseLength -= delta.proseLength;
  }
  map.delete(node);
}
