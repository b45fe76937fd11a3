import { Parser } from 'htmlparser2';

/** One item of an RSS or Atom feed, as the feed gives it. */
export interface FeedItem {
  title: string | null;
  url: string | null;
  published: string | null;
  /** The item's body: `content:encoded` or Atom `content`, else the description or summary (HTML). */
  html: string | null;
  /** The feed's own name (channel or feed title). */
  outlet: string | null;
}

const FEED_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/u;

export function isFeed(text: string): boolean {
  return FEED_START.test(text.slice(0, 2048));
}

/** Reads RSS 2.0, RSS 1.0 (RDF) and Atom items with a streaming XML parser. */
export function parseFeed(xml: string): FeedItem[] {
  const items: FeedItem[] = [];
  let outlet: string | null = null;
  let item: (FeedItem & { body: string | null; summary: string | null }) | null = null;
  let field: string | null = null;
  let buffer = '';
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const tag = name.toLowerCase();
        if (tag === 'item' || tag === 'entry') {
          item = { title: null, url: null, published: null, html: null, outlet, body: null, summary: null };
          return;
        }
        if (tag === 'link' && item && attrs.href && (!attrs.rel || attrs.rel === 'alternate')) item.url ??= attrs.href;
        field = tag;
        buffer = '';
      },
      ontext(text) {
        if (field) buffer += text;
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        const value = buffer.trim();
        if ((tag === 'item' || tag === 'entry') && item) {
          items.push({ title: item.title, url: item.url, published: item.published, html: item.body ?? item.summary, outlet: item.outlet });
          item = null;
        } else if (item && value) {
          if (tag === 'title') item.title ??= value;
          else if (tag === 'link' || tag === 'guid') item.url ??= /^https?:\/\//u.test(value) ? value : null;
          else if (tag === 'pubdate' || tag === 'published' || tag === 'dc:date' || tag === 'updated') item.published ??= value;
          else if (tag === 'content:encoded' || tag === 'content') item.body ??= value;
          else if (tag === 'description' || tag === 'summary') item.summary ??= value;
        } else if (!item && tag === 'title' && value) {
          outlet ??= value;
        }
        field = null;
        buffer = '';
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return items;
}

/** A feed item as a small HTML page, so the one HTML cleaner reads it like any other page. */
export function feedItemPage(item: FeedItem): string {
  const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
  const published = item.published ? `<meta property="article:published_time" content="${esc(item.published)}">` : '';
  const title = item.title ? esc(item.title) : '';
  return `<!DOCTYPE html><html><head><title>${title}</title>${published}</head><body><article><h1>${title}</h1>${item.html ?? ''}</article></body></html>`;
}
