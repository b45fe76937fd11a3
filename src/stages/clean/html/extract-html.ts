import { articleBodyHint } from './article-body-hint.js';
import { assembleBody } from './assemble-body.js';
import { conditionalRemovals } from './clean-conditionally.js';
import { figureCaptions } from './figure-captions.js';
import type { HtmlElement } from './html-tree.js';
import { readJsonLd } from './json-ld.js';
import { relatedOutsideBody } from './related-lists.js';
import { readMetadata } from './page-metadata.js';
import { parseHtml } from './parse-html.js';
import type { CleanedPage } from '../cleaned-page.js';
import { pruneChrome } from './prune-chrome.js';
import { dateInLine } from './published-date.js';
import { sameClassParts } from './same-class-parts.js';
import { scoreContent } from './score-content.js';
import { standfirsts } from './standfirst.js';
import { textBlocks, type TextBlock } from './text-blocks.js';
import { elementStats } from './text-stats.js';

/** The HTML cleaner hands over the same parts as the text cleaner (src/stages/clean/cleaned-page.ts). */
export type { CleanedPage };

export interface ExtractHtmlOptions {
  /** Where the page came from: resolves a relative canonical link, stands in when there is none. */
  url?: string | null;
}

function inContent(node: HtmlElement, content: Set<HtmlElement>, removed: Set<HtmlElement>): boolean {
  for (let p: HtmlElement | null = node; p; p = p.parent) {
    if (removed.has(p)) return false;
    if (content.has(p)) return true;
  }
  return false;
}

function uniqueStrings(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How far into the page a visible dateline is looked for (blocks before and at the body start). */
const DATELINE_BLOCKS = 40;

/**
 * HTML page -> article body and metadata. Order matters: metadata is read before pruning (the
 * h1 and bylines often sit in a header that pruning removes); JSON-LD articleBody, when present,
 * points at the container; otherwise paragraph scoring picks it.
 */
export function extractHtml(html: string, options: ExtractHtmlOptions = {}): CleanedPage {
  const { root, head } = parseHtml(html);
  const ld = readJsonLd(head.jsonLd);
  const meta = readMetadata(root, head, ld, options.url);
  const pruned = pruneChrome(root);
  const blocks = textBlocks(root);
  const stats = elementStats(blocks);
  const hint = ld?.articleBody ? articleBodyHint(root, blocks, ld.articleBody) : null;
  const choice = scoreContent(root, blocks, stats, hint);
  const removed = conditionalRemovals(choice.nodes, stats, choice.scores);
  const content = new Set(choice.nodes);
  if (!hint) for (const part of sameClassParts(choice.top, root, content, stats)) content.add(part);
  for (const intro of standfirsts(choice.top, content, stats)) content.add(intro);
  const kept: TextBlock[] = content.size > 0 ? blocks.filter((b) => inContent(b.node, content, removed)) : blocks;
  const body = assembleBody(kept, content, meta.title, meta.section);

  let paragraphs = body.paragraphs;
  const bodyLength = paragraphs.reduce((n, p) => n + p.text.length, 0);
  if (ld?.articleBody && ld.articleBody.length > 2 * bodyLength + 200) {
    paragraphs = ld.articleBody.split(/\n\s*\n|\r?\n/u).map((t) => t.replace(/\s+/gu, ' ').trim()).filter(Boolean).map((text) => ({ text, heading: false }));
  }

  let text = '';
  const headings: { start: number; end: number }[] = [];
  for (const paragraph of paragraphs) {
    if (text) text += '\n\n';
    if (paragraph.heading) headings.push({ start: text.length, end: text.length + paragraph.text.length });
    text += paragraph.text;
  }

  let published = meta.published;
  if (!published) {
    for (const block of blocks.slice(0, DATELINE_BLOCKS)) {
      if (block.text.length > 200) continue;
      published = dateInLine(block.text);
      if (published) break;
    }
  }

  return {
    title: meta.title,
    section: meta.section,
    credits: uniqueStrings([...meta.credits, ...body.credits]),
    captions: figureCaptions(blocks, choice.top, body.captions),
    related: uniqueStrings([...pruned.related, ...body.related, ...relatedOutsideBody(blocks, choice.top, new Set(kept))]),
    boilerplate: [...body.boilerplate, ...pruned.boilerplate],
    text,
    headings,
    published,
    url: meta.url,
    language: meta.language,
    outlet: meta.outlet,
  };
}
