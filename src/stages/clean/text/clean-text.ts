import type { CleanedPage } from '../cleaned-page.js';
import type { CleaningRules } from '../../../lang/types.js';
import type { Span } from '../../../model/span.js';
import { classifyLine, splitGluedToggle, type ClassifiedLine } from './line-kinds.js';
import { normalizeText } from '../normalize.js';

/** A title is a short line; a longer one is already the lede. */
const MAX_TITLE_WORDS = 30;
/** A sub-heading is a short line without closing punctuation between two paragraphs. */
const MAX_HEADING_WORDS = 14;
/** Prose: a line of at least this many words that ends like a sentence. */
const MIN_PROSE_WORDS = 5;
/** A line this long is prose even without closing punctuation. */
const LONG_PROSE_WORDS = 40;
/** A day, a month word and a year ending a line: "20 October 2016", "20 oct. 2016". */
const TRAILING_DATE = /\s+\d{1,2}\s+\p{L}+\.?\s+(?:1[89]|20)\d{2}$/u;
/** A time, a dash or colon, then a headline of at least two words. */
const LIVE_ENTRY = /^\d{1,2}[h:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*[-–—:|]\s*\S+\s+\S+/iu;
/** A related-links list rarely holds longer headlines than this. */
const MAX_RELATED_WORDS = 25;

type Role = 'boilerplate' | 'related' | 'credit' | 'section' | 'caption' | 'title' | 'body' | 'heading';

interface Line extends ClassifiedLine {
  words: number;
  prose: boolean;
  caption: boolean;
  role: Role;
}

/**
 * Cleans text as scrapers save it: one block per line, page chrome and all. Every line is
 * classified by the cleaning rules of the candidate languages (chrome, related link, credit,
 * section, dateline, end-of-article marker); lines printed twice are captions. The body is the
 * run of prose from the first paragraph to the last one before the article's end, keeping the
 * sub-headings that sit between two paragraphs; the title is the last headline-like line before
 * the body, the section the last section name before the title.
 */
export function cleanScrapedText(raw: string, rulesets: CleaningRules[]): CleanedPage {
  const texts = normalizeText(raw)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .flatMap(splitGluedToggle);
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);

  let previous: ClassifiedLine | null = null;
  const lines: Line[] = texts.map((t): Line => {
    let c = classifyLine(t, rulesets);
    // The line under a byline naming the writer's role ("Local Democracy Reporter", "Envoyé spécial à Kiev") belongs to it.
    if (c.kind === 'text' && previous?.kind === 'credit' && wordCount(t) <= 5 && !/[.!?»"”]$/u.test(t)) c = { ...c, kind: 'boilerplate' };
    previous = c;
    const words = wordCount(t);
    // A block printed twice is a photo caption (under the photo and again in the viewer).
    const caption = c.kind === 'text' && (counts.get(t) ?? 0) > 1 && words >= 4;
    // A long run of words is prose however it ends (a text saved as one line, a cut paragraph).
    const prose = c.kind === 'text' && !caption && !/^\d+[.)]\s/u.test(t)
      && ((words >= MIN_PROSE_WORDS && endsLikeSentence(t)) || words >= LONG_PROSE_WORDS);
    return { kind: c.kind, line: c.line, value: c.value, words, prose, caption, role: 'boilerplate' };
  });

  const page: CleanedPage = {
    title: null, section: null, credits: [], captions: [], related: [], boilerplate: [],
    text: '', headings: [], published: null, url: null, language: null, outlet: null,
  };

  assignLists(lines);
  // An end marker before any prose is a menu entry ("Trending: …"), not the article's end.
  const firstProse = lines.findIndex((l) => l.prose);
  const end = lines.findIndex((l, i) => i > firstProse && l.kind === 'end');
  const limit = end < 0 ? lines.length : end;
  const first = firstProse >= 0 && firstProse < limit ? firstProse : -1;
  let last = -1;
  for (let i = limit - 1; i >= 0; i--) if (lines[i]!.prose) { last = i; break; }

  assignHead(lines, first < 0 ? limit : first, page);
  const bodyFirst = lines.findIndex((l, i) => i < limit && l.prose);
  if (bodyFirst >= 0) assignBody(lines, bodyFirst, last);

  const body: Line[] = [];
  for (const l of lines) {
    if (l.kind === 'credit') { pushUnique(page.credits, l.value); continue; }
    if (l.caption) { pushUnique(page.captions, [stripCaptionCredit(l.line)]); continue; }
    switch (l.role) {
      case 'related': pushUnique(page.related, l.value.length ? l.value : [l.line]); break;
      case 'title': page.title = l.line; break;
      case 'section': page.section = l.line; break;
      case 'body': case 'heading': body.push(l); break;
      default: page.boilerplate.push(l.line);
    }
  }
  const { text, headings } = joinBody(body);
  page.text = text;
  page.headings = headings;
  return page;
}

/**
 * Title: the last headline-like line before the body. A headline that ends like a sentence
 * ("Qui sont les rebelles ?", 'Convoy attacked: "We had no warning"') reads as prose; when no
 * other line can be the title, the first such line is. Section: the last section name before the
 * title, or the short kicker line just above it when the page's menu also lists it.
 */
function assignHead(lines: Line[], bodyStart: number, page: CleanedPage): void {
  let titleAt = -1;
  for (let i = bodyStart - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.kind === 'text' && !l.caption && looksLikeTitle(l.line, l.words) && !isMasthead(lines, i)) { titleAt = i; break; }
  }
  // A chrome line the rules do not know ("Écouter cet article", "Réservé aux abonnés") may sit
  // between the headline and the body: among the headline-like lines just above the body, the
  // one that shares the most words with the lede is the headline.
  if (titleAt >= 0) titleAt = headlineNearLede(lines, titleAt, bodyStart);
  if (titleAt < 0 && bodyStart < lines.length) {
    const first = lines[bodyStart]!;
    const later = lines.some((l, i) => i > bodyStart && l.prose);
    if (first.prose && later && first.words <= MAX_TITLE_WORDS && !/[.…]$/u.test(first.line)) {
      first.prose = false;
      titleAt = bodyStart;
    }
  }
  if (titleAt >= 0) lines[titleAt]!.role = 'title';
  const before = titleAt >= 0 ? titleAt : bodyStart;
  // The kicker right above the title names the article's own section; the menu higher up
  // lists every section of the site, so a known name there is only a fallback.
  const kicker = before >= 1 ? lines[before - 1]! : null;
  if (kicker && (kicker.kind === 'section' || (kicker.kind === 'text' && isKicker(lines, before - 1)))) {
    kicker.role = 'section';
    return;
  }
  for (let i = before - 1; i >= 0; i--) {
    if (lines[i]!.kind === 'breadcrumb') { page.section = lines[i]!.value[0]!; return; }
  }
  for (let i = before - 1; i >= 0; i--) {
    if (lines[i]!.kind === 'section') { lines[i]!.role = 'section'; return; }
  }
  // no menu to confirm it: a rubric-like line right above the headline, below the masthead
  if (kicker && kicker.kind === 'text' && before - 1 >= 2 && kicker.words <= 3 && !/[\d.:;,!?«»"“”]/u.test(kicker.line)
    && /^\p{Lu}/u.test(kicker.line) && !kicker.caption) {
    kicker.role = 'section';
  }
}

/** A short capitalised line that the page's menu also lists, alone or among "A | B | C". */
function isKicker(lines: Line[], at: number): boolean {
  const kicker = lines[at]!;
  if (kicker.words > 4 || /[\d.:;,!?]/u.test(kicker.line) || !/^\p{Lu}/u.test(kicker.line)) return false;
  const name = kicker.line.toLowerCase();
  return lines.some((l, i) => i < at && (l.line === kicker.line
    || (l.line.length < 300 && l.line.toLowerCase().split(/\s+[|•·/]\s+/u).includes(name))));
}

/** How many lines above the first candidate a better headline is looked for. */
const HEADLINE_REACH = 12;

function headlineNearLede(lines: Line[], last: number, bodyStart: number): number {
  const lede = new Set<string>();
  let taken = 0;
  for (let i = bodyStart; i < lines.length && taken < 3; i++) {
    if (!lines[i]!.prose) continue;
    for (const w of contentWords(lines[i]!.line)) lede.add(w);
    taken++;
  }
  const score = (i: number) => { let n = 0; for (const w of new Set(contentWords(lines[i]!.line))) if (lede.has(w)) n++; return n; };
  let best = last;
  let bestScore = score(last);
  for (let i = last - 1; i >= Math.max(0, last - HEADLINE_REACH); i--) {
    const l = lines[i]!;
    if (l.kind === 'section' || l.kind === 'breadcrumb') break;
    if (l.kind !== 'text' || l.caption || !looksLikeTitle(l.line, l.words) || isMasthead(lines, i)) continue;
    const s = score(i);
    // only a clearly better line displaces the one closest to the body
    if (s >= bestScore + 2) { best = i; bestScore = s; }
  }
  return best;
}

/** Lower-case words of four letters or more: names, places and nouns a headline shares with its lede. */
function contentWords(line: string): string[] {
  return (line.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
}

/** The outlet's name at the top of the page, a few words followed by its menu, is not a headline. */
function isMasthead(lines: Line[], i: number): boolean {
  const next = lines[i + 1];
  return i < 3 && lines[i]!.words <= 6 && next?.kind === 'boilerplate' && !/\d/u.test(next.line);
}

/** Between the first and last paragraph: prose is body, a short line between two paragraphs a heading. */
function assignBody(lines: Line[], first: number, last: number): void {
  for (let i = first; i <= last; i++) {
    const l = lines[i]!;
    if (l.prose) { l.role = 'body'; continue; }
    const prev = lines[i - 1];
    const next = lines[i + 1];
    // a live page's entry heading ("17h15 - Pas d'évacuation de blessés", "4:05pm: Talks resume")
    if (l.kind === 'dateline' && LIVE_ENTRY.test(l.line) && next?.prose && (prev?.prose || prev?.role === 'heading')) { l.role = 'heading'; continue; }
    if (l.kind !== 'text' || l.caption) continue;
    if (prev?.prose && next?.prose && looksLikeHeading(l.line, l.words)) l.role = 'heading';
    // A short closing paragraph ("Talks resume on Friday.") is still text, and so is a long
    // one that stops without punctuation (a quote that opens and never closes).
    else if (endsLikeSentence(l.line) && l.words >= 3 && (prev?.prose || next?.prose)) l.role = 'body';
    else if (l.words > MAX_HEADING_WORDS) l.role = 'body';
  }
}

/**
 * Headlines under a "More on this story" line are related links, until the list ends; a
 * headline that reads like a sentence ("Who are the rebels?") is not prose there.
 */
function assignLists(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === 'related') { l.role = 'related'; continue; }
    if (l.kind !== 'related-list') continue;
    for (let j = i + 1; j < lines.length; j++) {
      const item = lines[j]!;
      // a headline may carry its date ("Aleppo: 'We are waiting to die' 20 October 2016")
      const dated = item.kind === 'dateline' && TRAILING_DATE.test(item.line);
      if ((item.kind !== 'text' && !dated) || item.caption || item.words < 3 || item.words > MAX_RELATED_WORDS || /[.»"”]$/u.test(item.line)) break;
      item.role = 'related';
      item.prose = false;
      item.value = [item.line.replace(/^\d+[.)]\s*/u, '').replace(TRAILING_DATE, '')];
    }
  }
}

function looksLikeTitle(line: string, words: number): boolean {
  if (words < 3 || words > MAX_TITLE_WORDS) return false;
  // A title may end with "?", "!" or a quote; a period only after a short one.
  return !/[.:;,]$/u.test(line) || words <= 12;
}

function looksLikeHeading(line: string, words: number): boolean {
  return words >= 2 && words <= MAX_HEADING_WORDS && !/[.:;,!?»"”…]$/u.test(line) && /^\p{Lu}/u.test(line);
}

function endsLikeSentence(line: string): boolean {
  return /[.!?…»"”)]$/u.test(line) || /[.!?…]["'»”’)]*\s*$/u.test(line);
}

/** "…le 4 mars 2025. (AMP)": the agency in parentheses is a photo credit, not the caption. */
function stripCaptionCredit(caption: string): string {
  return caption.replace(/\s*\((?:photo\s*:?\s*)?[\p{Lu}©][^()]{0,40}\)$/iu, '').trim();
}

function joinBody(body: Line[]): { text: string; headings: Span[] } {
  let text = '';
  const headings: Span[] = [];
  for (const block of body) {
    if (text.length > 0) text += '\n\n';
    if (block.role === 'heading') headings.push({ start: text.length, end: text.length + block.line.length });
    text += block.line;
  }
  return { text, headings };
}

function pushUnique(list: string[], values: string[]): void {
  for (const v of values) if (v && !list.includes(v)) list.push(v);
}

/** The runs of non-space characters (as /\s/u tells space), counted without splitting. */
function wordCount(line: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpace(line.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Whether /\s/u matches the code unit: white space (Zs, tab, VT, FF, BOM) or a line terminator. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
