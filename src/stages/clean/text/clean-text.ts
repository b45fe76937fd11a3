import type { CleanedPage } from '../cleaned-page.js';
import type { CleaningRules } from '../../../lang/types.js';
import type { Span } from '../../../model/span.js';
import { classifyLine, splitGluedToggle, type ClassifiedLine } from './line-kinds.js';
import { normalizeText } from '../normalize.js';

/** A title is a short line; a longer one is already the lede. */
const MAX_TITLE_WORDS = 30;
/** A sub-heading is a short line without closing punctuation inside the body. */
const MAX_HEADING_WORDS = 14;

/**
 * Cleans text as scrapers save it: one block per line, page chrome and all. Lines are
 * classified (chrome, related link, credit, section, caption, title, heading, body) by the
 * cleaning rules of the candidate languages; the body keeps its sub-headings.
 */
export function cleanScrapedText(raw: string, rulesets: CleaningRules[]): CleanedPage {
  const lines = normalizeText(raw)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .flatMap(splitGluedToggle);

  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);

  const page: CleanedPage = {
    title: null, section: null, credits: [], captions: [], related: [], boilerplate: [],
    text: '', headings: [], published: null, url: null, language: null, outlet: null,
  };
  const body: { line: string; heading: boolean }[] = [];
  const seenCaptions = new Set<string>();

  for (const line of lines) {
    const c: ClassifiedLine = classifyLine(line, rulesets);
    if (c.kind === 'boilerplate') { page.boilerplate.push(line); continue; }
    if (c.kind === 'related') { page.related.push(...c.value); continue; }
    if (c.kind === 'credit') { pushUnique(page.credits, c.value); continue; }
    if (c.kind === 'section' && page.title === null && page.section === null) { page.section = c.value[0]!; continue; }
    // A block printed twice is a photo caption (pages print it under the photo and in the viewer).
    if ((counts.get(line) ?? 0) > 1 && wordCount(line) >= 4) {
      if (!seenCaptions.has(line)) { seenCaptions.add(line); page.captions.push(line); }
      continue;
    }
    if (page.title === null && body.length === 0 && looksLikeTitle(line)) { page.title = line; continue; }
    if (page.title === null && body.length === 0 && wordCount(line) <= 3 && !/[.!?]$/u.test(line)) {
      page.boilerplate.push(line);
      continue;
    }
    body.push({ line, heading: looksLikeHeading(line) });
  }
  trimTrailingChrome(body, page);
  const { text, headings } = joinBody(body);
  page.text = text;
  page.headings = headings;
  return page;
}

function looksLikeTitle(line: string): boolean {
  const words = wordCount(line);
  if (words < 3 || words > MAX_TITLE_WORDS) return false;
  // A title may end with "?" or "!" or a quote, rarely with a period after a full clause.
  return !/[.:;,]$/u.test(line) || words <= 12;
}

function looksLikeHeading(line: string): boolean {
  const words = wordCount(line);
  return words >= 2 && words <= MAX_HEADING_WORDS && !/[.:;,!?»"”…]$/u.test(line) && /^\p{Lu}/u.test(line);
}

/** Short lines after the last sentence of the body are chrome (tags, share bars), not text. */
function trimTrailingChrome(body: { line: string; heading: boolean }[], page: CleanedPage): void {
  while (body.length > 0) {
    const last = body[body.length - 1]!;
    if (/[.!?»"”…)]$/u.test(last.line) && !last.heading) break;
    page.boilerplate.push(last.line);
    body.pop();
  }
}

function joinBody(body: { line: string; heading: boolean }[]): { text: string; headings: Span[] } {
  let text = '';
  const headings: Span[] = [];
  for (const block of body) {
    if (text.length > 0) text += '\n\n';
    if (block.heading) headings.push({ start: text.length, end: text.length + block.line.length });
    text += block.line;
  }
  return { text, headings };
}

function pushUnique(list: string[], values: string[]): void {
  for (const v of values) if (!list.includes(v)) list.push(v);
}

function wordCount(line: string): number {
  return line.split(/\s+/u).filter(Boolean).length;
}
