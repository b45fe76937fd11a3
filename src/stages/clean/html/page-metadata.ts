import { cleaningVocabulary as vocab } from './cleaning-vocabulary.js';
import { readByline } from './byline-credits.js';
import { classAndId, descendants, normalizeSpace, textLines, textOf, type HtmlElement } from './html-tree.js';
import type { JsonLdArticle } from './json-ld.js';
import type { PageHead } from './parse-html.js';
import { normalizeDate } from './published-date.js';

export interface PageMetadata {
  title: string | null;
  section: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
  outlet: string | null;
  /** Bylines from meta tags, JSON-LD and byline elements. */
  credits: string[];
}

/** Meta keys in the order they are trusted for the publication date. */
const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'article.published', 'publishdate',
  'publish-date', 'pubdate', 'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'dcterms.date',
  'sailthru.date', 'parsely-pub-date', 'og:article:published_time', 'article:published',
  'cxenseparse:recs:publishtime', 'datecreated', 'originalpublicationdate',
];
const AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'og:article:author'];

function meta(head: PageHead, key: string): string | null {
  const found = head.metas.find((m) => m.key === key && m.content.trim() !== '');
  return found ? normalizeSpace(found.content) : null;
}

function resolveUrl(href: string | null, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return /^https?:\/\//iu.test(href) ? href : null;
  }
}

/** "Jane Doe | The Daily" -> "Jane Doe"; drops URLs and anything too long to be a name. */
function cleanCredit(raw: string): string | null {
  let text = normalizeSpace(raw).replace(/\s*[|–—]\s.*$/u, '');
  const lead = vocab.creditLine.exec(text);
  if (lead?.groups?.credit) text = lead.groups.credit;
  if (!text || text.length > 80 || /^https?:|www\.|@/iu.test(text)) return null;
  return text;
}

function stripSiteName(title: string, outlet: string | null): string {
  // Not " : ": French puts a spaced colon inside headlines.
  const parts = title.split(/\s+[|–—·»-]\s+/u);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1];
  const first = parts[0];
  if (outlet && last.toLowerCase() === outlet.toLowerCase()) return parts.slice(0, -1).join(' - ');
  if (outlet && first.toLowerCase() === outlet.toLowerCase()) return parts.slice(1).join(' - ');
  // The longest part is the headline when the others are short (site and section names).
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(/\s+/u).length >= 4 ? longest : title;
}

/** How many byline elements are read: a page lists its authors once or twice, teasers many times. */
const BYLINE_ELEMENTS = 4;

/** Inside a figure or caption, a "credit" element credits the photo, not the article. */
function inFigure(node: HtmlElement): boolean {
  for (let p: HtmlElement | null = node; p; p = p.parent) {
    if (p.tag === 'figure' || p.tag === 'figcaption') return true;
    const name = classAndId(p);
    if (name && vocab.captionClass.test(name) && !vocab.bylineClass.test(name)) return true;
  }
  return false;
}

/**
 * Credits printed in byline elements ("Par Lucie Garrigues (avec AFP)", "La rédaction avec
 * AFP"): the outermost elements named as bylines, outside figures.
 */
function bylineElementCredits(root: HtmlElement): string[] {
  const credits: string[] = [];
  let read = 0;
  const stack: HtmlElement[] = [root];
  while (stack.length > 0 && read < BYLINE_ELEMENTS) {
    const node = stack.pop()!;
    const name = classAndId(node);
    if (name && vocab.bylineClass.test(name) && !vocab.chromeClass.test(name.replace(/byline/gu, '')) && !inFigure(node)) {
      const text = textLines(node);
      if (text && text.length <= 200) {
        read++;
        credits.push(...readByline(text, true).credits);
        continue;
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child.kind === 'element') stack.push(child);
    }
  }
  return credits;
}

export function readMetadata(root: HtmlElement, head: PageHead, ld: JsonLdArticle | null, pageUrl?: string | null): PageMetadata {
  let h1: string | null = null;
  let timeDate: string | null = null;
  const bylines: string[] = [];
  for (const node of descendants(root)) {
    if (node.tag === 'h1' && h1 === null) h1 = normalizeSpace(textOf(node)) || null;
    else if (node.tag === 'time' && timeDate === null) timeDate = normalizeDate(node.attrs.datetime ?? textOf(node));
    const itemprop = node.attrs.itemprop ?? '';
    if (itemprop === 'datepublished' || itemprop === 'datePublished') {
      timeDate = normalizeDate(node.attrs.content ?? node.attrs.datetime ?? textOf(node)) ?? timeDate;
    }
    if (bylines.length < 4 && (node.attrs.rel === 'author' || /(?:^|\s)author(?:\s|$)/u.test(itemprop))) {
      const credit = cleanCredit(textOf(node));
      if (credit) bylines.push(credit);
    }
  }

  const outlet = meta(head, 'og:site_name') ?? ld?.publisher ?? meta(head, 'application-name') ?? null;

  const ogTitle = meta(head, 'og:title') ?? meta(head, 'twitter:title');
  const docTitle = head.title ? normalizeSpace(head.title) : null;
  let title: string | null;
  if (h1 && ((ogTitle && ogTitle.includes(h1)) || (docTitle && docTitle.includes(h1)))) title = h1;
  else title = ogTitle ?? ld?.headline ?? h1 ?? docTitle;
  if (title) title = stripSiteName(normalizeSpace(title), outlet) || null;

  let published: string | null = null;
  for (const key of DATE_KEYS) {
    published = normalizeDate(meta(head, key));
    if (published) break;
  }
  published = published ?? normalizeDate(ld?.datePublished) ?? timeDate;

  const url = resolveUrl(head.links.get('canonical') ?? meta(head, 'og:url') ?? ld?.url ?? null, pageUrl) ?? pageUrl ?? null;

  const lang = head.htmlLang ?? meta(head, 'og:locale') ?? meta(head, 'content-language') ?? meta(head, 'language');
  const language = lang ? (/^(?<code>[a-z]{2,3})(?:[-_]|$)/iu.exec(lang.trim())?.groups?.code.toLowerCase() ?? null) : null;

  const credits: string[] = [];
  const seen = new Set<string>();
  const candidates = [...AUTHOR_KEYS.map((k) => meta(head, k)), ...(ld?.authors ?? []), ...bylines, ...bylineElementCredits(root)];
  for (const raw of candidates) {
    if (!raw) continue;
    const credit = cleanCredit(raw);
    if (!credit || seen.has(credit.toLowerCase())) continue;
    seen.add(credit.toLowerCase());
    credits.push(credit);
  }

  return {
    title,
    section: meta(head, 'article:section') ?? ld?.section ?? null,
    published,
    url,
    language,
    outlet,
    credits,
  };
}
